import * as z from 'zod/mini';
import type { DeepReadonly } from '../internal/deep-readonly.js';
import { AgreementInputError } from './errors.js';
import { IsoDateSchema } from './iso-date.js';
import { atMost, maxChars, maxEntries, notEmpty } from './limits.js';
import { KommunenummerSchema } from './municipality.js';
import { schemaProblems } from './schema-problems.js';
import { trust } from './trusted.js';

const Amount = z.union([z.string(), z.number()], {
  error: 'must be an amount in NOK: a string like "25000.00" or a number',
});

/**
 * Schema for a {@link MembershipEvent}.
 *
 * @example
 * MembershipEventSchema.safeParse({ type: 'withdrawal', party: '5038', noticeSentOn: '2025-03-15' }).success; //=> true
 */
export const MembershipEventSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      type: z.literal('withdrawal'),
      party: KommunenummerSchema,
      noticeSentOn: z.exactOptional(
        IsoDateSchema.check(
          z.describe(
            'The day the written notice was sent; the withdrawal takes effect after the notice period the agreement sets.',
          ),
        ),
      ),
      noticeReceivedOn: z.exactOptional(
        IsoDateSchema.check(
          z.describe(
            'The day the written notice was received, for an agreement that counts the notice period from receipt.',
          ),
        ),
      ),
      effectiveDate: z.exactOptional(
        IsoDateSchema.check(
          z.describe(
            'The day the withdrawal takes effect, when it is agreed or already known (instead of the notice dates).',
          ),
        ),
      ),
      extraCosts: z.exactOptional(
        Amount.check(
          z.describe(
            'Documented extra costs of the withdrawal, charged to the leaving party where the agreement says so.',
          ),
        ),
      ),
    }),
    z.strictObject({
      type: z.literal('admission'),
      party: z.strictObject({
        number: KommunenummerSchema,
        name: z.string().check(notEmpty(), maxChars(100)),
        population: z
          .int({ error: 'must be a whole number ≥ 0' })
          .check(z.minimum(0, { error: 'must be a whole number ≥ 0' }), atMost(100_000_000)),
      }),
      effectiveDate: IsoDateSchema,
    }),
  ],
  { error: 'must be an event with type "withdrawal" or "admission"' },
);

/**
 * A change of membership: a party withdraws (uttreden), given by the day its
 * written notice was sent (the effective date follows from the notice
 * period) or by the effective date itself; or a municipality is admitted
 * (opptak) from a date, with its population at the agreement's reference
 * date.
 *
 * @example
 * const events: MembershipEvent[] = [
 *   { type: 'withdrawal', party: '5038', noticeSentOn: '2025-03-15', extraCosts: '25000.00' },
 *   { type: 'admission', party: { number: '1811', name: 'Bindal', population: 1400 }, effectiveDate: '2026-07-01' },
 * ];
 */
export type MembershipEvent = DeepReadonly<z.output<typeof MembershipEventSchema>>;

/**
 * Schema for an events file: a list of {@link MembershipEvent}, in any order
 * (`schema/events.json` is generated from it).
 *
 * @example
 * EventsSchema.safeParse([{ type: 'withdrawal', party: '5038', noticeSentOn: '2025-03-15' }]).success; //=> true
 */
export const EventsSchema = z.array(MembershipEventSchema).check(maxEntries(10_000));

/**
 * Reads an events file (a list of {@link MembershipEvent}, in any order).
 * The list it returns is trusted: {@link applyEvents}, {@link settle} and
 * {@link analysis!whatIf} do not check its events again.
 *
 * @throws {@link AgreementInputError} listing every problem with its path.
 * @example
 * parseEvents([{ type: 'withdrawal', party: '5038', noticeSentOn: '2025-03-15' }]).length; //=> 1
 */
export function parseEvents(input: unknown): MembershipEvent[] {
  const parsed = EventsSchema.safeParse(input);
  if (!parsed.success)
    throw new AgreementInputError(schemaProblems(parsed, input), 'Invalid events');
  trust(parsed.data);
  return parsed.data;
}
