import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { IsoDateSchema } from './iso-date.js';
import { atLeast, atMost, maxChars, maxEntries, notEmpty } from './limits.js';
import { KommunenummerSchema } from './municipality.js';
import { IdSchema } from './organ.js';

const Text = z.string({ error: 'must be text' }).check(notEmpty(), maxChars(1000));
/** The ids of bodies, matters and calendar entries: as every other id, at most 80 characters. */
const Id = IdSchema;
const Month = z.int({ error: 'must be a month 1–12' }).check(atLeast(1), atMost(12));
const Day = z.union([z.int().check(atLeast(1), atMost(31)), z.literal('last')], {
  error: 'must be a day 1–31 or "last"',
});
/** The interpretation note on whether shares the agreement states must be amended after a change of parties. */
const SharesNote = Id.check(
  z.describe(
    'The interpretation note on how the shares stated in the agreement (a table) relate to the shares recomputed after the change.',
  ),
);
/**
 * When a withdrawal takes effect, once the notice period has run: at its end,
 * at the first 1 January on or after it, or at the end of the calendar year
 * in which it runs out.
 *
 * @example
 * WITHDRAWAL_TAKES_EFFECT.includes('next-1-january'); //=> true
 */
export const WITHDRAWAL_TAKES_EFFECT = [
  'end-of-period',
  'next-1-january',
  'end-of-calendar-year',
] as const;

/**
 * The statutory rights to withdraw an agreement may be under: kommuneloven
 * 1992 § 27 nr. 3 (one year's written notice, verified) and IKS-loven § 30
 * (one year, unverified), or `none`.
 *
 * @example
 * WITHDRAWAL_STATUTES.includes('iks-loven-30'); //=> true
 */
export const WITHDRAWAL_STATUTES = ['kommuneloven-1992-27-3', 'iks-loven-30', 'none'] as const;

const NoticePeriod = z.union(
  [
    z.strictObject({ months: z.int().check(atLeast(0), atMost(120)) }),
    z.strictObject({ years: z.int().check(atLeast(0), atMost(10)) }),
  ],
  { error: 'must be a notice period: { months: N } or { years: N }' },
);
const Procedure = z.strictObject({
  clause: ClauseRefSchema,
  organ: z.exactOptional(Id),
  matter: z.exactOptional(Id),
  councilsMustAdopt: z.boolean(),
  inWriting: z.exactOptional(z.boolean()),
});

/**
 * Schema for an agreement's {@link Lifecycle} rules.
 *
 * @example
 * LifecycleSchema.safeParse({ withdrawal: { notice: { months: 12 }, clause: '§12' } }).success; //=> true
 */
