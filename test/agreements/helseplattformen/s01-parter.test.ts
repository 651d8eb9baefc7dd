import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { check } from '../../../src/analysis/check.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { membersOn } from '../../../src/rules/membership.js';

const clause = (ref: string) => helseplattformen.clauses.find((c) => c.ref === ref)?.text ?? '';

describe('§1 Bakgrunn, formål og parter i avtalen', () => {
  it('§1.2: samarbeidet er et kommunalt oppgavefellesskap etter kommuneloven kapittel 19', () => {
    expect(clause('§1.2')).toContain(
      'kommunalt oppgavefellesskap slik dette er regulert i kommuneloven kapittel 19',
    );
    expect(helseplattformen.legalForm).toBe('kommunalt-oppgavefellesskap');
  });

  it('§1.3: de 34 kommunene i §1.3 er nøyaktig partene i tabell 9.1', () => {
    const listed = [
      ...clause('§1.3').matchAll(/(\d{4}) ([A-ZÆØÅ][a-zæøå]*(?: [A-ZÆØÅ][a-zæøå]*)?)/g),
    ].map((m) => `${m[1]} ${m[2]}`);
    expect(listed).toHaveLength(34);
    const parties = helseplattformen.parties.map(
      (p) => `${p.municipality.number} ${p.municipality.name}`,
    );
    expect([...listed].sort()).toEqual([...parties].sort());
  });

  it('§1.3: alle 34 er parter fra starten (1. januar 2025)', () => {
    expect(membersOn(helseplattformen, '2025-01-01')).toHaveLength(34);
  });

  it('§1.1: Bindal (1811), som nevnes i bakgrunnen, er ikke part', () => {
    expect(clause('§1.1')).toContain('Bindal i Nordland');
    expect(helseplattformen.parties.some((p) => p.municipality.number === '1811')).toBe(false);
  });

  it('§2 og §11: Trondheim (5001) er kontorkommunen, og den eneste', () => {
    expect(clause('§2')).toContain('Trondheim kommune er kontorkommune');
    expect(clause('§11')).toContain('Trondheim kommune er kontorkommune for oppgavefellesskapet');
    const kontor = helseplattformen.parties.filter((p) => p.roles?.includes('kontorkommune'));
    expect(kontor.map((p) => p.municipality.number)).toEqual(['5001']);
  });

  it('§9: folketallet gjelder per 1. januar 2024 («Befolkning per 1.1.2024»)', () => {
    expect(clause('§9')).toContain('Befolkning per 1.1.2024');
    expect(helseplattformen.populationReferenceDate).toBe('2024-01-01');
  });
});

describe('§1.3: kontrollen av partene mot bestemmelsen og tabell 9.1', () => {
  it('§1.3 kontroll: en part som står i bestemmelsen men mangler i dataene, og en som mangler i tabell 9.1', () => {
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
