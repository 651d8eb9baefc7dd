/**
 * What the handbook takes from the project's legal background notes (the
 * file LEGAL.md, which neither the repository's package nor the handbook
 * ships): per section of those notes, each statement with its source, and
 * whether it was checked against that source. The data and the engine cite
 * the notes as "LEGAL.md §1.5"; the handbook shows this table instead, so that
 * it cites nothing the reader cannot open.
 */

/**
 * One statement of the legal background (rettskilde) the handbook relies on:
 * the statement in bokmål (quotes as the source writes them), its source (a
 * statute, a guide, a web page), and whether it was verified against that
 * source.
 *
 * @example
 * const statement: LegalStatement = { text: 'Kommunalt oppgavefellesskap er regulert i kommuneloven kapittel 19.', source: 'Veileder om interkommunalt samarbeid (KDD), kap. 6.1', verified: true };
 */
export interface LegalStatement {
  readonly text: string;
  readonly source: string;
  readonly verified: boolean;
}

/**
 * A section of the legal background notes: its number as the data cites it
 * ("1.5" for "LEGAL.md §1.5"), its title and its statements.
 *
 * @example
 * LEGAL_BASIS.find((s) => s.section === '1.6')?.title; //=> 'Kommuneloven 1992'
 */
export interface LegalSection {
  readonly section: string;
  readonly title: string;
  readonly statements: readonly LegalStatement[];
}

const GUIDE =
  'https://www.regjeringen.no/no/dokumenter/veileder-om-interkommunalt-samarbeid/id2998121/';
const KL2018 = 'Kommuneloven 2018 (LOV-2018-06-22-83), https://lovdata.no/lov/2018-06-22-83';
const DOUBLE_VOTE =
  'Kommunal- og moderniseringsdepartementet, sak 14/6300 «Bruk av dobbeltstemme i folkevalgte organer», https://www.regjeringen.no/no/dokumenter/-35-om-kommunelovens-regler-om-stemmegivning/id2427218/';

/**
 * The sections of the legal background the data and the engine cite, with
 * each statement and its source, marked verified or not.
 *
 * @example
 * LEGAL_BASIS.map((s) => s.section); //=> ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '2', '5', '6']
 */
