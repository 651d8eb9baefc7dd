import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { AgreementInputError } from './errors.js';
import { IsoDateSchema } from './iso-date.js';
import { maxChars, maxEntries, notEmpty } from './limits.js';
import { KommunenummerSchema } from './municipality.js';
import { IdSchema } from './organ.js';
import { schemaProblems } from './schema-problems.js';
import { isTrusted, trust } from './trusted.js';

const SeatIdSchema = z
  .string({ error: 'must be a seat id: a kommunenummer, a region id or a named seat' })
  .check(
    z.regex(/^[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/, {
      error: 'must be a seat id: a kommunenummer, a region id or a named seat',
    }),
    maxChars(80),
  );

const AttendanceSchema = z.enum(['member', 'deputy'], { error: 'must be "member" or "deputy"' });
const VoteSchema = z.enum(['for', 'against', 'abstain'], {
  error: 'must be "for", "against" or "abstain"',
});

/**
 * Schema for a meeting file (`schema/meeting.json`).
 *
 * @example
 * MeetingSchema.safeParse({
 *   date: '2025-03-12', presiding: '5001',
 *   attendance: { '5001': 'member', '1508': 'deputy' },
 *   ballots: { '5001': 'for', '1508': 'against' },
 * }).success; //=> true
 */
export const MeetingSchema = z.strictObject({
  date: IsoDateSchema.check(z.describe('The day of the meeting (møtedato).')),
  presiding: SeatIdSchema.check(
    z.describe('The seat of the person who chairs the meeting (møteleder).'),
  ),
  presidingRole: z.exactOptional(
    z
      .enum(['leader', 'deputy-leader', 'designee', 'other'], {
        error: 'must be "leader", "deputy-leader", "designee" or "other"',
      })
      .check(
        z.describe(
          'Who presides: the leader (default), the deputy leader (nestleder), a person the leader has designated where the agreement allows it (designee), or someone else chosen for the meeting.',
        ),
      ),
  ),
  attendance: z.union(
    [
      z.record(SeatIdSchema, AttendanceSchema),
      z
        .array(z.strictObject({ seat: SeatIdSchema, as: AttendanceSchema }))
        .check(maxEntries(10_000)),
    ],
    { error: 'must map each attending seat to "member" or "deputy", or list { seat, as }' },
  ),
  ballots: z.union(
    [
      z.record(SeatIdSchema, VoteSchema),
      z.array(z.strictObject({ seat: SeatIdSchema, vote: VoteSchema })).check(maxEntries(10_000)),
    ],
    { error: 'must map each voting seat to "for", "against" or "abstain", or list { seat, vote }' },
  ),
  prepared: z.exactOptional(
    z
      .boolean()
      .check(
        z.describe(
          'Whether the case was treated first by the body the agreement requires (e.g. the board); left out when not known.',
        ),
      ),
  ),
  candidate: z.exactOptional(
    z
      .strictObject({
        number: KommunenummerSchema,
        name: z.string().check(notEmpty(), maxChars(100)),
        conditionsMet: z.exactOptional(
          z
            .record(IdSchema, z.boolean({ error: 'must be true or false' }))
            .check(
              z.describe(
                "The agreement's admission conditions (lifecycle.admission.conditions) by id: true met, false not met; a condition left out is unknown, never assumed.",
              ),
            ),
        ),
      })
      .check(
        z.describe(
          'For an admission: the candidate municipality and which admission conditions it meets; a candidate meeting every protecting condition may not be opposed.',
        ),
      ),
  ),
});

/**
 * A meeting (møte) of one body, as a meeting file gives it: the date, who
 * presides, who attends each seat (its member or its deputy; seats absent
 * are left out), and each seat's vote. Attendance and ballots may be given
 * as a map by seat or as a list of entries; a list can say what a map cannot
 * (two ballots for one seat), and {@link decide} reports that as an error.
 *
 * @example
 * const meeting: Meeting = {
 *   date: '2025-03-12',
 *   presiding: '5001',
 *   attendance: { '5001': 'member', '1508': 'deputy' },
 *   ballots: { '5001': 'for', '1508': 'against' },
 * };
 */
export type Meeting = DeepReadonly<z.output<typeof MeetingSchema>>;

/**
 * Reads a meeting file and returns the typed {@link Meeting}, or throws one
 * {@link AgreementInputError} listing every problem with its path. Whether
 * the seats exist and the votes fit the body is checked by {@link decide}.
 *
 * @example
 * parseMeeting(JSON.parse(readFileSync('møte.json', 'utf8')));
 * parseMeeting({ date: '2025-02-30' });
 * // throws AgreementInputError: attendance: is required, ballots: is required,
 * //   date: must be a date YYYY-MM-DD that exists in the calendar, presiding: is required
 */
export function parseMeeting(input: unknown): Meeting {
  const parsed = MeetingSchema.safeParse(input);
  if (!parsed.success) {
    throw new AgreementInputError(schemaProblems(parsed, input), 'Invalid meeting');
  }
  trust(parsed.data);
  return parsed.data;
}

/**
 * A meeting as {@link parseMeeting} returned it, trusted as it is; any other
 * value is parsed (validated once, here).
 *
 * @internal
 */
export function trustedMeeting(input: unknown): Meeting {
  return isTrusted(input) ? (input as Meeting) : parseMeeting(input);
}
