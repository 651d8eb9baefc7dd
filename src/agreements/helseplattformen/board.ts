import { addDays, addYears } from '../../internal/calendar.js';
import type { Agreement } from '../../model/agreement.js';
import { assertDate } from '../../model/assert-date.js';
import { AgreementInputError } from '../../model/errors.js';
import type { AgreementRule } from '../../model/extension.js';
import type { IsoDate } from '../../model/iso-date.js';
import type { Organ } from '../../model/organ.js';
import type { Region } from '../../model/region.js';
import { regionMembershipProblems } from '../../model/region-problems.js';
import type { Finding } from '../../rules/finding.js';
import { isMemberOn } from '../../rules/membership.js';
import { citing, type Reason } from '../../rules/reason.js';

/** The board's id in Helseplattformen's data (organs.ts). */
const BOARD = 'styre';

export type { Finding } from '../../rules/finding.js';

/**
 * A proposed or sitting board (styre) of Helseplattformen's
 * oppgavefellesskap: the region division, each region's member
 * (kommunedirektør) and deputy (vararepresentant) by kommunenummer, the
 * leader and deputy leader (nestleder), and the leaders' term.
 *
 * @example
 * const board: Board = {
 *   date: '2025-01-01',
 *   regions: [{ id: 'trondheim', name: 'Trondheim', municipalities: ['5001'] }],
 *   members: [{ region: 'trondheim', member: '5001' }],
 *   leader: '5001',
 * };
 */
export interface Board {
  /** The day the composition is checked for (which parties are members). */
  readonly date: IsoDate;
  readonly regions: readonly Region[];
  readonly members: readonly {
    readonly region: string;
    readonly member: string;
    readonly deputy?: string;
  }[];
  readonly leader?: string;
  readonly deputyLeader?: string;
  /** The leader's and deputy leader's term, first and last day. */
  readonly leadersTerm?: { readonly from: IsoDate; readonly to: IsoDate };
}

/**
 * Checks a board (styre) against Helseplattformen §6: one kommunedirektør per
 * region, who belongs to the region, plus a deputy chosen among the region's
 * other municipalities; every party placed in a region; leader and deputy
 * leader board members from different regions; their term as long as the
 * board's `termYears` in the data (two years). Every finding cites the
 * board's clause in the data. Returns every finding, or one `board_valid`
 * finding. Helseplattformen's own rule, behind the {@link index!AgreementRule}
 * extension point: see {@link helseplattformenBoard}.
 *
 * @throws {@link index!AgreementInputError} for a day or term that is not a date,
 *   or an agreement without the board (`styre`) in its data.
 * @example
 * const others = helseplattformen.parties.map((p) => p.municipality.number).slice(1);
 * const board: Board = {
 *   date: '2025-01-01',
 *   regions: [
 *     { id: 'trondheim', name: 'Trondheim', municipalities: ['5001'] },
 *     { id: 'andre', name: 'De andre', municipalities: others },
 *   ],
 *   members: [
 *     { region: 'trondheim', member: '5001' },
 *     { region: 'andre', member: '1508', deputy: '1506' },
 *   ],
 *   leader: '5001',
 *   deputyLeader: '5001',
 * };
 * validateHelseplattformenBoard(helseplattformen, board).map((f) => [f.severity, f.code]);
 * //=> [['info', 'board_deputy_missing'], ['error', 'board_leader_is_deputy_leader']]
 */
