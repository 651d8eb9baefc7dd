import { describe, expect, it } from 'vitest';
import { admit } from '../../src/lifecycle/admit.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const cby = { number: '0003', name: 'Cby' };

/** The small agreement with one admission condition, `aksjonaer`. */
function withCondition(): Agreement {
  const file = small();
  return parseAgreement({
    ...file,
    lifecycle: {
      ...file.lifecycle,
      admission: {
        ...file.lifecycle.admission,
        conditions: [{ id: 'aksjonaer', text: 'er aksjonær', clause: '§1', protects: true }],
      },
    },
  });
}

/** The small agreement with no admission rule. */
function withoutAdmission(): Agreement {
  const file = small();
  const { admission: _, ...lifecycle } = file.lifecycle;
  return parseAgreement({ ...file, lifecycle });
}

describe('admit', () => {
  it('a candidate with no conditions to meet is eligible; its share follows its population', () => {
    const a = admit(smallAgreement(), { municipality: cby, population: 50, date: '2025-07-01' });
    expect([a.eligibility, a.eligible, a.protectedFromOpposition, a.missing, a.notGiven]).toEqual([
      'met',
      true,
      null,
      [],
      [],
    ]);
    expect([a.procedure?.organ, a.procedure?.matter]).toEqual(['representantskap', 'budsjett']);
    // 100 + 50 + 50 = 200 inhabitants after the admission.
    expect(a.sharesAfter.parties.map((p) => [p.number, p.share])).toEqual([
      ['0001', { numerator: 100, denominator: 200 }],
      ['0002', { numerator: 50, denominator: 200 }],
      ['0003', { numerator: 50, denominator: 200 }],
    ]);
    expect(a.reasons.map((r) => words(r)?.nb)).toEqual([
      '0003 Cby oppfyller alle vilkårene for opptak.',
      'Andelen til 0003 Cby følger innbyggertallet 50 per 1. januar 2024 og gjelder fra 1. juli 2025; alle andeler regnes om fra den datoen.',
    ]);
  });

  it('municipality, population, date and conditions are each checked', () => {
    const agreement = withCondition();
    expect(
      problemsOf(() =>
        admit(agreement, {
          municipality: { number: 1811, name: '' },
          population: -1,
          date: 20260701,
          conditionsMet: { aksjonaer: 'ja', medlem: true },
        } as Untyped),
      ),
    ).toEqual([
      ['conditionsMet.aksjonaer', 'invalid_type'],
      ['conditionsMet.medlem', 'unknown_condition'],
      ['date', 'invalid_date'],
      ['municipality.name', 'invalid_type'],
      ['municipality.number', 'invalid_type'],
      ['population', 'invalid_population'],
    ]);
    expect(
      problemsOf(() => admit(agreement, { municipality: null, population: 1 } as Untyped)),
    ).toEqual([['municipality', 'invalid_type']]);
    for (const conditionsMet of [null, [], 'aksjonaer']) {
      expect(
        problemsOf(() =>
          admit(agreement, { municipality: cby, population: 1, conditionsMet } as Untyped),
        ),
      ).toEqual([['conditionsMet', 'invalid_type']]);
    }
  });

  it('an agreement with no admission rule names that, and every condition given as unknown', () => {
    const unknown = catchInputError(() =>
      admit(withoutAdmission(), { municipality: cby, population: 1, conditionsMet: { x: true } }),
    );
    expect(unknown.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      ['agreement.lifecycle.admission', 'no_admission_rule', 'liten states no rules for admission'],
      [
        'conditionsMet.x',
        'unknown_condition',
        'is not an admission condition of the agreement (it has: none)',
      ],
    ]);
  });
});
