import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { MembershipEvent } from '../model/events.js';
import type { Party } from '../model/party.js';
import { isTrusted, trust } from '../model/trusted.js';
import { checkedAgreement } from './input.js';
import { formatAmount, parseAmount } from './money.js';
import { citing, type Reason } from './reason.js';
import { checkedWithdrawalDate } from './withdrawal-date.js';

/**
 * An agreement after membership events, and what the events charge.
 *
 * @example
 * const after: AppliedEvents = applyEvents(helseplattformen, [
 *   { type: 'withdrawal', party: '5038', noticeSentOn: '2025-03-15', extraCosts: '25000.00' },
 * ]);
 * after.extraCosts.get('5038'); //=> { ore: 2500000n, effectiveDate: '2026-03-15' }
 */
export interface AppliedEvents {
  /** The agreement with the events' membership dates and new parties in its data. */
  readonly agreement: Agreement;
  /** Documented extra costs of withdrawals, in øre by kommunenummer, with the effective date (§12). */
  readonly extraCosts: ReadonlyMap<
    string,
    { readonly ore: bigint; readonly effectiveDate: string }
  >;
  readonly reasons: readonly Reason[];
}

/**
 * Applies withdrawals and admissions to an agreement's parties: a withdrawal
 * sets the party's notice and effective dates (the effective date from the
 * notice period, Helseplattformen §12, unless given); an admission adds a
 * party from its effective date with its population at the agreement's
 * reference date (§14). Events may come in any order. The agreement given is
 * not changed; a new one is returned.
 *
 * @see Helseplattformen §12, §14
 * @throws {@link AgreementInputError} naming each event that does not fit:
 *   an unknown party, a party that is not a member when it gives notice, two
 *   withdrawals of one party, an admission of a party that is already a
 *   member, an amount of extra costs that is not an amount.
 * @example
 * const { agreement } = applyEvents(helseplattformen, [
 *   { type: 'withdrawal', party: '3430', noticeSentOn: '2025-03-01' },
 * ]);
 * agreement.parties.find((p) => p.municipality.number === '3430')?.membership;
 * //=> { joined: '2025-01-01', noticeSentOn: '2025-03-01', withdrawn: '2026-03-01' }
 */
export function applyEvents(
  agreement: Agreement,
  events: readonly MembershipEvent[],
): AppliedEvents {
  const valid = checkedAgreement(agreement);
  if (!Array.isArray(events)) {
    throw new AgreementInputError(
      [{ path: 'events', code: 'invalid_type', message: 'must be a list of events' }],
      'Invalid events',
    );
  }
  return applyCheckedEvents(valid, events);
}

/**
 * {@link applyEvents} for an agreement already checked (by parsing, or on
 * entry to the caller) and a list of events. Events that {@link parseEvents}
 * returned are trusted; any other list has each event's shape, population
 * and dates checked here, once, beside the checks of what the events mean
 * (an unknown party, a second withdrawal), so that every problem is named at
 * once. The agreement returned is trusted when the one given is: it is made
 * of that agreement's data and of values checked here.
 *
 * @internal
 */
