import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { maxChars, maxEntries } from './limits.js';

const id = z.string({ error: 'must be an id of lowercase letters, digits and hyphens' }).check(
  z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    error: 'must be an id of lowercase letters, digits and hyphens',
  }),
  maxChars(80),
);

const text = (max: number) =>
  z
    .string({ error: 'must be text' })
    .check(
      z.minLength(1, { error: 'must not be empty' }),
      z.maxLength(max, { error: `must be at most ${max} characters` }),
    );

/**
 * Schema for an {@link InterpretationNote} (tolkningsnotat).
 *
 * @example
 * InterpretationNoteSchema.safeParse({
 *   id: 'start-date', clauses: ['§19'], question: 'Når gjelder avtalen fra?',
 *   reading: 'Fra 1. januar 2025.', alternatives: [],
 * }).success; //=> true
 */
export const InterpretationNoteSchema = z.strictObject({
  id: z.string({ error: 'must be an id of lowercase letters, digits and hyphens' }).check(
    z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
      error: 'must be an id of lowercase letters, digits and hyphens',
    }),
    maxChars(80),
  ),
  clauses: z
    .array(ClauseRefSchema)
    .check(z.minLength(1, { error: 'must name at least one clause' }), maxEntries(50)),
  question: text(2000),
  reading: text(4000),
  readingId: z.exactOptional(
    id.check(
      z.describe('Id of the chosen reading, when the reading can be selected as an option.'),
    ),
  ),
  alternatives: z
    .array(
      z.strictObject({
        id: z.exactOptional(id),
        reading: text(4000),
        consequence: text(4000),
      }),
    )
    .check(maxEntries(20)),
});

/**
 * An interpretation note (tolkningsnotat): where the agreement is silent or
 * ambiguous, the question, the reading the encoding follows, and the
 * alternatives with what would change under each. Texts are in Norwegian
 * bokmål, for the lawyers who check the encoding. Where a reading changes an
 * outcome, it has an id (`readingId`, and `id` on each alternative) and can be
 * selected as an option (e.g. `decide(…, { readings: { 'consensus-scope': 'present' } })`).
 *
 * @example
 * const note: InterpretationNote = {
 *   id: 'start-date',
 *   clauses: ['§19'],
 *   question: 'Fra hvilken dato gjelder avtalen?',
 *   reading: 'Fra 1. januar 2025.',
 *   alternatives: [{ reading: 'Fra signering.', consequence: 'Andelene gjelder fra signeringsdatoen.' }],
 * };
 */
export interface InterpretationNote extends InterpretationNoteData {}

/** The data as the schema gives it, deeply read-only: what {@link InterpretationNote} extends (an interface, so that the API reference links it). */
type InterpretationNoteData = DeepReadonly<z.output<typeof InterpretationNoteSchema>>;
