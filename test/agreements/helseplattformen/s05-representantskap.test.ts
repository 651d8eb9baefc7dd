import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import type { HelseplattformenBodies } from '../../../src/agreements/helseplattformen/organs.js';
import { decide } from '../../../src/governance/decide/index.js';
import { problemsOf } from '../../helpers/errors.js';
import { HP, meeting } from '../../helpers/meetings.js';
import { withText, words } from '../../helpers/words.js';

const representantskap = (
  matter: HelseplattformenBodies['representantskap'],
  m: ReturnType<typeof meeting>,
  readings?: Record<string, string>,
) =>
  decide(helseplattformen, {
    organ: 'representantskap',
    matter,
    meeting: m,
    ...(readings === undefined ? {} : { readings }),
  });

const codes = (d: { reasons: readonly { code: string }[] }) => d.reasons.map((r) => r.code);

describe('§5 Representantskapet', () => {
  describe('§5 one representative per municipality, one vote each', () => {
    it('§5 has 34 seats, one per owner municipality, with the kommunenummer as seat id', () => {
      const d = representantskap('other', meeting({ presiding: '5001', for: HP }));
      expect(d.tally).toEqual({
        seats: 34,
        present: 34,
        for: 34,
        against: 0,
        abstain: 0,
        absent: 0,
      });
    });

    it('§5 a seat is attended by its member or its deputy, not both', () => {
      const m = meeting({ presiding: '5001', for: HP.slice(0, 20) });
      const both = {
        ...m,
        attendance: [
          ...Object.keys(m.attendance as object).map((seat) => ({ seat, as: 'member' as const })),
          { seat: '1505', as: 'deputy' as const },
        ],
      };
      expect(problemsOf(() => representantskap('other', both))).toEqual([
        ['meeting.attendance[20]', 'member_and_deputy'],
      ]);
    });
  });

  describe('§5 quorum: "minst halvparten av dets medlemmer, inkludert varamedlemmer"', () => {
    it('§5 is not quorate with 16 of 34 present, and then adopts nothing, even unanimously; its reasons speak only of the quorum', () => {
      const d = representantskap('other', meeting({ presiding: '5001', for: HP.slice(0, 16) }));
      expect(d.quorate).toBe(false);
      expect(d.adopted).toBe(false);
      // No reason speaks of the vote as if it were valid ("Vedtatt med alminnelig flertall: 16 for").
      expect(codes(d)).toEqual(['quorum_not_met']);
      expect(d.reasons.map((r) => words(r)?.nb)).toEqual([
        'Ikke vedtaksfør: 16 av 34 er til stede; minst 17 kreves.',
      ]);
      expect(d.alternatives).toEqual([]);
      // The votes are still reported as cast.
      expect(d.tally).toMatchObject({ present: 16, for: 16, against: 0 });
    });
  });

  describe('§14 admission: "Eksisterende parter kan ikke motsette seg tiltredelse" (interpretation "admission-opposition")', () => {
    const bindal = {
      number: '1811',
      name: 'Bindal',
      conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
    };

    it('§14 a vote against an eligible candidate is flagged as contrary to §14, and by default still stops the admission', () => {
      const d = representantskap('admission', {
        ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
        candidate: bindal,
      });
      expect(d.adopted).toBe(false);
      expect(d.reasons.find((r) => r.code === 'candidate_opposed')).toMatchObject({
        clause: '§14',
        values: { candidate: '1811 Bindal', seats: ['3430'], reading: 'flag' },
      });
    });

    it('§14 under the reading "count-as-for", the vote against an eligible candidate counts for, and Bindal is admitted', () => {
      const d = representantskap(
        'admission',
        {
          ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
          candidate: bindal,
        },
        { 'admission-opposition': 'count-as-for' },
      );
      expect(d.adopted).toBe(true);
      // The tally keeps the ballots as cast; the rule counted the vote against as for.
      expect([d.tally.for, d.tally.against]).toEqual([33, 1]);
    });

    it('§14 a candidate without a tjenesteavtale may be opposed freely', () => {
      const d = representantskap('admission', {
        ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
        candidate: { ...bindal, conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: false } },
      });
      expect(codes(d)).toContain('candidate_not_eligible');
      expect(codes(d)).not.toContain('candidate_opposed');
    });
  });

  describe('§5 and §6 number of board members and regions (interpretation "regions-change-rule")', () => {
    it('§6 by default a change needs unanimity ("ved enstemmighet")', () => {
      const d = representantskap(
        'regions-and-board-size',
        meeting({ presiding: '5001', for: HP.slice(0, 30), against: HP.slice(30) }),
      );
      expect(d.adopted).toBe(false);
    });

    it('§5 under the reading "majority", a majority of the representantskap suffices', () => {
      const d = representantskap(
        'regions-and-board-size',
        meeting({ presiding: '5001', for: HP.slice(0, 30), against: HP.slice(30) }),
        { 'regions-change-rule': 'majority' },
      );
      expect(d.adopted).toBe(true);
    });
  });

  describe('§5 duties', () => {
    const organ = helseplattformen.organs?.find((o) => o.id === 'representantskap');

    it('§5 approves the annual budget, accounts and annual report, appoints the board, and is the highest complaints body', () => {
      expect(organ?.matters.map((m) => m.id)).toEqual([
        'economic-frames',
        'agreement-amendment',
        'admission',
        'dissolution',
        'budget',
        'accounts',
        'annual-report',
        'board-appointment',
        'election',
        'regions-and-board-size',
        'complaint',
        'other',
      ]);
      expect(organ?.duties?.map((d) => d.text)).toContain(
        'Øverste klageorgan for alle klagesaker i oppgavefellesskapet',
      );
    });

    it('§5 sits for the municipal council’s four-year election period', () => {
      expect(organ?.termYears).toEqual({ years: 4, of: 'members', clause: '§5' });
    });
  });
});

