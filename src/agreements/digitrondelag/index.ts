import type { AgreementWith, OrganWithIds } from '../../model/bodies.js';
import type { InterpretationNote } from '../../model/interpretation.js';
import { builtIn } from '../../model/trusted.js';
import { clauses } from './clauses.js';

/**
 * Where the DigiTrøndelag text leaves a choice: the reading this encoding
 * follows and the alternatives.
 */
const interpretations: readonly InterpretationNote[] = [
  {
    id: 'signing-date',
    clauses: ['§6'],
    question:
      'Avtalen gjelder «fra undertegnelsestidspunktet», men kildeteksten har ingen dato for undertegning.',
    reading:
      'Avtalen regnes som gjeldende fra 1. januar 2019, etter sammenslåingen til Trøndelag fylke (2018) som §1 viser til, og før evalueringen «innen februar 2021» (§6). Datoen er en antakelse og må erstattes med undertegningsdatoen når den er kjent.',
    alternatives: [
      {
        reading: 'Undertegningsdatoen, når den er kjent.',
        consequence: 'Møter og vedtak før den datoen faller utenfor avtalen.',
      },
    ],
  },
  {
    id: 'end-of-2022',
    clauses: ['§6'],
    question: 'Avtalen gjelder «frem til 2022». Til og med 2022, eller til 1. januar 2022?',
    reading:
      'Til og med 31. desember 2022: avtalen gjelder ut året 2022. Velg den andre lesningen med readings: { "end-of-2022": "until-2022" }.',
    readingId: 'through-2022',
    alternatives: [
      {
        id: 'until-2022',
        reading: 'Til 1. januar 2022 (siste dag 31. desember 2021).',
        consequence:
          'Avtalen gjelder ikke i 2022: møter i 2022 faller utenfor avtalen, og avtalen løper ut 31. desember 2021.',
      },
    ],
  },
  {
    id: 'evaluation-february-2021',
    clauses: ['§6'],
    question:
      '«Samarbeidet og avtalen evalueres innen februar 2021.» Innen utgangen av februar, eller før februar begynner?',
    reading:
      'Innen utgangen av februar 2021 (siste frist 28. februar 2021). Velg den andre lesningen med readings: { "evaluation-february-2021": "before-february" }.',
    readingId: 'end-of-february',
    alternatives: [
      {
        id: 'before-february',
        reading: 'Før februar 2021 (siste frist 31. januar 2021).',
        consequence: 'Fristen for evalueringen blir fire uker tidligere.',
      },
    ],
  },
  {
    id: 'participants-not-listed',
    clauses: ['§3.1', '§4.1', '§4.3', '§7'],
    question: 'Hvilke kommuner er parter?',
    reading:
      'Avtaleteksten nevner bare Trondheim kommune ved navn (§3.2); de øvrige deltakende kommunene står ikke i kilden. Bare Trondheim er derfor lagt inn som part; de øvrige legges inn som data når listen er kjent. Det får tre følger. (1) Regionsetene i programstyret (§4.3) kan nevne hvilken som helst kommune unntatt Trondheim, fordi listen over deltakere ikke er kjent (se «programstyre-regional-seats»). (2) Om en endring er vedtatt av alle parter (§7, «enighet mellom alle avtalepartene»), kan ikke avgjøres: er alle kjente parter enige, er svaret «ukjent», aldri «vedtatt» (se «amendment-by-parties»). (3) Porteføljestyret (§4.1) får ett sete per kjent part, altså i dag bare Trondheims sete i tillegg til Fylkesmannen (se «portefoljestyre-composition»).',
    alternatives: [
      {
        reading: 'Alle kommunene i Trøndelag.',
        consequence:
          'Porteføljestyret ville få ett sete per kommune i fylket; kilden sier ikke at alle har sluttet seg til.',
      },
    ],
  },
  {
    id: 'portefoljestyre-composition',
    clauses: ['§4.1'],
    question:
      '«Porteføljestyret utgjøres av RU (rådmannsutvalget) samt med deltakelse fra Fylkesmannen.» Hvem sitter i porteføljestyret, og er Fylkesmannen medlem?',
    reading:
      'RU er rådmannsutvalget. Det er trolig et organ som finnes fra før (rådmannsutvalget i KS Trøndelag), ikke ett sete per deltakende kommune; medlemmene står ikke i kilden. Inntil de er kjent, har porteføljestyret i dataene ett sete per kjent part (i dag bare Trondheim, se «participants-not-listed»). Fylkesmannen har etter teksten «deltakelse»; om det er som medlem med stemme, sier ikke kilden. I dataene er Fylkesmannen lagt inn som et eget sete. Tilføyelsen «i dag Statsforvalteren» i setets navn er vår og står ikke i avtaleteksten. Avtalen gir ingen beslutningsregel for porteføljestyret, så ingen beregning bygger på setene.',
    alternatives: [
      {
        reading:
          'RU er rådmannsutvalget i KS Trøndelag med de medlemmene det har, uavhengig av hvem som er parter.',
        consequence:
          'Setene må legges inn som navngitte seter når medlemslisten er kjent; de er ikke nødvendigvis ett per part.',
      },
      {
        reading: 'Fylkesmannen deltar uten stemme, med rett til å møte og uttale seg.',
        consequence:
          'Setet for Fylkesmannen skal da ikke telles når det stemmes. I dag regnes det ikke ut noe vedtak i porteføljestyret, så ingen utregning endres.',
      },
    ],
  },
  {
    id: 'programstyre-regional-seats',
    clauses: ['§4.3'],
    question:
      'Programstyret har «representanter på rådmannsnivå fra de ulike delene av Trøndelag». Hvor mange, og for hvilke deler?',
    reading:
      'Ett sete per region; regioninndelingen står ikke i kilden og oppgis som data ved beslutningen. Testene bruker en eksempelinndeling som er merket som eksempel. Regionsetene er for «de øvrige deltakende kommuner»: en region kan nevne hvilken som helst kommune (avtalen lister ikke deltakerne, se «participants-not-listed»), men ikke Trondheim, som har fast sete. Treårsperioden i §4.3 gjelder regionsetene; Trondheim, KS og fylkeskommunen har faste seter.',
    alternatives: [
      {
        reading: 'Et fast antall seter fastsatt av porteføljestyret.',
        consequence: 'Setene legges da inn som navngitte seter i stedet for per region.',
      },
    ],
  },
  {
    id: 'programstyre-deputies-and-quorum',
    clauses: ['§4.3'],
    question: 'Har programstyret varamedlemmer eller krav til hvor mange som må være til stede?',
    reading:
      'Nei: §4.3 nevner verken varamedlemmer eller vedtaksførhet. Bare medlemmene møter, og det stilles ikke krav om et bestemt antall til stede.',
    alternatives: [
      {
        reading: 'Kommunelovens regel om minst halvparten til stede gjelder tilsvarende.',
        consequence:
          'Et møte med færre enn halvparten av setene kan ikke beslutte. Programstyret er ikke et folkevalgt organ, så regelen gjelder neppe direkte.',
      },
    ],
  },
  {
    id: 'programstyre-stand-in',
    clauses: ['§4.2', '§4.3'],
    question:
      'Når verken rådmannen i Trondheim eller den han har utpekt leder møtet, men en annen leder det (for eksempel KS), har møteleder da leders myndighet til å beslutte når konsensus ikke nås?',
    reading:
      'Nei. §4.3 legger beslutningen til «programstyrets leder», og §4.2 sier hvem det er: rådmannen i Trondheim eller den han utpeker. Den som bare leder ett møte, er ikke leder; uten konsensus er forslaget da ikke vedtatt.',
    readingId: 'leader-only',
    alternatives: [
      {
        id: 'presiding-person',
        reading: 'Den som leder møtet, har leders myndighet i møtet.',
        consequence:
          'Uten konsensus blir møteleders standpunkt vedtaket. Velg med readings: { "programstyre-stand-in": "presiding-person" }.',
      },
    ],
  },
  {
    id: 'chair-decides',
    clauses: ['§4.2', '§4.3'],
    question:
      '«Dersom konsensus ikke nås, beslutter programstyrets leder.» Hvem er leder, og hva beslutter leder?',
    reading:
      'Leder er rådmannen i Trondheim (Trondheims faste sete) eller den rådmannen utpeker (§4.2; i møtefilen presidingRole «designee»). Uten konsensus blir lederens eget standpunkt vedtaket: stemmer leder for, er forslaget vedtatt; stemmer leder mot eller tar ikke stilling, er det ikke vedtatt.',
    alternatives: [
      {
        reading: 'Leder kan beslutte noe annet enn forslaget som ble stemt over.',
        consequence:
          'Vedtaket kan da ikke regnes ut av stemmene; beslutningen må registreres som eget vedtak.',
      },
    ],
  },
  {
    id: 'programstyre-consensus',
    clauses: ['§4.3'],
    question:
      '«Det søkes konsensus i programstyret om beslutninger.» Når er det konsensus: må alle som er til stede stemme for, eller er det nok at ingen er imot?',
    reading:
      'Konsensus er at ingen stemmer imot og minst én stemmer for. Den som ikke tar stilling, og den som ikke er til stede, hindrer ikke konsensus. Det er samme lesning som for styret i Helseplattformen. Når konsensus ikke nås, beslutter leder (§4.3, se «chair-decides»).',
    alternatives: [
      {
        reading: 'Konsensus krever at alle som er til stede, stemmer for.',
        consequence:
          'Tar noen ikke stilling, er det da ikke konsensus, og leder beslutter. Utfallet blir bare et annet når leder selv ikke stemmer for: da er forslaget vedtatt etter hovedlesningen, men ikke etter denne. Ellers blir utfallet det samme, men vedtaket er lederens beslutning, ikke konsensus. Lesningen kan ikke velges i beregningene: regelen «alle til stede for, ellers beslutter leder» finnes ikke i modellen ennå.',
      },
    ],
  },
  {
    id: 'legal-form',
    clauses: ['§3.1', '§4.3'],
    question:
      'Hvilken samarbeidsform er DigiTrøndelag, og hvor bindende er programstyrets beslutninger?',
    reading:
      'Kilden nevner ingen samarbeidsform og oppretter ikke noe organ etter kommuneloven. At samarbeidet er avtalebasert, er derfor vår slutning, ikke avtalens ord. Programstyret beslutter (§4.3), og «hver part med gjennomføringsansvar skal sørge for at beslutninger fattet i programstyret blir gjennomført»; det binder partene som avtaleforpliktelse. Programstyret utøver ikke offentlig myndighet på kommunenes vegne.',
    alternatives: [
      {
        reading:
          'Samarbeidet er et vertskommunesamarbeid med Trondheim som vertskommune (kommuneloven kapittel 20).',
        consequence:
          'Trondheim måtte da ha fått delegert oppgaver eller myndighet fra de andre kommunene (LEGAL.md §1.3); kilden har ingen slik delegering.',
      },
    ],
  },
  {
    id: 'amendment-by-parties',
    clauses: ['§7'],
    question:
      '«Alle endringer til denne avtale skal gjøres skriftlig, og krever enighet mellom alle avtalepartene.» Må kommunestyrene vedta en endring, og hvem gir en parts tilslutning?',
    reading:
      'Nei, kommunestyrevedtak kreves ikke: §7 krever skriftlig enighet mellom alle partene, ikke vedtak i kommunestyrene. Dataene sier derfor at kommunestyrene ikke må vedta endringen, og svarene om en endring taler om parter, ikke kommunestyrer. Hvem som gir tilslutning på vegne av en part (kommunestyret, formannskapet eller rådmannen), sier ikke avtalen. Fordi partene ikke alle er kjent, er det uansett ukjent om alle er enige (se «participants-not-listed»).',
    alternatives: [
      {
        reading: 'En endring krever vedtak i hvert kommunestyre.',
        consequence:
          'En endring er da først vedtatt når alle kommunestyrene har vedtatt den samme teksten.',
      },
    ],
  },
  {
    id: 'no-exit-clause',
    clauses: ['§7'],
    question: 'Kan en part tre ut av samarbeidet før avtalen løper ut (§6: «frem til 2022»)?',
    reading:
      'Avtalen har ingen regel om uttreden eller oppsigelse før den løper ut. Den eneste veien teksten gir, er en endring av avtalen etter §7, som krever skriftlig enighet mellom alle partene. Det beregnes derfor ingen frist for uttreden: spør man om uttreden, er svaret en feil som sier at avtalen ikke har noen oppsigelsesfrist.',
    alternatives: [
      {
        reading: 'En part kan likevel tre ut med rimelig varsel.',
        consequence:
          'Fristen kan ikke regnes ut av avtalen; den må avtales særskilt eller avgjøres etter alminnelige regler.',
      },
    ],
  },
];

