import { describe, expect, it } from 'vitest';
import type { Agreement } from '../../src/model/agreement.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { validUntilUnder } from '../../src/rules/validity.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';

describe('validUntilUnder', () => {
  it('the end date, under any reading, when the agreement has no end date by reading', () => {
    expect(validUntilUnder(smallAgreement(), undefined)).toBe('2025-12-31');
    expect(validUntilUnder(smallAgreement(), 'kan-avsta')).toBe('2025-12-31');
  });

  it('the date a reading gives, and the end date for a reading that gives none', () => {
    const parsed = parseAgreement({
      ...small(),
      validUntilByReading: {
        note: 'stemmeplikt',
        dates: { 'ma-stemme': '2025-12-31', 'kan-avsta': '2026-06-30' },
      },
    });
    expect(validUntilUnder(parsed, 'kan-avsta')).toBe('2026-06-30');
    // A typed agreement may leave a reading out: its end date is then the agreement's.
    const agreement: Agreement = {
      ...smallAgreement(),
      validUntilByReading: { note: 'stemmeplikt', dates: { 'kan-avsta': '2026-06-30' } },
    };
    expect(validUntilUnder(agreement, 'kan-avsta')).toBe('2026-06-30');
    expect(validUntilUnder(agreement, 'ma-stemme')).toBe('2025-12-31');
    expect(validUntilUnder(agreement, 'toString')).toBe('2025-12-31');
    expect(validUntilUnder(agreement, undefined)).toBe('2025-12-31');
  });
});