describe('§13 and §15: the kommunestyrer must adopt too', () => {
  it('§15 "Endringer må i tillegg vedtas av de deltakende kommuners kommunestyrer": an adopted amendment says it takes effect only when all 34 councils have adopted it', () => {
    const d = representantskap('agreement-amendment', meeting({ presiding: '5001', for: HP }));
    expect(d.adopted).toBe(true);
    expect(d.councilsMustAdopt).toEqual({ clause: '§15', councils: 34 });
    const last = d.reasons.at(-1);
    expect([last?.code, last?.clause, last?.values]).toEqual([
      'councils_must_adopt',
      '§15',
      { councils: 34 },
    ]);
    expect(words(last)?.nb).toBe(
      'Vedtaket får først virkning når alle de 34 kommunestyrene også har vedtatt det, med identisk tekst.',
    );
  });

  it('§13 "Endelig avvikling/omdanning krever i tillegg vedtak i alle deltakende kommuner sine kommunestyrer": a dissolution cites §13', () => {
    const d = representantskap('dissolution', meeting({ presiding: '5001', for: HP }));
    expect(d.councilsMustAdopt).toEqual({ clause: '§13', councils: 34 });
    expect(d.reasons.at(-1)?.clause).toBe('§13');
  });

  it('§15 an amendment the representantskap does not adopt still needs the councils (data), but no reason speaks of them', () => {
    const d = representantskap(
      'agreement-amendment',
      meeting({ presiding: '5001', for: HP.slice(0, 33), against: HP.slice(33) }),
    );
    expect(d.adopted).toBe(false);
    expect(d.councilsMustAdopt).toEqual({ clause: '§15', councils: 34 });
    expect(codes(d)).not.toContain('councils_must_adopt');
  });

  it('§5 a budget is the representantskap’s alone: no council decision is needed', () => {
    const d = representantskap('budget', meeting({ presiding: '5001', for: HP.slice(0, 20) }));
    expect(d.councilsMustAdopt).toBeNull();
    expect(codes(d)).not.toContain('councils_must_adopt');
  });

  it('§15 after a withdrawal the councils are those of the 33 parties left', () => {
    const osLeft = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) =>
        p.municipality.number === '3430'
          ? { ...p, membership: { joined: '2025-01-01', withdrawn: '2026-01-01' } }
          : p,
      ),
    };
    const seats = HP.filter((n) => n !== '3430');
    const d = decide(osLeft, {
      organ: 'representantskap',
      matter: 'agreement-amendment',
      meeting: meeting({ date: '2026-02-01', presiding: '5001', for: seats }),
    });
    expect(d.councilsMustAdopt).toEqual({ clause: '§15', councils: 33 });
  });
});

