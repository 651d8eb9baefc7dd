import type { AgreementWith } from '../../model/bodies.js';
import type { InterpretationNote } from '../../model/interpretation.js';
import type { ServiceArea } from '../../model/service-area.js';
import { builtIn } from '../../model/trusted.js';
import { clauses } from './clauses.js';

const ALL_THREE = ['5025', '3430', '5026'];

/**
 * §9: "De nye samarbeidsområdene utredes og iverksettes fortløpende innen
 * 1.1.2020", each after its own council decisions: the start of each new (B)
 * area is not in the sources, only the day it was to be in place by.
 */
const NEW_AREA_START = { date: null, noLaterThan: '2020-01-01', clause: '§9' } as const;

/** The service areas of §4: today's (A), new (B), Røros and Holtålen only (C), regional (D). */
const serviceAreas: readonly ServiceArea[] = [
  {
    id: 'barnevern',
    name: 'Felles barnevern',
    group: 'A',
    clause: '§4 A i',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'legevakt',
    name: 'Felles legevakt',
    group: 'A',
    clause: '§4 A ii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'lonn',
    name: 'Felles lønningsavdeling',
    group: 'A',
    clause: '§4 A iii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'kemner',
    name: 'Felles kemnerkontor (gjelder også Tolga kommune)',
    group: 'A',
    clause: '§4 A iv',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
    otherParticipants: [{ municipality: { number: '3426', name: 'Tolga' } }],
  },
  {
    id: 'intermediaer',
    name: 'Intermediæravdeling/Ø-hjelp',
    group: 'A',
    clause: '§4 A v',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'ikt-strategi',
    name: 'Felles IKT strategi',
    group: 'A',
    clause: '§4 A vi',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'landbruk',
    name: 'Felles landbrukskontor',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B i',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
    host: '3430',
    hostSource:
      'Ikke i avtaleteksten. LEGAL.md §6: felles landbruksavdeling som vertskommunesamarbeid etter kommuneloven 1992 § 28-1 b med Os som vertskommune (http://rorosnytt.no/landbruk-og-regnskap-til-nabokommunene/).',
  },
  {
    id: 'regnskap',
    name: 'Felles regnskapskontor',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B ii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
    host: '5026',
    hostSource:
      'Ikke i avtaleteksten. LEGAL.md §6: felles regnskapskontor i Holtålen (Ålen) (https://www.nearadio.no/nyheter/i/KnbKV4/ja-til-felles-regnskapskontor-for-roeros-os-og-holtaalen). Ifølge samme side var det «ikke avklart» om Os deltar; deltakelsen til Os er derfor usikker.',
  },
  {
    id: 'funksjonshemmede',
    name: 'Felles tjeneste for funksjonshemmede',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B iii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'plan-miljo-byggesak',
    name: 'Felles plan, miljø, geodata og byggesak-kontor',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B iv',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'forvaltningskontor-omsorg',
    name: 'Felles forvaltningskontor innen Omsorgtjenesten',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B v',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'teknisk-drift',
    name: 'Teknisk drift/bygg/avløp, herunder beredskap',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B vi',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'spesialiserte-helse-omsorg',
    name: 'Spesialiserte helse og omsorgsfunksjoner',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B vii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'samfunnssikkerhet',
    name: 'Samfunnssikkerhet og beredskap',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B viii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'ledelse-helse',
    name: 'Felles administrativ og faglig ledelse innen helsetjenester',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B ix',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'skolekontor',
    name: 'Felles skolekontor',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B x',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'barnehageadministrasjon',
    name: 'Felles barnehageadministrasjon',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B xi',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'naeringstjeneste',
    name: 'Felles næringstjeneste',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B xii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'flyktningetjeneste',
    name: 'Felles flyktningetjeneste',
    group: 'B',
    start: NEW_AREA_START,
    clause: '§4 B xiii',
    participants: ALL_THREE,
    ownAgreementClause: '§8 A',
  },
  {
    id: 'nav',
    name: 'Felles NAV-kontor',
    group: 'C',
    clause: '§4 C i',
    participants: ['5025', '5026'],
    ownAgreementClause: '§8 A',
  },
  {
    id: 'naeringsfond',
    name: 'Felles næringsfond',
    group: 'C',
    clause: '§4 C ii',
    participants: ['5025', '5026'],
    ownAgreementClause: '§8 A',
  },
  {
    id: 'ppt',
    name: 'PP-tjenesten',
    group: 'C',
    clause: '§4 C iii',
    participants: ['5025', '5026'],
    ownAgreementClause: '§8 A',
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
    id: 'cost-key-2019',
    clauses: ['§8'],
    question:
      '§8 B i sier at «Kostnadsfordelingen følger antall innbyggere i den enkelte kommune». Gjelder i stedet «40 % fast og 60 % etter folketall» fra 1. januar 2019?',
    reading:
      'Avtalen slik den står: kostnadene følger folketallet fra 1. juli 2016, også etter 2019. Nøkkelen 40/60 står ikke i avtaleteksten. Den er bare kjent fra en pressemelding om at Røros kommunestyre vedtok å endre punkt 8 B (nearadio.no, LEGAL.md §6); at Os og Holtålen kommunestyrer vedtok den samme endringen, er ikke verifisert, og en endring av en avtale mellom tre kommuner krever alle tre. Flere punkter fra den samme endringen er ikke kodet: (1) rent tjenestesalg mellom kommunene prises til «selvkost lønn + 20 %» (samme pressemelding, LEGAL.md §6); (2) et punkt om «4. parts kommuner», som er kuttet av i den lagrede kopien av pressemeldingen og derfor ukjent i innhold (påpekt i den andre gjennomgangen); (3) styringsgruppen er de tre formannskapene, fra 2020 redusert til ordførerne og én representant for opposisjonen (nearadio.no 7. november 2017, LEGAL.md §6). Punktet om «4. parts kommuner» kan gjelde Tolga i kemnerkontoret (§4 A iv); en fordeling i kemnerkontoret med Tolga må derfor ikke regnes som avklart. Ingen av punktene trengs for en fordeling mellom de tre.',
    readingId: 'as-written',
    alternatives: [
      {
        id: 'fixed-and-population-2019',
        reading:
          'Endringen fra Røros kommunestyre gjelder for alle tre: fra 1. januar 2019 fordeles 40 % fast og 60 % etter folketall (kilde: nearadio.no, LEGAL.md §6).',
        consequence:
          'Fra 2019 betaler Os og Holtålen mer og Røros mindre. Med 300 000 kr og folketallet i dataene: Røros 146 471,75 kr i stedet for 177 452,92 kr. Velg med readings: { "cost-key-2019": "fixed-and-population-2019" }.',
      },
    ],
  },
  {
    id: 'fixed-part-equal',
    clauses: ['§8'],
    question:
      'Når 40/60-nøkkelen fra 2019 er valgt (se «cost-key-2019»): betyr «40 % fast» likt per kommune?',
    reading:
      '40 % deles likt mellom deltakerne i området (13,33 % hver når alle tre deltar) og 60 % etter folketall. Kilden sier ikke «likt»; tolkningen er ikke verifisert (LEGAL.md §6). To følger av lesningen står ikke i noen kilde. I områder med bare Røros og Holtålen (§4 C) blir den faste delen 20 % til hver, og 60 % deles etter folketallet i de to kommunene. I kemnerkontoret (§4 A iv), der også Tolga er med, ville den faste delen deles på fire (10 % hver) hvis Tolga regnes som deltaker; om Tolga skal betale etter nøkkelen, eller etter regelen om «4. parts kommuner» i det samme vedtaket (se «cost-key-2019»), sier ikke kildene. Folketallet for Tolga mangler også, så kemnerkontoret fordeles ikke her.',
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
      'Når 40/60-nøkkelen fra 2019 er valgt (se «cost-key-2019»): barnevern og IMA skulle fases inn over 3 år, 1/3 per år fra 1. januar 2019. Er innfasingen med?',
    reading:
      'Nei. Innfasingen (en blanding av gammel og ny nøkkel) er ikke kodet; under den tolkningen følger barnevernet den nye nøkkelen fullt ut fra 2019. Hva «IMA» er, sier ikke kilden.',
    alternatives: [
      {
        reading:
          'Blandet nøkkel: 2019 2/3 etter folketall og 1/3 ny nøkkel, 2020 1/3 og 2/3, fra 2021 ny nøkkel.',
        consequence: 'Barnevernets fordeling 2019–2020 ville avvike noe fra den som beregnes her.',
      },
      {
        reading:
          '«IMA» er trolig Intermediæravdelingen (§4 A v): innfasingen gjelder eksisterende tiltak, og intermediæravdelingen er et av dagens områder, mens flyktningetjenesten er et nytt område (§4 B xiii) som etter endringen får den nye nøkkelen med en gang.',
        consequence:
          'Også intermediæravdelingens fordeling 2019–2020 ville avvike fra den som beregnes her under tolkningen 40/60.',
      },
      {
        reading: '«IMA» er flyktningetjenesten (§4 B xiii), som tar imot enslige mindreårige.',
        consequence: 'Flyktningetjenestens fordeling 2019–2020 ville avvike.',
      },
    ],
  },
  {
    id: 'area-agreements',
    clauses: ['§8'],
    question:
      '§8 A: «Budsjett og kostnadsfordeling mellom deltakerkommunene skal fremkomme av samarbeidsavtalene.» Hvilken nøkkel gjelder for et område?',
    reading:
      'Hvert områdes egen samarbeidsavtale (særavtale) bestemmer budsjett og fordeling. Ingen av dem er blant kildene, så fordelingen her følger prinsippet i §8 B (folketall), og hver fordeling for et område sier at områdets egen avtale går foran.',
    alternatives: [
      {
        reading: 'Områdeavtalen har en annen nøkkel enn §8 B.',
        consequence:
          'Den nøkkelen må legges inn som en nøkkel for området (serviceArea); da gjelder den i stedet for rammeavtalens.',
      },
    ],
  },
  {
    id: 'new-areas-start',
    clauses: ['§9'],
    question:
      '§9: «De nye samarbeidsområdene utredes og iverksettes fortløpende innen 1.1.2020.» Fra hvilken dag har hvert nytt område (§4 B) kostnader?',
    reading:
      'Ukjent: hvert område starter etter egne vedtak i kommunestyrene, og datoene står ikke i kildene. Et nytt område kan derfor ikke fordeles før 1. januar 2020, dagen det skulle vært iverksatt innen; etter den dagen sier fordelingen at starten er ukjent.',
    alternatives: [
      {
        reading:
          'Et område som ikke ble iverksatt innen fristen, har ingen kostnader før det faktisk startet.',
        consequence:
          'Startdatoen må da legges inn for området (start.date) når den er kjent; før den er fordelingen en feil.',
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
      {
        reading:
          'En rimelig fordeling er nøyaktig antallet etter største brøks metode, uten slingringsmonn.',
        consequence:
          'Ethvert avvik fra den beregnede fordelingen, også på én rolle, flagges som urimelig. Lesningen kan ikke velges i beregningene.',
      },
    ],
  },
  {
    id: 'framework-agreement',
    clauses: ['§5'],
    question:
      '«Alle samarbeidsavtalene inngås etter kommunelovens § 28, 1a og 1b, vertskommunesamarbeid uten politisk nemd.» Er denne avtalen selv en vertskommuneavtale?',
    reading:
      'Nei. Vertskommuneavtalene er samarbeidsavtalene for hvert område (særavtalene, §8 A); dette dokumentet er rammeavtalen som forplikter de tre kommunene til å inngå dem etter kommuneloven 1992 § 28-1 a og b. Samarbeidsformen i dataene (vertskommunesamarbeid) beskriver ordningen områdeavtalene bruker, ikke rammeavtalen selv. Fordelingen etter §8 B er en kostnadsnøkkel, ikke eierandeler: det er ingen eiere.',
    alternatives: [
      {
        reading: 'Rammeavtalen er selv vertskommuneavtalen for alle områdene.',
        consequence:
          'Den måtte da selv overføre oppgaver og myndighet til en bestemt vertskommune for hvert område (kommuneloven 1992 § 28 a, LEGAL.md §1.6). Avtalen nevner ingen vertskommune for noe område; den sier bare at vertskommuneansvaret fordeles etter folketall (§5) og overlater resten til samarbeidsavtalene (§8 A).',
      },
    ],
  },
  {
    id: 'samarbeidsorgan-composition',
    clauses: ['§6'],
    question:
      '«Dette består av rådmennene, tillitsvalgte og en administrativ felles ressurs.» Hvor mange sitter i samarbeidsorganet, og hvilke møteregler gjelder?',
    reading:
      '«Tillitsvalgte» står i flertall, men antallet står ikke i avtalen; i dataene er de ett sete som står for de ansattes tillitsvalgte. Avtalen sier heller ingenting om varamedlemmer, om hvor mange som må være til stede, eller om medlemmene kan avstå. Verdiene i dataene (ingen varamedlemmer, ingen krav til antall, avstå tillatt) er plassholdere modellen krever, ikke avtalens regler. Organet har ingen beslutningsregel i avtalen, så ingen beregning bygger på dem.',
    alternatives: [
      {
        reading: 'Én tillitsvalgt per kommune, eller per arbeidstakerorganisasjon.',
        consequence: 'Setet for tillitsvalgte må da deles i flere seter når antallet er kjent.',
      },
    ],
  },
];

/**
 * Røros–Os–Holtålen's bodies by id, each with the ids of the matters it decides (the
 * agreement names none): the ids `decide` takes for `rorosOsHoltalen`.
 *
 * @example
 * const organ: keyof RorosOsHoltalenBodies = 'samarbeidsorgan';
 */
export type RorosOsHoltalenBodies = {
  readonly samarbeidsorgan: never;
};

/**
 * Røros–Os–Holtålen: the framework agreement for host-municipality
 * cooperation (vertskommunesamarbeid under kommuneloven 1992 § 28-1 a/b,
 * entered area by area, without a joint political board; note
 * `framework-agreement`) of
 * Røros, Os and Holtålen, agreed as an alternative to merging (final version
 * 18 May 2016, in force from 1 July 2016). Service areas with their own
 * participants (§4), costs by population (§8 B i; a 40 % fixed / 60 % by
 * population key from 2019, reported in the press but not in the text, is a
 * selectable reading, note `cost-key-2019`), host roles spread by population
 * (§5).
 *
 * Built-in id: `roros-os-holtalen`.
 *
 * @see `roros-os-holtalen-samarbeidsavtale.txt`, LEGAL.md §6
 * @example
 * import { rorosOsHoltalen, splitCost } from 'kommunesamarbeid';
 * splitCost(rorosOsHoltalen, '300000.00', { date: '2019-06-01', serviceArea: 'nav' }).parties.length; //=> 2
 */
export const rorosOsHoltalen: AgreementWith<RorosOsHoltalenBodies> = builtIn({
  id: 'roros-os-holtalen',
  title: 'Samarbeidsavtale mellom Røros – Os – Holtålen (kommunereformen)',
  legalForm: 'vertskommunesamarbeid',
  legalBasis:
    'rammeavtale for vertskommunesamarbeid per område etter kommuneloven 1992 § 28-1 a og b: administrativt vertskommunesamarbeid uten politisk nemnd (§5)',
  sources: [
    {
      title: 'Samarbeidsavtale mellom Røros – Os – Holtålen. Kommunereformen',
      date: '2016-05-18',
      about:
        'Avtaleteksten, «Endelig versjon, 18. mai 2016», utarbeidet av et forhandlingsutvalg; bestemmelsene i dataene er sitert herfra.',
    },
    {
      title: 'Nyhetssak på nearadio.no om Røros kommunestyres vedtak om å endre punkt 8 B',
      url: 'https://www.nearadio.no/nyheter/i/VP5kmp/roeros-hoeyre-oensker-seg-julegave-fra-holtaalen-og-os',
      about:
        'Kilden for nøkkelen 40 % fast og 60 % etter folketall fra 1. januar 2019; ikke avtaletekst.',
    },
    {
      title: 'Nyhetssak på nearadio.no: Røros, Os og Holtålen intensiverer samarbeidet',
      date: '2017-11-07',
      url: 'http://nearadio.no/nyheter/roros-os-og-holtalen-intensiverer-samarbeidet/19.18019',
      about: 'Planen for fordelingen av vertskommuneansvaret og styringsgruppen; ikke avtaletekst.',
    },
    {
      title: 'Nyhetssak på rorosnytt.no om landbruk og regnskap til nabokommunene',
      url: 'http://rorosnytt.no/landbruk-og-regnskap-til-nabokommunene/',
      about: 'Os som vertskommune for felles landbruksavdeling; ikke avtaletekst.',
    },
    {
      title: 'Nyhetssak på nearadio.no: ja til felles regnskapskontor for Røros, Os og Holtålen',
      url: 'https://www.nearadio.no/nyheter/i/KnbKV4/ja-til-felles-regnskapskontor-for-roeros-os-og-holtaalen',
      about: 'Felles regnskapskontor i Holtålen; ikke avtaletekst.',
    },
  ],
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
    // §8 B i: "Kostnadsfordelingen følger antall innbyggere i den enkelte kommune"
    { kind: 'population', validFrom: '2016-07-01', clause: '§8 B' },
    {
      // Not in the agreement text: a press report of Røros kommunestyre's amendment of point 8 B.
      kind: 'fixed-and-population',
      validFrom: '2019-01-01',
      clause: '§8 B',
      reading: { note: 'cost-key-2019', reading: 'fixed-and-population-2019' },
      fixedPercent: '40',
      populationPercent: '60',
      source:
        'Røros kommunestyres vedtak om å endre punkt 8 B, omtalt av nearadio.no (https://www.nearadio.no/nyheter/i/VP5kmp/roeros-hoeyre-oensker-seg-julegave-fra-holtaalen-og-os, LEGAL.md §6); at Os og Holtålen kommunestyrer har vedtatt endringen, er ikke verifisert',
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
      // §6 is silent on deputies, abstention and quorum: no clause (note "samarbeidsorgan-composition").
      deputies: { allowed: false },
      abstention: { allowed: true },
      quorum: { kind: 'none' },
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
});
