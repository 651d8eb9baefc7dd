import { describe, expect, it } from 'vitest';
import {
  type Board,
  validateHelseplattformenBoard,
} from '../../../src/agreements/helseplattformen/board.js';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import type { HelseplattformenBodies } from '../../../src/agreements/helseplattformen/organs.js';
import { decide } from '../../../src/governance/decide/index.js';
import { safeParseAgreement } from '../../../src/model/parse-agreement.js';
import type { Region } from '../../../src/model/region.js';
import { problemsOf } from '../../helpers/errors.js';
import { EXAMPLE_BOARD, EXAMPLE_REGIONS, meeting } from '../../helpers/meetings.js';
import { words } from '../../helpers/words.js';

const REGION_IDS = EXAMPLE_REGIONS.map((r) => r.id);

const styre = (
  matter: HelseplattformenBodies['styre'],
  m: ReturnType<typeof meeting>,
  readings?: Record<string, string>,
) =>
  decide(helseplattformen, {
    organ: 'styre',
    matter,
    meeting: m,
    regions: EXAMPLE_REGIONS,
    ...(readings === undefined ? {} : { readings }),
  });

describe('§6 Oppgavefellesskapets styre (med en regioninndeling som bare er et EKSEMPEL: den gjeldende står ikke i kildene)', () => {
  it('§6: styret har ett sete per region, og uten regioninndeling kan det ikke fatte vedtak', () => {
    const m = meeting({ presiding: 'trondheim', for: REGION_IDS });
    expect(styre('decision', m).tally.seats).toBe(5);
    expect(
      problemsOf(() =>
        decide(helseplattformen, { organ: 'styre', matter: 'decision', meeting: m }),
      ),
    ).toEqual([['regions', 'missing_regions']]);
  });

  it('§6 «Styret kan fatte vedtak når alle regioners styremedlemmer eller varamedlemmer er representert»', () => {
    const all = styre(
      'decision',
      meeting({ presiding: 'trondheim', for: REGION_IDS, deputies: ['sunnmore'] }),
    );
    expect(all.quorate).toBe(true);
    expect(all.adopted).toBe(true);
  });

  it('§6: når én region mangler, er styret ikke vedtaksført, og regionen nevnes', () => {
    const d = styre('decision', meeting({ presiding: 'trondheim', for: REGION_IDS.slice(0, 4) }));
    expect(d.quorate).toBe(false);
    expect(d.adopted).toBe(false);
    expect(d.reasons[0]).toMatchObject({
      code: 'quorum_not_met',
      clause: '§6',
      values: { missing: ['sunnmore'] },
    });
    expect(words(d.reasons[0])?.nb).toBe(
      'Ikke vedtaksfør: alle må være representert, men sunnmore mangler.',
    );
  });

  it('§6 «Styret fatter vedtak ved konsensus»: når ingen er imot, er vedtaket fattet (4 for, 1 avstår)', () => {
    const d = styre(
      'decision',
      meeting({ presiding: 'trondheim', for: REGION_IDS.slice(0, 4), abstain: ['sunnmore'] }),
    );
    expect(d.rule).toEqual({ kind: 'consensus', clause: '§6' });
    expect(d.reasons.find((r) => r.code === 'consensus_reached')?.values).toEqual({
      for: 4,
      abstain: 1,
    });
    expect(d.adopted).toBe(true);
    // The readings the outcome depended on (the abstention note offers no selectable reading).
    expect(d.readings).toEqual({ 'board-consensus': 'consensus' });
  });

  it('§6 «ved konsensus» er standardlesningen for styrets vedtak: 3 for og 2 mot gir ikke vedtak (notat "board-consensus")', () => {
    const m = meeting({
      presiding: 'trondheim',
      for: ['trondheim', 'trondelag-sor', 'trondelag-nord'],
      against: ['nordmore-romsdal', 'sunnmore'],
    });
    const d = styre('decision', m);
    expect(d.adopted).toBe(false);
    expect(d.reasons.map((r) => r.code)).toEqual([
      'quorum_met',
      'reading_applied',
      'consensus_not_reached',
    ]);
    expect(d.reasons.at(-1)?.values).toEqual({ for: 3, against: ['nordmore-romsdal', 'sunnmore'] });
    // The other reading is reported beside it, and it would adopt: the disagreement matters here.
    expect(d.alternatives).toHaveLength(1);
    expect(d.alternatives[0]).toMatchObject({
      note: 'board-consensus',
      reading: 'consensus-then-majority',
      valid: true,
      adopted: true,
      differs: true,
      rule: { kind: 'simple-majority', tie: 'chair-decides', consensusSought: true, clause: '§6' },
    });
    expect(d.alternatives[0]?.reasons.map((r) => r.code)).toEqual([
      'quorum_met',
      'reading_applied',
      'consensus_sought',
      'majority_adopted',
    ]);
  });

  it('§6 «ved konsensus»: én for og fire som avstår, er konsensus (ingen imot), slik notat "board-consensus" leser det', () => {
    const d = styre(
      'decision',
      meeting({ presiding: 'trondheim', for: ['trondheim'], abstain: REGION_IDS.slice(1) }),
    );
    expect(d.adopted).toBe(true);
    expect(d.reasons.at(-1)?.values).toEqual({ for: 1, abstain: 4 });
    // Under the other reading a majority of votes cast (1–0) adopts it too: the disagreement does not matter here.
    expect(d.alternatives.map((a) => [a.reading, a.adopted, a.differs])).toEqual([
      ['consensus-then-majority', true, false],
    ]);
  });

  it('§6: under lesningen "consensus-then-majority" avgjør én stemme hver, og lederens dobbeltstemme ved stemmelikhet', () => {
    // 2–2 with one abstention; the leader (trondheim) votes for.
    const m = meeting({
      presiding: 'trondheim',
      for: ['trondheim', 'trondelag-sor'],
      against: ['trondelag-nord', 'nordmore-romsdal'],
      abstain: ['sunnmore'],
    });
    const majority = styre('decision', m, { 'board-consensus': 'consensus-then-majority' });
    expect(majority.reasons.find((r) => r.code === 'consensus_sought')?.values).toEqual({
      reached: false,
      against: ['trondelag-nord', 'nordmore-romsdal'],
    });
    expect([majority.adopted, majority.tieBrokenByChair]).toEqual([true, true]);
    expect(majority.readings).toEqual({ 'board-consensus': 'consensus-then-majority' });
    // … and the default reading is then the alternative, which does not adopt.
    expect(majority.alternatives.map((a) => [a.note, a.reading, a.adopted, a.differs])).toEqual([
      ['board-consensus', 'consensus', false, true],
    ]);
    const strict = styre('decision', m);
    expect(strict.adopted).toBe(false);
    expect(strict.reasons.at(-1)?.code).toBe('consensus_not_reached');
  });

  it('§6 «Styret kan med simpelt flertall forberede og innstille sak til representantskapet»', () => {
    const d = styre(
      'recommendation',
      meeting({
        presiding: 'trondheim',
        for: REGION_IDS.slice(0, 3),
        against: REGION_IDS.slice(3),
      }),
    );
    expect(d.adopted).toBe(true);
    expect(d.rule).toEqual({ kind: 'simple-majority', tie: 'chair-decides', clause: '§6' });
  });
});