describe('§5 readings the agreement leaves open, each reported with the outcome under the others', () => {
  it('§5 a "konsensus" is by default every seat for (note "consensus-scope"); the other two readings are shown with their outcomes', () => {
    // 33 for, Os absent: not adopted under "all-seats"; adopted under "present" and "no-objection".
    const d = representantskap(
      'economic-frames',
      meeting({ presiding: '5001', for: HP.filter((n) => n !== '3430') }),
    );
    expect(d.adopted).toBe(false);
    expect(d.readings).toEqual({ 'duty-to-vote': 'must-vote', 'consensus-scope': 'all-seats' });
    expect(
      d.alternatives.map((a) => [a.note, a.reading, a.valid, a.adopted, a.differs, a.rule.kind]),
    ).toEqual([
      ['duty-to-vote', 'may-abstain', true, false, false, 'unanimity'],
      ['consensus-scope', 'present', true, true, true, 'unanimity'],
      ['consensus-scope', 'no-objection', true, true, true, 'consensus'],
    ]);
  });

  it('§5 "konsensus" read as nobody against (reading "no-objection"): one abstention does not block, one vote against does', () => {
    const abstaining = representantskap(
      'economic-frames',
      meeting({ presiding: '5001', for: HP.slice(0, 33), abstain: HP.slice(33) }),
      { 'duty-to-vote': 'may-abstain', 'consensus-scope': 'no-objection' },
    );
    expect(abstaining.adopted).toBe(true);
    expect(abstaining.reasons.at(-1)?.values).toEqual({ for: 33, abstain: 1 });
    // Under the default reading of the duty to vote, the abstention itself would be an input
    // error: that alternative is reported as not valid, with the problem's path.
    const mustVote = abstaining.alternatives.find((a) => a.note === 'duty-to-vote');
    expect(mustVote).toMatchObject({
      reading: 'must-vote',
      valid: false,
      adopted: false,
      differs: true,
      reasons: [],
      problems: [{ path: `meeting.ballots["${HP[33]}"]`, code: 'abstention_not_allowed' }],
    });
    const against = representantskap(
      'economic-frames',
      meeting({ presiding: '5001', for: HP.slice(0, 33), against: HP.slice(33) }),
      { 'consensus-scope': 'no-objection' },
    );
    expect(against.adopted).toBe(false);
  });

  it('§5 the budget is approved by majority (note "budget-and-frames"); read as a change of the economic frames (§5 a) it would need every seat', () => {
    const d = representantskap(
      'budget',
      meeting({ presiding: '5001', for: HP.slice(0, 20), against: HP.slice(20, 25) }),
    );
    expect(d.adopted).toBe(true);
    expect(d.rule).toEqual({ kind: 'simple-majority', tie: 'chair-decides', clause: '§5' });
    const frames = d.alternatives.find((a) => a.note === 'budget-and-frames');
    expect(frames).toMatchObject({
      reading: 'frames-consensus',
      adopted: false,
      differs: true,
      rule: { kind: 'unanimity', of: 'all-seats', clause: '§5' },
    });
  });

  it('§5 a tie in an election (appointing the board, §6) is decided by the leader’s double vote; under the reading "lot" lots are drawn, which the votes cannot tell', () => {
    const m = meeting({ presiding: '5001', for: HP.slice(0, 9), against: HP.slice(9, 18) });
    const d = representantskap('board-appointment', m);
    expect([d.adopted, d.tieBrokenByChair, d.drawLots]).toEqual([true, true, false]);
    const lot = d.alternatives.find((a) => a.note === 'election-ties');
    expect(lot).toMatchObject({ reading: 'lot', adopted: false, drawLots: true, differs: true });
    const byLot = representantskap('election', m, { 'election-ties': 'lot' });
    expect([byLot.adopted, byLot.tieBrokenByChair, byLot.drawLots]).toEqual([false, false, true]);
    expect(byLot.reasons.at(-1)).toMatchObject({
      code: 'tie_lot',
      clause: '§5',
      values: { votes: 9 },
    });
    expect(words(byLot.reasons.at(-1))?.nb).toBe(
      'Stemmelikhet (9–9): avgjøres ved loddtrekning, så utfallet kan ikke regnes ut av stemmene.',
    );
    // Without a tie, lots play no part.
    const clear = representantskap(
      'election',
      meeting({ presiding: '5001', for: HP.slice(0, 10), against: HP.slice(10, 18) }),
      { 'election-ties': 'lot' },
    );
    expect([clear.adopted, clear.drawLots]).toEqual([true, false]);
  });

  it('§14 under "count-as-for" no reason claims a unanimous vote that did not happen: the vote against is named as counted for', () => {
    const d = representantskap(
      'admission',
      {
        ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
        candidate: {
          number: '1811',
          name: 'Bindal',
          conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
        },
      },
      { 'admission-opposition': 'count-as-for' },
    );
    expect(d.adopted).toBe(true);
    const rule = d.reasons.find((r) => r.code === 'unanimity_met');
    expect(rule?.values).toEqual({
      of: 'all-seats',
      for: 34,
      required: 34,
      countedAsFor: ['3430'],
    });
    expect(words(rule)?.nb).toBe(
      'Regnet som enstemmig etter valgt tolkning: 33 av 34 medlemmer stemte for, og stemmen mot fra 3430 regnes som en stemme for.',
    );
    expect(d.reasons.some((r) => words(r)?.nb.startsWith('Enstemmig'))).toBe(false);
    // The default reading ("flag") is shown beside it: the vote counts as cast, and the admission falls.
    expect(d.alternatives.find((a) => a.note === 'admission-opposition')).toMatchObject({
      reading: 'flag',
      adopted: false,
      differs: true,
      tally: { for: 33, against: 1 },
    });
    // Under count-as-for the alternative's tally is as counted.
    const flagged = representantskap('admission', {
      ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
      candidate: {
        number: '1811',
        name: 'Bindal',
        conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
      },
    });
    expect(flagged.alternatives.find((a) => a.note === 'admission-opposition')).toMatchObject({
      reading: 'count-as-for',
      adopted: true,
      tally: { for: 34, against: 0 },
    });
  });
});

