import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handbook } from '../../src/docs/handbook/index.js';
import { describeKeyNb } from '../../src/docs/handbook/words.js';
import { ruleClauses } from '../../src/docs/traceability.js';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { overTime } from '../fixtures/figures-over-time.js';

const FIXTURE = new URL('../fixtures/usage-key-agreement.json', import.meta.url);
const usage = (): Agreement => parseAgreement(JSON.parse(readFileSync(FIXTURE, 'utf8')));

describe('the handbook renders parts, measures, limits and pools', () => {
  const { markdown } = handbook(usage(), { testTitles: [], year: 2026, apiBase: '../api' });

  it('each key with its parts, its pool and its limits', () => {
    expect(markdown).toContain(
      '| 1. januar 2026 | 20 % likt fordelt (§5 første ledd), 30 % etter folketall (§5 andre ledd), 50 % etter målt mengde «Levert vann, m³» (§6) | hele avtalen; kostnadsområde Drift | §5 | avtaleteksten |',
    );
    expect(markdown).toContain(
      '| 1. januar 2026 | 12,50 kr per innbygger | hele avtalen; kostnadsområde Sekretariat | §9 | avtaleteksten |',
    );
    expect(markdown).toContain(
      '| 1. januar 2026 | etter folketall | hele avtalen | §4 | avtaleteksten |',
    );
    expect(markdown).toContain('- Nøkkelen fra 1. januar 2026 (§8): 0003 høyst 400 000,00 kr\n');
    expect(markdown).toContain('- Nøkkelen fra 1. januar 2026 (§4): 0001 minst 50 000,00 kr\n');
  });

  it('worked examples: a rate splits the amount it sets, each pool key in its pool; a key needing measured figures has none', () => {
    const lines = markdown.split('\n').filter((l) => l.includes('kr fordelt'));
    expect(lines).toEqual([
      '1 000 000,00 kr fordelt 1. januar 2026 etter nøkkelen fra 1. januar 2026: andeler som avtalen oppgir (§8).',
      // 12,50 kr × 10 000 inhabitants
      '125 000,00 kr fordelt 1. januar 2026 etter nøkkelen fra 1. januar 2026: 12,50 kr per innbygger (§9).',
      '1 000 000,00 kr fordelt 1. januar 2026 etter nøkkelen fra 1. januar 2026: etter folketall (§4).',
    ]);
  });

  it('the measures and the pools as tables', () => {
    expect(markdown).toContain('### Målte mengder');
    expect(markdown).toContain('| water | Levert vann | m³ | §6 |');
    expect(markdown).toContain('### Kostnadsområder');
    expect(markdown).toContain(
      '| operations | Drift | §5 |\n| investments | Investeringer | §8 |\n| secretariat | Sekretariat | §9 |',
    );
  });

  it('a floor and a cap on one party, a fraction share and an undeclared measure in words', () => {
    const a = usage();
    const both = {
      ...a,
      costKeys: [
        {
          kind: 'parts',
          validFrom: '2026-01-01',
          clause: '§5',
          limits: { '0001': { floor: '1.00', cap: '2.50' } },
          parts: [
            { share: '1/3', basis: { kind: 'stated-shares', shares: { '0001': '1/1' } } },
            { share: '2/3', basis: { kind: 'measured', measure: 'cases' } },
          ],
        },
      ],
    } as Agreement;
    expect(describeKeyNb(both.costKeys[0] as Agreement['costKeys'][number])).toBe(
      '1/3 etter andeler som avtalen oppgir, 2/3 etter målt mengde «cases»',
    );
    const text = handbook(both, { testTitles: [], year: 2026, apiBase: '../api' }).markdown;
    expect(text).toContain(
      '- Nøkkelen fra 1. januar 2026 (§5): 0001 minst 1,00 kr og høyst 2,50 kr\n',
    );
  });

  it('the clauses of parts, measures and pools are computed by splitCost', () => {
    const map = ruleClauses(usage());
    expect(map.get('§6')).toEqual(['splitCost']);
    expect(map.get('§8')).toEqual(['ownershipShares', 'splitCost', 'settle', 'whatIf']);
  });
});

