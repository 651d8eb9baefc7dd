import { describe, expect, it, vi } from 'vitest';
import { digitrondelag } from '../../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { type DecideOptionsFor, decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { attempt } from '../../../src/model/attempt.js';
import { AgreementInputError } from '../../../src/model/errors.js';
import { MeetingSchema, parseMeeting } from '../../../src/model/meeting.js';
import type { Organ } from '../../../src/model/organ.js';
import { problemsOf } from '../../helpers/errors.js';
import { HP, meeting } from '../../helpers/meetings.js';

const base = meeting({ presiding: '5001', for: HP.slice(0, 17) });
const untyped = (options: unknown) => () =>
  decide(helseplattformen, options as unknown as DecideOptionsFor<typeof helseplattformen>);

describe('decide validates what a plain JavaScript caller gives it, once, on entry', () => {
  it('options that are not an object are an input error, not a TypeError', () => {
    for (const options of [null, undefined, 5, 'representantskap']) {
      expect(problemsOf(untyped(options))).toEqual([['', 'invalid_options']]);
    }
  });

  it('an organ or matter that is not text, and readings that are not a map of text, are named with their paths', () => {
    expect(problemsOf(untyped({ organ: 5, matter: null, meeting: base, readings: ['x'] }))).toEqual(
      [
        ['matter', 'invalid_type'],
        ['organ', 'invalid_type'],
        ['readings', 'invalid_type'],
      ],
    );
    expect(
      problemsOf(
        untyped({
          organ: 'representantskap',
          matter: 'other',
          meeting: base,
          readings: { 'consensus-scope': 5 },
        }),
      ),
    ).toEqual([['readings["consensus-scope"]', 'invalid_type']]);
    expect(
      problemsOf(
        untyped({ organ: 'representantskap', matter: 'other', meeting: base, readings: null }),
      ),
    ).toEqual([['readings', 'invalid_type']]);
  });

  it('a meeting and regions that are not valid are reported under their own paths, together', () => {
    const error = (() => {
      try {
        decide(helseplattformen, {
          organ: 'styre',
          matter: 'decision',
          meeting: { ...base, date: 'tomorrow' },
          regions: [{ id: 'X', name: '', municipalities: [] }],
        } as unknown as DecideOptionsFor<typeof helseplattformen>);
      } catch (e) {
        return e as AgreementInputError;
      }
      throw new Error('no error');
    })();
    expect(error.message.split('\n')[0]).toBe('Cannot decide in styre (4 problems):');
    expect(error.problems.map((p) => p.path)).toEqual([
      'meeting.date',
      'regions[0].id',
      'regions[0].municipalities',
      'regions[0].name',
    ]);
    expect(problemsOf(untyped({ organ: 5, matter: 'x', meeting: null })).map(([p]) => p)).toEqual([
      'meeting',
      'organ',
    ]);
  });

  it('a meeting from parseMeeting is trusted as it is; the same meeting as a plain object is checked and gives the same decision', () => {
    const parsed = parseMeeting(JSON.parse(JSON.stringify(base)));
    const a = decide(helseplattformen, {
      organ: 'representantskap',
      matter: 'other',
      meeting: parsed,
    });
    const b = decide(helseplattformen, {
      organ: 'representantskap',
      matter: 'other',
      meeting: base,
    });
    expect(a).toEqual(b);
  });

  it('a parsed meeting is never checked again; a plain object is checked once per call, however many readings are worked out', () => {
    const parsed = parseMeeting(JSON.parse(JSON.stringify(base)));
    const check = vi.spyOn(MeetingSchema, 'safeParse');
    try {
      const options = { organ: 'representantskap', matter: 'budget' } as const;
      const d = decide(helseplattformen, { ...options, meeting: parsed });
      expect(d.alternatives.length).toBeGreaterThan(0);
      expect(check).toHaveBeenCalledTimes(0);
      decide(helseplattformen, { ...options, meeting: base });
      expect(check).toHaveBeenCalledTimes(1);
    } finally {
      check.mockRestore();
    }
  });

  it('attempt gathers input problems under a path and lets any other error through', () => {
    expect(attempt('x', () => 1)).toEqual({ value: 1 });
    expect(
      attempt('', () => {
        throw new AgreementInputError([{ path: 'a.b', code: 'c', message: 'm' }]);
      }),
    ).toEqual({ problems: [{ path: 'a.b', code: 'c', message: 'm' }] });
    expect(
      attempt('x', () => {
        throw new AgreementInputError([
          { path: 'a', code: 'c', message: 'm' },
          { path: '', code: 'd', message: 'n' },
          { path: '[2]', code: 'e', message: 'o' },
        ]);
      }),
    ).toEqual({
      problems: [
        { path: 'x', code: 'd', message: 'n' },
        { path: 'x[2]', code: 'e', message: 'o' },
        { path: 'x.a', code: 'c', message: 'm' },
      ],
    });
    expect(() =>
      attempt('x', () => {
        throw new TypeError('boom');
      }),
    ).toThrow(TypeError);
  });
});

