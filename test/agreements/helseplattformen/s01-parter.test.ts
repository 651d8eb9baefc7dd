import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { check } from '../../../src/analysis/check.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { membersOn } from '../../../src/rules/membership.js';

const clause = (ref: string) => helseplattformen.clauses.find((c) => c.ref === ref)?.text ?? '';

describe('§1 Bakgrunn, formål og parter i avtalen', () => {
  it('§1.2: the cooperation is a kommunalt oppgavefellesskap under kommuneloven chapter 19', () => {
    expect(clause('§1.2')).toContain(
      'kommunalt oppgavefellesskap slik dette er regulert i kommuneloven kapittel 19',
    );
    expect(helseplattformen.legalForm).toBe('kommunalt-oppgavefellesskap');
  });

  it('§1.3: the 34 municipalities listed in §1.3 are exactly the parties of tabell 9.1', () => {
    const listed = [
      ...clause('§1.3').matchAll(/(\d{4}) ([A-ZÆØÅ][a-zæøå]*(?: [A-ZÆØÅ][a-zæøå]*)?)/g),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(listed).toHaveLength(34);
    const parties = helseplattformen.parties.map(
      (p) => `${p.municipality.number} ${p.municipality.name}`,
    );
    expect([...listed].sort()).toEqual([...parties].sort());
  });

  it('§1.3: all 34 are parties from the start (1 January 2025)', () => {
    expect(membersOn(helseplattformen, '2025-01-01')).toHaveLength(34);
  });

  it('§1.1: Bindal (1811), named in the background, is not a party', () => {
    expect(clause('§1.1')).toContain('Bindal i Nordland');
    expect(helseplattformen.parties.some((p) => p.municipality.number === '1811')).toBe(false);
  });

  it('§2 and §11: Trondheim (5001) is the kontorkommune, and the only one', () => {
    expect(clause('§2')).toContain('Trondheim kommune er kontorkommune');
    expect(clause('§11')).toContain('Trondheim kommune er kontorkommune for oppgavefellesskapet');
    const kontor = helseplattformen.parties.filter((p) => p.roles?.includes('kontorkommune'));
    expect(kontor.map((p) => p.municipality.number)).toEqual(['5001']);
  });

  it('§9: the population reference date is 1 January 2024 ("Befolkning per 1.1.2024")', () => {
    expect(clause('§9')).toContain('Befolkning per 1.1.2024');
    expect(helseplattformen.populationReferenceDate).toBe('2024-01-01');
  });
});

describe('§1.3 the check of the parties against the clause and tabell 9.1', () => {
  it('§1.3 check: a party named in the clause but missing from the data, and one missing from tabell 9.1', () => {
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
        {
          of: 'table-percents',
          table: 'Tabell 9.1',
          sum: '99.52',
          expected: '100.00',
          unit: 'percent',
        },
      ],
      ['party_not_in_table', { table: 'Tabell 9.1', parties: ['5033 Tydal'] }],
      ['clause_parties_differ', { clause: '§1.3', notParties: ['3430'], notInClause: [] }],
    ]);
  });
});
