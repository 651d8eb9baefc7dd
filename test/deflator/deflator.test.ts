import { describe, expect, it } from 'vitest';
import { adjustForDeflator } from '../../src/deflator/deflator.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';
import { words } from '../helpers/words.js';

describe('price adjustment by the municipal deflator', () => {
  it('compounds year by year, using the most final value of each year', () => {
    // 2022 final 6.7 %, 2023 outturn ≈ 4.3 %: 1.067 × 1.043 = 1.112881
    const a = adjustForDeflator('1000000.00', { fromYear: 2021, toYear: 2023 });
    expect(a.factor).toBe('1.112881');
    expect(a.adjusted).toBe('1112881.00');
    expect(a.years.map((v) => [v.year, v.percent, v.status])).toEqual([
      [2022, '6.7', 'final'],
      [2023, '4.3', 'outturn-derived'],
    ]);
  });

  it('2025 uses the revised estimate (3.9 %) over the first estimate (4.1 %)', () => {
    expect(adjustForDeflator('100.00', { fromYear: 2024, toYear: 2025 }).adjusted).toBe('103.90');
  });

  it('rounds half up to whole øre, exactly (no binary floating point)', () => {
    // 0.05 kr × 1.039 = 0.05195 kr = 5.195 øre → 5 øre; 0.15 × 1.039 = 15.585 øre → 16 øre
    expect(adjustForDeflator('0.05', { fromYear: 2024, toYear: 2025 }).adjusted).toBe('0.05');
    expect(adjustForDeflator('0.15', { fromYear: 2024, toYear: 2025 }).adjusted).toBe('0.16');
  });

  it('the same year is no change; a year without a value is named', () => {
    expect(adjustForDeflator('123.45', { fromYear: 2025, toYear: 2025 })).toMatchObject({
      factor: '1',
      adjusted: '123.45',
    });
    expect(problemsOf(() => adjustForDeflator('1', { fromYear: 2025, toYear: 2027 }))).toEqual([
      ['series[2026]', 'no_deflator_value'],
      ['series[2027]', 'no_deflator_value'],
    ]);
  });

  it('names bad years and bad values in a caller’s series', () => {
    expect(
      problemsOf(() => adjustForDeflator('1', { fromYear: 2025, toYear: 30_000_000 })),
    ).toEqual([['toYear', 'invalid_years']]);
    const series = [
      { year: 2026, percent: '4,1', status: 'estimate' as const, published: 'x', source: 'x' },
      { year: 2027, percent: '-150', status: 'estimate' as const, published: 'x', source: 'x' },
      { year: 2028, percent: '1', status: 'guess' as 'estimate', published: 'x', source: 'x' },
    ];
    expect(
      problemsOf(() => adjustForDeflator('1', { fromYear: 2025, toYear: 2028, series })),
    ).toEqual([
      ['series[0].percent', 'invalid_value'],
      ['series[1].percent', 'invalid_value'],
      ['series[2].status', 'invalid_value'],
    ]);
  });

  it('takes a caller’s own series', () => {
    const series = [
      { year: 2026, percent: '3.5', status: 'estimate' as const, published: 'NB26', source: 'own' },
    ];
    expect(adjustForDeflator('200.00', { fromYear: 2025, toYear: 2026, series }).adjusted).toBe(
      '207.00',
    );
    // up to six decimals: 200 × 1.032575 = 206.515 → 206.52 (half up)
    const precise = [{ ...series[0], percent: '3.2575' }] as typeof series;
    expect(
      adjustForDeflator('200.00', { fromYear: 2025, toYear: 2026, series: precise }).adjusted,
    ).toBe('206.52');
  });

  it('the years 1900 to 2200 are the years it takes; a fall of 100 % or more is refused', () => {
    const flat = (year: number) => ({
      year,
      percent: '0',
      status: 'final' as const,
      published: 'x',
      source: 'x',
    });
    expect(
      adjustForDeflator('1.00', { fromYear: 1900, toYear: 1901, series: [flat(1901)] }).adjusted,
    ).toBe('1.00');
    expect(
      adjustForDeflator('1.00', { fromYear: 2199, toYear: 2200, series: [flat(2200)] }).adjusted,
    ).toBe('1.00');
    expect(problemsOf(() => adjustForDeflator('1', { fromYear: 1899, toYear: 1900 }))).toEqual([
      ['fromYear', 'invalid_years'],
    ]);
    expect(
      catchInputError(() => adjustForDeflator('1', { fromYear: 2026, toYear: 2025 })).problems,
    ).toEqual([
      { path: 'toYear', code: 'invalid_years', message: 'must not be before fromYear (2026)' },
    ]);
    expect(problemsOf(() => adjustForDeflator('1', { fromYear: 2300, toYear: 2025 }))).toEqual([
      ['fromYear', 'invalid_years'],
    ]);
    expect(problemsOf(() => adjustForDeflator('1', { fromYear: 1.5, toYear: 2201 }))).toEqual([
      ['fromYear', 'invalid_years'],
      ['toYear', 'invalid_years'],
    ]);
    const fall = [{ ...flat(2026), percent: '-100' }];
    expect(
      problemsOf(() => adjustForDeflator('1', { fromYear: 2025, toYear: 2026, series: fall })),
    ).toEqual([['series[0].percent', 'invalid_value']]);
    const steep = [{ ...flat(2026), percent: '-99.5' }];
    expect(
      adjustForDeflator('100.00', { fromYear: 2025, toYear: 2026, series: steep }).adjusted,
    ).toBe('0.50');
  });

  it('cites the agreement’s clause when given, else the series’ public source (not a clause of any agreement), and names the years used', () => {
    const own = adjustForDeflator('1.00', {
      fromYear: 2024,
      toYear: 2025,
      agreement: { id: 'helseplattformen', clause: '§9' },
    });
    expect(own.reasons.map((r) => [r.agreement, r.clause, r.code])).toContainEqual([
      'helseplattformen',
      '§9',
      'deflator_applied',
    ]);
    const general = adjustForDeflator('1.00', { fromYear: 2023, toYear: 2025 });
    const applied = general.reasons.find((r) => r.code === 'deflator_applied');
    expect([applied?.agreement, applied?.clause]).toEqual([
      'kommunal-deflator',
      'Kommunal deflator (Finansdepartementet, NB/RNB)',
    ]);
    expect(words(applied)?.en).toContain(
      '(2024: 4.3 % (estimate, RNB24), 2025: 3.9 % (revised-estimate, RNB25))',
    );
  });
});