describe('§6 "Styret skal behandle alle saker som skal til videre avgjørelse hos representantskapet"', () => {
  const m = meeting({ presiding: '5001', for: HP.slice(0, 20) });

  it('§6 a meeting that does not say whether the board treated the case: the decision says it is not known, with no reason claiming either', () => {
    const d = representantskap('budget', m);
    expect(d.preparation).toBe('unknown');
    expect(codes(d).filter((c) => c.startsWith('case_'))).toEqual([]);
  });

  it('§6 a case the board treated first: said, citing §6', () => {
    const d = representantskap('budget', { ...m, prepared: true });
    expect(d.preparation).toBe('prepared');
    expect(withText(d.reasons.find((r) => r.code === 'case_prepared'))).toMatchObject({
      clause: '§6',
      values: { by: 'styre', byName: 'Styret' },
      text: { nb: 'Saken er behandlet av styret først, slik avtalen krever.' },
    });
  });

  it('§6 a case the board did not treat: flagged, and the vote stands by default (note "board-preparation"); under "void" nothing is adopted', () => {
    const d = representantskap('budget', { ...m, prepared: false });
    expect([d.preparation, d.adopted]).toEqual(['not-prepared', true]);
    expect(words(d.reasons.find((r) => r.code === 'case_not_prepared'))?.nb).toBe(
      'Saken er ikke behandlet av styret først, slik avtalen krever; saksbehandlingen er i strid med avtalen, men etter valgt tolkning står vedtaket.',
    );
    expect(d.alternatives.find((a) => a.note === 'board-preparation')).toMatchObject({
      reading: 'void',
      adopted: false,
      differs: true,
    });
    const strict = representantskap(
      'budget',
      { ...m, prepared: false },
      {
        'board-preparation': 'void',
      },
    );
    expect(strict.adopted).toBe(false);
    // A voided vote decides nothing: no reason speaks of it as adopted.
    expect(codes(strict)).toEqual(['quorum_met', 'reading_applied', 'case_not_prepared']);
    expect(strict.reasons.find((r) => r.code === 'case_not_prepared')?.values).toEqual({
      by: 'styre',
      byName: 'Styret',
      voided: true,
    });
    // An amendment voided this way says nothing of the councils.
    const amendment = representantskap(
      'agreement-amendment',
      { ...meeting({ presiding: '5001', for: HP }), prepared: false },
      { 'board-preparation': 'void' },
    );
    expect(amendment.adopted).toBe(false);
    expect(codes(amendment)).not.toContain('councils_must_adopt');
  });

  it('§6 the board itself needs no preparation: its decisions report none', () => {
    expect(
      decide(helseplattformen, {
        organ: 'styre',
        matter: 'recommendation',
        meeting: meeting({
          presiding: 'trondheim',
          for: ['trondheim', 'trondelag-sor', 'trondelag-nord', 'nordmore-romsdal', 'sunnmore'],
        }),
        regions: [
          { id: 'trondheim', name: 'Eksempel', municipalities: ['5001'] },
          { id: 'trondelag-sor', name: 'Eksempel', municipalities: HP.slice(1, 8) },
          { id: 'trondelag-nord', name: 'Eksempel', municipalities: HP.slice(8, 15) },
          { id: 'nordmore-romsdal', name: 'Eksempel', municipalities: HP.slice(15, 25) },
          { id: 'sunnmore', name: 'Eksempel', municipalities: HP.slice(25) },
        ],
      }).preparation,
    ).toBeNull();
  });
});

