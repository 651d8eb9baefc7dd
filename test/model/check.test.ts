import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { khsVestreViken } from '../../src/agreements/khs-vestre-viken/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import { check } from '../../src/model/check.js';

const report = (a: Agreement) => check(JSON.parse(JSON.stringify(a)));
const notInfo = (a: Agreement) =>
  report(a)
    .findings.filter((f) => f.severity !== 'info')
    .map((f) => [f.severity, f.code, f.clause]);
const infoCodes = (a: Agreement) =>
  report(a)
    .findings.filter((f) => f.severity === 'info')
    .map((f) => f.code);

describe('check on every built-in agreement', () => {
  it('helseplattformen: valid; §9 tabell 9.1 sums to 100.01, not 100.00; the KO checklist is met; 12 interpretation notes', () => {
    expect(report(helseplattformen).valid).toBe(true);
    expect(notInfo(helseplattformen)).toEqual([['warning', 'stated_sum_not_100', '§9']]);
    const info = infoCodes(helseplattformen);
    expect(info.filter((c) => c === 'interpretation_open')).toHaveLength(
      helseplattformen.interpretations?.length ?? -1,
    );
    expect(info).toContain('statutory_checklist');
    expect(
      report(helseplattformen).findings.find((f) => f.code === 'statutory_checklist')?.text.nb,
    ).toContain('ikke verifisert mot lovteksten');
  });

  it('digitrondelag: valid; outside the statutory forms; the portfolio board states no decision rule', () => {
    expect(notInfo(digitrondelag)).toEqual([]);
    expect(infoCodes(digitrondelag)).toEqual(
      expect.arrayContaining(['organ_without_rule', 'outside_statutory_forms']),
    );
  });

  it('roros-os-holtalen: valid; the vertskommune checklist misses withdrawal and termination (unverified list)', () => {
    expect(notInfo(rorosOsHoltalen)).toEqual([['warning', 'statutory_item_missing', '§1']]);
    expect(
      report(rorosOsHoltalen).findings.find((f) => f.code === 'statutory_item_missing')?.values,
    ).toMatchObject({
      item: 'uttreden og oppsigelse',
    });
  });

  it('khs-vestre-viken: valid; a network outside the statutory forms; its unknowns are in the register', () => {
    expect(notInfo(khsVestreViken)).toEqual([]);
    expect(infoCodes(khsVestreViken).filter((c) => c === 'interpretation_open')).toHaveLength(5);
  });
});

