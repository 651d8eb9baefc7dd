import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatDateEn,
  formatDateNb,
  formatNumberEn,
  formatNumberNb,
  groupDigits,
} from '../../src/internal/format-nb.js';

describe('number and date wording without Intl', () => {
  it('groups digits in threes exactly as Intl does for en-US (a second, independent method)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), (n) => {
        expect(groupDigits(String(n), ',')).toBe(n.toLocaleString('en-US'));
      }),
    );
  });

  it('Norwegian form: spaces between groups and a decimal comma; English: commas and a dot', () => {
    expect(formatNumberNb('1234567.89')).toBe('1 234 567,89');
    expect(formatNumberNb(214565)).toBe('214 565');
    expect(formatNumberNb(-1234n)).toBe('-1 234');
    expect(formatNumberNb('999')).toBe('999');
    expect(formatNumberEn('1234567.89')).toBe('1,234,567.89');
    expect(formatNumberEn('-0.5')).toBe('-0.5');
  });

  it('dates as written in running text', () => {
    expect(formatDateNb('2025-01-01')).toBe('1. januar 2025');
    expect(formatDateNb('2024-12-31')).toBe('31. desember 2024');
    expect(formatDateEn('2025-07-04')).toBe('4 July 2025');
  });
});
