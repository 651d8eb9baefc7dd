import { describe, expect, it } from 'vitest';
import type { InputProblem } from '../../src/model/errors.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { checkedReadings, missingRule, OptionsReader } from '../../src/rules/input.js';
import { small, smallAgreement } from '../fixtures/small-agreement.js';
import { catchInputError } from '../helpers/errors.js';

describe('OptionsReader', () => {
  it('reads text, dates and flags, and collects a problem for each field that does not fit', () => {
    const reader = new OptionsReader({
      name: 'Aby',
      empty: '',
      date: '2025-02-28',
      bad: '2025-02-29',
      yes: true,
      maybe: 'yes',
    });
    expect([
      reader.text('name', true),
      reader.text('empty', true),
      reader.text('absent', false),
      reader.date('date', true),
      reader.date('bad', true),
      reader.date('none', true),
      reader.flag('yes'),
      reader.flag('maybe'),
      reader.flag('absent'),
    ]).toEqual([
      'Aby',
      undefined,
      undefined,
      '2025-02-28',
      undefined,
      undefined,
      true,
      undefined,
      undefined,
    ]);
    expect(reader.problems).toEqual([
      { path: 'empty', code: 'invalid_type', message: 'must be text (1 to 1000 characters)' },
      {
        path: 'bad',
        code: 'invalid_date',
        message: 'must be a date YYYY-MM-DD that exists in the calendar',
      },
      { path: 'none', code: 'required', message: 'is required' },
      { path: 'maybe', code: 'invalid_type', message: 'must be true or false' },
    ]);
    expect(catchInputError(() => reader.done('Invalid options')).message.split('\n')[0]).toBe(
      'Invalid options (4 problems):',
    );
  });

  it('text of 1000 characters is text; of 1001 it is not', () => {
    const reader = new OptionsReader({ a: 'x'.repeat(1000), b: 'x'.repeat(1001) });
    expect([reader.text('a', true)?.length, reader.text('b', true)]).toEqual([1000, undefined]);
    expect(reader.problems.map((p) => p.path)).toEqual(['b']);
  });

  it('options that are not an object are one problem, at "options" or at the path given', () => {
    for (const options of [null, [], 42, 'x']) {
      const reader = new OptionsReader(options);
      expect(reader.isObject).toBe(false);
      // nothing more is reported about its fields
      expect(reader.text('name', true)).toBeUndefined();
      expect(reader.problems).toEqual([
        { path: 'options', code: 'invalid_type', message: 'must be an object of options' },
      ]);
    }
    expect(new OptionsReader([], 'municipality').problems).toEqual([
      { path: 'municipality', code: 'invalid_type', message: 'must be an object' },
    ]);
    expect(new OptionsReader({ name: 1 }, 'municipality').text('name', true)).toBeUndefined();
  });

  it('optional options may be left out, but not given as something else', () => {
    expect(new OptionsReader(undefined, 'extra', false).problems).toEqual([]);
    expect(new OptionsReader(null, 'extra', false).problems).toEqual([
      { path: 'extra', code: 'invalid_type', message: 'must be an object' },
    ]);
    expect(() => new OptionsReader(undefined, 'extra', false).done('x')).not.toThrow();
  });

  it('a field inherited from Object.prototype is not a field of the options', () => {
    const reader = new OptionsReader({});
    expect(reader.raw('toString')).toBeUndefined();
    expect(reader.text('toString', false)).toBeUndefined();
    expect(reader.problems).toEqual([]);
  });

  it('a field under a path is named under it', () => {
    const reader = new OptionsReader({ name: 1 }, 'municipality');
    reader.text('name', true);
    expect(reader.problems.map((p) => p.path)).toEqual(['municipality.name']);
  });
});

describe('missingRule', () => {
  it('names the part of the lifecycle the agreement states no rule for', () => {
    expect(
      missingRule(smallAgreement(), 'breach', 'no_breach_rule', 'states no breach rule'),
    ).toEqual({
      path: 'agreement.lifecycle.breach',
      code: 'no_breach_rule',
      message: 'liten states no breach rule',
    });
  });

  it('when the agreement’s rules are unknown, says so, with the note', () => {
    const file = small();
    const unknown = parseAgreement({
      ...file,
      lifecycle: { ...file.lifecycle, rulesUnknown: { note: 'stemmeplikt' } },
    });
    expect(missingRule(unknown, 'breach', 'no_breach_rule', 'states no breach rule')).toEqual({
      path: 'agreement.lifecycle.breach',
      code: 'rule_unknown',
      message:
        'liten: unknown, because the agreement text is not in the sources (interpretation note "stemmeplikt")',
    });
  });
});

describe('checkedReadings', () => {
  const agreement = smallAgreement();

  it('a reading chosen for a note, else the note’s default reading, else none', () => {
    const problems: InputProblem[] = [];
    const chosen = checkedReadings(agreement, { stemmeplikt: 'kan-avsta' }, problems);
    expect([chosen('stemmeplikt'), chosen('ukjent'), problems]).toEqual([
      'kan-avsta',
      undefined,
      [],
    ]);
    expect(checkedReadings(agreement, undefined, problems)('stemmeplikt')).toBe('ma-stemme');
  });

  it('readings that are not an object, an unknown note and an unknown reading are named', () => {
    for (const given of [null, [], 'ma-stemme']) {
      const problems: InputProblem[] = [];
      checkedReadings(agreement, given, problems);
      expect(problems).toEqual([
        {
          path: 'readings',
          code: 'invalid_type',
          message: 'must be an object: note id → reading id',
        },
      ]);
    }
    const problems: InputProblem[] = [];
    const chosen = checkedReadings(agreement, { ukjent: 'x', stemmeplikt: 'nei' }, problems);
    expect(problems).toEqual([
      {
        path: 'readings.ukjent',
        code: 'unknown_note',
        message: 'names no interpretation note with selectable readings (those with: stemmeplikt)',
      },
      {
        path: 'readings.stemmeplikt',
        code: 'unknown_reading',
        message: 'is not a reading of stemmeplikt (its readings: ma-stemme, kan-avsta)',
      },
    ]);
    expect(chosen('stemmeplikt')).toBe('ma-stemme');
  });
});
