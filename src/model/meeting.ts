import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { AgreementInputError } from './errors.js';
import { IsoDateSchema } from './iso-date.js';
import { maxChars, maxEntries, notEmpty } from './limits.js';
import { KommunenummerSchema } from './municipality.js';
import { IdSchema } from './organ.js';
import { schemaProblems } from './schema-problems.js';
import { trust } from './trusted.js';

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
  members: z.exactOptional(
    z
      .record(
        SeatIdSchema,
        z
          .array(
            z
              .string({ error: 'must be a member as the body names it, e.g. "ordfører"' })
              .check(notEmpty(), maxChars(300)),
          )
          .check(maxEntries(50)),
      )
      .check(
        z.describe(
          "For a body whose parties have several members and one vote each (seats.members): the members of each party's seat who attend, by role; the first of the body's holders present holds the vote.",
        ),
      ),
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
export interface Meeting extends MeetingData {}

/** The data as the schema gives it, deeply read-only: what {@link Meeting} extends (an interface, so that the API reference links it). */
type MeetingData = DeepReadonly<z.output<typeof MeetingSchema>>;

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
  return normalMeeting(input).meeting;
}

/**
 * A meeting's attendance or its ballots in one form, whether the file gave a
 * map by seat or a list of entries: the seats and their values in the order
 * given (a list may name a seat twice; the rules report that), and whether
 * it was a list, which only the path of a problem needs.
 *
 * @internal
 */
export interface MeetingEntries<V extends string> {
  /** Which of the two: the meeting's field. */
  readonly name: 'attendance' | 'ballots';
  readonly seats: readonly string[];
  readonly values: readonly V[];
  /** Given as a list of entries (`meeting.ballots[3]`), not a map by seat (`meeting.ballots["5001"]`). */
  readonly listed: boolean;
}

/**
 * A meeting as parsing returned it (`meeting`, exactly as the file gives
 * it), with its attendance and ballots in the one form the rules read.
 *
 * @internal
 */
export interface NormalMeeting {
  readonly meeting: Meeting;
  readonly attendance: MeetingEntries<'member' | 'deputy'>;
  readonly ballots: MeetingEntries<'for' | 'against' | 'abstain'>;
}

/** The one form of each meeting {@link parseMeeting} returned, made once, when it was parsed. */
const normalForms = new WeakMap<Meeting, NormalMeeting>();

/**
 * A meeting in its one form: a meeting {@link parseMeeting} returned is
 * trusted as it is (its form was made when it was parsed); any other value
 * is validated here, once, and put in that form.
 *
 * @internal
 * @throws {@link AgreementInputError} listing every problem of the meeting.
 */
export function normalMeeting(input: unknown): NormalMeeting {
  // A WeakMap holds objects only: anything else is simply not in it.
  const known = normalForms.get(input as Meeting);
  if (known !== undefined) return known;
  const parsed = MeetingSchema.safeParse(input);
  if (!parsed.success) {
    throw new AgreementInputError(schemaProblems(parsed, input), 'Invalid meeting');
  }
  const meeting: Meeting = parsed.data;
  const normal: NormalMeeting = {
    meeting,
    attendance: entriesOf<'member' | 'deputy', 'as'>('attendance', meeting.attendance, 'as'),
    ballots: entriesOf<'for' | 'against' | 'abstain', 'vote'>('ballots', meeting.ballots, 'vote'),
  };
  trust(meeting);
  normalForms.set(meeting, normal);
  return normal;
}

/** Attendance or ballots as a map by seat, or as a list of `{ seat, <field> }`, in one form. */
function entriesOf<V extends string, K extends string>(
  name: 'attendance' | 'ballots',
  given:
    | Readonly<Record<string, V>>
    | readonly ({ readonly seat: string } & Readonly<Record<K, V>>)[],
  field: K,
): MeetingEntries<V> {
  if (Array.isArray(given)) {
    const list = given as readonly ({ readonly seat: string } & Readonly<Record<K, V>>)[];
    return {
      name,
      seats: list.map((e) => e.seat),
      values: list.map((e) => e[field]),
      listed: true,
    };
  }
  const map = given as Readonly<Record<string, V>>;
  const seats = Object.keys(map);
  return { name, seats, values: seats.map((seat) => map[seat] as V), listed: false };
}
