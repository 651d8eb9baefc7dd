import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { withdrawalEffectiveDate } from '../../src/rules/withdrawal-date.js';
import { openEndedAgreement, small } from '../fixtures/small-agreement.js';
import { turnOfYear } from '../fixtures/withdrawal-timing.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const agreement = openEndedAgreement();

describe('withdraw', () => {
  it('takes effect a notice period after the notice, and the others share what the leaver paid', () => {
    // 12 months' notice from 1 March 2025: effective 1 March 2026, financed up to the day before.
    const w = withdraw(agreement, { party: '0002', noticeSentOn: '2025-03-01' });
    expect([w.effectiveDate, w.lastFinancedDate]).toEqual(['2026-03-01', '2026-02-28']);
    expect(w.sharesAfter?.parties.map((p) => [p.number, p.share])).toEqual([
      ['0001', { numerator: 100, denominator: 100 }],
    ]);
    expect(w.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      [
        'withdrawal_effective',
        '§1',
        {
          noticeSentOn: '2025-03-01',
          months: 12,
          effectiveDate: '2026-03-01',
          lastFinancedDate: '2026-02-28',
        },
      ],
      ['share_redistributed', '§1', { party: '0002 Bby', remaining: 1, basis: 'population' }],
    ]);
    expect(words(w.reasons[0])?.nb).toBe(
      'Skriftlig varsel om uttreden sendt 1. mars 2025; uttreden skjer 1 år etter, 1. mars 2026. Plikten til finansiering opphører fra og med den datoen; siste finansierte dag er 28. februar 2026.',
    );
  });

  it('each field of the wrong type is named', () => {
    expect(
      problemsOf(() =>
        withdraw(agreement, {
          party: 3430,
          noticeSentOn: '2025-02-30',
          extraCosts: {},
        } as Untyped),
      ),
    ).toEqual([
      ['extraCosts', 'invalid_type'],
      ['noticeSentOn', 'invalid_date'],
      ['party', 'invalid_type'],
    ]);
    expect(problemsOf(() => withdraw(agreement, {} as Untyped))).toEqual([
      ['noticeSentOn', 'required'],
      ['party', 'required'],
    ]);
    expect(problemsOf(() => withdrawalEffectiveDate(agreement, {} as Untyped))).toEqual([
      ['noticeSentOn', 'required'],
    ]);
  });
});

describe('withdraw: what the event cannot be is named as an option', () => {
  it('the day of receipt, extra costs the agreement does not charge, an unknown party', () => {
    expect(
      problemsOf(() => withdraw(turnOfYear(), { party: '0001', noticeSentOn: '2025-03-15' })),
    ).toEqual([['noticeReceivedOn', 'required']]);
    expect(
      catchInputError(() =>
        withdraw(agreement, { party: '0002', noticeSentOn: '2025-03-01', extraCosts: '10.00' }),
      ).message,
    ).toContain('Cannot withdraw');
    expect(
      problemsOf(() =>
        withdraw(agreement, { party: '0002', noticeSentOn: '2025-03-01', extraCosts: '10.00' }),
      ),
    ).toEqual([['extraCosts', 'extra_costs_not_charged']]);
    expect(
      problemsOf(() => withdraw(agreement, { party: '0009', noticeSentOn: '2025-03-01' })),
    ).toEqual([['party', 'unknown_party']]);
  });

  it('counted from receipt: the day of receipt is kept and the withdrawal dated by it', () => {
    const w = withdraw(turnOfYear(), { party: '0001', noticeReceivedOn: '2025-03-20' });
    // 20 March 2026, then the next 1 January.
    expect([w.noticeSentOn, w.noticeReceivedOn, w.effectiveDate, w.lastFinancedDate]).toEqual([
      undefined,
      '2025-03-20',
      '2027-01-01',
      '2026-12-31',
    ]);
    expect(w.sharesAfter?.parties.map((p) => p.number)).toEqual(['0002']);
  });
});

describe('withdraw: what becomes of the shares', () => {
  it('stated ownership that no longer makes up the whole is not made up: the shares must be stated anew', () => {
    // Eierandeler 55 / 30 / 15 %: without Brekke (30 %) the others hold 55 + 15 = 70 %.
    const iks = parseAgreement(
      JSON.parse(
        readFileSync(new URL('../../examples/iks-eierandeler.json', import.meta.url), 'utf8'),
      ),
    );
    const w = withdraw(iks, { party: '9932', noticeSentOn: '2026-03-01' });
    expect([w.effectiveDate, w.lastFinancedDate, w.sharesAfter]).toEqual([
      '2027-03-01',
      '2027-02-28',
      null,
    ]);
    const reason = w.reasons.find((r) => r.code === 'ownership_restatement_needed');
    expect(reason).toEqual({
      code: 'ownership_restatement_needed',
      agreement: iks.id,
      clause: '§4',
      values: { party: '9932 Brekke', remaining: 2, sum: '70 %' },
    });
    expect(w.reasons.map((r) => r.code)).not.toContain('share_redistributed');
    expect(words(reason)?.nb).toContain(
      'utgjør andelene til de 2 som blir igjen 70 %, ikke det hele',
    );
  });

  it('under a key of a fixed part and a part by population the shares after follow the key, and the reason says so', () => {
    // 20 % equal, 80 % by population; Aby 100, Cby 50 remain after Bby leaves:
    // Aby 10 + 80 × 100/150 = 63.33 %, Cby 10 + 80 × 50/150 = 36.67 % (by population alone: 66.67 / 33.33).
    const file = small();
    const { validUntil: _, ...open } = file;
    const fixed = parseAgreement({
      ...open,
      parties: [
        ...file.parties,
        {
          municipality: { number: '0003', name: 'Cby' },
          population: 50,
          membership: { joined: '2025-01-01' },
        },
      ],
      costKeys: [
        {
          kind: 'fixed-and-population',
          validFrom: '2025-01-01',
          clause: '§2',
          fixedPercent: '20',
          populationPercent: '80',
        },
      ],
    });
    const w = withdraw(fixed, { party: '0002', noticeSentOn: '2025-03-01' });
    expect(w.sharesAfter?.parties.map((p) => [p.number, p.percent])).toEqual([
      ['0001', '63.33'],
      ['0003', '36.67'],
    ]);
    const reason = w.reasons.find((r) => r.code === 'share_redistributed');
    expect(reason?.values).toEqual({ party: '0002 Bby', remaining: 2, basis: 'cost-key' });
    expect(words(reason)?.nb).toBe(
      'Andelen til 0002 Bby fordeles mellom de 2 gjenværende kommunene etter kostnadsnøkkelen, regnet på nytt for dem som blir igjen.',
    );
  });
});