describe('the handbook renders stated ownership and figures over time', () => {
  const { markdown } = handbook(parseAgreement(overTime()), {
    testTitles: [],
    year: 2026,
    apiBase: '../api',
  });

  it('the stated ownership shares apart from the key, and the liability an IKS bears by them', () => {
    expect(markdown).toContain(
      'Eierandelene per 1. januar 2024, slik avtalen oppgir dem (§4), uavhengig av kostnadsnøkkelen (se kostnadsnøklene nedenfor). Etter IKS-loven § 3 hefter hver deltaker for sin eierandel av forpliktelsene, med mindre avtalen sier noe annet.',
    );
    expect(markdown).toContain('| 9901 | Aby |  | 60,00 % | 60,00 % |');
    expect(markdown).toContain('| 9902 | Bby |  | 40,00 % | 40,00 % |');
    const ko = parseAgreement({ ...overTime(), legalForm: 'kommunalt-oppgavefellesskap' });
    const koBook = handbook(ko, { testTitles: [], year: 2026, apiBase: '../api' }).markdown;
    expect(koBook).toContain('slik avtalen oppgir dem (§4), uavhengig av kostnadsnøkkelen');
    expect(koBook).not.toContain('IKS-loven § 3');
  });

  it('the date a key reads its figures on, and the figures per date as a table', () => {
    expect(markdown).toContain(
      '| 1. januar 2024 | etter folketall (folketall per 1. januar i budsjettåret) | hele avtalen | §5 | avtaleteksten |',
    );
    expect(markdown).toContain('### Folketall over tid');
    expect(markdown).toContain(
      '| Nr. | Kommune | 1. januar 2024 | 1. januar 2025 | 1. januar 2026 |',
    );
    expect(markdown).toContain('| 9901 | Aby | 1 000 | 1 100 | 1 300 |');
    expect(markdown).toContain('| 9902 | Bby | 3 000 | 2 900 | 2 700 |');
    expect(
      describeKeyNb({
        kind: 'population',
        validFrom: '2025-01-01',
        clause: '§5',
        populationDate: 'year-before',
      }),
    ).toBe('etter folketall (folketall per 1. januar året før budsjettåret)');
    expect(
      describeKeyNb({
        kind: 'per-inhabitant',
        validFrom: '2025-01-01',
        clause: '§5',
        ratePerInhabitant: '2.00',
        populationDate: '2024-01-01',
      }),
    ).toBe('2,00 kr per innbygger (folketall per 1. januar 2024)');
    // A part by population with its own date says it beside the part; the key's date after all parts.
    expect(
      describeKeyNb({
        kind: 'parts',
        validFrom: '2025-01-01',
        clause: '§5',
        populationDate: 'budget-year',
        parts: [
          { share: '40', basis: { kind: 'equal' } },
          { share: '30', basis: { kind: 'population' }, populationDate: 'year-before' },
          {
            share: '20',
            basis: { kind: 'population' },
            populationDate: '2024-01-01',
            clause: '§5 c',
          },
          { share: '10', basis: { kind: 'population' } },
        ],
      }),
    ).toBe(
      '40 % likt fordelt, 30 % etter folketall (folketall per 1. januar året før budsjettåret), 20 % etter folketall (folketall per 1. januar 2024) (§5 c), 10 % etter folketall (folketall per 1. januar i budsjettåret)',
    );
    // A party without a figure on a date shows an empty cell.
    const file = overTime();
    file.parties = file.parties.map((p, i) =>
      i === 1 ? { ...p, populations: { '2024-01-01': 3000 } } : p,
    );
    const gap = handbook(parseAgreement(file), { testTitles: [], year: 2026, apiBase: '../api' });
    expect(gap.markdown).toContain('| 9902 | Bby | 3 000 |  |  |');
  });
});
