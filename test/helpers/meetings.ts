import type { Board } from '../../src/agreements/helseplattformen/board.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { Meeting } from '../../src/model/meeting.js';
import type { Region } from '../../src/model/region.js';

/** Helseplattformen's 34 kommunenummer, in the order of tabell 9.1 (Trondheim first). */
export const HP = helseplattformen.parties.map((p) => p.municipality.number);

/**
 * A meeting from lists of seats by vote. Every seat named attends as its
 * member, except those in `deputies`, who attend by their deputy.
 */
export function meeting(spec: {
  readonly date?: string;
  readonly presiding: string;
  readonly presidingRole?: Meeting['presidingRole'];
  readonly for?: readonly string[];
  readonly against?: readonly string[];
  readonly abstain?: readonly string[];
  readonly silent?: readonly string[];
  readonly deputies?: readonly string[];
}): Meeting {
  const votes: [string, 'for' | 'against' | 'abstain'][] = [
    ...(spec.for ?? []).map((s) => [s, 'for'] as [string, 'for']),
    ...(spec.against ?? []).map((s) => [s, 'against'] as [string, 'against']),
    ...(spec.abstain ?? []).map((s) => [s, 'abstain'] as [string, 'abstain']),
  ];
  const present = [...votes.map(([s]) => s), ...(spec.silent ?? [])];
  if (new Set(present).size !== present.length)
    throw new Error(`a seat is named twice: ${present.join(' ')}`);
  const deputies = new Set(spec.deputies ?? []);
  return {
    date: spec.date ?? '2025-03-12',
    presiding: spec.presiding,
    ...(spec.presidingRole === undefined ? {} : { presidingRole: spec.presidingRole }),
    attendance: Object.fromEntries(present.map((s) => [s, deputies.has(s) ? 'deputy' : 'member'])),
    ballots: Object.fromEntries(votes),
  };
}

/**
 * AN EXAMPLE region division of Helseplattformen's 34 owner municipalities,
 * for the tests only: the division in force at the start is not in the
 * sources (LEGAL.md §4). Five regions.
 */
export const EXAMPLE_REGIONS: readonly Region[] = [
  { id: 'trondheim', name: 'Eksempel: Trondheim', municipalities: ['5001'] },
  {
    id: 'trondelag-sor',
    name: 'Eksempel: Trøndelag sør',
    municipalities: [
      '5021',
      '5022',
      '5025',
      '5026',
      '5027',
      '5028',
      '5029',
      '5032',
      '5033',
      '3430',
    ],
  },
  {
    id: 'trondelag-nord',
    name: 'Eksempel: Trøndelag nord og kyst',
    municipalities: ['5037', '5038', '5054', '5055', '5056', '5057', '5058', '5061'],
  },
  {
    id: 'nordmore-romsdal',
    name: 'Eksempel: Nordmøre og Romsdal',
    municipalities: ['1505', '1506', '1539', '1547', '1560', '1563', '1566', '1573', '1579'],
  },
  {
    id: 'sunnmore',
    name: 'Eksempel: Sunnmøre',
    municipalities: ['1508', '1511', '1531', '1535', '1578', '1580'],
  },
];

/**
 * A board that meets Helseplattformen §6 on {@link EXAMPLE_REGIONS}: a
 * kommunedirektør and a deputy per region (Trondheim, a region of one, has no
 * deputy), leader and deputy leader from different regions, a two-year term.
 */
export const EXAMPLE_BOARD: Board = {
  date: '2025-01-01',
  regions: EXAMPLE_REGIONS,
  members: [
    { region: 'trondheim', member: '5001' },
    { region: 'trondelag-sor', member: '5025', deputy: '5028' },
    { region: 'trondelag-nord', member: '5037', deputy: '5038' },
    { region: 'nordmore-romsdal', member: '1506', deputy: '1505' },
    { region: 'sunnmore', member: '1508', deputy: '1531' },
  ],
  leader: '5001',
  deputyLeader: '1508',
  leadersTerm: { from: '2025-01-01', to: '2026-12-31' },
};

/** Helseplattformen with Os (3430) leaving on 1 January 2026. */
export const OS_LEAVES_2026: Agreement = {
  ...helseplattformen,
  parties: helseplattformen.parties.map((p) =>
    p.municipality.number === '3430'
      ? { ...p, membership: { joined: '2025-01-01', withdrawn: '2026-01-01' } }
      : p,
  ),
};