describe('the deflator reason in each language (no English or raw status ids in bokmål)', () => {
  it('words each year’s status in the language asked, with Norwegian number format in bokmål', () => {
    const applied = adjustForDeflator('1000000.00', { fromYear: 2021, toYear: 2025 }).reasons[0];
    expect(words(applied)?.nb).toBe(
      'Prisjustert fra 2021-kroner til 2025-kroner med kommunal deflator (2022: 6,7 % (endelig, RNB23), 2023: 4,3 % (utledet av regnskap, KS 2024 (RNB 2023 anslo 0,9 prosentpoeng for høyt)), 2024: 4,3 % (anslag, RNB24), 2025: 3,9 % (revidert anslag, RNB25)): faktor 1,206003543437.',
    );
    // 1.067 × 1.043 × 1.043 × 1.039 = 1.206003543437 (by hand, four decimals per factor).
    expect(applied?.values).toMatchObject({
      factor: '1.206003543437',
      years: [
        { year: 2022, percent: '6.7', status: 'final', published: 'RNB23' },
        { year: 2023, percent: '4.3', status: 'outturn-derived' },
        { year: 2024, percent: '4.3', status: 'estimate', published: 'RNB24' },
        { year: 2025, percent: '3.9', status: 'revised-estimate', published: 'RNB25' },
      ],
    });
  });
});
