import type { Agreement } from '../../model/agreement.js';
import type { InterpretationNote } from '../../model/interpretation.js';
import type { ServiceArea } from '../../model/service-area.js';
import { clauses } from './clauses.js';

const ALL_THREE = ['5025', '3430', '5026'];

/** The service areas of §4: today's (A), new (B), Røros and Holtålen only (C), regional (D). */
const serviceAreas: readonly ServiceArea[] = [
  {
    id: 'barnevern',
    name: 'Felles barnevern',
    group: 'A',
    clause: '§4 A i',
    participants: ALL_THREE,
  },
  {
    id: 'legevakt',
    name: 'Felles legevakt',
    group: 'A',
    clause: '§4 A ii',
    participants: ALL_THREE,
  },
  {
    id: 'lonn',
    name: 'Felles lønningsavdeling',
    group: 'A',
    clause: '§4 A iii',
    participants: ALL_THREE,
  },
  {
    id: 'kemner',
    name: 'Felles kemnerkontor (gjelder også Tolga kommune)',
    group: 'A',
    clause: '§4 A iv',
    participants: ALL_THREE,
    otherParticipants: [{ municipality: { number: '3426', name: 'Tolga' } }],
  },
  {
    id: 'intermediaer',
    name: 'Intermediæravdeling/Ø-hjelp',
    group: 'A',
    clause: '§4 A v',
    participants: ALL_THREE,
  },
  {
    id: 'ikt-strategi',
    name: 'Felles IKT strategi',
    group: 'A',
    clause: '§4 A vi',
    participants: ALL_THREE,
  },
  {
    id: 'landbruk',
    name: 'Felles landbrukskontor',
    group: 'B',
    clause: '§4 B i',
    participants: ALL_THREE,
    host: '3430',
    hostSource:
      'Ikke i avtaleteksten. LEGAL.md §6: felles landbruksavdeling som vertskommunesamarbeid etter kommuneloven 1992 § 28-1 b med Os som vertskommune (http://rorosnytt.no/landbruk-og-regnskap-til-nabokommunene/).',
  },
  {
    id: 'regnskap',
    name: 'Felles regnskapskontor',
    group: 'B',
    clause: '§4 B ii',
    participants: ALL_THREE,
    host: '5026',
    hostSource:
      'Ikke i avtaleteksten. LEGAL.md §6: felles regnskapskontor i Holtålen (Ålen) (https://www.nearadio.no/nyheter/i/KnbKV4/ja-til-felles-regnskapskontor-for-roeros-os-og-holtaalen). Ifølge samme side var det «ikke avklart» om Os deltar; deltakelsen til Os er derfor usikker.',
  },
  {
    id: 'funksjonshemmede',
    name: 'Felles tjeneste for funksjonshemmede',
    group: 'B',
    clause: '§4 B iii',
    participants: ALL_THREE,
  },
  {
    id: 'plan-miljo-byggesak',
    name: 'Felles plan, miljø, geodata og byggesak-kontor',
    group: 'B',
    clause: '§4 B iv',
    participants: ALL_THREE,
  },
  {
    id: 'forvaltningskontor-omsorg',
    name: 'Felles forvaltningskontor innen Omsorgtjenesten',
    group: 'B',
    clause: '§4 B v',
    participants: ALL_THREE,
  },
  {
    id: 'teknisk-drift',
    name: 'Teknisk drift/bygg/avløp, herunder beredskap',
    group: 'B',
    clause: '§4 B vi',
    participants: ALL_THREE,
  },
  {
    id: 'spesialiserte-helse-omsorg',
    name: 'Spesialiserte helse og omsorgsfunksjoner',
    group: 'B',
    clause: '§4 B vii',
    participants: ALL_THREE,
  },
  {
    id: 'samfunnssikkerhet',
    name: 'Samfunnssikkerhet og beredskap',
    group: 'B',
    clause: '§4 B viii',
    participants: ALL_THREE,
  },
  {
    id: 'ledelse-helse',
    name: 'Felles administrativ og faglig ledelse innen helsetjenester',
    group: 'B',
    clause: '§4 B ix',
    participants: ALL_THREE,
  },
  {
    id: 'skolekontor',
    name: 'Felles skolekontor',
    group: 'B',
    clause: '§4 B x',
    participants: ALL_THREE,
  },
  {
    id: 'barnehageadministrasjon',
    name: 'Felles barnehageadministrasjon',
    group: 'B',
    clause: '§4 B xi',
    participants: ALL_THREE,
  },
  {
    id: 'naeringstjeneste',
    name: 'Felles næringstjeneste',
    group: 'B',
    clause: '§4 B xii',
    participants: ALL_THREE,
  },
  {
    id: 'flyktningetjeneste',
    name: 'Felles flyktningetjeneste',
    group: 'B',
    clause: '§4 B xiii',
    participants: ALL_THREE,
  },
  {
    id: 'nav',
    name: 'Felles NAV-kontor',
    group: 'C',
    clause: '§4 C i',
    participants: ['5025', '5026'],
  },
  {
    id: 'naeringsfond',
    name: 'Felles næringsfond',
    group: 'C',
    clause: '§4 C ii',
    participants: ['5025', '5026'],
  },
  {
    id: 'ppt',
    name: 'PP-tjenesten',
    group: 'C',
    clause: '§4 C iii',
    participants: ['5025', '5026'],
  },
  {
    id: 'arbeidsgiverkontroll',
    name: 'Arbeidsgiverkontrollen',
    group: 'D',
    clause: '§4 D i',
    participants: null,
    note: 'Regionalt samarbeid med flere kommuner; deltakerne står ikke i avtalen.',
  },
  {
    id: 'brann',
    name: 'Brann',
    group: 'D',
    clause: '§4 D ii',
    participants: null,
    note: 'Regionalt samarbeid med flere kommuner; deltakerne står ikke i avtalen.',
  },
  {
    id: 'renovasjon',
    name: 'Renovasjon (FIAS)',
    group: 'D',
    clause: '§4 D iii',
    participants: null,
    note: 'Regionalt samarbeid med flere kommuner; deltakerne står ikke i avtalen.',
  },
  {
    id: 'revisjon',
    name: 'Revisjon',
    group: 'D',
    clause: '§4 D iv',
    participants: null,
    note: 'Regionalt samarbeid med flere kommuner; deltakerne står ikke i avtalen.',
  },
  {
    id: 'kontrollutvalgssekretariat',
    name: 'Sekretariat for kontrollutvalg',
    group: 'D',
    clause: '§4 D v',
    participants: null,
    note: 'Regionalt samarbeid med flere kommuner; deltakerne står ikke i avtalen.',
  },
];