describe('§6: styrets sammensetning (validateHelseplattformenBoard)', () => {
  const board: Board = EXAMPLE_BOARD;
  const codes = (b: Board) =>
    validateHelseplattformenBoard(helseplattformen, b).map((f) => [f.severity, f.code]);

  it('§6: et styre med én kommunedirektør og ett varamedlem per region, ledere fra ulike regioner og to års funksjonstid, er gyldig', () => {
    expect(codes(board)).toEqual([
      ['info', 'board_deputy_missing'], // Trondheim is a region of one municipality
      ['info', 'board_valid'],
    ]);
  });

  it('§6 «Leder og nestleder skal være fra ulike kommuneregioner»', () => {
    // Only possible with two members seated for one region (itself an error) …
    const twoInSor: Board = {
      ...board,
      members: [...board.members, { region: 'trondelag-sor', member: '5028' }],
      leader: '5025',
      deputyLeader: '5028',
    };
    expect(codes(twoInSor)).toContainEqual(['error', 'board_leaders_same_region']);
    // … or with one person in both roles.
    expect(codes({ ...board, leader: '5025', deputyLeader: '5025' })).toContainEqual([
      'error',
      'board_leader_is_deputy_leader',
    ]);
  });

  it('§6: medlemmer, varamedlemmer og ledere kommer fra eierkommuner som er deltakere den dagen', () => {
    const outsider: Board = {
      ...board,
      members: [
        ...board.members.slice(0, 4),
        { region: 'sunnmore', member: '1811', deputy: '1531' },
      ],
      deputyLeader: '1811',
    };
    expect(codes(outsider)).toContainEqual(['error', 'board_not_a_member']);
    const { leader: _, ...noLeader } = board;
    expect(codes(noLeader)).toContainEqual(['warning', 'board_leader_missing']);
  });

  it('§6: én kommunedirektør per region, fra regionen; varamedlemmet fra regionens andre kommuner', () => {
    const wrong: Board = {
      ...board,
      members: [
        { region: 'trondheim', member: '5001' },
        { region: 'trondelag-sor', member: '1506', deputy: '5028' },
        { region: 'trondelag-nord', member: '5037', deputy: '5037' },
        { region: 'nordmore-romsdal', member: '1505', deputy: '1508' },
        { region: 'nordmore-romsdal', member: '1506' },
      ],
      deputyLeader: '1531',
    };
    expect(codes(wrong)).toEqual([
      ['info', 'board_deputy_missing'],
      ['error', 'board_member_outside_region'],
      ['error', 'board_deputy_is_member'],
      ['error', 'board_region_several_members'],
      ['error', 'board_deputy_outside_region'],
      ['error', 'board_deputy_missing'],
      ['error', 'board_region_without_member'],
      ['error', 'board_leader_not_member'],
    ]);
  });

  it('§6: hver part er plassert i en region', () => {
    const [first, ...rest] = EXAMPLE_REGIONS;
    const withoutTrondheim = {
      ...board,
      regions: rest,
      members: board.members.slice(1),
      leader: '1506',
    };
    expect(first?.id).toBe('trondheim');
    const findings = validateHelseplattformenBoard(helseplattformen, withoutTrondheim);
    expect(findings[0]).toMatchObject({
      severity: 'error',
      code: 'board_party_without_region',
      values: { parties: ['5001'] },
    });
  });

  it('§6: selve regioninndelingen må holde: hver kommune i én region, hver region oppført én gang, seter bare for regionene', () => {
    const [trondheim, sor, ...rest] = EXAMPLE_REGIONS as [Region, Region, ...Region[]];
    const twice: Board = {
      ...board,
      regions: [
        trondheim,
        { ...sor, municipalities: [...sor.municipalities, '5001'] },
        sor,
        ...rest,
      ],
      members: [...board.members, { region: 'innlandet', member: '5001' }],
    };
    const findings = validateHelseplattformenBoard(helseplattformen, twice);
    const invalid = findings.find((f) => f.code === 'board_regions_invalid');
    expect(invalid?.severity).toBe('error');
    const problems = (invalid?.values as { problems: readonly string[] } | undefined)?.problems;
    // 5001 placed twice, the 10 municipalities of Trøndelag sør in its second listing, and the listing itself
    expect(problems).toHaveLength(1 + 10 + 1);
    expect(problems?.[0]).toBe(
      'regions[1].municipalities[10]: 5001 is already in regions[0]; a municipality belongs to one region',
    );
    expect(problems?.at(-1)).toBe('region trondelag-sor is listed twice');
    expect(findings.map((f) => [f.code, f.values])).toContainEqual([
      'board_unknown_region',
      { region: 'innlandet' },
    ]);
  });

  it('§6 «velger leder og nestleder for 2 år av gangen»', () => {
    const long = { ...board, leadersTerm: { from: '2025-01-01', to: '2027-12-31' } };
    expect(
      validateHelseplattformenBoard(helseplattformen, long).find(
        (f) => f.code === 'board_term_length',
      ),
    ).toMatchObject({
      severity: 'warning',
      clause: '§6',
      values: { expected: '2026-12-31', years: 2 },
    });
    const leap = { ...board, leadersTerm: { from: '2024-02-29', to: '2026-02-27' } };
    expect(codes(leap)).not.toContainEqual(['warning', 'board_term_length']);
  });
});

