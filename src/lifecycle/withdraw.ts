import { type OwnershipShares, ownershipShares } from '../finance/ownership-shares.js';
import { formatFraction, parseShare } from '../finance/share-weights.js';
import { addDays } from '../internal/calendar.js';
import { addFraction } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Party } from '../model/party.js';
import { applyCheckedEvents } from '../rules/apply-events.js';
import { checkedAgreement, OptionsReader } from '../rules/input.js';
import { memberOn } from '../rules/membership.js';
import type { AmountInput } from '../rules/money.js';
import { citing, type Reason } from '../rules/reason.js';
import { statedTableReasons } from './stated-table.js';

/**
 * Options for {@link withdraw}.
 *
 * @example
 * const options: WithdrawOptions = { party: '5038', noticeSentOn: '2025-03-15', extraCosts: '25000.00' };
 */
export interface WithdrawOptions {
  /** Kommunenummer of the party that leaves. */
  readonly party: string;
  /** The day the written notice was sent. */
  readonly noticeSentOn?: IsoDate;
  /** The day the written notice was received, for an agreement that counts the notice from receipt. */
  readonly noticeReceivedOn?: IsoDate;
  /** Documented extra costs of the withdrawal, charged to the leaving party where the agreement says so (§12). */
  readonly extraCosts?: AmountInput;
}

/**
 * A withdrawal worked out; see {@link withdraw}.
 *
 * @example
 * const result: Withdrawal = withdraw(helseplattformen, { party: '3430', noticeSentOn: '2025-03-01' });
 */
export interface Withdrawal {
  readonly agreement: string;
  readonly party: string;
  readonly noticeSentOn?: IsoDate;
  readonly noticeReceivedOn?: IsoDate;
  readonly effectiveDate: IsoDate;
  readonly lastFinancedDate: IsoDate;
  /**
   * The ownership shares from the effective date, among those who remain;
   * `null` where the agreement states ownership shares (`ownership`) that
   * no longer make up the whole without the leaver: the text gives no
   * shares for those who remain, so they must be stated anew (a reason,
   * `ownership_restatement_needed`, says so), and none are made up here.
   */
  readonly sharesAfter: OwnershipShares | null;
  readonly reasons: readonly Reason[];
}

/**
 * What a withdrawal (uttreden) means: when it takes effect and the last day
 * the party finances the cooperation (Helseplattformen §12: one year after
 * the written notice; the duty to finance ends from and including that
 * date), and every remaining party's share from that day. "Andelen til
 * uttredende kommune fordeles mellom gjenværende kommuner etter oppjustert
 * eierandel": scaling up the remaining shares is the same as recomputing the
 * population shares among those who remain (a test shows it).
 *
 * @see Helseplattformen §12
 * @throws {@link AgreementInputError} for an unknown party, a party that is
 *   not a member when the notice is sent, or a bad date or amount.
 * @example
 * const w = withdraw(helseplattformen, { party: '3430', noticeSentOn: '2025-03-01' });
 * [w.effectiveDate, w.lastFinancedDate]; //=> ['2026-03-01', '2026-02-28']
 * w.sharesAfter.parties.length; //=> 33
 */