export function applyCheckedEvents(
  agreement: Agreement,
  events: readonly MembershipEvent[],
): AppliedEvents {
  const problems: InputProblem[] = [];
  const checked = isTrusted(events);
  const cite = citing(agreement.id);
  const reasons: Reason[] = [];
  const parties: Party[] = [...agreement.parties];
  const index = new Map(parties.map((p, i) => [p.municipality.number, i]));
  const extraCosts = new Map<string, { ore: bigint; effectiveDate: string }>();
  const withdrawn = new Set<string>();

  // Admissions first, so that a party admitted by one event can withdraw by another; within
  // each kind a fixed order (admissions by date and number, withdrawals by party), so that the
  // result does not depend on the order the events are given in.
  const key = (event: MembershipEvent) =>
    event.type === 'admission'
      ? `0 ${event.effectiveDate} ${event.party.number}`
      : `1 ${event.party}`;
  const order = events
    .map((event, i) => ({ event, i }))
    .filter(({ event, i }) => {
      if (checked) return true;
      const shape = shapeProblems(event, `events[${i}]`);
      problems.push(...shape);
      return shape.length === 0;
    })
    .sort((a, b) => {
      const [ka, kb] = [key(a.event), key(b.event)];
      return ka === kb ? a.i - b.i : ka < kb ? -1 : 1;
    });
  for (const { event, i } of order) {
    const at = `events[${i}]`;
    if (event.type === 'admission') {
      const { number, name, population } = event.party;
      if (!checked && (!Number.isSafeInteger(population) || population < 0)) {
        problems.push({
          path: `${at}.party.population`,
          code: 'invalid_population',
          message: 'must be a whole number ≥ 0',
        });
        continue;
      }
      if (!checked && !isIsoDate(event.effectiveDate)) {
        problems.push({
          path: `${at}.effectiveDate`,
          code: 'invalid_date',
          message: 'must be a date YYYY-MM-DD that exists in the calendar',
        });
        continue;
      }
      if (index.has(number)) {
        problems.push({
          path: `${at}.party.number`,
          code: 'already_party',
          message: `${number} is already a party of ${agreement.id}`,
        });
        continue;
      }
      if (event.effectiveDate < agreement.validFrom) {
        problems.push({
          path: `${at}.effectiveDate`,
          code: 'outside_validity',
          message: `${event.effectiveDate} is before ${agreement.id} applies (${agreement.validFrom})`,
        });
        continue;
      }
      index.set(number, parties.length);
      parties.push({
        municipality: { number, name },
        population,
        membership: { joined: event.effectiveDate },
      });
      continue;
    }
    const position = index.get(event.party);
    const party = position === undefined ? undefined : parties[position];
    if (position === undefined || party === undefined) {
      problems.push({
        path: `${at}.party`,
        code: 'unknown_party',
        message: `${event.party} is not a party of ${agreement.id}`,
      });
      continue;
    }
    if (withdrawn.has(event.party) || party.membership.withdrawn !== undefined) {
      problems.push({
        path: `${at}.party`,
        code: 'already_withdrawn',
        message: `${event.party} has already withdrawn`,
      });
      continue;
    }
    const noticeDate = event.noticeSentOn ?? event.noticeReceivedOn;
    if ((noticeDate === undefined) === (event.effectiveDate === undefined)) {
      problems.push({
        path: at,
        code: 'notice_or_effective',
        message: 'give either the notice date (noticeSentOn or noticeReceivedOn) or effectiveDate',
      });
      continue;
    }
    let effectiveDate: string;
    if (!checked) {
      const bad = (['noticeSentOn', 'noticeReceivedOn', 'effectiveDate'] as const).filter(
        (field) => event[field] !== undefined && !isIsoDate(event[field]),
      );
      for (const field of bad) {
        problems.push({
          path: `${at}.${field}`,
          code: 'invalid_date',
          message: 'must be a date YYYY-MM-DD that exists in the calendar',
        });
      }
      if (bad.length > 0) continue;
    }
    const notice = {
      ...(event.noticeSentOn === undefined ? {} : { noticeSentOn: event.noticeSentOn }),
      ...(event.noticeReceivedOn === undefined ? {} : { noticeReceivedOn: event.noticeReceivedOn }),
    };
    if (noticeDate !== undefined) {
      if (noticeDate < party.membership.joined) {
        problems.push({
          path: `${at}.${event.noticeSentOn === undefined ? 'noticeReceivedOn' : 'noticeSentOn'}`,
          code: 'not_a_member',
          message: `${event.party} is not a member on ${noticeDate} (it joined ${party.membership.joined})`,
        });
        continue;
      }
      try {
        const dates = checkedWithdrawalDate(
          agreement,
          { ...notice, joined: party.membership.joined },
          at,
        );
        effectiveDate = dates.effectiveDate;
        reasons.push(...dates.reasons);
      } catch (error) {
        // An agreement without a withdrawal rule stops here, as before any event is applied; the
        // rest are problems of this event (the function throws nothing but input errors).
        if (agreement.lifecycle?.withdrawal === undefined) throw error;
        problems.push(...(error as AgreementInputError).problems);
        continue;
      }
    } else {
      effectiveDate = event.effectiveDate as string;
      if (effectiveDate < party.membership.joined) {
        problems.push({
          path: `${at}.effectiveDate`,
          code: 'before_joining',
          message: `${event.party} joined on ${party.membership.joined}, after ${effectiveDate}`,
        });
        continue;
      }
    }
    withdrawn.add(event.party);
    parties[position] = {
      ...party,
      membership: {
        ...party.membership,
        ...notice,
        withdrawn: effectiveDate,
      },
    };
    if (
      event.extraCosts !== undefined &&
      agreement.lifecycle?.withdrawal?.extraCostsCharged !== true
    ) {
      problems.push({
        path: `${at}.extraCosts`,
        code: 'extra_costs_not_charged',
        message: `${agreement.id} does not say that a leaving party pays extra costs of its withdrawal`,
      });
    } else if (event.extraCosts !== undefined) {
      try {
        const ore = parseAmount(event.extraCosts, `${at}.extraCosts`);
        extraCosts.set(event.party, { ore, effectiveDate });
        // Extra costs are charged only under a withdrawal rule that says so, checked above.
        const clause = agreement.lifecycle?.withdrawal?.clause as string;
        reasons.push(
          cite(clause, 'extra_costs_charged', {
            party: `${event.party} ${party.municipality.name}`,
            amount: formatAmount(ore),
          }),
        );
      } catch (error) {
        if (!(error instanceof AgreementInputError)) throw error;
        problems.push(...error.problems);
      }
    }
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid events');
  const after: Agreement = { ...agreement, parties };
  if (isTrusted(agreement)) trust(after);
  return { agreement: after, extraCosts, reasons };
}

/**
 * What a plain JavaScript caller can get wrong in an event's shape, before
 * its dates and numbers are checked: not an object, an unknown type, a party
 * that is not a kommunenummer (withdrawal) or not a municipality with a
 * number and a name (admission).
 */
function shapeProblems(event: unknown, at: string): InputProblem[] {
  if (event === null || typeof event !== 'object' || Array.isArray(event)) {
    return [{ path: at, code: 'invalid_type', message: 'must be an event object' }];
  }
  const { type, party } = event as { readonly type?: unknown; readonly party?: unknown };
  const isNumber = (value: unknown) => typeof value === 'string' && /^\d{4}$/.test(value);
  if (type === 'withdrawal') {
    return isNumber(party)
      ? []
      : [
          {
            path: `${at}.party`,
            code: 'invalid_type',
            message: 'must be a kommunenummer of four digits',
          },
        ];
  }
  if (type === 'admission') {
    const { number, name } = (party ?? {}) as {
      readonly number?: unknown;
      readonly name?: unknown;
    };
    if (typeof party === 'object' && isNumber(number) && typeof name === 'string' && name !== '') {
      return [];
    }
    return [
      {
        path: `${at}.party`,
        code: 'invalid_type',
        message: 'must be a municipality: { number (four digits), name (not empty), population }',
      },
    ];
  }
  return [
    {
      path: `${at}.type`,
      code: 'invalid_type',
      message: 'must be an event with type "withdrawal" or "admission"',
    },
  ];
}