export function validateHelseplattformenBoard(agreement: Agreement, board: Board): Finding[] {
  assertDate(board.date, 'board.date');
  if (board.leadersTerm !== undefined) {
    assertDate(board.leadersTerm.from, 'board.leadersTerm.from');
    assertDate(board.leadersTerm.to, 'board.leadersTerm.to');
  }
  const organ = boardOf(agreement);
  const clause = organ.clause;
  const cite = citing(agreement.id);
  const findings: Finding[] = [];
  const add = (severity: Finding['severity'], reason: Reason) =>
    findings.push({ ...reason, severity });
  const members = new Set(
    agreement.parties.filter((p) => isMemberOn(p, board.date)).map((p) => p.municipality.number),
  );
  const regionProblems = regionMembershipProblems(board.regions, members, 'regions');
  const ids = board.regions.map((r) => r.id);
  const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (regionProblems.length > 0 || repeated.length > 0) {
    add(
      'error',
      cite(clause, 'board_regions_invalid', {
        problems: [
          ...regionProblems.map((p) => `${p.path}: ${p.message}`),
          ...repeated.map((id) => `region ${id} is listed twice`),
        ],
      }),
    );
  }
  const checkMember = (
    role: 'member' | 'deputy' | 'leader' | 'deputy-leader',
    number: string | undefined,
  ) => {
    if (number !== undefined && !members.has(number)) {
      add('error', cite(clause, 'board_not_a_member', { role, number, date: board.date }));
    }
  };
  for (const entry of board.members) {
    checkMember('member', entry.member);
    checkMember('deputy', entry.deputy);
  }
  const regionById = new Map(board.regions.map((r) => [r.id, r]));
  const regionOf = new Map<string, string>();
  for (const region of board.regions)
    for (const m of region.municipalities) regionOf.set(m, region.id);

  const unplaced = agreement.parties
    .filter((p) => isMemberOn(p, board.date) && !regionOf.has(p.municipality.number))
    .map((p) => p.municipality.number);
  if (unplaced.length > 0)
    add('error', cite(clause, 'board_party_without_region', { parties: unplaced }));

  for (const entry of board.members) {
    if (!regionById.has(entry.region)) {
      add('error', cite(clause, 'board_unknown_region', { region: entry.region }));
    }
  }
  for (const region of board.regions) {
    const seated = board.members.filter((m) => m.region === region.id);
    if (seated.length === 0) {
      add('error', cite(clause, 'board_region_without_member', { region: region.id }));
      continue;
    }
    if (seated.length > 1) {
      add(
        'error',
        cite(clause, 'board_region_several_members', {
          region: region.id,
          members: seated.map((m) => m.member),
        }),
      );
    }
    for (const { member, deputy } of seated) {
      if (!region.municipalities.includes(member)) {
        add('error', cite(clause, 'board_member_outside_region', { region: region.id, member }));
      }
      if (deputy === undefined) {
        const single = region.municipalities.length === 1;
        add(
          single ? 'info' : 'error',
          cite(clause, 'board_deputy_missing', { region: region.id, single }),
        );
      } else if (deputy === member) {
        add('error', cite(clause, 'board_deputy_is_member', { region: region.id, deputy }));
      } else if (!region.municipalities.includes(deputy)) {
        add('error', cite(clause, 'board_deputy_outside_region', { region: region.id, deputy }));
      }
    }
  }

  const seatedRegion = (number: string) => board.members.find((m) => m.member === number)?.region;
  const leaders = [
    ['leader', board.leader],
    ['deputy-leader', board.deputyLeader],
  ] as const;
  for (const [role, number] of leaders) {
    if (number === undefined) add('warning', cite(clause, 'board_leader_missing', { role }));
    else if (seatedRegion(number) === undefined) {
      add('error', cite(clause, 'board_leader_not_member', { role, number }));
    }
  }
  if (board.leader !== undefined && board.leader === board.deputyLeader) {
    add('error', cite(clause, 'board_leader_is_deputy_leader', { number: board.leader }));
  }
  if (board.leader !== undefined && board.deputyLeader !== undefined) {
    const region = seatedRegion(board.leader);
    if (
      region !== undefined &&
      board.leader !== board.deputyLeader &&
      region === seatedRegion(board.deputyLeader)
    ) {
      add('error', cite(clause, 'board_leaders_same_region', { region }));
    }
  }
  const term = organ.termYears;
  if (board.leadersTerm !== undefined && term !== undefined) {
    const { from, to } = board.leadersTerm;
    const expected = addDays(addYears(from, term.years), -1);
    if (to !== expected) {
      add(
        'warning',
        cite(term.clause, 'board_term_length', { from, to, expected, years: term.years }),
      );
    }
  }
  if (findings.every((f) => f.severity === 'info')) {
    const withoutDeputy = findings.flatMap((f) =>
      f.code === 'board_deputy_missing' ? [f.values.region] : [],
    );
    add('info', cite(clause, 'board_valid', { regions: board.regions.length, withoutDeputy }));
  }
  return findings;
}

/** The board in the agreement's data; an input error when it has none. */
function boardOf(agreement: Agreement): Organ {
  const organ = agreement.organs?.find((o) => o.id === BOARD);
  if (organ === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'agreement.organs',
          code: 'unknown_organ',
          message: `${agreement.id} has no body "${BOARD}" (the board this rule checks)`,
        },
      ],
      'No board',
    );
  }
  return organ;
}

/**
 * Helseplattformen's board rule (§6) as an {@link index!AgreementRule}: the
 * extension point through which an agreement's own code declares the
 * clauses it computes (here the board's clause in the data), so the
 * handbook's traceability lists it.
 *
 * @example
 * helseplattformenBoard.clauses(helseplattformen); //=> ['§6']
 * helseplattformenBoard.run === validateHelseplattformenBoard; //=> true
 */
export const helseplattformenBoard: AgreementRule<Board, Finding[]> = {
  id: 'validateHelseplattformenBoard',
  agreement: 'helseplattformen',
  clauses: (agreement) => {
    const organ = agreement.organs?.find((o) => o.id === BOARD);
    return organ === undefined ? [] : [organ.clause];
  },
  run: validateHelseplattformenBoard,
};
