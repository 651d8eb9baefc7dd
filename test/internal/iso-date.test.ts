import { describe, expect, it, vi } from 'vitest';

/** A fresh copy of the module, with nothing remembered from other tests. */
async function freshIsIsoDate() {
  vi.resetModules();
  return (await import('../../src/internal/iso-date.js')).isIsoDate;
}

describe('isIsoDate', () => {
  it('rejects the empty string and other non-dates in a fresh process, before any date was valid', async () => {
    const isIsoDate = await freshIsIsoDate();
    for (const value of ['', '2025-02-30', '2025-13-01', '25-01-01', undefined, 20250101]) {
      expect(isIsoDate(value)).toBe(false);
    }
  });

  it('answers each date on its own: an invalid one after a valid one is still invalid', async () => {
    const isIsoDate = await freshIsIsoDate();
    const checks: [unknown, boolean][] = [
      ['2024-02-29', true],
      ['2024-02-29', true],
      ['2025-02-29', false],
      ['2024-02-29', true],
      ['', false],
      ['2025-02-28', true],
      ['2024-02-30', false],
    ];
    for (const [value, valid] of checks) expect(isIsoDate(value)).toBe(valid);
  });
});
