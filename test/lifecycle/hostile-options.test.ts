import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import { admit } from '../../src/lifecycle/admit.js';
import { adoptionStatus, textFingerprint } from '../../src/lifecycle/adoption.js';
import { breachComplaint, terminationRequirement } from '../../src/lifecycle/breach.js';
import { deadlines } from '../../src/lifecycle/deadlines.js';
import { isInForce } from '../../src/lifecycle/in-force.js';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import type { Agreement } from '../../src/model/agreement.js';
import { AgreementInputError } from '../../src/model/errors.js';
import type { MembershipEvent } from '../../src/model/events.js';
import { applyEvents } from '../../src/rules/apply-events.js';
import { withdrawalEffectiveDate } from '../../src/rules/withdrawal-date.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

/** Any value a plain JavaScript caller could pass where options belong. */
// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
type Untyped = any;
const hp = helseplattformen;
const fingerprint = textFingerprint(hp.clauses);
const bindal = { number: '1811', name: 'Bindal' };

/** Every lifecycle function, called with `options` in place of its options. */
const calls: readonly [string, (options: Untyped) => unknown][] = [
  ['withdraw', (o) => withdraw(hp, o)],
  ['admit', (o) => admit(hp, o)],
  ['adoptionStatus', (o) => adoptionStatus(hp, o)],
  ['deadlines', (o) => deadlines(hp, o)],
  ['breachComplaint', (o) => breachComplaint(hp, o)],
  ['terminationRequirement', (o) => terminationRequirement(hp, o)],
  ['withdrawalEffectiveDate', (o) => withdrawalEffectiveDate(hp, o)],
];