const interpretations: readonly InterpretationNote[] = [
  {
    id: 'population-figures',
    clauses: ['§8'],
    question:
      '§8 B i: «Kostnadsfordelingen følger antall innbyggere» — per hvilken dato, og hvilke tall?',
    reading:
      'Avtalen oppgir verken dato eller tall. Dataene bruker folketallet per 1. januar 2024 slik det står i Helseplattformen-avtalens tabell 9.1 (Røros 5 685, Os 1 891, Holtålen 2 035), den eneste kilden med tallene. For et budsjettår bør tallene per 1. januar det året hentes fra SSB (tabell 07459) med populationFromJsonStat.',
    alternatives: [
      {
        reading: 'Folketallet per 1. januar i budsjettåret, eller året før.',
        consequence: 'Andelene endrer seg litt fra år til år; tallene må oppdateres i dataene.',
      },
    ],
  },
  {
    id: 'fixed-part-equal',
    clauses: ['§8'],
    question:
      'Fra 1. januar 2019 gjelder «40 % fast og 60 % etter folketall» (endring av punkt 8 B, LEGAL.md §6). Betyr «fast» likt per kommune?',
    reading:
      '40 % deles likt mellom deltakerne i området (13,33 % hver når alle tre deltar) og 60 % etter folketall. Kilden sier ikke «likt»; tolkningen er ikke verifisert (LEGAL.md §6).',
    alternatives: [
      {
        reading: 'Den faste delen er et fast kronebeløp avtalt i hver særavtale.',
        consequence: 'Nøkkelen må da legges inn per tjenesteområde med beløp, ikke prosent.',
      },
    ],
  },
  {
    id: 'phase-in-not-encoded',
    clauses: ['§8'],
    question:
      'Barnevern og IMA skulle fases inn over 3 år, 1/3 per år fra 1. januar 2019. Er innfasingen med?',
    reading:
      'Nei. Innfasingen (en blanding av gammel og ny nøkkel) er ikke kodet; barnevern følger den nye nøkkelen fra 2019 i dataene. IMA er ikke et eget område i §4 (trolig flyktningetjenesten).',
    alternatives: [
      {
        reading:
          'Blandet nøkkel: 2019 2/3 etter folketall og 1/3 ny nøkkel, 2020 1/3 og 2/3, fra 2021 ny nøkkel.',
        consequence: 'Barnevernets fordeling 2019–2020 ville avvike noe fra den som beregnes her.',
      },
    ],
  },
  {
    id: 'municipality-numbers',
    clauses: ['§1', '§4'],
    question: 'Hvilke kommunenummer gjelder?',
    reading:
      'Dagens nummer: Røros 5025 og Holtålen 5026 (Trøndelag, fra 2018) og Os 3430 (Innlandet, fra 2020), som i Helseplattformen-avtalen. Tolga (bare kemnerkontoret) har 3426; det nummeret står ikke i kildene og må verifiseres mot SSBs kommuneliste.',
    alternatives: [
      {
        reading: 'Numrene fra 2016: Røros 1640, Holtålen 1644, Os 0441, Tolga 0436.',
        consequence: 'Befolkningstall fra SSB må da hentes med de gamle numrene.',
      },
    ],
  },
  {
    id: 'regional-areas',
    clauses: ['§4'],
    question: 'Hvem deltar i de regionale samarbeidsområdene (§4 D)?',
    reading:
      'Avtalen sier bare at de «inkluderer flere kommuner». Deltakerne er ukjente i dataene, og kostnader for disse områdene kan ikke fordeles her.',
    alternatives: [],
  },
  {
    id: 'host-distribution',
    clauses: ['§5'],
    question:
      '«Vertskommuneansvaret … fordeles … etter en rimelig fordeling ut fra folketall.» Hvordan regnes en rimelig fordeling?',
    reading:
      'Hvert område med vertskommune gir én rolle, som fordeles på kommunene som deltar i området etter folketall; summen per kommune avrundes med største brøks metode. En kommune regnes altså ikke for områder den ikke deltar i. Vertskommunene som står i dataene (landbruk: Os, regnskap: Holtålen, begge med kilde utenfor avtaleteksten) regnes med; en fordeling som sier noe annet for disse områdene, flagges som feil. En foreslått fordeling sammenlignes med den rimelige, og avvik på mer enn én rolle flagges. (Planen fra 2017 var 60 % av aktiviteten i Røros og 20 % i Os og Holtålen, målt i årsverk, LEGAL.md §6.)',
    alternatives: [
      {
        reading: 'Fordelingen måles i årsverk, ikke antall områder.',
        consequence: 'Kontrollen må bruke årsverk per område, som ikke står i avtalen.',
      },
    ],
  },
];

