import { describe, expect, it } from 'vitest';
import { parseEvents } from '../../src/model/events.js';
import { isTrusted } from '../../src/model/trusted.js';
import { catchInputError } from '../helpers/errors.js';

const problems = (fn: () => unknown) =>
  catchInputError(fn).problems.map((p) => [p.path, p.code, p.message]);

describe('parseEvents: an events file', () => {
  const withdrawal = { type: 'withdrawal', party: '0001', noticeSentOn: '2025-03-15' };
  const admission = {
    type: 'admission',
    party: { number: '0003', name: 'Cby', population: 10 },
    effectiveDate: '2026-01-01',
  };

  it.each<[unknown, string, string, string]>([
    [
      { ...withdrawal, extraCosts: true },
      '[0].extraCosts',
      'invalid_union',
      'must be an amount in NOK: a string like "25000.00" or a number',
    ],
    [
      { ...withdrawal, party: 5038 },
      '[0].party',
      'invalid_type',
      'must be a kommunenummer: four digits as a string, e.g. "5001"',
    ],
    [
      { ...withdrawal, type: 'exit' },
      '[0].type',
      'invalid_union',
      'must be an event with type "withdrawal" or "admission"',
    ],
    [
      { ...admission, party: { ...admission.party, population: 1.5 } },
      '[0].party.population',
      'invalid_type',
      'must be a whole number ≥ 0',
    ],
    [
      { ...admission, party: { ...admission.party, population: -1 } },
      '[0].party.population',
      'too_small',
      'must be a whole number ≥ 0',
    ],
  ])('events %j: %s %s', (event, at, code, message) => {
    expect(problems(() => parseEvents([event]))).toEqual([[at, code, message]]);
  });

  it('an events file is read as it is given, amounts as text or as numbers', () => {
    const events = [
      { ...withdrawal, extraCosts: '25000.00' },
      { type: 'withdrawal', party: '0002', effectiveDate: '2026-01-01', extraCosts: 25_000 },
      admission,
    ];
    expect(parseEvents(events)).toEqual(events);
    expect(catchInputError(() => parseEvents('x')).message).toBe(
      'Invalid events (1 problem):\n  (input): must be an array',
    );
  });

  it('the list it returns is trusted, so that the rules do not check it again', () => {
    const events = parseEvents([{ type: 'withdrawal', party: '0001', noticeSentOn: '2025-03-15' }]);
    expect(isTrusted(events)).toBe(true);
  });
});