describe('who leads: the seat the agreement gives the leader, and designees', () => {
  const withChair = (
    change: (chair: NonNullable<Organ['chair']>) => Organ['chair'],
  ): Agreement => ({
    ...helseplattformen,
    organs: (helseplattformen.organs ?? []).map((o) =>
      o.id === 'representantskap' && o.chair !== undefined
        ? ({ ...o, chair: change(o.chair) } as Organ)
        : o,
    ),
  });
  const decideIn = (agreement: Agreement, m = base) =>
    decide(agreement, { organ: 'representantskap', matter: 'other', meeting: m });

  it('§5 Helseplattformen’s leader cannot designate a stand-in: presidingRole "designee" is an input error', () => {
    const m = meeting({ presiding: '1505', presidingRole: 'designee', for: HP.slice(0, 17) });
    expect(problemsOf(() => decideIn(helseplattformen, m))).toEqual([
      ['meeting.presidingRole', 'designee_not_allowed'],
    ]);
    const noLeader: Agreement = {
      ...helseplattformen,
      organs: (helseplattformen.organs ?? []).map((o) => {
        const { chair: _chair, ...rest } = o;
        return rest;
      }),
    };
    const error = (() => {
      try {
        decideIn(noLeader, m);
      } catch (e) {
        return e as AgreementInputError;
      }
      throw new Error('no error');
    })();
    expect(error.problems[0]?.message).toBe(
      'representantskap\'s leader cannot designate someone to lead in their place (representantskap has no leader): give presidingRole "deputy-leader" or "other"',
    );
  });

  it('a leader seat without designees: presiding "as leader" from another seat names only "other"', () => {
    const seated = withChair((c) => ({ ...c, seat: '5001' }));
    const m = meeting({ presiding: '1505', for: HP.slice(0, 17) });
    const error = (() => {
      try {
        decideIn(seated, m);
      } catch (e) {
        return e as AgreementInputError;
      }
      throw new Error('no error');
    })();
    expect(error.problems).toEqual([
      {
        path: 'meeting.presiding',
        code: 'leader_seat',
        message:
          'the leader of representantskap sits for 5001 (§5), and 1505 presides: give presidingRole "other"',
      },
    ]);
    const withDesignee = withChair((c) => ({ ...c, seat: '5001', designee: { clause: '§5' } }));
    expect(() => decideIn(withDesignee, m)).toThrow(
      /give presidingRole "designee" if the leader designated this person, or "other"/,
    );
  });

  it('DigiTrøndelag §4.3 a body whose regional seats exclude named seats, but which has none, accepts any region', () => {
    const noFixed: Agreement = {
      ...digitrondelag,
      organs: (digitrondelag.organs ?? []).map((o) => {
        if (o.id !== 'programstyre') return o;
        const { fixed: _fixed, ...seats } = o.seats;
        const { seat: _seat, ...chair } = o.chair ?? { title: 'leder', clause: '§4.2' };
        return { ...o, seats, chair };
      }),
    };
    const d = decide(noFixed, {
      organ: 'programstyre',
      matter: 'decision',
      meeting: meeting({ date: '2020-05-01', presiding: 'sor', for: ['sor'] }),
      regions: [{ id: 'sor', name: 'Eksempel', municipalities: ['5001'] }],
    });
    expect(d.adopted).toBe(true);
  });
});

describe('a body whose cases another body must treat first, without a note on what a lapse does', () => {
  it('flags the lapse and lets the vote stand', () => {
    const plain: Agreement = {
      ...helseplattformen,
      organs: (helseplattformen.organs ?? []).map((o) =>
        o.id === 'representantskap'
          ? { ...o, preparedBy: { organ: 'arbeidsutvalg', clause: '§5' } }
          : o,
      ),
    };
    const d = decide(plain, {
      organ: 'representantskap',
      matter: 'other',
      meeting: { ...base, prepared: false },
    });
    expect(d.adopted).toBe(true);
    // A body the agreement does not have is named by its id.
    expect(d.reasons.find((r) => r.code === 'case_not_prepared')?.values).toEqual({
      by: 'arbeidsutvalg',
      byName: 'arbeidsutvalg',
      voided: false,
    });
    const noVoid: Agreement = {
      ...helseplattformen,
      organs: (helseplattformen.organs ?? []).map((o) =>
        o.id === 'representantskap'
          ? { ...o, preparedBy: { organ: 'styre', clause: '§6', note: 'board-preparation' } }
          : o,
      ),
    };
    expect(
      decide(noVoid, {
        organ: 'representantskap',
        matter: 'other',
        meeting: { ...base, prepared: false },
        readings: { 'board-preparation': 'void' },
      }).adopted,
    ).toBe(true);
  });
});

describe('what a decision carries', () => {
  it('exactly the documented fields, nothing internal (the JSON the CLI prints is this object)', () => {
    const d = decide(helseplattformen, {
      organ: 'representantskap',
      matter: 'other',
      meeting: base,
    });
    expect(Object.keys(d).sort()).toEqual(
      [
        'adopted',
        'agreement',
        'alternatives',
        'councilsMustAdopt',
        'date',
        'decidedByChair',
        'drawLots',
        'matter',
        'organ',
        'preparation',
        'presiding',
        'quorate',
        'quorum',
        'readings',
        'reasons',
        'rule',
        'tally',
        'tieBrokenByChair',
      ].sort(),
    );
    const notQuorate = decide(helseplattformen, {
      organ: 'representantskap',
      matter: 'other',
      meeting: meeting({ presiding: '5001', for: ['5001'] }),
    });
    expect(Object.keys(notQuorate).sort()).toEqual(Object.keys(d).sort());
  });
});

describe('decide checks the agreement a plain JavaScript caller gives it', () => {
  it('null, or an object that is not an agreement, is an input error naming the paths, not a TypeError', () => {
    const run = (agreement: unknown) => () =>
      decide(agreement as Agreement, { organ: 'representantskap', matter: 'other', meeting: base });
    expect(problemsOf(run(null))).toEqual([['agreement', 'invalid_type']]);
    const { parties: _parties, ...noParties } = helseplattformen;
    expect(problemsOf(run(noParties))).toEqual([['agreement.parties', 'required']]);
  });
});
