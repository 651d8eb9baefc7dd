import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
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
      notice: z.strictObject({ months: z.int().check(atLeast(0), atMost(120)) }),
      clause: ClauseRefSchema,
      extraCostsCharged: z.exactOptional(z.boolean()),
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
