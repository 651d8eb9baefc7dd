import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitCost } from '../../src/finance/split-cost.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { partiesWithPopulations, populationsFromJsonStat } from '../../src/ssb/index.js';
import { overTime } from '../fixtures/figures-over-time.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

/** An invented SSB answer for three years (2024–2026), with the whole country and two municipalities. */
const threeYears = () =>
  JSON.parse(
    readFileSync(new URL('../fixtures/ssb-07459-three-years.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;
const oneYear = () =>
  JSON.parse(
    readFileSync(new URL('../fixtures/ssb-07459-jsonstat.json', import.meta.url), 'utf8'),
  ) as Record<string, unknown>;

describe('populationsFromJsonStat: one table per year', () => {
  it('reads each year of the answer, the whole country left out', () => {
    const tables = populationsFromJsonStat(threeYears());
    expect(tables.map((t) => [t.referenceDate, t.values])).toEqual([
      [
        '2024-01-01',
        [
          { number: '9901', name: 'Aby', population: 1000 },
          { number: '9902', name: 'Bby', population: 3000 },
        ],
      ],
      [
        '2025-01-01',
        [
          { number: '9901', name: 'Aby', population: 1100 },
          { number: '9902', name: 'Bby', population: 2900 },
        ],
      ],
      [
        '2026-01-01',
        [
          { number: '9901', name: 'Aby', population: 1300 },
          { number: '9902', name: 'Bby', population: 2700 },
        ],
      ],
    ]);
    expect(populationsFromJsonStat(oneYear()).map((t) => t.referenceDate)).toEqual(['2024-01-01']);
  });

  it('an answer that cannot be read is the one-year reader’s error', () => {
    expect(problemsOf(() => populationsFromJsonStat(null))).toEqual([['', 'not_json_stat']]);
    const noSize = { ...threeYears(), size: [3, 1] };
    expect(problemsOf(() => populationsFromJsonStat(noSize))[0]).toEqual(['size', 'size_mismatch']);
  });
});

describe('partiesWithPopulations: figures per date for every party', () => {
  const bare = () =>
    overTime().parties.map(({ populations: _, ...party }) => party) as {
      municipality: { number: string; name: string };
      populations?: Record<string, number>;
    }[];

  it('fills populations per date; a key of the budget year then splits by them', () => {
    const parties = partiesWithPopulations(bare(), populationsFromJsonStat(threeYears()));
    expect(parties.map((p) => p.populations)).toEqual([
      { '2024-01-01': 1000, '2025-01-01': 1100, '2026-01-01': 1300 },
      { '2024-01-01': 3000, '2025-01-01': 2900, '2026-01-01': 2700 },
    ]);
    const agreement = parseAgreement({ ...overTime(), parties });
    // 2025: 1 100 : 2 900 of 4 000 → 27.5 % / 72.5 % of 1 000.00 kr.
    expect(
      splitCost(agreement, '1000.00', { date: '2025-03-01' }).parties.map((p) => p.amount),
    ).toEqual(['275.00', '725.00']);
  });

  it('keeps the figures of other dates and never changes its input', () => {
    const input = bare();
    (input[0] as { populations?: Record<string, number> }).populations = { '2023-01-01': 990 };
    const [first] = partiesWithPopulations(
      input,
      populationsFromJsonStat(threeYears()).slice(0, 1),
    );
    expect(first?.populations).toEqual({ '2023-01-01': 990, '2024-01-01': 1000 });
    expect(input[0]?.populations).toEqual({ '2023-01-01': 990 });
  });

  it('a party a table has no figure for is an error for each date, naming it', () => {
    const parties = [...bare(), { municipality: { number: '9903', name: 'Cby' } }];
    const error = catchInputError(() =>
      partiesWithPopulations(parties, populationsFromJsonStat(threeYears()).slice(1)),
    );
    expect(error.problems).toEqual([
      {
        path: 'parties[2].municipality.number',
        code: 'missing_population',
        message: 'is 9903, which has no figure in the population table (SSB 07459, 2025-01-01)',
      },
      {
        path: 'parties[2].municipality.number',
        code: 'missing_population',
        message: 'is 9903, which has no figure in the population table (SSB 07459, 2026-01-01)',
      },
    ]);
  });
});