/**
 * Røros–Os–Holtålen: the host-municipality cooperation (vertskommunesamarbeid
 * under kommuneloven 1992 § 28-1 a/b, without a joint political board) of
 * Røros, Os and Holtålen, agreed as an alternative to merging (final version
 * 18 May 2016, in force from 1 July 2016). Service areas with their own
 * participants (§4), costs by population (§8 B i) and from 2019 40 % fixed
 * and 60 % by population, host roles spread by population (§5).
 *
 * Built-in id: `roros-os-holtalen`.
 *
 * @see `roros-os-holtalen-samarbeidsavtale.txt`, LEGAL.md §6
 * @example
 * import { rorosOsHoltalen, splitCost } from 'kommunesamarbeid';
 * splitCost(rorosOsHoltalen, '300000.00', { date: '2019-06-01', serviceArea: 'nav' }).parties.length; //=> 2
 */
export const rorosOsHoltalen: Agreement = {
  id: 'roros-os-holtalen',
  title: 'Samarbeidsavtale mellom Røros – Os – Holtålen (kommunereformen)',
  legalForm: 'vertskommunesamarbeid',
  legalBasis:
    'kommuneloven 1992 § 28-1 a og b: administrativt vertskommunesamarbeid uten politisk nemnd (§5)',
  validFrom: '2016-07-01',
  validityClause: '§9',
  populationReferenceDate: '2024-01-01',
  partiesClause: '§1',
  parties: [
    {
      municipality: { number: '5025', name: 'Røros' },
      population: 5685,
      membership: { joined: '2016-07-01' },
    },
    {
      municipality: { number: '3430', name: 'Os' },
      population: 1891,
      membership: { joined: '2016-07-01' },
    },
    {
      municipality: { number: '5026', name: 'Holtålen' },
      population: 2035,
      membership: { joined: '2016-07-01' },
    },
  ],
  costKeys: [
    { kind: 'population', validFrom: '2016-07-01', clause: '§8' },
    {
      kind: 'fixed-and-population',
      validFrom: '2019-01-01',
      clause: '§8',
      fixedPercent: '40',
      populationPercent: '60',
      source:
        'Røros kommunestyre, endring av punkt 8 B (LEGAL.md §6): https://www.nearadio.no/nyheter/i/VP5kmp/roeros-hoeyre-oensker-seg-julegave-fra-holtaalen-og-os',
    },
  ],
  serviceAreas,
  // §5: "Vertskommuneansvaret … fordeles på samarbeidskommunene etter en rimelig fordeling ut fra folketall."
  hostRoles: { clause: '§5' },
  obligations: [
    {
      who: 'Samarbeidskommunene',
      duty: 'Iverksette samarbeidsordningene som er nevnt i avtalen',
      clause: '§3',
    },
    {
      who: 'Hver samarbeidskommune',
      duty: 'Velge samarbeidskommunene som samarbeidspartnere på områder som ikke er nevnt, med mindre et større samarbeidsområde trengs',
      clause: '§3',
    },
    { who: 'Samarbeidskommunene', duty: 'Bruke den eksisterende bygningsmassen', clause: '§5' },
    {
      who: 'Tjenesteområdene',
      duty: 'Tilfredsstille lover og forskrifter, ha kostnadsfokus og utvikles kontinuerlig',
      clause: '§7',
    },
    {
      who: 'Særavtalene',
      duty: 'Angi budsjett og kostnadsfordeling for hvert samarbeidsområde',
      clause: '§8',
    },
    {
      who: 'Samarbeidskommunene',
      duty: 'Ikke fordele indirekte kostnader; vertskommuneansvaret fordeles i stedet',
      clause: '§8',
    },
    {
      who: 'Kommunestyrene',
      duty: 'Vedta samarbeidsavtalene for de nye samarbeidsområdene',
      clause: '§9',
    },
  ],
  organs: [
    {
      id: 'samarbeidsorgan',
      name: 'Administrativt samarbeidsorgan (sekretariat)',
      clause: '§6',
      seats: {
        fixed: [
          { id: 'radmann-roros', name: 'Rådmannen i Røros' },
          { id: 'radmann-os', name: 'Rådmannen i Os' },
          { id: 'radmann-holtalen', name: 'Rådmannen i Holtålen' },
          { id: 'tillitsvalgte', name: 'Tillitsvalgte' },
          { id: 'felles-ressurs', name: 'Administrativ felles ressurs' },
        ],
        clause: '§6',
      },
      deputies: { allowed: false, clause: '§6' },
      abstention: { allowed: true, clause: '§6' },
      quorum: { kind: 'none', clause: '§6' },
      duties: [{ text: 'Fungere som sekretariat for samarbeidsordningene', clause: '§6' }],
      matters: [],
    },
  ],
  lifecycle: {
    // §9: "Dersom to av kommunene velger å slå seg sammen, så vil det bli forhandling med den tredje kommunen …"
    merger: { clause: '§9' },
    calendar: [
      {
        id: 'new-areas',
        who: 'Samarbeidskommunene',
        what: 'De nye samarbeidsområdene (§4 B) skal være utredet og iverksatt',
        due: { month: 1, day: 1 },
        year: 2020,
        clause: '§9',
      },
    ],
  },
  clauses,
  interpretations,
};