describe('§6: notatet om en sak som styret ikke har forberedt, kontrolleres når filen leses', () => {
  /** A plain, changeable copy of the built-in agreement, as an agreement file would give it. */
  const asFile = (): Record<string, unknown> => JSON.parse(JSON.stringify(helseplattformen));
  const fileProblems = (file: unknown) => {
    const result = safeParseAgreement(file);
    return result.success ? [] : result.error.problems.map((p) => [p.path, p.code]);
  };

  it('§6: avtalen kan leses som fil', () => {
    expect(fileProblems(asFile())).toEqual([]);
  });

  it('§6: notatet om en sak som styret ikke har forberedt, må finnes og dekke lesningene', () => {
    const unknown = asFile();
    const organs = unknown['organs'] as { preparedBy?: Record<string, unknown> }[];
    (organs[0]?.preparedBy as { note: string }).note = 'nope';
    expect(fileProblems(unknown)).toEqual([['organs[0].preparedBy.note', 'unknown_note']]);
    const partial = asFile();
    const partialOrgans = partial['organs'] as { preparedBy?: Record<string, unknown> }[];
    (partialOrgans[0]?.preparedBy as { voidByReading: Record<string, boolean> }).voidByReading = {
      flag: false,
    };
    expect(fileProblems(partial)).toEqual([['organs[0].preparedBy', 'missing_reading']]);
  });
});
