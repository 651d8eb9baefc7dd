import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../../src/agreements/roros-os-holtalen/index.js';
import { decide } from '../../../src/governance/decide/index.js';
import type { Agreement } from '../../../src/model/agreement.js';
import type { Meeting } from '../../../src/model/meeting.js';
import type { Organ } from '../../../src/model/organ.js';
import { catchInputError } from '../../helpers/errors.js';
import { HP, meeting } from '../../helpers/meetings.js';
import { withText, words } from '../../helpers/words.js';

/** The first line of the error (its title and count), and every problem in full. */
function failure(fn: () => unknown) {
  const error = catchInputError(fn);
  return {
    title: error.message.split('\n')[0],
    problems: error.problems.map(({ path, code, message }) => ({ path, code, message })),
  };
}

/** The agreement with one body changed. */
function withOrgan(agreement: Agreement, id: string, change: (organ: Organ) => Organ): Agreement {
  return {
    ...agreement,
    organs: (agreement.organs ?? []).map((organ) => (organ.id === id ? change(organ) : organ)),
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

const bindal = {
  number: '1811',
  name: 'Bindal',
  conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
};

describe('decide: the reasons behind readings, stand-ins and candidates', () => {
  it('§15 by default an amendment follows the reading "all-seats" of "consensus-scope", not chosen for the decision', () => {
    const d = representantskap(meeting({ presiding: '5001', for: HP }), 'agreement-amendment');
    expect(withText(d.reasons[1])).toEqual({
      code: 'reading_applied',
      agreement: 'helseplattformen',
      clause: '§15',
      values: { note: 'consensus-scope', reading: 'all-seats', chosen: false },
      text: {
        nb: 'Regelen følger tolkningen «all-seats» i tolkningsnotatet «consensus-scope».',
        en: 'The rule follows the reading "all-seats" of interpretation note "consensus-scope".',
      },
    });
  });

  it('§5 the deputy leader presides: the reason names the reading and whether the casting vote is theirs', () => {
    // HP[9] (1560 Tingvoll) presides and votes against; 9–9.
    const m = meeting({
      presiding: '1560',
      presidingRole: 'deputy-leader',
      for: HP.slice(0, 9),
      against: HP.slice(9, 18),
    });
    const byDefault = representantskap(m);
    expect([byDefault.adopted, byDefault.tieBrokenByChair]).toEqual([false, true]);
    expect(withText(byDefault.reasons[1])).toEqual({
      code: 'stand_in_presides',
      agreement: 'helseplattformen',
      clause: '§5',
      values: {
        presiding: '1560',
        role: 'deputy-leader',
        castingVote: true,
        reading: 'presiding-person',
      },
      text: {
        nb: 'Nestleder (1560) leder møtet; etter tolkningen «presiding-person» har møteleder leders avgjørende stemme.',
        en: `The deputy leader (1560) presides; under the reading "presiding-person" the presiding member has the leader's deciding vote.`,
      },
    });
    const leaderOnly = representantskap(m, 'other', { 'chair-absent-casting-vote': 'leader-only' });
    expect([leaderOnly.adopted, leaderOnly.tieBrokenByChair]).toEqual([false, false]);
    expect(leaderOnly.reasons[1]?.values).toEqual({
      presiding: '1560',
      role: 'deputy-leader',
      castingVote: false,
      reading: 'leader-only',
    });
    expect(words(leaderOnly.reasons[1])).toEqual({
      nb: 'Nestleder (1560) leder møtet; etter tolkningen «leader-only» har møteleder ikke leders avgjørende stemme.',
      en: `The deputy leader (1560) presides; under the reading "leader-only" the presiding member does not have the leader's deciding vote.`,
    });
  });

  it('§14 a candidate that lacks a condition may be opposed: the reason says which conditions', () => {
    const opposed = meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] });
    const noService = representantskap(
      {
        ...opposed,
        candidate: { ...bindal, conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: false } },
      },
      'admission',
    );
    expect(withText(noService.reasons.find((r) => r.code === 'candidate_not_eligible'))).toEqual({
      code: 'candidate_not_eligible',
      agreement: 'helseplattformen',
      clause: '§14',
      values: {
        candidate: '1811 Bindal',
        missing: ['tjenesteavtale'],
        missingTexts: ['har inngått tjenesteavtale med Helseplattformen AS'],
        unknown: [],
        unknownTexts: [],
      },
      text: {
        nb: '1811 Bindal er ikke vist å oppfylle vilkårene som verner mot motstand; ikke oppfylt: «har inngått tjenesteavtale med Helseplattformen AS»; partene står fritt til å stemme mot.',
        en: '1811 Bindal is not shown to meet the conditions that protect against opposition; not met: «har inngått tjenesteavtale med Helseplattformen AS»; the parties are free to vote against.',
      },
    });
    expect(noService.adopted).toBe(false);
    // Conditions left out are unknown, never assumed: the candidate is not protected.
    const unknown = representantskap(
      {
        ...opposed,
        candidate: { number: '1811', name: 'Bindal', conditionsMet: { aksjonaer: true } },
      },
      'admission',
      { 'admission-opposition': 'count-as-for' },
    );
    expect(unknown.adopted).toBe(false);
    expect(unknown.reasons.find((r) => r.code === 'candidate_not_eligible')?.values).toEqual({
      candidate: '1811 Bindal',
      missing: [],
      missingTexts: [],
      unknown: ['samarbeidsavtalen', 'tjenesteavtale'],
      unknownTexts: [
        'har inngått Samarbeidsavtalen',
        'har inngått tjenesteavtale med Helseplattformen AS',
      ],
    });
    // Only the protecting conditions matter for the vote: the others may be left out.
    const protectedOnly = representantskap({ ...opposed, candidate: bindal }, 'admission', {
      'admission-opposition': 'count-as-for',
    });
    expect(protectedOnly.adopted).toBe(true);
  });

  it('§14 a condition id the agreement does not define is one input error naming the ids it has', () => {
    const opposed = meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] });
    expect(
      failure(() =>
        representantskap(
          {
            ...opposed,
            candidate: {
              ...bindal,
              conditionsMet: { medlem: true, tjenesteavtale: true, annet: false },
            },
          },
          'admission',
        ),
      ).problems,
    ).toEqual(
      ['annet', 'medlem'].map((id) => ({
        path: `meeting.candidate.conditionsMet.${id}`,
        code: 'unknown_condition',
        message:
          'is not an admission condition of the agreement (it has: aksjonaer, samarbeidsavtalen, tjenesteavtale, tatt-i-bruk)',
      })),
    );
  });

  it('§14 an eligible candidate nobody votes against is admitted, with nothing to flag', () => {
    const d = representantskap(
      { ...meeting({ presiding: '5001', for: HP }), candidate: bindal },
      'admission',
    );
    expect(d.adopted).toBe(true);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'quorum_met',
      'reading_applied',
      'unanimity_met',
    ]);
  });

  describe('an agreement without an interpretation register: the rules and defaults in its data apply', () => {
    const { interpretations: _, ...rest } = helseplattformen;
    const noNotes: Agreement = rest;

    it('§15 the amendment rule is the matter’s own, and the reading is empty', () => {
      const d = representantskap(
        meeting({ presiding: '5001', for: HP.slice(0, 33) }),
        'agreement-amendment',
        undefined,
        noNotes,
      );
      expect(d.rule).toEqual({ kind: 'unanimity', of: 'all-seats', clause: '§15' });
      expect(d.adopted).toBe(false);
      expect(d.reasons[1]?.values).toEqual({ note: 'consensus-scope', reading: '', chosen: false });
    });

    it('§5 the presiding deputy leader still decides a tie; abstention is still refused', () => {
      const d = representantskap(
        meeting({
          presiding: '1560',
          presidingRole: 'deputy-leader',
          for: HP.slice(0, 9),
          against: HP.slice(9, 18),
        }),
        'other',
        undefined,
        noNotes,
      );
      expect([d.adopted, d.tieBrokenByChair]).toEqual([false, true]);
      expect(d.reasons[1]?.values).toEqual({
        presiding: '1560',
        role: 'deputy-leader',
        castingVote: true,
        reading: '',
      });
      const abstaining = meeting({ presiding: '5001', for: HP.slice(0, 17), abstain: ['5037'] });
      expect(
        failure(() => representantskap(abstaining, 'other', undefined, noNotes)).problems.map(
          (p) => p.code,
        ),
      ).toEqual(['abstention_not_allowed']);
    });

    it('§14 a vote against an eligible candidate is flagged and counts as cast', () => {
      const d = representantskap(
        {
          ...meeting({ presiding: '5001', for: HP.slice(0, 33), against: ['3430'] }),
          candidate: bindal,
        },
        'admission',
        undefined,
        noNotes,
      );
      expect(d.adopted).toBe(false);
      expect(d.reasons.find((r) => r.code === 'candidate_opposed')?.values).toEqual({
        candidate: '1811 Bindal',
        seats: ['3430'],
        reading: '',
        effect: 'count-as-cast',
        conditions: [
          'har inngått Samarbeidsavtalen',
          'har inngått tjenesteavtale med Helseplattformen AS',
        ],
      });
    });
  });

  it('Røros–Os–Holtålen §6 a body without a leader (given a majority rule for the test): a tie has no casting vote', () => {
    const withRule = withOrgan(rorosOsHoltalen, 'samarbeidsorgan', (o) => ({
      ...o,
      matters: [
        {
          id: 'decision',
          name: 'Beslutning (for testen)',
          rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§6' },
        },
      ],
    }));
    for (const presidingRole of ['leader', 'other'] as const) {
      const d = decide(withRule, {
        organ: 'samarbeidsorgan',
        matter: 'decision',
        meeting: meeting({
          date: '2020-05-01',
          presiding: 'radmann-roros',
          presidingRole,
          for: ['radmann-roros'],
          against: ['radmann-os'],
        }),
      });
      expect([d.adopted, d.tieBrokenByChair]).toEqual([false, false]);
      expect(d.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
        ['quorum_met', '§6', expect.anything()],
        ['tie_no_casting_vote', '§6', { votes: 1, chair: 'radmann-roros', why: 'no-leader' }],
      ]);
      expect(words(d.reasons[1])).toEqual({
        nb: 'Stemmelikhet (1–1) uten avgjørende stemme: organet har ingen leder, og ingen har dobbeltstemme; forslaget faller.',
        en: 'A tie (1–1) with no casting vote: the body has no leader, so nobody has a casting vote; the proposal falls.',
      });
    }
  });
});

