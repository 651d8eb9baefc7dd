import { describe, expect, it } from 'vitest';
import { adjustForDeflator, MUNICIPAL_DEFLATOR } from '../../src/finance/deflator.js';
import { problemsOf } from '../helpers/errors.js';

describe('price adjustment by the municipal deflator (§9; LEGAL.md §3)', () => {
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
  });

  it('ships every value of LEGAL.md §3 with its source', () => {
    expect(MUNICIPAL_DEFLATOR).toHaveLength(13);
    expect(MUNICIPAL_DEFLATOR.every((v) => v.source.startsWith('http'))).toBe(true);
  });
});
