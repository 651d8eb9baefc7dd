import type { OrganWithIds } from '../../model/bodies.js';
import type { DecisionRule } from '../../model/organ.js';

/** Simple majority, the leader's double vote at a tie (§5: "alminnelig flertall"). */
const majority5: DecisionRule = { kind: 'simple-majority', tie: 'chair-decides', clause: '§5' };

/** §5 a–c "konsensus" and §13–§15 "enstemmighet", under the three readings of note `consensus-scope`. */
const unanimous = (clause: string) => ({
  rule: { kind: 'unanimity', of: 'all-seats', clause } as const,
  reading: {
    note: 'consensus-scope',
    rules: {
      'all-seats': { kind: 'unanimity', of: 'all-seats', clause },
      present: { kind: 'unanimity', of: 'present', clause },
      'no-objection': { kind: 'consensus', clause },
    },
  } as const,
});

/** Elections (valg): the §5 tie rule, or lots as in elections under kommuneloven (note `election-ties`). */
const election = (clause: string) => ({
  rule: { kind: 'simple-majority', tie: 'chair-decides', clause } as const,
  reading: {
    note: 'election-ties',
    rules: {
      'chair-decides': { kind: 'simple-majority', tie: 'chair-decides', clause },
      lot: { kind: 'simple-majority', tie: 'lot', clause },
    },
  } as const,
});

/** Who breaks a tie when the leader does not preside (note `chair-absent-casting-vote`). */
const standIn = {
  note: 'chair-absent-casting-vote',
  castingVote: { 'presiding-person': true, 'leader-only': false },
};

/**
 * Helseplattformen's bodies by id, each with the ids of the matters it
 * decides: the ids `decide` takes for `helseplattformen`, so that an editor
 * completes them and a typo does not compile.
 *
 * @example
 * const matter: HelseplattformenBodies['styre'] = 'recommendation'; // 'budget' would not compile
 * helseplattformen.organs[1]?.matters.map((m) => m.id); //=> ['decision', 'recommendation']
 */
export type HelseplattformenBodies = {
  readonly representantskap:
    | 'economic-frames'
    | 'agreement-amendment'
    | 'admission'
    | 'dissolution'
    | 'budget'
    | 'accounts'
    | 'annual-report'
    | 'board-appointment'
    | 'election'
    | 'regions-and-board-size'
    | 'complaint'
    | 'other';
  readonly styre: 'decision' | 'recommendation';
};

/**
 * Representantskapet (§5) and styret (§6) of the oppgavefellesskap.
 *
 * @see Helseplattformen §5, §6, §13–§15
 */
export const organs: readonly OrganWithIds<HelseplattformenBodies>[] = [
  {
    id: 'representantskap',
    name: 'Representantskapet',
    clause: '§5',
    seats: { perParty: true, clause: '§5' },
    deputies: { allowed: true, clause: '§5' },
    abstention: {
      allowed: false,
      clause: '§5',
      note: 'duty-to-vote',
      allowedByReading: { 'must-vote': false, 'may-abstain': true },
    },
    quorum: { kind: 'fraction-present', fraction: { numerator: 1, denominator: 2 }, clause: '§5' },
    preparedBy: {
      organ: 'styre',
      clause: '§6',
      note: 'board-preparation',
      voidByReading: { flag: false, void: true },
    },
    chair: {
      title: 'leder',
      appointedBy: 'representantskapet selv',
      clause: '§5',
      standIn,
    },
    termYears: { years: 4, of: 'members', clause: '§5' },
    duties: [
      {
        text: 'Sørge for at oppgavefellesskapet til enhver tid har et fungerende styre',
        clause: '§5',
      },
      { text: 'Godkjenne årlig budsjett, årsregnskap og årsberetning', clause: '§5' },
      { text: 'Øverste klageorgan for alle klagesaker i oppgavefellesskapet', clause: '§5' },
      { text: 'Oppnevne oppgavefellesskapets styre ved opprettelsen', clause: '§6' },
    ],
    matters: [
      { id: 'economic-frames', name: 'Endring av økonomiske rammer (§5 a)', ...unanimous('§5') },
      {
        id: 'agreement-amendment',
        name: 'Endring av samarbeidsavtalen (§5 b, §15)',
        ...unanimous('§15'),
      },
      {
        id: 'admission',
        name: 'Opptak av nye eierkommuner (§5 c, §14)',
        ...unanimous('§14'),
        candidateProtected: {
          clause: '§14',
          note: 'admission-opposition',
          opposition: { flag: 'count-as-cast', 'count-as-for': 'count-as-for' },
        },
      },
      {
        id: 'dissolution',
        name: 'Avvikling eller omdanning av oppgavefellesskapet (§13)',
        ...unanimous('§13'),
      },
      {
        id: 'budget',
        name: 'Godkjenne årlig budsjett',
        rule: majority5,
        reading: {
          note: 'budget-and-frames',
          rules: {
            majority: majority5,
            'frames-consensus': { kind: 'unanimity', of: 'all-seats', clause: '§5' },
          },
        },
      },
      { id: 'accounts', name: 'Godkjenne årsregnskap', rule: majority5 },
      { id: 'annual-report', name: 'Godkjenne årsberetning', rule: majority5 },
      { id: 'board-appointment', name: 'Oppnevne styre (valg)', ...election('§5') },
      { id: 'election', name: 'Velge leder og nestleder (valg)', ...election('§5') },
      {
        id: 'regions-and-board-size',
        name: 'Endre antall styremedlemmer og regioninndeling',
        rule: { kind: 'unanimity', of: 'all-seats', clause: '§6' },
        reading: {
          note: 'regions-change-rule',
          rules: {
            unanimity: { kind: 'unanimity', of: 'all-seats', clause: '§6' },
            'unanimity-present': { kind: 'unanimity', of: 'present', clause: '§6' },
            majority: majority5,
          },
        },
      },
      { id: 'complaint', name: 'Klagesak (øverste klageorgan)', rule: majority5 },
      { id: 'other', name: 'Alle øvrige saker', rule: majority5 },
    ],
  },
  {
    id: 'styre',
    name: 'Styret',
    clause: '§6',
    seats: { perRegion: true, clause: '§6' },
    deputies: { allowed: true, clause: '§6' },
    abstention: { allowed: true, clause: '§6', note: 'board-abstention-and-deputies' },
    quorum: { kind: 'all-seats', clause: '§6' },
    chair: { title: 'leder', appointedBy: 'styret selv', clause: '§6', standIn },
    termYears: { years: 2, of: 'chair', clause: '§6' },
    duties: [
      {
        text: 'Behandle alle saker som skal til videre avgjørelse hos representantskapet',
        clause: '§6',
      },
      { text: 'Organisere oppgavefellesskapets arbeid', clause: '§6' },
      { text: 'Beslutte om oppgavefellesskapet skal ha en daglig leder', clause: '§7' },
    ],
    matters: [
      {
        id: 'decision',
        name: 'Vedtak i styret',
        rule: { kind: 'consensus', clause: '§6' },
        reading: {
          note: 'board-consensus',
          rules: {
            'consensus-then-majority': {
              kind: 'simple-majority',
              tie: 'chair-decides',
              consensusSought: true,
              clause: '§6',
            },
            consensus: { kind: 'consensus', clause: '§6' },
          },
        },
      },
      {
        id: 'recommendation',
        name: 'Forberede og innstille sak til representantskapet',
        rule: { kind: 'simple-majority', tie: 'chair-decides', clause: '§6' },
      },
    ],
  },
];