describe('decide: what the readings share, and what each one changes', () => {
  const fors = HP.filter((_, i) => i % 2 === 0);
  const againsts = HP.filter((_, i) => i % 2 === 1);
  const tie = decide(helseplattformen, {
    organ: 'representantskap',
    matter: 'budget',
    meeting: meeting({ presiding: '5001', for: fors, against: againsts }),
  });

  it('a reading that changes neither the rule nor the votes shares the decision’s outcome of the rule', () => {
    expect(tie.alternatives.map((a) => [a.note, a.reading, a.adopted, a.differs])).toEqual([
      ['duty-to-vote', 'may-abstain', true, false],
      ['budget-and-frames', 'frames-consensus', false, true],
    ]);
    const [mayAbstain, frames] = tie.alternatives;
    expect(tie.reasons.at(-1)?.code).toBe('tie_chair_decides');
    expect(mayAbstain?.reasons.at(-1)).toBe(tie.reasons.at(-1));
    expect(mayAbstain?.tally).toBe(tie.tally);
    expect(frames?.reasons.at(-1)).not.toBe(tie.reasons.at(-1));
  });

  it('unanimity names the seats against, abstaining and absent, each in seat order', () => {
    const frames = tie.alternatives[1];
    expect(frames?.reasons.at(-1)).toEqual({
      code: 'unanimity_not_met',
      agreement: 'helseplattformen',
      clause: '§5',
      values: {
        of: 'all-seats',
        for: 17,
        required: 34,
        against: againsts,
        abstain: [],
        absent: [],
      },
    });
    const some = decide(helseplattformen, {
      organ: 'representantskap',
      matter: 'budget',
      readings: { 'duty-to-vote': 'may-abstain', 'budget-and-frames': 'frames-consensus' },
      meeting: meeting({
        presiding: '5001',
        for: HP.slice(0, 15),
        against: [HP[20] as string, HP[16] as string],
        abstain: [HP[18] as string],
      }),
    });
    expect(some.reasons.at(-1)?.values).toEqual({
      of: 'all-seats',
      for: 15,
      required: 34,
      against: [HP[16], HP[20]],
      abstain: [HP[18]],
      absent: [HP[15], HP[17], HP[19], ...HP.slice(21)],
    });
  });
});