export const LEGAL_BASIS: readonly LegalSection[] = [
  {
    section: '1.1',
    title: 'Kommuneloven § 17-1: lovlige former for interkommunalt samarbeid',
    statements: [
      {
        text: 'Formene etter § 17-1 andre ledd er interkommunalt politisk råd, kommunalt oppgavefellesskap, vertskommunesamarbeid, interkommunalt selskap, aksjeselskap, samvirkeforetak, forening «eller på en annen måte som det er rettslig adgang til».',
        source: `Veileder om interkommunalt samarbeid (KDD), kap. 2.1, ${GUIDE}?ch=2`,
        verified: true,
      },
    ],
  },
  {
    section: '1.2',
    title: 'Kommuneloven kapittel 19: kommunalt oppgavefellesskap',
    statements: [
      {
        text: 'Kapittel 18 og 19 regulerer bare «de mest sentrale forholdene»; «De andre kapitlene i kommuneloven gjelder så langt de passer for samarbeidene».',
        source: `Veileder om interkommunalt samarbeid (KDD), kap. 6.1, ${GUIDE}?ch=6`,
        verified: true,
      },
      {
        text: 'Eierandelene i en samarbeidsavtale etter kapittel 19 «må angis i prosent eller brøk»; Foretaksregisteret godkjente ikke en avtale der «ansvars-/eierandelene ikke kom klart nok frem».',
        source:
          'Samfunnsbedriftene, https://www.samfunnsbedriftene.no/advokattjenester/selskapsrett/flerkommunale-selskap-og-foretak-ma-angi-eier-og-ansvarsforhold/',
        verified: true,
      },
      {
        text: 'Minsteinnholdet i samarbeidsavtalen (§ 19-4), ansvaret for deltakernes andel av forpliktelsene (§ 19-5) og retten til å si opp med ett års skriftlig varsel.',
        source: KL2018,
        verified: false,
      },
    ],
  },
  {
    section: '1.3',
    title: 'Kommuneloven kapittel 20: vertskommunesamarbeid',
    statements: [
      {
        text: 'Vertskommunesamarbeid er «ikke et eget rettssubjekt, men organisatorisk en del av vertskommunens virksomhet»; samarbeidskommunene delegerer oppgaver og myndighet til vertskommunen.',
        source: `Veileder om interkommunalt samarbeid (KDD), kap. 5.1, ${GUIDE}?ch=5`,
        verified: true,
      },
      {
        text: 'Minsteinnholdet i en vertskommuneavtale og en lovbestemt oppsigelsesfrist.',
        source: KL2018,
        verified: false,
      },
    ],
  },
  {
    section: '1.4',
    title: 'Kommuneloven kapittel 18: interkommunalt politisk råd',
    statements: [
      {
        text: 'Et interkommunalt politisk råd «skal ikke produsere tjenester, men være et samarbeidsforum».',
        source: `Veileder om interkommunalt samarbeid (KDD), kap. 3.2.2, ${GUIDE}?ch=3`,
        verified: true,
      },
      {
        text: 'Representantskap, skriftlig avtale med minsteinnhold, og oppsigelse med ett års skriftlig varsel.',
        source: KL2018,
        verified: false,
      },
    ],
  },
  {
    section: '1.5',
    title: 'Kommuneloven kapittel 11: møteregler (vedtaksførhet, stemmegivning, stemmelikhet)',
    statements: [
      {
        text: 'Et folkevalgt organ kan bare treffe vedtak når minst halvparten av medlemmene har vært til stede og avgitt stemme; vedtak treffes med alminnelig flertall; ved stemmelikhet er møteleders stemme avgjørende, unntatt ved valg, som avgjøres ved loddtrekning (§ 11-9, gjengitt etter hukommelsen).',
        source: KL2018,
        verified: false,
      },
      {
        text: 'Kommuneloven 1992 § 35 nr. 1: «Ved stemmelikhet i andre saker enn valg er møteleders stemme avgjørende.» Møtelederen «kan i et slikt tilfelle ikke selv avgjøre om hans/hennes stemme skal være avgjørende».',
        source: DOUBLE_VOTE,
        verified: true,
      },
      {
        text: 'Kommuneloven 1992 § 38: ved flertallsvalg avgjøres stemmelikhet ved loddtrekning.',
        source: DOUBLE_VOTE,
        verified: true,
      },
      {
        text: 'Hvem som regnes med i vedtaksførheten (varamedlemmer som møter, ikke inhabile medlemmer), og stemmeplikten (§ 8-1 og § 11-9).',
        source: KL2018,
        verified: false,
      },
    ],
  },
  {
    section: '1.6',
    title: 'Kommuneloven 1992',
    statements: [
      {
        text: '§ 27 nr. 3: «Den enkelte kommune (…) kan i alle fall med ett års skriftlig varsel si opp sitt deltakerforhold i det interkommunale samarbeid og kreve seg utløst av det.»',
        source:
          'Kommunal- og moderniseringsdepartementet, «§ 27 nr. 3 – oppsigelse av interkommunalt styre», https://www.regjeringen.no/no/dokumenter/27-nr-3-oppsigelse-av-interkommunalt-sty/id636100/',
        verified: true,
      },
      {
        text: '§ 28-1 b er administrativt vertskommunesamarbeid og § 28-1 c vertskommunesamarbeid med felles folkevalgt nemnd; etter § 28 a kan en kommune overføre lovpålagte oppgaver og myndighet til å treffe vedtak til en vertskommune.',
        source:
          'KS, https://www.ks.no/fagomrader/demokrati-og-styring/kommunestruktur/registering-av-interkommunalt-samarbeid/, og Ot.prp. nr. 95 (2005–2006) kap. 10, https://regjeringen.no/no/dokumenter/otprp-nr-95-2005-2006-/id190191/?ch=10',
        verified: true,
      },
    ],
  },
  {
    section: '1.7',
    title: 'IKS-loven (LOV-1999-01-29-6)',
    statements: [
      {
        text: '§ 3: «Den enkelte deltaker hefter ubegrenset for en prosent- eller brøkdel av selskapets forpliktelser. Til sammen skal delene utgjøre selskapets samlede forpliktelser.»',
        source: 'IKS-loven, https://lovdata.no/dokument/NL/lov/1999-01-29-6',
        verified: true,
      },
      {
        text: '§ 4: selskapsavtalen skal være skriftlig og vedtas av kommunestyret selv.',
        source: 'IKS-loven, https://lovdata.no/dokument/NL/lov/1999-01-29-6',
        verified: true,
      },
      {
        text: '§ 30: uttreden med ett års skriftlig varsel.',
        source: 'IKS-loven, https://lovdata.no/dokument/NL/lov/1999-01-29-6',
        verified: false,
      },
    ],
  },
  {
    section: '2',
    title: 'Veileder om interkommunalt samarbeid (KDD)',
    statements: [
      {
        text: 'Ved siden av de lovregulerte formene finnes «samarbeid uten noen lovregulert organisatorisk overbygning», for eksempel «uformelle faglige nettverk».',
        source:
          'Prop. 46 L (2017–2018) kap. 19.1, https://www.regjeringen.no/no/dokumenter/prop.-46-l-20172018/id2593519/?ch=19',
        verified: true,
      },
    ],
  },
  {
    section: '5',
    title: 'Kommunehelsesamarbeidet (KHS), Vestre Viken',
    statements: [
      {
        text: 'KHS har 21 kommuner; «KHS har ikke beslutningsmyndighet på vegne av kommunene». Samarbeidsstyret har 7 representanter, én fra hver av Ringeriksregionen, Hallingdal, Midt-Buskerud, Drammensområdet, Kongsbergregionen, Asker og Bærum, med funksjonstid på 4 år; fra 12.06.2015 ble Samarbeidsstyret øverste organ, og samarbeidet startet i 2009 som et prosjekt med 26 kommuner.',
        source: 'Nettsiden «Om KHS», https://kommunehelsesamarbeidet.no/about/',
        verified: true,
      },
      {
        text: 'Bærum ble utpekt til å lede KHS i 2019–2022, med arbeidsgiveransvaret for koordinatoren.',
        source:
          'Nettsiden «Om KHS» og Budstikka, https://www.budstikka.no/nyheter/baerum-skal-lede-samarbeid-om-kommunehelsen-i-vestre-viken/20777!/',
        verified: true,
      },
      {
        text: 'Kostnaden i 2015: «Kommunene betaler 2 kr pr innbygger».',
        source:
          'Vestregionen, https://vestregionen.no/nyheter/helse/eiermote-avholdt-pa-portasen?q=',
        verified: true,
      },
      {
        text: 'Den reviderte «Avtale om kommunalt nettverk i Vestre Viken helseområdet» og dagens kostnadsnøkkel er ikke funnet.',
        source: 'Ingen',
        verified: false,
      },
    ],
  },
  {
    section: '6',
    title: 'Røros–Os–Holtålen',
    statements: [
      {
        text: 'Røros kommunestyre vedtok enstemmig å endre punkt 8 B: «For alle eksisterende samarbeidstiltak … kostnadsfordeling med 40 % fast og 60 % etter folketall f.o.m. 01.01.2019»; rent tjenestesalg mellom kommunene prises til «selvkost lønn + 20 %».',
        source:
          'nearadio.no, https://www.nearadio.no/nyheter/i/VP5kmp/roeros-hoeyre-oensker-seg-julegave-fra-holtaalen-og-os',
        verified: true,
      },
      {
        text: 'Vertskommuneansvaret skal fordeles omtrent etter størrelse: «60 prosent av aktiviteten i Røros, 20 prosent i Os og Holtålen målt etter antall årsverk knyttet til samarbeidet»; styringsgruppen er de tre formannskapene, fra 2020 ordførerne og én representant for opposisjonen.',
        source:
          'nearadio.no 7. november 2017, http://nearadio.no/nyheter/roros-os-og-holtalen-intensiverer-samarbeidet/19.18019',
        verified: true,
      },
      {
        text: 'Felles landbruksavdeling som vertskommunesamarbeid etter kommuneloven 1992 § 28-1 b med Os som vertskommune, og felles regnskapskontor i Holtålen (Ålen).',
        source:
          'rorosnytt.no, http://rorosnytt.no/landbruk-og-regnskap-til-nabokommunene/, og nearadio.no, https://www.nearadio.no/nyheter/i/KnbKV4/ja-til-felles-regnskapskontor-for-roeros-os-og-holtaalen',
        verified: true,
      },
      {
        text: '«40 % fast» betyr trolig 40 % delt likt mellom de tre (13,33 % hver) og 60 % etter folketall; kilden sier ikke «likt».',
        source: 'Tolkning av nearadio.no-saken om endringen av punkt 8 B',
        verified: false,
      },
    ],
  },
];