export function withdraw(input: Agreement, options: WithdrawOptions): Withdrawal {
  const agreement = checkedAgreement(input);
  const read = new OptionsReader(options);
  const party = read.text('party', true) as string;
  const noticeSentOn = read.date('noticeSentOn', false);
  const noticeReceivedOn = read.date('noticeReceivedOn', false);
  if (
    read.isObject &&
    read.raw('noticeSentOn') === undefined &&
    read.raw('noticeReceivedOn') === undefined
  ) {
    read.problems.push({
      path: 'noticeSentOn',
      code: 'required',
      message: 'give the day the notice was sent (noticeSentOn) or received (noticeReceivedOn)',
    });
  }
  const extraCosts = read.raw('extraCosts');
  if (
    extraCosts !== undefined &&
    typeof extraCosts !== 'string' &&
    typeof extraCosts !== 'number'
  ) {
    read.problems.push({
      path: 'extraCosts',
      code: 'invalid_type',
      message: 'must be an amount in NOK: a string like "25000.00" or a number',
    });
  }
  read.done('Cannot withdraw');
  const notice = {
    ...(noticeSentOn === undefined ? {} : { noticeSentOn }),
    ...(noticeReceivedOn === undefined ? {} : { noticeReceivedOn }),
  };
  const applied = asOptions(() =>
    applyCheckedEvents(agreement, [
      {
        type: 'withdrawal',
        party,
        ...notice,
        ...(extraCosts === undefined ? {} : { extraCosts: extraCosts as AmountInput }),
      },
    ]),
  );
  // applyEvents has found the party and dated its withdrawal by the agreement's
  // rule (or thrown), so both are there.
  const leaver = applied.agreement.parties.find((p) => p.municipality.number === party) as Party;
  const effectiveDate = leaver.membership.withdrawn as IsoDate;
  const clause = agreement.lifecycle?.withdrawal?.clause as string;
  const cite = citing(agreement.id);
  const restated = restatementNeeded(applied.agreement, effectiveDate);
  if (restated !== null) {
    return {
      agreement: agreement.id,
      party,
      ...notice,
      effectiveDate,
      lastFinancedDate: addDays(effectiveDate, -1),
      sharesAfter: null,
      reasons: [
        ...applied.reasons,
        cite(restated.clause, 'ownership_restatement_needed', {
          party: `${party} ${leaver.municipality.name}`,
          remaining: restated.remaining,
          sum: restated.sum,
        }),
      ],
    };
  }
  const sharesAfter = ownershipShares(applied.agreement, { date: effectiveDate });
  return {
    agreement: agreement.id,
    party,
    ...notice,
    effectiveDate,
    lastFinancedDate: addDays(effectiveDate, -1),
    sharesAfter,
    reasons: [
      ...applied.reasons,
      cite(clause, 'share_redistributed', {
        party: `${party} ${leaver.municipality.name}`,
        remaining: sharesAfter.parties.length,
        basis:
          sharesAfter.basis === 'stated-ownership'
            ? 'stated-ownership'
            : sharesAfter.reasons.some((r) => r.code === 'cost_key_population')
              ? 'population'
              : 'cost-key',
      }),
      ...statedTableReasons(agreement, effectiveDate, {
        clause,
        change: 'withdrawal',
        decidedBy: null,
        note: agreement.lifecycle?.withdrawal?.sharesNote ?? null,
      }),
    ],
  };
}

/** The problems of the one event as problems of the options: `events[0].party` is `party`. */
function asOptions<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    const prefix = 'events[0].';
    if (
      !(error instanceof AgreementInputError) ||
      !error.problems.some((p) => p.path.startsWith(prefix))
    )
      throw error;
    const problems = error.problems.map((p) => ({
      ...p,
      path: p.path.startsWith(prefix) ? p.path.slice(prefix.length) : p.path,
    }));
    throw new AgreementInputError(problems, 'Cannot withdraw');
  }
}

/**
 * Where the agreement states ownership shares and those of the members on
 * `date` do not make up the whole, the clause and what they sum to; else `null`.
 */
function restatementNeeded(
  agreement: Agreement,
  date: IsoDate,
): { clause: string; remaining: number; sum: string } | null {
  const { ownership } = agreement;
  if (ownership === undefined) return null;
  const members = agreement.parties.filter((p) => memberOn(p, date));
  let total: readonly [bigint, bigint] = [0n, 1n];
  for (const m of members) {
    const share = ownership.shares[m.municipality.number];
    // A member without a stated share is the ownership check's error, not this one.
    if (share === undefined) return null;
    total = addFraction(total, parseShare(share));
  }
  if (total[0] === total[1]) return null;
  return {
    clause: ownership.clause,
    remaining: members.length,
    sum: formatFraction(total[0], total[1]),
  };
}