describe('check finds what is wrong in an agreement file', () => {
  it('an invalid file: valid false with every problem and no findings', () => {
    const r = check({ ...helseplattformen, id: 'Not An Id' });
    expect([r.valid, r.problems.map((p) => p.path), r.findings]).toEqual([false, ['id'], []]);
  });

  it('a party named in §1.3 but missing from the data, and one missing from the table', () => {
    const broken = JSON.parse(JSON.stringify(helseplattformen)) as Agreement & {
      parties: unknown[];
      costKeys: { statedTable: { percents: Record<string, string> } }[];
    };
    broken.parties = broken.parties.filter(
      (p) => (p as { municipality: { number: string } }).municipality.number !== '3430',
    );
    delete broken.costKeys[0]?.statedTable.percents['3430'];
    delete broken.costKeys[0]?.statedTable.percents['5033'];
    const codes = check(broken).findings.filter((f) => f.severity !== 'info');
    expect(codes.map((f) => [f.code, f.values])).toEqual([
      [
        'stated_sum_not_100',
        { what: 'Prosentene i Tabell 9.1', sum: '99.52 %', expected: '100.00 %' },
      ],
      ['party_not_in_table', { table: 'Tabell 9.1', parties: ['5033 Tydal'] }],
      ['clause_parties_differ', { clause: '§1.3', notParties: ['3430'], notInClause: [] }],
    ]);
  });

  it('a fixed-and-population key that does not add up, stated fractions that do not sum to 1, a missing clause', () => {
    const a = JSON.parse(JSON.stringify(rorosOsHoltalen)) as Record<string, unknown>;
    a['costKeys'] = [
      {
        kind: 'fixed-and-population',
        validFrom: '2016-07-01',
        clause: '§8',
        fixedPercent: '40',
        populationPercent: '50',
      },
      {
        kind: 'stated-shares',
        validFrom: '2020-01-01',
        clause: '§8',
        shares: { '5025': '1/2', '3430': '1/4', '5026': '1/5' },
      },
    ];
    a['obligations'] = [{ who: 'X', duty: 'Y', clause: '§99' }];
    const codes = check(a)
      .findings.filter((f) => f.severity !== 'info')
      .map((f) => [f.severity, f.code, f.values]);
    expect(codes).toEqual(
      expect.arrayContaining([
        [
          'error',
          'stated_sum_not_100',
          { what: 'Fast del og del etter folketall', sum: '90.00 %', expected: '100 %' },
        ],
        [
          'warning',
          'stated_sum_not_100',
          { what: 'De oppgitte brøkene', sum: '19/20', expected: '1' },
        ],
        ['error', 'clause_missing', { path: 'obligations[0]', ref: '§99' }],
      ]),
    );
  });

  it('stated percents that do not sum to 100; an organ with no seats; a service area citing an unknown clause', () => {
    const a = JSON.parse(JSON.stringify(rorosOsHoltalen)) as Record<string, unknown> & {
      organs: Record<string, unknown>[];
      serviceAreas: Record<string, unknown>[];
    };
    a['costKeys'] = [
      {
        kind: 'stated-shares',
        validFrom: '2016-07-01',
        clause: '§8',
        shares: { '5025': '50', '3430': '20', '5026': '29.5' },
      },
    ];
    const organ = a.organs[0] ?? {};
    a.organs = [{ ...organ, id: 'tomt', name: 'Tomt organ', seats: { clause: '§6' } }, organ];
    a.serviceAreas = [{ ...a.serviceAreas[0], clause: '§77' }];
    const r = check(a);
    expect(r.valid).toBe(true);
    expect(
      r.findings.filter((f) => f.severity !== 'info').map((f) => [f.severity, f.code, f.values]),
    ).toEqual(
      expect.arrayContaining([
        [
          'warning',
          'stated_sum_not_100',
          { what: 'De oppgitte andelene', sum: '99.50 %', expected: '100 %' },
        ],
        ['error', 'organ_without_seats', { organ: 'Tomt organ' }],
        ['error', 'clause_missing', { path: 'serviceAreas[0]', ref: '§77' }],
      ]),
    );
  });

  it('the checklist of a kommunalt oppgavefellesskap names each item the agreement lacks', () => {
    const a = JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
      parties: { roles?: string[] }[];
      clauses: { title: string; text: string }[];
    };
    for (const p of a.parties) delete p.roles;
    a.clauses = a.clauses.map((c) => ({
      ...c,
      text: c.text.replace(/\blån\b/gi, 'kreditt').replace(/innskudd|finansier/gi, 'betal'),
      title: c.title.replace(/\blån\b/gi, 'kreditt').replace(/innskudd|finansier/gi, 'betal'),
    }));
    const missing = check(a)
      .findings.filter((f) => f.code === 'statutory_item_missing')
      .map((f) => f.values['item']);
    expect(missing).toEqual([
      'kontorkommune',
      'innskuddsplikt og økonomiske forpliktelser',
      'om fellesskapet kan ta opp lån',
    ]);
  });
  it('an interkommunalt politisk råd is checked against its own list: a representantskap is expected', () => {
    const a = {
      ...JSON.parse(JSON.stringify(digitrondelag)),
      legalForm: 'interkommunalt-politisk-rad',
    };
    const r = check(a);
    expect(r.valid).toBe(true);
    expect(
      r.findings.filter((f) => f.code === 'statutory_item_missing').map((f) => f.values['item']),
    ).toEqual(['representantskap']);
    expect(r.findings.map((f) => f.code)).not.toContain('outside_statutory_forms');
  });

  it('a stated table without a name or a printed total is compared with 100 % and called the agreement’s table', () => {
    const a = JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
      costKeys: { statedTable: Record<string, unknown> }[];
    };
    const table = a.costKeys[0]?.statedTable;
    if (table === undefined) throw new Error('Helseplattformen has a stated table');
    delete table['name'];
    delete table['totalPercent'];
    delete table['totalPopulation'];
    const finding = check(a).findings.find((f) => f.code === 'stated_sum_not_100');
    expect(finding?.values).toEqual({
      what: 'Prosentene i avtalens tabell',
      sum: '100.01 %',
      expected: '100 %',
    });
  });
});
