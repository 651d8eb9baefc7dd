import { assertAgreement, assertEvents, assertOptions } from '../finance/agreement-input.js';
import { ownershipShares } from '../finance/ownership-shares.js';
import { splitCost } from '../finance/split-cost.js';
import type { Agreement } from '../model/agreement.js';
import type { MembershipEvent } from '../model/events.js';
import type { IsoDate } from '../model/iso-date.js';
import { applyCheckedEvents } from '../rules/apply-events.js';
import { type AmountInput, formatAmount, parseAmount } from '../rules/money.js';
import type { Reason } from '../rules/reason.js';

/**
 * One party's position before and after; see {@link whatIf}.
 *
 * @example
 * const events = [{ type: 'withdrawal', party: '1508', noticeSentOn: '2025-03-01' }] as const;
 * const line: WhatIfLine | undefined = whatIf(helseplattformen, { events, amount: '1000.00' })
 *   .parties[3];
 * line?.name; //=> 'Ålesund'
 * line?.after; //=> null
 * line?.change; //=> '-109.26'
 */
export interface WhatIfLine {
  readonly number: string;
  readonly name: string;
  /** `null` when the party is not a member at that point. */
  readonly before: {
    readonly percent: string;
    readonly share: { readonly numerator: number; readonly denominator: number };
    readonly amount: string;
  } | null;
  readonly after: {
    readonly percent: string;
    readonly share: { readonly numerator: number; readonly denominator: number };
    readonly amount: string;
  } | null;
  /** after − before, in NOK (negative: pays less). */
  readonly change: string;
}

/**
 * The outcome of {@link whatIf}.
 *
 * @example
 * const result: WhatIf = whatIf(helseplattformen, { events: [], amount: 1000 });
 */
export interface WhatIf {
  readonly agreement: string;
  /** The yearly amount given, or `null` where a rate per inhabitant set it on each side. */
  readonly amount: string | null;
  readonly before: IsoDate;
  readonly after: IsoDate;
  readonly parties: readonly WhatIfLine[];
  readonly reasons: readonly Reason[];
}

/**
 * What withdrawals and admissions would mean for every party: its share,
 * percentage and yearly cost of `amount` before the events (on `date`,
 * default the agreement's start) and after them (once the last has taken
 * effect), and the change. So a finance officer can see what one
 * municipality leaving costs each of the others.
 *
 * @see Helseplattformen §9, §12, §14
 * @example
 * const w = whatIf(helseplattformen, {
 *   events: [{ type: 'withdrawal', party: '1508', noticeSentOn: '2025-03-01' }],
 *   amount: '10000000.00',
 * });
 * // Trondheim pays more:
 * w.parties.find((p) => p.number === '5001')?.change; //=> '491463.47'
 */
export function whatIf(
  agreement: Agreement,
  options: {
    readonly events: readonly MembershipEvent[];
    /** The yearly amount; `null` where the key is a rate per inhabitant, which sets the amount on each side. */
    readonly amount: AmountInput | null;
    readonly date?: IsoDate;
  },
): WhatIf {
  assertAgreement(agreement);
  const checked = assertOptions(options ?? null) as typeof options;
  if (checked.events === undefined) assertEvents(null);
  assertEvents(checked.events);
  const amount =
    checked.amount === null ? null : formatAmount(parseAmount(checked.amount, 'amount'));
  const before = checked.date ?? agreement.validFrom;
  const applied = applyCheckedEvents(agreement, checked.events);
  const dates = applied.agreement.parties.flatMap((p) => [
    p.membership.joined,
    p.membership.withdrawn ?? '',
  ]);
  const after =
    dates
      .filter((d) => d > before)
      .sort()
      .at(-1) ?? before;
  const snapshot = (a: Agreement, date: IsoDate) => {
    const shares = ownershipShares(a, { date });
    const split = splitCost(a, amount, { date });
    const byNumber = new Map(
      shares.parties.map((p, i) => [
        p.number,
        { percent: p.percent, share: p.share, amount: split.parties[i]?.amount ?? '0.00' },
      ]),
    );
    return { byNumber, reasons: shares.reasons };
  };
  const { byNumber: was } = snapshot(agreement, before);
  const { byNumber: will, reasons: afterReasons } = snapshot(applied.agreement, after);
  const parties = applied.agreement.parties
    .filter((p) => was.has(p.municipality.number) || will.has(p.municipality.number))
    .map((p): WhatIfLine => {
      const b = was.get(p.municipality.number) ?? null;
      const a = will.get(p.municipality.number) ?? null;
      const toOre = (s: string | undefined) => (s === undefined ? 0n : BigInt(s.replace('.', '')));
      return {
        number: p.municipality.number,
        name: p.municipality.name,
        before: b,
        after: a,
        change: formatAmount(toOre(a?.amount) - toOre(b?.amount)),
      };
    });
  return {
    agreement: agreement.id,
    amount,
    before,
    after,
    parties,
    reasons: [...applied.reasons, ...afterReasons],
  };
}
