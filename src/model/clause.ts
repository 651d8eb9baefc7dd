import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { maxChars, maxEntries, notEmpty } from './limits.js';

/**
 * Schema for a clause reference such as `"§9"` or `"§1.3"`.
 *
 * @example
 * ClauseRefSchema.safeParse('§9').success; //=> true
 */
export const ClauseRefSchema = z
  .string({ error: 'must be a clause reference as text, e.g. "§9"' })
  .check(
    z.minLength(1, { error: 'must not be empty' }),
    z.maxLength(40, { error: 'must be at most 40 characters' }),
    z.describe('A clause reference as the agreement writes it, e.g. "§9" or "§1.3".'),
  );

/**
 * Schema for a {@link Clause} (bestemmelse, punkt).
 *
 * @example
 * ClauseSchema.safeParse({ ref: '§18', title: 'Tvisteløsning', text: 'Uenighet skal forsøkes løst i minnelighet.' }).success;
 * //=> true
 */
export const ClauseSchema = z.strictObject({
  ref: ClauseRefSchema,
  title: z
    .string({ error: 'must be the clause heading as text' })
    .check(z.maxLength(300, { error: 'must be at most 300 characters' })),
  notComputable: z.exactOptional(
    z
      .string({ error: 'must say, in bokmål, why the clause cannot be computed' })
      .check(
        notEmpty(),
        maxChars(1000),
        z.describe(
          'Why no rule computes this clause (background, definitions, duties kept as data …).',
        ),
      ),
  ),
  notComputedParts: z.exactOptional(
    z
      .array(
        z
          .string({ error: 'must say, in bokmål, which sentence is not computed and why' })
          .check(notEmpty(), maxChars(1000)),
      )
      .check(
        maxEntries(50),
        z.describe(
          'In a clause a rule computes: the sentences no rule computes, each in bokmål with why (the handbook then says the clause is only partly computed).',
        ),
      ),
  ),
  text: z
    .string({ error: 'must be the clause text' })
    .check(
      z.maxLength(100_000, { error: 'must be at most 100 000 characters' }),
      z.describe(
        'The Norwegian text of the clause as the agreement has it; paragraphs (ledd) separated by a blank line.',
      ),
    ),
});

/**
 * A clause (bestemmelse, punkt) of an agreement: its reference as the
 * agreement writes it (`"§9"`, `"§1.3"`), its heading, and its Norwegian text
 * with paragraphs (ledd) separated by a blank line. Every rule and every
 * reason cites a clause by its `ref`. A clause no rule computes says why in
 * `notComputable`; a clause a rule computes only in part lists the sentences
 * left out in `notComputedParts`.
 *
 * @example
 * const clause: Clause = {
 *   ref: '§18',
 *   title: 'Tvisteløsning',
 *   text: 'Uenighet skal forsøkes løst i minnelighet.',
 * };
 */
export interface Clause extends ClauseData {}

/** The data as the schema gives it, deeply read-only: what {@link Clause} extends (an interface, so that the API reference links it). */
type ClauseData = DeepReadonly<z.output<typeof ClauseSchema>>;
