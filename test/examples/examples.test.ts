import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/analysis/check.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { decide } from '../../src/governance/decide/index.js';
import { withdraw } from '../../src/lifecycle/withdraw.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { schemaValidator } from '../helpers/json-schema.js';

/**
 * The example agreement files of examples/, each validated by a third-party
 * JSON Schema validator (ajv) against schema/agreement.json, then read by the
 * library, and each with its figures computed by hand here.
 */
const DIR = new URL('../../examples/', import.meta.url);
const file = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
const example = (name: string): Agreement => parseAgreement(file(name));
const amounts = (a: Agreement, amount: string, serviceArea?: string) =>
  Object.fromEntries(
    splitCost(a, amount, serviceArea === undefined ? {} : { serviceArea }).parties.map((p) => [
      p.number,
      p.amount,
    ]),
  );
const names = readdirSync(DIR)
  .filter((n) => n.endsWith('.json'))
  .sort();

describe('examples/*.json: valid by a third-party JSON Schema validator and by check', () => {
  const validate = schemaValidator('agreement');

  it('there are the seven example files the README lists as existing', () => {
    expect(names).toEqual([
      'iks-eierandeler.json',
      'interkommunalt-styre-1992.json',
      'nettverk-sats-per-innbygger.json',
      'oppgavefellesskap.json',
      'uttreden-ved-arsskiftet.json',
      'vann-forbruksdel.json',
      'vertskommune-med-omrader.json',
    ]);
    const readme = readFileSync(new URL('README.md', DIR), 'utf8');
    for (const name of names) expect(readme).toContain(`(${name})`);
  });

  it.each(names)('%s: ajv finds no error against schema/agreement.json', (name) => {
    expect(validate(file(name))).toEqual([]);
  });

  it.each(names)('%s: check finds it valid, with nothing to warn about', (name) => {
    const report = check(file(name));
    expect(report.problems).toEqual([]);
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('vertskommune-med-omrader.json: a vertskommune with two service areas, each with its key', () => {
  const a = example('vertskommune-med-omrader.json');

  it('§4 barnevern by population 12 000 : 5 000 : 3 000: 1 000.01 kr gives Fjellby the øre left', () => {
    // 1 000.01 × 12/20 = 600.006, × 5/20 = 250.0025, × 3/20 = 150.0015: floors 600.00, 250.00,
    // 150.00 leave 1 øre, which goes to the largest remainder (0.6 øre): Fjellby.
    expect(amounts(a, '1000.01', 'barnevern')).toEqual({
      '9901': '600.01',
      '9902': '250.00',
      '9903': '150.00',
    });
  });

  it('§5 PPT among its two participants only: 40 % equally, 60 % by population 12 000 : 3 000', () => {
    // 500 000: 200 000 equally (100 000 each), 300 000 by population (240 000 and 60 000).
    expect(amounts(a, '500000.00', 'ppt')).toEqual({ '9901': '340000.00', '9903': '160000.00' });
  });

  it('§6 Dalvik gives 12 months’ notice on 15 March 2026: out on 15 March 2027; the others 80/20', () => {
    const w = withdraw(a, { party: '9902', noticeSentOn: '2026-03-15' });
    expect([w.effectiveDate, w.lastFinancedDate]).toEqual(['2027-03-15', '2027-03-14']);
    // 12 000 / 15 000 = 80 %, 3 000 / 15 000 = 20 %.
    expect(w.sharesAfter?.parties.map((p) => [p.number, p.percent])).toEqual([
      ['9901', '80.00'],
      ['9903', '20.00'],
    ]);
  });
});

describe('oppgavefellesskap.json: a kommunalt oppgavefellesskap with shares stated in percent', () => {
  const a = example('oppgavefellesskap.json');

  it('§4 50/25/15/10 %: 1 234 567.89 kr, two øre left to the largest remainders (Holmen, Havby)', () => {
    // 617 283.945, 308 641.9725, 185 185.1835, 123 456.789: floors leave 2 øre; the
    // remainders are 0.5, 0.25, 0.35 and 0.9 øre, so Holmen (0.9) and Havby (0.5) get one each.
    expect(amounts(a, '1234567.89')).toEqual({
      '9911': '617283.95',
      '9912': '308641.97',
      '9913': '185185.18',
      '9914': '123456.79',
    });
  });

  const meeting = (ballots: Record<string, 'for' | 'against'>) => ({
    date: '2026-03-12',
    presiding: '9911',
    attendance: Object.fromEntries(Object.keys(ballots).map((s) => [s, 'member' as const])),
    ballots,
  });

  it('§5 the budget: 1 for and 2 against of 3 present (quorum 2 of 4) is not adopted', () => {
    const d = decide(a, {
      organ: 'representantskap',
      matter: 'budsjett',
      meeting: meeting({ '9911': 'for', '9912': 'against', '9913': 'against' }),
    });
    expect([d.quorate, d.adopted]).toEqual([true, false]);
  });

  it('§7 an amendment needs 2/3 of all 4 seats, that is 3: 3 for is adopted, 2 for and 1 against is not', () => {
    const yes = decide(a, {
      organ: 'representantskap',
      matter: 'avtaleendring',
      meeting: meeting({ '9911': 'for', '9912': 'for', '9914': 'for' }),
    });
    expect([yes.quorate, yes.adopted]).toEqual([true, true]);
    const no = decide(a, {
      organ: 'representantskap',
      matter: 'avtaleendring',
      meeting: meeting({ '9911': 'for', '9912': 'for', '9914': 'against' }),
    });
    expect([no.quorate, no.adopted]).toEqual([true, false]);
  });
});

describe('nettverk-sats-per-innbygger.json: a network paying a rate per inhabitant', () => {
  const a = example('nettverk-sats-per-innbygger.json');

  it('§2 12.50 kr × 12 000 inhabitants = 150 000 kr: each pays the rate times its population', () => {
    // 12.50 × 8 000 = 100 000, 12.50 × 2 400 = 30 000, 12.50 × 1 600 = 20 000.
    expect(amounts(a, '150000.00')).toEqual({
      '9921': '100000.00',
      '9922': '30000.00',
      '9923': '20000.00',
    });
  });

  it('§3 Lia gives 6 months’ notice on 10 June 2026: out on 10 December 2026; the others 10/13 and 3/13', () => {
    const w = withdraw(a, { party: '9923', noticeSentOn: '2026-06-10' });
    expect([w.effectiveDate, w.lastFinancedDate]).toEqual(['2026-12-10', '2026-12-09']);
    // 8 000 / 10 400 = 76.923… %, 2 400 / 10 400 = 23.076… %.
    expect(w.sharesAfter?.parties.map((p) => [p.number, p.percent])).toEqual([
      ['9921', '76.92'],
      ['9922', '23.08'],
    ]);
  });
});

describe('iks-eierandeler.json: an IKS with ownership shares stated apart from population', () => {
  const a = example('iks-eierandeler.json');

  it('§4 55/30/15 %, not the population 30 000 : 9 000 : 6 000: 1 000 000.03 kr', () => {
    // 550 000.0165, 300 000.009, 150 000.0045: floors leave 2 øre; the remainders are
    // 0.65, 0.9 and 0.45 øre, so Brekke (0.9) and Åsby (0.65) get one each.
    expect(amounts(a, '1000000.03')).toEqual({
      '9931': '550000.02',
      '9932': '300000.01',
      '9933': '150000.00',
    });
  });

  const meeting = (
    presiding: string,
    ballots: Record<string, 'for' | 'against'>,
  ): Parameters<typeof decide>[1]['meeting'] => ({
    date: '2026-05-20',
    presiding,
    presidingRole: 'leader',
    attendance: Object.fromEntries(Object.keys(ballots).map((s) => [s, 'member' as const])),
    ballots,
  });

  it('§5 one vote each: 1 for and 1 against is decided by the vote of the leader presiding', () => {
    const d = decide(a, {
      organ: 'representantskap',
      matter: 'ordinaere-saker',
      meeting: meeting('9931', { '9931': 'for', '9932': 'against' }),
    });
    expect([d.quorate, d.adopted]).toEqual([true, true]);
    const other = decide(a, {
      organ: 'representantskap',
      matter: 'ordinaere-saker',
      meeting: meeting('9932', { '9931': 'for', '9932': 'against' }),
    });
    expect([other.quorate, other.adopted]).toEqual([true, false]);
  });

  it('§5 in eierstyringssaker votes weigh by ownership 55 : 30 : 15: two owners for (45 %) do not outvote Åsby (55 %)', () => {
    // Heads: 2 for, 1 against — an ordinary matter is adopted. Weight: 30 + 15 = 45 for, 55 against.
    const meeting = {
      date: '2026-03-01',
      presiding: '9932',
      attendance: { '9931': 'member', '9932': 'member', '9933': 'member' },
      ballots: { '9931': 'against', '9932': 'for', '9933': 'for' },
    } as const;
    const ordinary = decide(a, { organ: 'representantskap', matter: 'ordinaere-saker', meeting });
    const owners = decide(a, { organ: 'representantskap', matter: 'eierstyring', meeting });
    expect([ordinary.adopted, owners.adopted]).toEqual([true, false]);
    expect(owners.reasons.find((r) => r.code === 'weighted_not_met')?.clause).toBe('§5');
  });

  it('§7 the company agreement is amended only by all three seats, and then every council must adopt', () => {
    const all = decide(a, {
      organ: 'representantskap',
      matter: 'selskapsavtale',
      meeting: meeting('9931', { '9931': 'for', '9932': 'for', '9933': 'for' }),
    });
    expect([all.adopted, all.councilsMustAdopt?.clause]).toEqual([true, '§7']);
    const two = decide(a, {
      organ: 'representantskap',
      matter: 'selskapsavtale',
      meeting: meeting('9931', { '9931': 'for', '9932': 'for' }),
    });
    expect(two.adopted).toBe(false);
  });
});

describe('interkommunalt-styre-1992.json: an older agreement under kommuneloven 1992 § 27', () => {
  const a = example('interkommunalt-styre-1992.json');

  it('§4 20 % equally and 80 % by population 7 000 : 2 000 : 1 000: 100 000 kr, the two øre by the tie-break', () => {
    // Equal part 20 000 / 3 = 6 666.666… each; population part 56 000, 16 000 and 8 000.
    // Every share ends in .666… øre: floors 62 666.66, 22 666.66, 14 666.66 leave 2 øre, and
    // with equal remainders the larger weight goes first: Vestby, then Austvik.
    expect(amounts(a, '100000.00')).toEqual({
      '9941': '62666.67',
      '9942': '22666.67',
      '9943': '14666.66',
    });
  });

  it('§6 Midtnes gives a year’s notice on 30 September 2013: out on 30 September 2014; the others 13/18 and 5/18', () => {
    const w = withdraw(a, { party: '9943', noticeSentOn: '2013-09-30' });
    expect([w.effectiveDate, w.lastFinancedDate]).toEqual(['2014-09-30', '2014-09-29']);
    // Vestby 10 % + 80 % × 7/9 = 13/18 = 72.22 %; Austvik 10 % + 80 % × 2/9 = 5/18 = 27.78 %.
    expect(
      w.sharesAfter?.parties.map((p) => [p.number, p.share.numerator, p.share.denominator]),
    ).toEqual([
      ['9941', 13, 18],
      ['9942', 5, 18],
    ]);
  });

  it('the form is from the 1992 law, replaced by IPR or KO (verified); a year’s notice is within § 27 nr. 3', () => {
    expect(check(file('interkommunalt-styre-1992.json')).findings.map((f) => f.code)).toEqual([
      'form_of_repealed_law',
    ]);
  });
});

describe('vann-forbruksdel.json: a key made of parts, one of them by measured use (m³)', () => {
  const a = example('vann-forbruksdel.json');
  const quantities = { vann: { values: { '9931': '50000', '9932': '40000', '9933': '10000' } } };

  it('§5 and §6: 100 000 kr as 20 % equal, 30 % by population 6 000 : 3 000 : 1 000 and 50 % by 50 000 : 40 000 : 10 000 m³', () => {
    // Equal: 20 000 / 3 = 6 666.666… each. Population: 18 000, 9 000, 3 000. Use: 25 000, 20 000, 5 000.
    // Sums 49 666.666…, 35 666.666…, 14 666.666…: floors leave 2 øre, equal remainders, so the
    // larger weights (Fjordby, then Elvdal) get them.
    const split = splitCost(a, '100000.00', { quantities });
    expect(split.parties.map((p) => [p.number, p.amount])).toEqual([
      ['9931', '49666.67'],
      ['9932', '35666.67'],
      ['9933', '14666.66'],
    ]);
    expect(split.reasons.filter((r) => r.code === 'cost_key_part').map((r) => r.clause)).toEqual([
      '§5 første ledd',
      '§5 andre ledd',
      '§6',
    ]);
  });

  it('§5 andre ledd: the population part reads 1 January of the year before — 2025 for a 2026 split, 2026 for a 2027 split', () => {
    // In 2027 the part reads the figures of 1 January 2026, 6 200 : 2 800 : 1 000 of 10 000:
    // 18 600, 8 400, 3 000. With the same equal and use parts: 50 266.666…, 35 066.666…,
    // 14 666.666…; the 2 øre left go to the larger weights (Fjordby, then Elvdal).
    const split = splitCost(a, '100000.00', { quantities, date: '2027-03-01' });
    expect(split.parties.map((p) => [p.number, p.amount])).toEqual([
      ['9931', '50266.67'],
      ['9932', '35066.67'],
      ['9933', '14666.66'],
    ]);
    const dates = (s: typeof split) =>
      s.reasons.filter((r) => r.code === 'cost_key_part').map((r) => r.values['populationDate']);
    expect(dates(split)).toEqual([
      undefined,
      { date: '2026-01-01', rule: 'year-before', day: '2027-03-01' },
      undefined,
    ]);
    expect(dates(splitCost(a, '100000.00', { quantities }))[1]).toEqual({
      date: '2025-01-01',
      rule: 'year-before',
      day: '2026-01-01',
    });
  });

  it('§6: without the measured use of every municipality there is nothing to split by', () => {
    expect(() =>
      splitCost(a, '100000.00', { quantities: { vann: { values: { '9931': '1' } } } }),
    ).toThrow(/9932/);
  });
});

describe('uttreden-ved-arsskiftet.json: withdrawal one year after the notice is received, at the turn of the year', () => {
  const a = example('uttreden-ved-arsskiftet.json');

  it('§6: notice received 15 February 2026 → one year is 15 February 2027 → the turn of the year: 1 January 2028', () => {
    const w = withdraw(a, { party: '9942', noticeReceivedOn: '2026-02-15' });
    expect([w.effectiveDate, w.lastFinancedDate]).toEqual(['2028-01-01', '2027-12-31']);
  });

  it('§7: Li joined 1 June 2025, so not before 1 June 2028 — and then from the following turn of the year, 1 January 2029', () => {
    const w = withdraw(a, { party: '9943', noticeReceivedOn: '2026-02-15' });
    expect(w.effectiveDate).toBe('2029-01-01');
  });

  it('§5 after the withdrawal: the two left share by population 9 000 : 4 500, 66.67 % and 33.33 %', () => {
    const w = withdraw(a, { party: '9943', noticeReceivedOn: '2026-02-15' });
    expect(w.sharesAfter?.parties.map((p) => [p.number, p.percent])).toEqual([
      ['9941', '66.67'],
      ['9942', '33.33'],
    ]);
  });
});