describe('§6 "ved enstemmighet" for regions and board size, read like §13–§15 (note "regions-change-rule")', () => {
  it('§6 17 of 34 present, all for: not adopted by default (every seat), adopted when enstemmighet is read as among those present — and the alternative says so', () => {
    const m = meeting({ presiding: '5001', for: HP.slice(0, 17) });
    const d = representantskap('regions-and-board-size', m);
    expect(d.adopted).toBe(false);
    expect(
      d.alternatives
        .filter((a) => a.note === 'regions-change-rule')
        .map((a) => [a.reading, a.adopted, a.differs]),
    ).toEqual([
      ['unanimity-present', true, true],
      ['majority', true, true],
    ]);
    const present = representantskap('regions-and-board-size', m, {
      'regions-change-rule': 'unanimity-present',
    });
    expect(present.adopted).toBe(true);
    expect(present.rule).toEqual({ kind: 'unanimity', of: 'present', clause: '§6' });
  });
});

describe('§5 an alternative under which the meeting does not fit still says whether the outcome differs', () => {
  it('§5 an election tie settled by lot (reading "lot", abstention allowed): the "must-vote" alternative does not fit, and that differs from drawing lots', () => {
    const m = meeting({
      presiding: '5001',
      for: HP.slice(0, 9),
      against: HP.slice(9, 18),
      abstain: HP.slice(18, 19),
    });
    const d = representantskap('election', m, {
      'election-ties': 'lot',
      'duty-to-vote': 'may-abstain',
    });
    expect([d.adopted, d.drawLots]).toEqual([false, true]);
    expect(d.alternatives.find((a) => a.note === 'duty-to-vote')).toMatchObject({
      reading: 'must-vote',
      valid: false,
      differs: true,
    });
  });
});

describe('decide (properties, on Helseplattformen §5)', () => {
  /** A subset of the 34 seats, each voting for or against, shuffled; the first presides. */
  const attendanceArb = fc
    .shuffledSubarray(HP, { minLength: 1 })
    .chain((seats) =>
      fc.tuple(
        fc.constant(seats),
        fc.array(fc.boolean(), { minLength: seats.length, maxLength: seats.length }),
      ),
    );
  const matterArb = fc.constantFrom(
    'budget',
    'agreement-amendment',
    'other',
    'regions-and-board-size',
  );

  it('§5 a meeting that is not quorate never adopts', () => {
    fc.assert(
      fc.property(attendanceArb, matterArb, ([seats, fors], matter) => {
        const d = decide(helseplattformen, {
          organ: 'representantskap',
          matter,
          meeting: {
            date: '2025-06-01',
            presiding: seats[0] as string,
            presidingRole: seats[0] === '5001' ? 'leader' : 'other',
            attendance: Object.fromEntries(seats.map((s) => [s, 'member'])),
            ballots: Object.fromEntries(seats.map((s, i) => [s, fors[i] ? 'for' : 'against'])),
          },
        });
        expect(d.quorate).toBe(seats.length >= 17);
        if (!d.quorate) expect(d.adopted).toBe(false);
      }),
    );
  });

  it('§5 the order of the ballots in the meeting file changes nothing', () => {
    fc.assert(
      fc.property(attendanceArb, matterArb, ([seats, fors], matter) => {
        const ballots = seats.map((seat, i) => ({
          seat,
          vote: fors[i] ? ('for' as const) : ('against' as const),
        }));
        const run = (list: typeof ballots) =>
          decide(helseplattformen, {
            organ: 'representantskap',
            matter,
            meeting: {
              date: '2025-06-01',
              presiding: seats[0] as string,
              presidingRole: 'other',
              attendance: seats.map((seat) => ({ seat, as: 'member' as const })),
              ballots: list,
            },
          });
        expect(run([...ballots].reverse())).toEqual(run(ballots));
      }),
    );
  });
});
