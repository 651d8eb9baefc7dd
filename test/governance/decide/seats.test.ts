import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import type { Meeting } from '../../../src/model/meeting.js';
import { catchInputError } from '../../helpers/errors.js';
import { EXAMPLE_REGIONS, HP, meeting, OS_LEAVES_2026 } from '../../helpers/meetings.js';

/** The first line of the error (its title and count), and every problem in full. */
function failure(fn: () => unknown) {
  const error = catchInputError(fn);
  return {
    title: error.message.split('\n')[0],
    problems: error.problems.map(({ path, code, message }) => ({ path, code, message })),
  };
}

const representantskap = (
  m: Meeting,
  matter = 'other',
  readings?: Record<string, string>,
  agreement: Agreement = helseplattformen,
) =>
  decide(agreement, {
    organ: 'representantskap',
    matter,
    meeting: m,
    ...(readings === undefined ? {} : { readings }),
  });

const REGION_IDS = EXAMPLE_REGIONS.map((r) => r.id);
const base = meeting({ presiding: '5001', for: HP.slice(0, 17) });

describe('decide: the meeting’s date and the body’s seats', () => {
  it('§5 a meeting on a day that does not exist is reported alone, without seat problems', () => {
    // 1811 is no party, and the presiding 5001 is not in attendance: neither is reported, as
    // the meeting is validated on entry and the seats cannot be known without the date.
    const m: Meeting = {
      date: '2025-02-29',
      presiding: '5001',
      attendance: { '1811': 'member' },
      ballots: { '1811': 'for' },
    };
    expect(failure(() => representantskap(m))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.date',
          code: 'invalid_format',
          message: 'must be a date YYYY-MM-DD that exists in the calendar',
        },
      ],
    });
  });

  it('§12 "Avtalen løper frem til den blir sagt opp": Helseplattformen applies from 1 January 2025 (note "start-date"), with no end date', () => {
    expect(failure(() => representantskap({ ...base, date: '2024-12-31' }))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'meeting.date',
          code: 'outside_validity',
          message:
            '2024-12-31 is outside the period helseplattformen applies (2025-01-01 to no end date)',
        },
      ],
    });
    expect(representantskap({ ...base, date: '2025-01-01' }).adopted).toBe(true);
  });

  it('DigiTrøndelag §6 a meeting on 31 December 2022 decides; one on 1 January 2023 is outside the agreement', () => {
    const programstyre = (date: string) =>
      decide(digitrondelag, {
        organ: 'programstyre',
        matter: 'decision',
        meeting: meeting({ date, presiding: 'trondheim', for: ['trondheim'] }),
        regions: [
          { id: 'trondelag-sor', name: 'Eksempel: Trøndelag sør', municipalities: ['5028'] },
        ],
      });
    expect(programstyre('2022-12-31').adopted).toBe(true);
    expect(failure(() => programstyre('2023-01-01'))).toEqual({
      title: 'Cannot decide in programstyre (1 problem):',
      problems: [
        {
          path: 'meeting.date',
          code: 'outside_validity',
          message:
            '2023-01-01 is outside the period digitrondelag applies (2019-01-01 to 2022-12-31)',
        },
      ],
    });
  });

  it('§6 the styre needs a region division: none, or an empty one, is an input error', () => {
    const m = meeting({ presiding: 'trondheim', for: REGION_IDS });
    const missing = {
      path: 'regions',
      code: 'missing_regions',
      message:
        'styre has one seat per region (§6), and helseplattformen gives no region division: supply the regions',
    };
    for (const regions of [undefined, []]) {
      expect(
        failure(() =>
          decide(helseplattformen, {
            organ: 'styre',
            matter: 'decision',
            meeting: m,
            ...(regions === undefined ? {} : { regions }),
          }),
        ),
      ).toEqual({ title: 'Cannot decide in styre (1 problem):', problems: [missing] });
    }
  });

  it('§6 a region may only name municipalities that are parties on the meeting’s date', () => {
    const osLeft = OS_LEAVES_2026;
    const styre = (date: string) =>
      decide(osLeft, {
        organ: 'styre',
        matter: 'decision',
        meeting: meeting({ date, presiding: 'trondheim', for: REGION_IDS }),
        regions: EXAMPLE_REGIONS,
      });
    expect(styre('2025-12-31').adopted).toBe(true);
    // Os (3430) is the tenth municipality of the example region Trøndelag sør.
    expect(failure(() => styre('2026-02-01'))).toEqual({
      title: 'Cannot decide in styre (1 problem):',
      problems: [
        {
          path: 'regions[1].municipalities[9]',
          code: 'unknown_party',
          message: 'names 3430, which is not among the parties',
        },
      ],
    });
  });

  it('§6 a region id used twice is one seat used twice', () => {
    const regions = [
      { id: 'nord', name: 'Nord', municipalities: HP.slice(0, 20) },
      { id: 'nord', name: 'Nord igjen', municipalities: HP.slice(20) },
    ];
    expect(
      failure(() =>
        decide(helseplattformen, {
          organ: 'styre',
          matter: 'decision',
          meeting: meeting({ presiding: 'nord', for: ['nord'] }),
          regions,
        }),
      ),
    ).toEqual({
      title: 'Cannot decide in styre (1 problem):',
      problems: [
        {
          path: 'regions',
          code: 'duplicate_seat',
          message: 'seat id nord is used twice (a region id repeated, or the same as a named seat)',
        },
      ],
    });
  });

  it('§5 a party listed twice in a caller’s own agreement (not parsed) is one seat used twice', () => {
    const twice: Agreement = {
      ...helseplattformen,
      parties: [...helseplattformen.parties, ...helseplattformen.parties.slice(0, 1)],
    };
    expect(failure(() => representantskap(base, 'other', undefined, twice))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [
        {
          path: 'regions',
          code: 'duplicate_seat',
          message: 'seat id 5001 is used twice (a region id repeated, or the same as a named seat)',
        },
      ],
    });
  });

  it('DigiTrøndelag §4.3 a region with the id of Trondheim’s named seat is an input error', () => {
    expect(
      failure(() =>
        decide(digitrondelag, {
          organ: 'programstyre',
          matter: 'decision',
          meeting: meeting({ date: '2020-05-01', presiding: 'trondheim', for: ['trondheim'] }),
          regions: [{ id: 'trondheim', name: 'Trondheim', municipalities: ['5028'] }],
        }),
      ),
    ).toEqual({
      title: 'Cannot decide in programstyre (1 problem):',
      problems: [
        {
          path: 'regions',
          code: 'duplicate_seat',
          message:
            'seat id trondheim is used twice (a region id repeated, or the same as a named seat)',
        },
      ],
    });
  });

  it('§5 a representantskap with no member municipality on the day has no seats, and nothing else is checked', () => {
    const notYet: Agreement = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) => ({
        ...p,
        membership: { joined: '2026-01-01' },
      })),
    };
    // The presiding seat is not in attendance; with no seats, that is not reported.
    const m = meeting({ date: '2025-06-01', presiding: '5001', for: ['1505'] });
    const noSeats = {
      path: 'organ',
      code: 'no_seats',
      message:
        'representantskap has no seats on 2025-06-01 (no parties are members, and it has no named seats)',
    };
    expect(failure(() => representantskap(m, 'other', undefined, notYet))).toEqual({
      title: 'Cannot decide in representantskap (1 problem):',
      problems: [noSeats],
    });
    // … reported alongside a problem of another kind.
    expect(
      failure(() => representantskap(m, 'other', { nope: 'x' }, notYet)).problems.map(
        (p) => p.code,
      ),
    ).toEqual(['no_seats', 'unknown_note']);
  });
});
