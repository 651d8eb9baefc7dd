import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { safeParseAgreement } from '../../src/model/parse-agreement.js';

/** A plain, changeable copy of a built-in agreement, as an agreement file would give it. */
const copy = <T>(value: T): Record<string, unknown> => JSON.parse(JSON.stringify(value));
const problemsOf = (file: unknown) => {
  const result = safeParseAgreement(file);
  return result.success ? [] : result.error.problems.map((p) => [p.path, p.code]);
};

describe('every reading the data depends on names a note and readings the agreement has', () => {
  it('the built-in agreements parse', () => {
    expect(problemsOf(copy(digitrondelag))).toEqual([]);
    expect(problemsOf(copy(helseplattformen))).toEqual([]);
  });

  it('DigiTrøndelag §6: the end date’s note must exist, and its default reading’s date must be validUntil', () => {
    const unknown = copy(digitrondelag);
    (unknown['validUntilByReading'] as { note: string }).note = 'no-such-note';
    expect(problemsOf(unknown)).toEqual([['validUntilByReading.note', 'unknown_note']]);
    const contradicts = copy(digitrondelag);
    (contradicts['validUntilByReading'] as { dates: Record<string, string> }).dates[
      'through-2022'
    ] = '2020-06-30';
    expect(problemsOf(contradicts)).toEqual([
      ['validUntilByReading.dates', 'default_date_differs'],
    ]);
  });

  it('DigiTrøndelag §6: a calendar date under readings names a note the agreement has', () => {
    const file = copy(digitrondelag);
    const calendar = (file['lifecycle'] as { calendar: Record<string, unknown>[] }).calendar;
    const index = calendar.findIndex((c) => c['dueByReading'] !== undefined);
    (calendar[index]?.['dueByReading'] as { note: string }).note = 'nope';
    expect(problemsOf(file)).toEqual([
      [`lifecycle.calendar[${index}].dueByReading.note`, 'unknown_note'],
    ]);
  });

  it('Helseplattformen §6: the note on a case not prepared by the board must exist and cover its readings', () => {
    const unknown = copy(helseplattformen);
    const organs = unknown['organs'] as { preparedBy?: Record<string, unknown> }[];
    (organs[0]?.preparedBy as { note: string }).note = 'nope';
    expect(problemsOf(unknown)).toEqual([['organs[0].preparedBy.note', 'unknown_note']]);
    const partial = copy(helseplattformen);
    const partialOrgans = partial['organs'] as { preparedBy?: Record<string, unknown> }[];
    (partialOrgans[0]?.preparedBy as { voidByReading: Record<string, boolean> }).voidByReading = {
      flag: false,
    };
    expect(problemsOf(partial)).toEqual([['organs[0].preparedBy', 'missing_reading']]);
  });
});
