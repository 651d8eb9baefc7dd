import { describe, expect, it } from 'vitest';
import { citing, type Reason } from '../../src/rules/reason.js';
import { explain } from '../../src/words/explain.js';

const cite = citing('test');

/** Reasons built with given values, and their sentences as written by hand from each language's rules. */
const rows: [Reason, string, string][] = [
  [
    cite('k', 'quorum_met', {
      rule: 'none',
      seats: 3,
      present: 1,
      required: 0,
      deputies: 0,
      missing: [],
    }),
    'Avtalen stiller ikke krav om et bestemt antall til stede.',
    'The agreement sets no quorum.',
  ],
  [
    cite('k', 'service_area', { area: 'Barnevern', participants: ['Aby', 'Bby', 'Cby'] }),
    'Barnevern: deltakere er Aby, Bby og Cby.',
    'Barnevern: the participants are Aby, Bby and Cby.',
  ],
  [
    cite('k', 'service_area_own_agreement', { area: 'Barnevern' }),
    'Budsjett og kostnadsfordeling for Barnevern skal fremgå av områdets egen avtale; fordelingen her følger rammeavtalens nøkkel og gjelder bare så langt den avtalen ikke sier noe annet.',
    "The budget and cost split of Barnevern are to be set by the area's own agreement; this split follows the framework's key and holds only where the area's agreement says nothing else.",
  ],
  [
    cite('k', 'stated_table_not_applicable', {
      table: 'Tabell 9.1',
      date: '2026-03-01',
      tableDate: '2025-01-01',
    }),
    'Tabell 9.1 gjelder deltakerne per 1. januar 2025; andelene per 1. mars 2026 er regnet ut fra innbyggertallene til deltakerne den dagen.',
    'Tabell 9.1 describes the parties on 1 January 2025; the shares on 1 March 2026 are computed from the populations of the parties on that day.',
  ],
  [
    cite('k', 'stated_percent_differs', {
      table: null,
      differences: [
        { number: '0001', name: 'Aby', stated: '40.5', computed: '40.07' },
        { number: '0002', name: 'Bby', stated: '1', computed: '1.43' },
      ],
    }),
    'Avtalens tabell oppgir andeler som avviker fra innbyggertallene: 0001 Aby 40,5 % (utregnet 40,07 %), 0002 Bby 1 % (utregnet 1,43 %).',
    "The agreement's table states shares that differ from the populations: 0001 Aby 40.5 % (computed 40.07 %), 0002 Bby 1 % (computed 1.43 %).",
  ],
  [
    cite('k', 'majority_rejected', { for: 4, against: 4, abstain: 2 }),
    'Ikke vedtatt: 4 for og 4 mot gir ikke flertall, 2 avsto.',
    'Not adopted: 4 for and 4 against is no majority, 2 abstained.',
  ],
  [
    cite('k', 'tie_chair_decides', { votes: 4, chair: '5001', chairVote: 'against' }),
    'Stemmelikhet (4–4): møteleders stemme (5001) er avgjørende (dobbeltstemme), og forslaget er ikke vedtatt.',
    "A tie (4–4): the presiding member's vote (5001) decides, and the proposal is not adopted.",
  ],
  [
    cite('k', 'unanimity_not_met', {
      of: 'all-seats',
      for: 1,
      required: 4,
      against: ['A'],
      abstain: ['B'],
      absent: ['C'],
    }),
    'Ikke enstemmig: 1 av 4 medlemmer stemte for; mot: A; avsto: B; fraværende: C.',
    'Not unanimous: 1 of 4 seats voted for; against: A; abstained: B; absent: C.',
  ],
  [
    cite('k', 'chair_decides', { chair: 'A', chairVote: 'abstain' }),
    'Konsensus ble ikke nådd, og leder (A) beslutter: leder tok ikke stilling, så forslaget er ikke vedtatt.',
    'No consensus, so the leader (A) decides: the leader took no position, so the proposal is not adopted.',
  ],
  [
    cite('k', 'chair_decides', { chair: 'A', chairVote: 'against' }),
    'Konsensus ble ikke nådd, og leder (A) beslutter: forslaget er ikke vedtatt.',
    'No consensus, so the leader (A) decides: the proposal is not adopted.',
  ],
  [
    cite('k', 'no_chair_decision', { presiding: 'B' }),
    'Konsensus ble ikke nådd, og møteleder (B) er ikke leder og kan etter valgt tolkning ikke beslutte i leders sted; forslaget er ikke vedtatt.',
    "No consensus, and the presiding member (B) is not the leader and, under the reading chosen, cannot decide in the leader's place; the proposal is not adopted.",
  ],
  [
    cite('k', 'qualified_not_met', {
      for: 5,
      against: 2,
      base: 9,
      required: 6,
      numerator: 2,
      denominator: 3,
      of: 'all-seats',
      threshold: 'at-least',
    }),
    'Ikke vedtatt: 5 for og 2 mot av 9 medlemmer; minst 2/3 og flere for enn mot krever minst 6 for.',
    'Not adopted: 5 for and 2 against of 9 seats; at least 2/3 and more for than against requires at least 6 for.',
  ],
  [
    cite('k', 'qualified_not_met', {
      for: 5,
      against: 3,
      base: 10,
      required: 6,
      numerator: 1,
      denominator: 2,
      of: 'all-seats',
      threshold: 'more-than',
    }),
    'Ikke vedtatt: 5 for og 3 mot av 10 medlemmer; mer enn 1/2 og flere for enn mot krever minst 6 for.',
    'Not adopted: 5 for and 3 against of 10 seats; more than 1/2 and more for than against requires at least 6 for.',
  ],
  [
    cite('k', 'board_region_without_member', { region: 'Nord' }),
    'Regionen Nord har ingen kommunedirektør i styret.',
    'Region Nord has no kommunedirektør on the board.',
  ],
  [
    cite('k', 'board_region_several_members', { region: 'Nord', members: ['A', 'B'] }),
    'Regionen Nord har flere styremedlemmer (A og B); styret skal ha én kommunedirektør per region.',
    'Region Nord has several board members (A and B); the board has one kommunedirektør per region.',
  ],
  [
    cite('k', 'board_member_outside_region', { region: 'Nord', member: 'A' }),
    'Styremedlemmet A hører ikke til regionen Nord som det representerer.',
    'Board member A does not belong to region Nord, which it represents.',
  ],
  [
    cite('k', 'board_deputy_outside_region', { region: 'Nord', deputy: 'D' }),
    'Vararepresentanten D hører ikke til regionen Nord.',
    'Deputy D does not belong to region Nord.',
  ],
  [
    cite('k', 'board_deputy_is_member', { region: 'Nord', deputy: 'D' }),
    'Vararepresentanten for Nord (D) er fra samme kommune som styremedlemmet; den skal velges blant de resterende kommunene i regionen.',
    "The deputy for Nord (D) is from the same municipality as the member; it must come from the region's remaining municipalities.",
  ],
  [
    cite('k', 'board_party_without_region', { parties: ['A', 'B'] }),
    'A og B er ikke plassert i noen region.',
    'A and B belong to no region.',
  ],
  [
    cite('k', 'board_leaders_same_region', { region: 'Sør' }),
    'Leder og nestleder er begge fra regionen Sør; de skal være fra ulike kommuneregioner.',
    'Leader and deputy leader are both from region Sør; they must come from different regions.',
  ],
  [
    cite('k', 'board_not_a_member', { role: 'deputy', number: '3430', date: '2026-03-01' }),
    'Vararepresentanten (3430) er ikke fra en eierkommune per 1. mars 2026.',
    'The deputy (3430) is not from an owner municipality on 1 March 2026.',
  ],
  [
    cite('k', 'board_not_a_member', { role: 'deputy-leader', number: '3430', date: '2026-03-01' }),
    'Nestleder (3430) er ikke fra en eierkommune per 1. mars 2026.',
    'The deputy leader (3430) is not from an owner municipality on 1 March 2026.',
  ],
  [
    cite('k', 'board_leader_is_deputy_leader', { number: '5001' }),
    '5001 er både leder og nestleder; de skal være to personer fra ulike kommuneregioner.',
    '5001 is both leader and deputy leader; they must be two people from different regions.',
  ],
  [
    cite('k', 'extra_costs_charged', { party: '3430 Os', amount: '25000.50' }),
    '3430 Os dekker dokumenterte ekstra kostnader ved uttreden: 25 000,50 kr.',
    '3430 Os bears the documented extra costs of its withdrawal: NOK 25,000.50.',
  ],
  [
    cite('k', 'in_force', { date: '2026-05-17', validFrom: '2025-01-01', validUntil: null }),
    'Avtalen gjelder 17. mai 2026 (fra 1. januar 2025).',
    'The agreement is in force on 17 May 2026 (from 1 January 2025).',
  ],
  [
    cite('k', 'in_force', {
      date: '2026-05-17',
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
    }),
    'Avtalen gjelder 17. mai 2026 (fra 1. januar 2025 til og med 31. desember 2027).',
    'The agreement is in force on 17 May 2026 (from 1 January 2025 to 31 December 2027).',
  ],
  [
    cite('k', 'not_in_force', {
      date: '2024-12-31',
      validFrom: '2025-01-01',
      validUntil: '2027-12-31',
    }),
    'Avtalen gjelder ikke 31. desember 2024 (den gjelder fra 1. januar 2025 til og med 31. desember 2027).',
    'The agreement is not in force on 31 December 2024 (it applies from 1 January 2025 to 31 December 2027).',
  ],
  [
    cite('k', 'breach_complaint_open', { awareOn: '2026-01-10', deadline: '2026-03-10' }),
    'Det er ikke reklamert ennå; fristen for skriftlig reklamasjon er 10. mars 2026.',
    'No complaint yet; the time limit for a written complaint is 10 March 2026.',
  ],
  [
    cite('k', 'breach_complaint_in_time', {
      awareOn: '2026-01-10',
      deadline: '2026-03-10',
      complainedOn: '2026-02-01',
    }),
    'Reklamasjonen 1. februar 2026 kom innen fristen 10. mars 2026.',
    'The complaint of 1 February 2026 came within the time limit, 10 March 2026.',
  ],
  [
    cite('k', 'termination_needs_all_others', { party: '3430 Os', others: 33 }),
    'Heving av avtalen overfor 3430 Os krever enighet blant alle de 33 øvrige partene.',
    'Terminating the agreement against 3430 Os needs the agreement of all 33 other parties.',
  ],
  [
    cite('k', 'organ_without_rule', { organ: 'Styret' }),
    'Avtalen oppgir ingen beslutningsregel for Styret.',
    'The agreement states no decision rule for Styret.',
  ],
  [
    cite('k', 'organ_without_seats', { organ: 'Styret' }),
    'Styret har ingen seter når avtalen starter.',
    'Styret has no seats when the agreement starts.',
  ],
];

describe('sentences of reasons the other tests do not word, in bokmål and English', () => {
  it.each(rows.map(([reason, nb, en]) => [reason.code, reason, nb, en] as const))(
    '%s',
    (_code, reason, nb, en) => {
      expect([explain(reason, 'nb'), explain(reason, 'en')]).toEqual([nb, en]);
    },
  );
});
