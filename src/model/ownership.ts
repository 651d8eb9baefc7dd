import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { ClauseRefSchema } from './clause.js';
import { KommunenummerSchema } from './municipality.js';

/** A percentage like "40.07" or a fraction like "1/3" (as a stated cost share). */
const OwnershipShareSchema = z
  .string({ error: 'must be a percentage like "40.07" or a fraction like "1/3"' })
  .check(
    z.regex(/^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/, {
      error: 'must be a percentage like "40.07" or a fraction like "1/3"',
    }),
  );

/**
 * Schema for the {@link Ownership} shares (eierandeler) an agreement states
 * apart from its cost key. The shares must sum to exactly the whole (checked
 * by {@link parseAgreement}).
 *
 * @example
 * OwnershipSchema.safeParse({ clause: '§4', shares: { '5001': '60', '5025': '40' } }).success;
 * //=> true
 */
export const OwnershipSchema = z
  .strictObject({
    clause: ClauseRefSchema.check(z.describe('The clause that states the ownership shares.')),
    shares: z
      .record(KommunenummerSchema, OwnershipShareSchema)
      .check(
        z.describe(
          'Each party\'s ownership share (eierandel), a percentage ("40.07") or a fraction ("1/3") by kommunenummer; the shares sum to exactly the whole.',
        ),
      ),
  })
  .check(
    z.describe(
      'The ownership shares (eierandeler) the agreement states, where they differ from (or are stated apart from) the cost key; liability (ansvarsandel, IKS-loven § 3) and vote weights by ownership read these.',
    ),
  );

/**
 * The ownership shares (eierandeler) an agreement states apart from its cost
 * key, with the clause that states them: kommunenummer → a percentage
 * ("40.07") or a fraction ("1/3"), summing to the whole.
 *
 * @example
 * const ownership: Ownership = { clause: '§4', shares: { '5001': '60', '5025': '40' } };
 */
export type Ownership = DeepReadonly<z.output<typeof OwnershipSchema>>;
