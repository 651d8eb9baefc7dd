import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MUNICIPAL_DEFLATOR } from '../../src/deflator/data.js';
import { sourceMissing } from '../helpers/sources.js';

const LEGAL = new URL('../../../shared/LEGAL.md', import.meta.url);

describe('the municipal deflator series shipped (LEGAL.md §3)', () => {
  it.skipIf(sourceMissing(LEGAL))(
    'ships exactly the values of LEGAL.md §3: year, percent, status and where published',
    () => {
      const section = readFileSync(LEGAL, 'utf8').split('## 3. ')[1]?.split('\n## ')[0] ?? '';
      const rows = section
        .split('\n')
        .filter((line) => /^\| 20\d\d \| [^—]/.test(line))
        .map((line) => {
          const [, year = '', value = '', status = ''] = line.split('|').map((cell) => cell.trim());
          const kind = /final/.test(status)
            ? 'final'
            : /outturn/.test(status)
              ? 'outturn-derived'
              : /revised estimate/.test(status)
                ? 'revised-estimate'
                : 'estimate';
          return [
            Number(year),
            /\d+(?:\.\d+)?/.exec(value)?.[0],
            kind,
            /\bR?NB\d\d\b/.exec(status)?.[0] ?? 'KS 2024',
          ];
        });
      expect(rows).toHaveLength(13);
      expect(
        MUNICIPAL_DEFLATOR.map((v) => [v.year, v.percent, v.status, v.published.split(' (')[0]]),
      ).toEqual(rows);
    },
  );

  it('ships every value of LEGAL.md §3 with its source', () => {
    expect(MUNICIPAL_DEFLATOR).toHaveLength(13);
    expect(MUNICIPAL_DEFLATOR.every((v) => v.source.startsWith('http'))).toBe(true);
  });
});