describe('lifecycle functions called by plain JavaScript: an input error with paths, never a TypeError', () => {
  it.each(calls)(
    '%s: options that are null, a list, a number or text are one problem at "options"',
    (_, call) => {
      for (const options of [null, [], 42, 'x', true]) {
        expect(problemsOf(() => call(options))).toEqual([['options', 'invalid_type']]);
      }
    },
  );

  it('§12 withdraw: each field of the wrong type is named', () => {
    expect(
      problemsOf(() =>
        withdraw(hp, { party: 3430, noticeSentOn: '2025-02-30', extraCosts: {} } as Untyped),
      ),
    ).toEqual([
      ['extraCosts', 'invalid_type'],
      ['noticeSentOn', 'invalid_date'],
      ['party', 'invalid_type'],
    ]);
    expect(problemsOf(() => withdraw(hp, {} as Untyped))).toEqual([
      ['noticeSentOn', 'required'],
      ['party', 'required'],
    ]);
    expect(problemsOf(() => withdrawalEffectiveDate(hp, {} as Untyped))).toEqual([
      ['noticeSentOn', 'required'],
    ]);
  });

  it('§14 admit: municipality, population, date and conditions are each checked', () => {
    expect(
      problemsOf(() =>
        admit(hp, {
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
    expect(problemsOf(() => admit(hp, { municipality: null, population: 1 } as Untyped))).toEqual([
      ['municipality', 'invalid_type'],
    ]);
    for (const conditionsMet of [null, [], 'aksjonaer']) {
      expect(
        problemsOf(() =>
          admit(hp, { municipality: bindal, population: 1, conditionsMet } as Untyped),
        ),
      ).toEqual([['conditionsMet', 'invalid_type']]);
    }
    const unknown = catchInputError(() =>
      admit(rorosOsHoltalen, { municipality: bindal, population: 1, conditionsMet: { x: true } }),
    );
    expect(unknown.problems.map((p) => [p.path, p.code, p.message])).toEqual([
      [
        'agreement.lifecycle.admission',
        'no_admission_rule',
        'roros-os-holtalen states no rules for admission',
      ],
      [
        'conditionsMet.x',
        'unknown_condition',
        'is not an admission condition of the agreement (it has: none)',
      ],
    ]);
  });

  it('§15 adoptionStatus: the fingerprint, the date, the procedure and each decision are checked', () => {
    expect(
      problemsOf(() =>
        adoptionStatus(hp, {
          fingerprint: 7,
          date: 'soon',
          procedure: 'merger',
          decisions: [null, { party: '5001', adoptedOn: '2024-12-12' }],
        } as Untyped),
      ),
    ).toEqual([
      ['date', 'invalid_date'],
      ['decisions[0]', 'invalid_type'],
      ['decisions[1].fingerprint', 'required'],
      ['fingerprint', 'invalid_type'],
      ['procedure', 'invalid_procedure'],
    ]);
    expect(
      problemsOf(() => adoptionStatus(hp, { fingerprint, date: '2025-01-01' } as Untyped)),
    ).toEqual([['decisions', 'required']]);
    expect(
      problemsOf(() =>
        adoptionStatus(hp, { fingerprint, date: '2025-01-01', decisions: {} } as Untyped),
      ),
    ).toEqual([['decisions', 'invalid_type']]);
  });

  it('§7 adoptionStatus for a dissolution the agreement has no procedure for is an error, not an answer', () => {
    const error = catchInputError(() =>
      adoptionStatus(digitrondelag, {
        fingerprint,
        decisions: [],
        date: '2020-01-01',
        procedure: 'dissolution',
      }),
    );
    expect(error.problems).toEqual([
      {
        path: 'agreement.lifecycle.dissolution',
        code: 'no_dissolution_rule',
        message: 'digitrondelag states no procedure for dissolution',
      },
    ]);
  });

  it('adoption of an agreement with no amendment rule: every council adopts, cited by its first clause', () => {
    const ros = rorosOsHoltalen;
    const decisions = ros.parties.map((p) => ({
      party: p.municipality.number,
      adoptedOn: '2016-06-01',
      fingerprint,
    }));
    const status = adoptionStatus(ros, { fingerprint, decisions, date: '2016-06-15' });
    expect(status).toMatchObject({
      status: 'complete',
      clause: ros.clauses[0]?.ref,
      councilsMustAdopt: true,
      completedOn: '2016-06-01',
    });
    expect(words(status.reasons[0])?.nb).toBe(
      'Alle de 3 kommunestyrene har vedtatt den samme, uredigerte teksten.',
    );
  });

  it('§16 breach and termination: dates and flags of the wrong type are named', () => {
    expect(
      problemsOf(() =>
        breachComplaint(hp, {
          awareOn: '2025-01-01',
          complainedOn: 1,
          asOf: '2025-13-01',
          intentOrGrossNegligence: 'yes',
        } as Untyped),
      ),
    ).toEqual([
      ['asOf', 'invalid_date'],
      ['complainedOn', 'invalid_date'],
      ['intentOrGrossNegligence', 'invalid_type'],
    ]);
    expect(problemsOf(() => terminationRequirement(hp, { party: null } as Untyped))).toEqual([
      ['date', 'required'],
      ['party', 'invalid_type'],
    ]);
  });

  it('§10 deadlines and §12 isInForce: a year or party of the wrong type, a date that is not a date', () => {
    expect(problemsOf(() => deadlines(hp, { year: '2026', party: 5001 } as Untyped))).toEqual([
      ['party', 'invalid_type'],
      ['year', 'invalid_year'],
    ]);
    expect(problemsOf(() => isInForce(hp, null as Untyped))).toEqual([['date', 'invalid_date']]);
  });

  it('an agreement that did not come from parsing is checked on entry; every problem is named under "agreement"', () => {
    const broken = { ...hp, parties: 'all of them', validFrom: '2025-02-30' } as Untyped;
    for (const call of [
      () => isInForce(broken, '2025-06-01'),
      () => deadlines(broken, { year: 2026 }),
      () => withdraw(broken, { party: '5001', noticeSentOn: '2025-03-01' }),
      () => admit(broken, { municipality: bindal, population: 1 }),
      () => adoptionStatus(broken, { fingerprint, decisions: [], date: '2025-01-01' }),
      () => breachComplaint(broken, { awareOn: '2025-01-01' }),
      () => terminationRequirement(broken, { party: '5001', date: '2025-06-01' }),
      () => withdrawalEffectiveDate(broken, { noticeSentOn: '2025-01-01' }),
      () => applyEvents(broken, []),
    ]) {
      const error = catchInputError(call);
      expect(error.message.split('\n')[0]).toBe('Invalid agreement (2 problems):');
      expect(error.problems.map((p) => p.path)).toEqual([
        'agreement.parties',
        'agreement.validFrom',
      ]);
    }
    expect(problemsOf(() => isInForce(null as Untyped, '2025-06-01'))).toEqual([
      ['agreement', 'invalid_type'],
    ]);
  });

  it('§12 §14 events of the wrong shape are each named, with the others still checked', () => {
    const events = [
      null,
      { type: 'merger', party: '5001' },
      { type: 'withdrawal', party: 5001, effectiveDate: '2026-01-01' },
      { type: 'admission', party: '1811', effectiveDate: '2026-01-01' },
      { type: 'admission', party: null, effectiveDate: '2026-01-01' },
      { type: 'admission', party: { number: '1811' }, effectiveDate: '2026-01-01' },
      { type: 'withdrawal', party: '9999', effectiveDate: '2026-01-01' },
    ] as Untyped;
    expect(problemsOf(() => applyEvents(hp, events))).toEqual([
      ['events[0]', 'invalid_type'],
      ['events[1].type', 'invalid_type'],
      ['events[2].party', 'invalid_type'],
      ['events[3].party', 'invalid_type'],
      ['events[4].party', 'invalid_type'],
      ['events[5].party', 'invalid_type'],
      ['events[6].party', 'unknown_party'],
    ]);
    expect(problemsOf(() => applyEvents(hp, { type: 'withdrawal' } as Untyped))).toEqual([
      ['events', 'invalid_type'],
    ]);
  });

  it('property: whatever a caller passes as options, each function returns or throws an AgreementInputError, never anything else', () => {
    fc.assert(
      fc.property(fc.anything(), (options) => {
        for (const [, call] of calls) {
          try {
            call(options);
          } catch (error) {
            if (!(error instanceof AgreementInputError)) throw error;
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('property: events of any shape give an AgreementInputError or an applied agreement, never a TypeError', () => {
    fc.assert(
      fc.property(fc.array(fc.anything(), { maxLength: 4 }), (events) => {
        try {
          applyEvents(hp, events as readonly MembershipEvent[]);
        } catch (error) {
          if (!(error instanceof AgreementInputError)) throw error;
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('§9 §12 §14 the shares printed in tabell 9.1 versus the shares after a change', () => {
  it('§12 after a withdrawal the shares follow "oppjustert eierandel"; tabell 9.1 is printed in the agreement and is not amended by the calculation (note shares-after-change)', () => {
    const w = withdraw(hp, { party: '3430', noticeSentOn: '2025-03-01' });
    const reason = w.reasons.find((r) => r.code === 'shares_stated_in_table');
    expect([reason?.clause, reason?.values]).toEqual([
      '§12',
      { table: 'Tabell 9.1', change: 'withdrawal', decidedBy: null, note: 'shares-after-change' },
    ]);
    expect(words(reason)?.nb).toBe(
      'Andelene står i tabell 9.1 i avtalen. Andelene etter uttreden er regnet ut etter avtalens regel om oppjustert eierandel; de står ikke i tabellen. Om tabellen i avtalen også må endres, er et tolkningsspørsmål (se tolkningsnotatene).',
    );
  });

  it('§14 after an admission the new share "besluttes i representantskapet": the shares shown are computed, not decided', () => {
    const a = admit(hp, { municipality: bindal, population: 1400, date: '2026-07-01' });
    const reason = a.reasons.find((r) => r.code === 'shares_stated_in_table');
    expect([reason?.clause, reason?.values]).toEqual([
      '§14',
      {
        table: 'Tabell 9.1',
        change: 'admission',
        decidedBy: 'representantskapet',
        note: 'shares-after-change',
      },
    ]);
    expect(words(reason)?.nb).toBe(
      'Andelene står i tabell 9.1 i avtalen. Den nye kommunens andel besluttes av representantskapet; andelene som vises, er regnet ut etter avtalens regel og er ikke vedtatt. Om tabellen i avtalen også må endres, er et tolkningsspørsmål (se tolkningsnotatene).',
    );
  });

  it('an agreement that prints no table, or a table without a name, says so accordingly', () => {
    const [key] = hp.costKeys;
    if (key === undefined || key.kind !== 'population' || key.statedTable === undefined) {
      throw new Error('Helseplattformen §9 prints tabell 9.1');
    }
    const { statedTable, ...plain } = key;
    const noTable: Agreement = { ...hp, costKeys: [plain] };
    const w = withdraw(noTable, { party: '3430', noticeSentOn: '2025-03-01' });
    expect(w.reasons.map((r) => r.code)).not.toContain('shares_stated_in_table');
    const { name: _, ...unnamed } = statedTable;
    const { sharesNote: __, ...withdrawal } = hp.lifecycle?.withdrawal ?? {
      notice: { months: 12 },
      clause: '§12',
    };
    const anonymous: Agreement = {
      ...hp,
      costKeys: [{ ...key, statedTable: unnamed }],
      lifecycle: { ...hp.lifecycle, withdrawal },
    };
    const reason = withdraw(anonymous, { party: '3430', noticeSentOn: '2025-03-01' }).reasons.find(
      (r) => r.code === 'shares_stated_in_table',
    );
    expect(reason?.values).toEqual({
      table: null,
      change: 'withdrawal',
      decidedBy: null,
      note: null,
    });
    expect(words(reason)).toEqual({
      nb: 'Andelene står i en tabell i avtalen. Andelene etter uttreden er regnet ut etter avtalens regel om oppjustert eierandel; de står ikke i tabellen.',
      en: 'The shares are printed in a table of the agreement. The shares after the withdrawal are worked out by the agreement’s rule of scaled-up shares; they are not in the table.',
    });
  });
});

describe('events that name no real municipality are refused (second review)', () => {
  it('an admission with an empty number or name, or a withdrawal of a number that is not four digits, is an input error', () => {
    expect(
      problemsOf(() =>
        applyEvents(helseplattformen, [
          {
            type: 'admission',
            party: { number: '', name: '', population: 5 },
            effectiveDate: '2026-01-01',
          },
          { type: 'withdrawal', party: '34', noticeSentOn: '2025-03-01' },
        ] as never),
      ),
    ).toEqual([
      ['events[0].party', 'invalid_type'],
      ['events[1].party', 'invalid_type'],
    ]);
  });
});