/**
 * DigiTrøndelag's bodies by id, each with the ids of the matters it decides
 * (porteføljestyret decides none the agreement names): the ids `decide`
 * takes for `digitrondelag`.
 *
 * @example
 * const matter: DigitrondelagBodies['programstyre'] = 'decision';
 */
export type DigitrondelagBodies = {
  readonly programstyre: 'decision';
  readonly portefoljestyre: never;
};

const organs: readonly OrganWithIds<DigitrondelagBodies>[] = [
  {
    id: 'programstyre',
    name: 'Programstyret',
    clause: '§4.3',
    seats: {
      fixed: [
        { id: 'trondheim', name: 'Trondheim kommune (fast representasjon)', municipality: '5001' },
        { id: 'ks-trondelag', name: 'KS Trøndelag' },
        { id: 'trondelag-fylkeskommune', name: 'Trøndelag fylkeskommune' },
      ],
      perRegion: true,
      regionMembers: { of: 'any-municipality', excludingFixedSeats: true, clause: '§4.3' },
      clause: '§4.3',
    },
    deputies: { allowed: false, clause: '§4.3' },
    abstention: { allowed: true, clause: '§4.3' },
    quorum: { kind: 'none', clause: '§4.3' },
    chair: {
      title: 'leder',
      appointedBy: 'rådmannen i Trondheim, eller den han utpeker',
      seat: 'trondheim',
      designee: { clause: '§4.2' },
      standIn: {
        note: 'programstyre-stand-in',
        castingVote: { 'leader-only': false, 'presiding-person': true },
      },
      clause: '§4.2',
    },
    termYears: { years: 3, of: 'members', clause: '§4.3' },
    meetings: { description: 'kvartalsvis eller ved behov', clause: '§4.3' },
    duties: [
      {
        text: 'Leder innkaller til møter i programstyret, er ordstyrer for møtene og er ansvarlig for at referat føres',
        clause: '§4.2',
      },
      {
        text: 'Fatte beslutninger av overordnet karakter i saker som partene må avklare i fellesskap',
        clause: '§4.3',
      },
      {
        text: 'Vedta rammer for budsjett, budsjettoppfølging og tildeling av midler',
        clause: '§4.3',
      },
      { text: 'Vedta dokumenter som er styrende for prosjekter i samarbeidet', clause: '§4.3' },
      {
        text: 'Beslutte og prioritere fellesprosjekter med vedtatt fremdrift og leveranse med tilhørende finansiering',
        clause: '§4.3',
      },
      { text: 'Nedsette faggrupper eller temanettverk etter behov', clause: '§4.3' },
      { text: 'Vedta plan for finansiering av det enkelte prosjekt', clause: '§5' },
    ],
    matters: [
      {
        id: 'decision',
        name: 'Beslutninger i programstyret',
        rule: { kind: 'consensus-else-chair', clause: '§4.3' },
      },
    ],
  },
  {
    id: 'portefoljestyre',
    name: 'Porteføljestyret',
    clause: '§4.1',
    seats: {
      perParty: true,
      fixed: [
        {
          id: 'fylkesmannen',
          name: 'Fylkesmannen i Trøndelag (i dag Statsforvalteren; tilføyd, ikke i avtaleteksten)',
        },
      ],
      clause: '§4.1',
    },
    deputies: { allowed: false, clause: '§4.1' },
    abstention: { allowed: true, clause: '§4.1' },
    quorum: { kind: 'none', clause: '§4.1' },
    meetings: {
      description: 'en til to ganger årlig',
      perYearAtLeast: 1,
      perYearAtMost: 2,
      clause: '§4.1',
    },
    duties: [
      { text: 'Behandle årsplan og årsrapport', clause: '§4.1' },
      {
        text: 'Velge/utnevne programstyrets medlemmer blant de øvrige deltakende kommuner, for 3 år',
        clause: '§4.3',
      },
    ],
    matters: [],
  },
];

