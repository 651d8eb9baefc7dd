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
  describe('§5: én representant per kommune, én stemme hver', () => {
    it('§5: representantskapet har 34 seter, ett per eierkommune, med kommunenummeret som setets id', () => {
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

    it('§5: et sete møter med medlemmet eller varamedlemmet, ikke begge', () => {
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

  describe('§5 vedtaksførhet: «minst halvparten av dets medlemmer, inkludert varamedlemmer»', () => {
    it('§5: ikke vedtaksført med 16 av 34 til stede, og vedtar da ingenting, selv enstemmig; begrunnelsen nevner bare vedtaksførheten', () => {
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

  describe('§14 opptak: «Eksisterende parter kan ikke motsette seg tiltredelse» (tolkning "admission-opposition")', () => {
    const bindal = {
      number: '1811',
      name: 'Bindal',
      conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
    };

    it('§14: en stemme mot en kandidat som fyller vilkårene, flagges som i strid med §14, og stopper som standard likevel opptaket', () => {
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

    it('§14: under lesningen "count-as-for" regnes stemmen mot en kandidat som fyller vilkårene, som for, og Bindal tas opp', () => {
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

    it('§14: en kandidat uten tjenesteavtale kan fritt stemmes ned', () => {
      const d = representantskap('admission', {
        ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
        candidate: { ...bindal, conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: false } },
      });
      expect(codes(d)).toContain('candidate_not_eligible');
      expect(codes(d)).not.toContain('candidate_opposed');
    });
  });

  describe('§5 og §6: antall styremedlemmer og regioner (tolkning "regions-change-rule")', () => {
    it('§6: som standard krever en endring enstemmighet («ved enstemmighet»)', () => {
      const d = representantskap(
        'regions-and-board-size',
        meeting({ presiding: '5001', for: HP.slice(0, 30), against: HP.slice(30) }),
      );
      expect(d.adopted).toBe(false);
    });

    it('§5: under lesningen "majority" er flertall i representantskapet nok', () => {
      const d = representantskap(
        'regions-and-board-size',
        meeting({ presiding: '5001', for: HP.slice(0, 30), against: HP.slice(30) }),
        { 'regions-change-rule': 'majority' },
      );
      expect(d.adopted).toBe(true);
    });
  });

  describe('§5: oppgaver', () => {
    const organ = helseplattformen.organs?.find((o) => o.id === 'representantskap');

    it('§5: representantskapet godkjenner årsbudsjett, regnskap og årsberetning, oppnevner styret og er øverste klageorgan', () => {
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

    it('§5: representantskapet sitter i kommunestyrets valgperiode på fire år', () => {
      expect(organ?.termYears).toEqual({ years: 4, of: 'members', clause: '§5' });
    });
  });
});

describe('§13 og §15: kommunestyrene må også vedta', () => {
  it('§15 «Endringer må i tillegg vedtas av de deltakende kommuners kommunestyrer»: en vedtatt endring sier at den først gjelder når alle 34 kommunestyrene har vedtatt den', () => {
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

  it('§13 «Endelig avvikling/omdanning krever i tillegg vedtak i alle deltakende kommuner sine kommunestyrer»: en oppløsning viser til §13', () => {
    const d = representantskap('dissolution', meeting({ presiding: '5001', for: HP }));
    expect(d.councilsMustAdopt).toEqual({ clause: '§13', councils: 34 });
    expect(d.reasons.at(-1)?.clause).toBe('§13');
  });

  it('§15: en endring som representantskapet ikke vedtar, krever fortsatt kommunestyrene (i dataene), men ingen begrunnelse nevner dem', () => {
    const d = representantskap(
      'agreement-amendment',
      meeting({ presiding: '5001', for: HP.slice(0, 33), against: HP.slice(33) }),
    );
    expect(d.adopted).toBe(false);
    expect(d.councilsMustAdopt).toEqual({ clause: '§15', councils: 34 });
    expect(codes(d)).not.toContain('councils_must_adopt');
  });

  it('§5: budsjettet vedtas av representantskapet alene; det kreves ikke vedtak i kommunestyrene', () => {
    const d = representantskap('budget', meeting({ presiding: '5001', for: HP.slice(0, 20) }));
    expect(d.councilsMustAdopt).toBeNull();
    expect(codes(d)).not.toContain('councils_must_adopt');
  });

  it('§15: etter en uttreden er kommunestyrene de til de 33 partene som er igjen', () => {
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

describe('§5: lesninger som avtalen lar stå åpne, hver vist med utfallet under de andre', () => {
  it('§5: «konsensus» er som standard at alle setene stemmer for (notat "consensus-scope"); de to andre lesningene vises med sine utfall', () => {
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

  it('§5: «konsensus» lest som at ingen er imot (lesningen "no-objection"): én som avstår, stopper ikke saken, én stemme mot gjør det', () => {
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

  it('§5: budsjettet godkjennes med flertall (notat "budget-and-frames"); lest som en endring av de økonomiske rammene (§5 a) ville det kreve alle setene', () => {
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

  it('§5: stemmelikhet ved valg (oppnevning av styret, §6) avgjøres av lederens dobbeltstemme; under lesningen "lot" trekkes det lodd, som stemmene ikke kan avgjøre', () => {
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

  it('§14: under lesningen "count-as-for" påstår ingen begrunnelse et enstemmig vedtak som ikke fant sted; stemmen mot nevnes som regnet som for', () => {
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

describe('§6 «Styret skal behandle alle saker som skal til videre avgjørelse hos representantskapet»', () => {
  const m = meeting({ presiding: '5001', for: HP.slice(0, 20) });

  it('§6: et møte som ikke sier om styret har behandlet saken: vedtaket sier at det ikke er kjent, og ingen begrunnelse påstår noe av det', () => {
    const d = representantskap('budget', m);
    expect(d.preparation).toBe('unknown');
    expect(codes(d).filter((c) => c.startsWith('case_'))).toEqual([]);
  });

  it('§6: en sak som styret behandlet først: det sies, med henvisning til §6', () => {
    const d = representantskap('budget', { ...m, prepared: true });
    expect(d.preparation).toBe('prepared');
    expect(withText(d.reasons.find((r) => r.code === 'case_prepared'))).toMatchObject({
      clause: '§6',
      values: { by: 'styre', byName: 'Styret' },
      text: { nb: 'Saken er behandlet av styret først, slik avtalen krever.' },
    });
  });

  it('§6: en sak som styret ikke har behandlet: flagges, og vedtaket står som standard (notat "board-preparation"); under lesningen "void" vedtas ingenting', () => {
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

  it('§6: styret selv trenger ingen forberedelse; vedtakene der nevner ingen', () => {
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

describe('§6 «ved enstemmighet» for regioner og styrets størrelse, lest som §13–§15 (notat "regions-change-rule")', () => {
  it('§6: 17 av 34 til stede, alle for: ikke vedtatt som standard (alle setene), vedtatt når enstemmighet leses som blant dem som er til stede, og alternativet sier det', () => {
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

describe('§5: et alternativ som møtet ikke passer under, sier likevel om utfallet blir et annet', () => {
  it('§5: stemmelikhet ved valg avgjort ved loddtrekning (lesningen "lot", å avstå er tillatt): alternativet "must-vote" passer ikke, og det er et annet utfall enn loddtrekning', () => {
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

describe('decide (egenskaper, på Helseplattformen §5)', () => {
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

  it('§5: et møte som ikke er vedtaksført, vedtar aldri noe', () => {
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

  it('§5: rekkefølgen på stemmene i møtefilen endrer ingenting', () => {
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