export const LifecycleSchema = z.strictObject({
  rulesUnknown: z.exactOptional(
    z
      .strictObject({ note: Id })
      .check(
        z.describe(
          'The agreement text is not in the sources, so a rule missing here (withdrawal, admission, breach …) is unknown, not absent; the note says why.',
        ),
      ),
  ),
  withdrawal: z.exactOptional(
    z.strictObject({
      notice: NoticePeriod,
      clause: ClauseRefSchema,
      countedFrom: z.exactOptional(
        z
          .enum(['sent', 'received'], { error: 'must be "sent" or "received"' })
          .check(
            z.describe(
              'The notice period runs from the day the written notice is sent (the default) or the day it is received (e.g. "mottatt av styret").',
            ),
          ),
      ),
      takesEffect: z.exactOptional(
        z
          .enum(WITHDRAWAL_TAKES_EFFECT, {
            error: 'must be "end-of-period", "next-1-january" or "end-of-calendar-year"',
          })
          .check(
            z.describe(
              'When the withdrawal takes effect: at the end of the notice period (the default), at the first 1 January on or after it ("fra det derpå følgende årsskifte"), or at the end of the calendar year in which the period runs out.',
            ),
          ),
      ),
      minimumMembership: z.exactOptional(
        z.union(
          [
            z.strictObject({
              months: z.int().check(atLeast(1), atMost(600)),
              clause: ClauseRefSchema,
            }),
            z.strictObject({
              years: z.int().check(atLeast(1), atMost(50)),
              clause: ClauseRefSchema,
            }),
          ],
          { error: 'must be { months: N, clause } or { years: N, clause }' },
        ),
      ),
      statute: z.exactOptional(
        z
          .enum(WITHDRAWAL_STATUTES, {
            error: `must be one of ${WITHDRAWAL_STATUTES.map((s) => `"${s}"`).join(', ')}`,
          })
          .check(
            z.describe(
              'The statutory right to withdraw that applies: "kommuneloven-1992-27-3" (one year\'s written notice, verified), "iks-loven-30" (one year, unverified), or "none". Without it, chosen by the legal form (an IKS: "iks-loven-30").',
            ),
          ),
      ),
      extraCostsCharged: z.exactOptional(
        z
          .boolean()
          .check(
            z.describe(
              'The agreement charges the leaving party documented extra costs of its withdrawal; without it, extra costs given for a withdrawal are an input error.',
            ),
          ),
      ),
      sharesNote: z.exactOptional(SharesNote),
    }),
  ),
  admission: z.exactOptional(
    z.strictObject({
      clause: ClauseRefSchema,
      organ: Id,
      matter: Id,
      conditions: z
        .array(
          z.strictObject({
            id: Id.check(
              z.describe('Stable id of the condition, e.g. "signed-service-agreement".'),
            ),
            text: Text.check(
              z.describe(
                'The condition as it completes "the municipality …" in bokmål, e.g. "har betalt innskuddet".',
              ),
            ),
            clause: ClauseRefSchema,
            protects: z
              .boolean()
              .check(
                z.describe(
                  'Part of what protects the candidate against opposition: when every protecting condition is met, existing parties may not oppose the admission.',
                ),
              ),
          }),
        )
        .check(maxEntries(20)),
      newcomerShare: z.exactOptional(
        z
          .strictObject({
            by: z.enum(['key', 'population', 'stated-table'], {
              error: 'must be "key", "population" or "stated-table"',
            }),
            populationDate: z.exactOptional(
              IsoDateSchema.check(
                z.describe(
                  "The date the newcomer's population is counted at (e.g. 1 January 2024); without it, the agreement's population reference date.",
                ),
              ),
            ),
            clause: z.exactOptional(ClauseRefSchema),
          })
          .check(
            z.describe(
              "How the new party's share is set: by the cost key in force (the default; a key of stated shares then needs the new table), by its population (with a key of stated shares: its share of the population, the others' stated shares scaled to the rest), or by a new table of stated shares decided by the admitting body and given with the admission.",
            ),
          ),
      ),
      sharesNote: z.exactOptional(SharesNote),
    }),
  ),
  amendment: z.exactOptional(Procedure),
  dissolution: z.exactOptional(
    z.strictObject({
      ...Procedure.shape,
      documentsKeptBy: z.exactOptional(KommunenummerSchema),
      documentsClause: z.exactOptional(ClauseRefSchema),
    }),
  ),
  breach: z.exactOptional(
    z.strictObject({
      complaintMonths: z.int().check(atLeast(1), atMost(120)),
      clause: ClauseRefSchema,
      terminationNeedsAllOthers: z.boolean(),
    }),
  ),
  merger: z.exactOptional(
    z
      .strictObject({ clause: ClauseRefSchema })
      .check(
        z.describe(
          'If two parties merge (kommunesammenslåing), the others are to negotiate with the merged municipality to carry the cooperation on.',
        ),
      ),
  ),
  calendar: z.exactOptional(
    z
      .array(
        z.strictObject({
          id: Id,
          who: Text,
          what: Text,
          from: z.exactOptional(z.strictObject({ month: Month, day: Day })),
          due: z.strictObject({ month: Month, day: Day }),
          year: z.exactOptional(z.int().check(atLeast(1900), atMost(2200))),
          dueByReading: z.exactOptional(
            z
              .strictObject({
                note: Id,
                due: z.record(
                  Id,
                  z.strictObject({
                    month: Month,
                    day: Day,
                    year: z.exactOptional(z.int().check(atLeast(1900), atMost(2200))),
                  }),
                ),
              })
              .check(
                z.describe(
                  'The due date under each reading of the note (e.g. "innen februar 2021": by the end of February, or before February); the default reading\'s is `due`.',
                ),
              ),
          ),
          concernsPreviousYear: z.exactOptional(
            z
              .boolean()
              .check(
                z.describe(
                  'The duty concerns the year before (e.g. its accounts), so it falls due only after a year of the agreement.',
                ),
              ),
          ),
          clause: ClauseRefSchema,
        }),
      )
      .check(maxEntries(200)),
  ),
});

/**
 * What an agreement says about its life over time: the notice period for
 * withdrawal (uttreden), admission of new parties (opptak) with its
 * conditions and voting body, amendment (endring) and dissolution (avvikling)
 * with whether every council must adopt, the time limit for a complaint of
 * breach (reklamasjon ved mislighold), what follows if two parties merge
 * (kommunesammenslåing), and the yearly calendar (reporting, invoicing).
 * Each with its clause.
 *
 * @example
 * const lifecycle: Lifecycle = { withdrawal: { notice: { months: 12 }, clause: '§12' } };
 */
export type Lifecycle = DeepReadonly<z.output<typeof LifecycleSchema>>;