/**
 * DigiTrøndelag: the agreement on cooperation on digitalisation among the
 * municipalities of Trøndelag, with Trondheim's programme organisation, a
 * programme board (programstyret) that seeks consensus and otherwise follows
 * its leader, and a portfolio board (porteføljestyret). It is read as an
 * agreement-based cooperation, not one of the forms of kommuneloven § 17-1
 * (the text names no form; note `legal-form`).
 * In force until the end of 2022 (§6). The sources name only Trondheim among
 * the participants; see the interpretation notes.
 *
 * Built-in id: `digitrondelag`.
 *
 * @see `digitrondelag-avtale.txt`
 * @example
 * import { digitrondelag, decide } from 'kommunesamarbeid';
 * digitrondelag.organs?.map((o) => o.id); //=> ['programstyre', 'portefoljestyre']
 */
export const digitrondelag: AgreementWith<DigitrondelagBodies> = builtIn({
  id: 'digitrondelag',
  title: 'Avtale knyttet til samarbeid vedrørende digitalisering (DigiTrøndelag)',
  legalForm: 'avtalebasert-samarbeid',
  sources: [
    {
      title: 'Avtale knyttet til samarbeid vedrørende digitalisering',
      about:
        'Avtaleteksten, punkt 1–7; bestemmelsene i dataene er sitert herfra. Kopien er udatert og ikke signert.',
    },
  ],
  validFrom: '2019-01-01',
  validUntil: '2022-12-31',
  validUntilByReading: {
    note: 'end-of-2022',
    dates: { 'through-2022': '2022-12-31', 'until-2022': '2021-12-31' },
  },
  validityClause: '§6',
  partiesNotAllKnown: { note: 'participants-not-listed' },
  parties: [
    {
      municipality: { number: '5001', name: 'Trondheim' },
      membership: { joined: '2019-01-01' },
    },
  ],
  costKeys: [],
  obligations: [
    {
      who: 'Hver part',
      duty: 'Arbeide for at formålet oppnås, bruke sine virkemidler, bidra med ressurser på felles arenaer og i prosjekter, og arbeide for at relevante fellesløsninger tas i bruk',
      clause: '§3.1',
    },
    {
      who: 'Hver part',
      duty: 'Bære sine interne kostnader som følger av samarbeidet',
      clause: '§3.1',
    },
    {
      who: 'Alle deltakende kommuner',
      duty: 'Ta på seg ansvar som prosjekteier for regionale prosjekter, etter den til enhver tid gjeldende prosjektporteføljen',
      clause: '§3.1',
    },
    {
      who: 'De deltakende kommunene',
      duty: 'Være tilknyttet den nasjonale finansieringsordningen DigiFin, som KS etablerte i 2017',
      clause: '§3.1',
    },
    {
      who: '5001 Trondheim',
      duty: 'Etablere en programorganisasjon, lokalisert i Trondheim og ledet av en programleder, og holde oversikt over kostnadene i programområdet',
      clause: '§3.2',
    },
    { who: '5001 Trondheim', duty: 'Ha en aktiv og ledende rolle i samarbeidet', clause: '§3.2' },
    {
      who: 'Hver part med gjennomføringsansvar',
      duty: 'Sørge for at beslutninger fattet i programstyret blir gjennomført',
      clause: '§4.3',
    },
    {
      who: '5001 Trondheim',
      duty: 'Utpeke programleder etter drøfting i programstyret',
      clause: '§4.4',
    },
    {
      who: 'Programleder',
      duty: 'Realisere samarbeidet i henhold til samarbeidsavtalen, mandat og andre vedtak fattet i programstyret',
      clause: '§4.4',
    },
    ...[
      'Administrasjon: følge opp samarbeidsavtalen',
      'Koordinere underliggende tiltak og prosjekter',
      'Utarbeide forslag til budsjett, budsjettoppfølging og forvaltning av midler innenfor vedtatte rammer',
      'Etablere interne rutiner og prosesser knyttet til prosjektgjennomføring',
      'Koordinere ekstern kommunikasjon og samhandling',
      'Foreslå opprettelse av faggrupper eller teamnettverk etter behov',
      'Dokumenthåndtering og arkivering',
      'Administrativ forvaltning av metoder, verktøy og felles spesifikasjoner',
    ].map((duty) => ({
      who: 'Programområdet',
      duty: `Forvalte porteføljen av nasjonale og regionale tiltak og prosjekter og ivareta funksjonen: ${duty}`,
      clause: '§4.4',
    })),
    {
      who: 'De deltakende partene og programstyret',
      duty: 'Avtale mandat og budsjett for hvert gjennomføringsprosjekt, forankret blant de deltakende partene og i programstyret',
      clause: '§4.6',
    },
    {
      who: 'Programstyret',
      duty: 'Når et prosjekt får egen styringsgruppe, skal minst én av programstyrets representanter delta i den',
      clause: '§4.6',
    },
    {
      who: 'Partene',
      duty: 'Finansiere programkontoret med et årlig tilskudd, avtalt fortrinnsvis i god tid før årets utløp',
      clause: '§5',
    },
    {
      who: 'Partene',
      duty: 'Finansiere enkeltprosjekter og tiltak særskilt; planen for finansiering av hvert prosjekt legges frem for programstyret for vedtak',
      clause: '§5',
    },
    {
      who: 'Partene',
      duty: 'Avtale og finansiere særskilt tjenester og spesialistkompetanse programkontoret leverer på områder den enkelte kommune ellers ville kjøpt i markedet eller ansatt i egen organisasjon',
      clause: '§5',
    },
    {
      who: 'Hver kommune',
      duty: 'Bære interne kostnader ved mottak av prosjekter og realisere gevinstene av arbeidet',
      clause: '§5',
    },
  ],
  organs,
  lifecycle: {
    amendment: { clause: '§7', councilsMustAdopt: false, inWriting: true },
    calendar: [
      {
        id: 'evaluation',
        who: 'Partene',
        what: 'Evaluere samarbeidet og avtalen',
        due: { month: 2, day: 'last' },
        year: 2021,
        dueByReading: {
          note: 'evaluation-february-2021',
          due: {
            'end-of-february': { year: 2021, month: 2, day: 'last' },
            'before-february': { year: 2021, month: 1, day: 31 },
          },
        },
        clause: '§6',
      },
      {
        id: 'agreement-ends',
        who: 'Partene',
        what: 'Avtalen løper ut (gjelder frem til 2022)',
        due: { month: 12, day: 31 },
        year: 2022,
        dueByReading: {
          note: 'end-of-2022',
          due: {
            'through-2022': { year: 2022, month: 12, day: 31 },
            'until-2022': { year: 2021, month: 12, day: 31 },
          },
        },
        clause: '§6',
      },
    ],
  },
  clauses,
  interpretations,
});
