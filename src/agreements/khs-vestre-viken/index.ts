import type { AgreementWith } from '../../model/bodies.js';
import type { Party } from '../../model/party.js';
import { builtIn } from '../../model/trusted.js';

function party(number: string, name: string, roles?: readonly 'ledende-kommune'[]): Party {
  return {
    municipality: { number, name },
    membership: { joined: '2015-06-12' },
    ...(roles === undefined ? {} : { roles }),
  };
}

/**
 * KHS Vestre Viken's bodies by id, each with the ids of the matters it decides (the
 * agreement names none): the ids `decide` takes for `khsVestreViken`.
 *
 * @example
 * const organ: keyof KhsVestreVikenBodies = 'samarbeidsstyre';
 */
export type KhsVestreVikenBodies = {
  readonly samarbeidsstyre: never;
};

/**
 * Kommunehelsesamarbeidet (KHS) in the Vestre Viken health area: the 21
 * municipalities' network towards Vestre Viken HF, continued as an
 * agreement-based network (avtalebasert samarbeid), not a legal entity and
 * not one of the statutory forms. It cannot decide on the municipalities'
 * behalf. The sources are a municipal case report (saksframlegg) and the
 * KHS web page cited in LEGAL.md §5; the revised agreement text and its
 * current cost key are not among them, and the data says so.
 *
 * Built-in id: `khs-vestre-viken`.
 *
 * @see `khs-vestre-viken-saksframlegg.txt`, LEGAL.md §5
 * @example
 * import { khsVestreViken } from 'kommunesamarbeid';
 * khsVestreViken.parties.length; //=> 21
 * khsVestreViken.organs?.[0]?.seats.fixed?.length; //=> 7
 */
export const khsVestreViken: AgreementWith<KhsVestreVikenBodies> = builtIn({
  id: 'khs-vestre-viken',
  title: 'Kommunehelsesamarbeidet (KHS) i Vestre Viken helseområdet – avtalebasert nettverk',
  legalForm: 'avtalebasert-samarbeid',
  legalBasis:
    'Ingen: «et nettverk uten forankring i kommuneloven, men som et avtalebasert nettverk» (Vurdering)',
  sources: [
    {
      title:
        'Saksframlegg om å videreføre Kommunehelsesamarbeidet som et avtalebasert samarbeid (nettverk)',
      about:
        'Kommunedirektørens innstilling, saksopplysninger og vurdering; bestemmelsene i dataene er sitert herfra. Kopien nevner verken kommunen eller datoen. Vedlegget «Avtale om kommunalt nettverk i Vestre Viken helseområdet (KHS)» er ikke blant kildene.',
    },
    {
      title: 'Nettsiden «Om KHS» på kommunehelsesamarbeidet.no',
      url: 'https://kommunehelsesamarbeidet.no/about/',
      about:
        'Deltakerne, Samarbeidsstyret, historikken og at Bærum leder samarbeidet; ikke avtaletekst.',
    },
    {
      title: 'Nyhetssak på vestregionen.no om eiermøtet på Portåsen',
      url: 'https://vestregionen.no/nyheter/helse/eiermote-avholdt-pa-portasen?q=',
      about: 'Satsen for 2015: «Kommunene betaler 2 kr pr innbygger»; ikke avtaletekst.',
    },
    {
      title:
        'Nyhetssak i Budstikka om at Bærum skal lede samarbeidet om kommunehelsen i Vestre Viken',
      url: 'https://www.budstikka.no/nyheter/baerum-skal-lede-samarbeid-om-kommunehelsen-i-vestre-viken/20777!/',
      about: 'Bærum som arbeidsgiver og leder for 2019–2022; ikke avtaletekst.',
    },
  ],
  // 12.06.2015 is from the KHS web page (LEGAL.md §5, summarised in "Om KHS"), not the saksframlegg.
  validFrom: '2015-06-12',
  validityClause: 'Om KHS',
  partiesClause: 'Om KHS',
  partiesKnownFrom: { date: '2024-01-01', note: 'membership-history' },
  parties: [
    party('3201', 'Bærum', ['ledende-kommune']),
    party('3203', 'Asker'),
    party('3236', 'Jevnaker'),
    party('3301', 'Drammen'),
    party('3303', 'Kongsberg'),
    party('3305', 'Ringerike'),
    party('3310', 'Hole'),
    party('3312', 'Lier'),
    party('3314', 'Øvre Eiker'),
    party('3316', 'Modum'),
    party('3318', 'Krødsherad'),
    party('3320', 'Flå'),
    party('3322', 'Nesbyen'),
    party('3324', 'Gol'),
    party('3326', 'Hemsedal'),
    party('3328', 'Ål'),
    party('3330', 'Hol'),
    party('3332', 'Sigdal'),
    party('3334', 'Flesberg'),
    party('3336', 'Rollag'),
    party('3338', 'Nore og Uvdal'),
  ],
  lifecycle: { rulesUnknown: { note: 'agreement-text-unknown' } },
  costKeys: [
    {
      // The rate is stated for 2015 only; it is not carried forward as the current key.
      kind: 'per-inhabitant',
      validFrom: '2015-06-12',
      validUntil: '2015-12-31',
      clause: 'Om KHS',
      ratePerInhabitant: '2.00',
      source:
        'Eiermøte 2015: «Kommunene betaler 2 kr pr innbygger», https://vestregionen.no/nyheter/helse/eiermote-avholdt-pa-portasen?q= (LEGAL.md §5)',
    },
  ],
  organs: [
    {
      id: 'samarbeidsstyre',
      name: 'Samarbeidsstyret',
      clause: 'Om KHS',
      seats: {
        fixed: [
          { id: 'ringeriksregionen', name: 'Ringeriksregionen' },
          { id: 'hallingdal', name: 'Hallingdal' },
          { id: 'midt-buskerud', name: 'Midt-Buskerud' },
          { id: 'drammensomradet', name: 'Drammensområdet' },
          { id: 'kongsbergregionen', name: 'Kongsbergregionen' },
          { id: 'asker', name: 'Asker' },
          { id: 'baerum', name: 'Bærum' },
        ],
        clause: 'Om KHS',
      },
      deputies: { allowed: false },
      abstention: { allowed: true },
      quorum: { kind: 'none' },
      chair: { title: 'leder', appointedBy: 'Bærum kommune som ledende kommune', clause: 'Om KHS' },
      termYears: { years: 4, of: 'members', clause: 'Om KHS' },
      meetings: { description: 'minst fire ganger i året', perYearAtLeast: 4, clause: 'Om KHS' },
      duties: [
        {
          text: 'Medlemmene velges blant kommunalsjefer/kommunaldirektører, herav minst to fra små kommuner',
          clause: 'Om KHS',
        },
        { text: 'Nestleder bør representere de mindre kommunene', clause: 'Om KHS' },
      ],
      matters: [],
    },
  ],
  obligations: [
    { who: 'KHS', duty: 'Har ikke beslutningsmyndighet på vegne av kommunene', clause: 'Om KHS' },
    {
      // The saksframlegg: the one position is employed by the municipality that leads, "de siste årene … Bærum kommune".
      who: 'Kommunen som leder samarbeidet (de siste årene 3201 Bærum)',
      duty: 'Være arbeidsgiver for stillingen (1 årsverk) som er knyttet til samarbeidet og utfører det administrative arbeidet',
      clause: 'Saksopplysninger',
    },
    {
      // The KHS web page (LEGAL.md §5): Bærum appointed to lead KHS in 2019–2022.
      who: '3201 Bærum (ledende kommune, utpekt for 2019–2022)',
      duty: 'Lede KHS og Samarbeidsstyret og ha arbeidsgiveransvaret for koordinatoren og KS eKomp-koordinatoren',
      clause: 'Om KHS',
    },
  ],
  clauses: [
    {
      ref: 'Innstilling',
      notComputable: 'Innstillingen til vedtak; ingen regel.',
      title: 'Kommunedirektørens innstilling',
      text: [
        'Kommunedirektøren anbefaler formannskapet å gi følgende innstilling til kommunestyret:',
        'Kommunehelsesamarbeidet videreføres som et avtalebasert samarbeid (nettverk).',
      ].join('\n\n'),
    },
    {
      ref: 'Begrunnelse',
      notComputable: 'Begrunnelse.',
      title: 'Begrunnelse',
      text: [
        'Avtalen sikrer kommunens deltakelse i overordnet kommunehelsefellesskap med samarbeidende kommuner og Vestre Viken helseforetak.',
      ].join('\n\n'),
    },
    {
      ref: 'Saksopplysninger',
      notComputable:
        'Bakgrunn og historikk. Startdatoen 12. juni 2015 står ikke her, men på KHS’ nettside (Om KHS); forlengelsen 21. november 2022 er registrert som tolkningsnotat.',
      title: 'Saksopplysninger',
      text: [
        'Kommunehelsesamarbeidet (KHS) skal ivareta kommunenes interesser i samhandlingen med Vestre Viken helseforetak (HF) og bidra til utviklingen av fremtidenes helsetjeneste i tråd med samhandlingsreformens intensjoner. KHS skal bidra til planlegging, og samarbeid skal sikre sammenhengende helsetjenester i henhold til avtalen om Helsefellesskap Vest-Viken.',
        'Kommunehelsesamarbeidet (KHS) inngikk som en del av samarbeidet Vestregionen, et samarbeid mellom en rekke kommuner i Akershus, Buskerud og Vestfold, samt Akershus og Buskerud fylkeskommuner. Samarbeidet ble etablert i 1992 med grunnlag i kommuneloven av 25.09.1992 § 27 om interkommunalt og interfylkeskommunalt samarbeid. Vestregionen opphørte fra 01.01.2019, samtidig ble det besluttet å videreføre KHS.',
        'Avtalen ble opprinnelig inngått som et tiltak knyttet til gjennomføringen av samhandlingsreformen, hvor helse- og omsorgsloven § 6-1 påla kommuner å inngå avtaler med foretak. Avtalens virkeområde ble i 2021 utvidet til å også omfatte samarbeidet knyttet til Helsefelleskapet Vest-Viken. Dette basert på en avtale mellom Regjeringen og KS om etablering av Helsefelleskap.',
        'Formålet med samarbeidet mellom kommunene er å styrke kommunens tjenesteområde innen helse. Kommunehelsesamarbeidet skjer med utgangspunkt i en samarbeidsavtale; det er ikke etablert et eget rettssubjekt. Det administrative arbeidet knyttet til samarbeidet er i stor grad utført av personell i kommunen som er utpekt til å lede samarbeidet. 1 årsverk er tilknyttet samarbeidet. Stillingen er ansatt i kommunen som leder samarbeidet, de siste årene har dette vært Bærum kommune.',
        'Det årlige møte for ordfører og kommunedirektører 21.11.2022, ga tilslutning til en forlengelse av kommunehelsesamarbeidet til det forelå en fornyet juridisk vurdering av samarbeidsavtalen med utgangpunkt ny kommunelov som da var vedtatt.',
        'KS Advokatene fikk i 2023 i oppdrag å revidere avtalen og har på bakgrunn av rettskildene - ikke tilstrekkelig holdepunkter for å fastslå at den type samarbeid som her organiseres ikke kan fortsette som et avtalebasert samarbeid. De oppfatter at kommunene ønsker å fortsette samarbeidet etter den modell som her er valgt, og slik lagt det til grunn for utarbeidelse av reviderte forslag til avtale, jf. vedlegg.',
      ].join('\n\n'),
    },
    {
      ref: 'Vurdering',
      notComputable: 'Vurderingen av samarbeidsformen; formen er data (legalForm).',
      title: 'Kommunedirektørens vurdering',
      text: [
        'Kommunehelsesamarbeidet skal ivareta kommunenes interesser i samhandlingen med Vestre Viken helseforetak og bidra til utviklingen av fremtidens helsetjenester i tråd med samhandlingsreformens intensjoner. Den reviderte avtalen tar sikte på videreføring av samarbeidet som et nettverk uten forankring i kommuneloven, men som et avtalebasert nettverk slik KS Advokatene beskriver.',
        'Kommunedirektøren vurderer den reviderte avtalen som et godt grunnlag for videre samarbeid, og anbefaler sin tilslutning gjennom positivt vedtak.',
      ].join('\n\n'),
    },
    {
      ref: 'Vedlegg',
      notComputable: 'Liste over vedlegg; avtaleteksten selv er ikke blant kildene.',
      title: 'Vedlegg',
      text: [
        '1 Avtale om kommunalt nettverk i Vestre Viken helseområdet (KHS) 2 Sak 11. Saksgrunnlag Avtale om kommunehelsesamarbeid',
      ].join('\n\n'),
    },
    {
      ref: 'Om KHS',
      title:
        'Fakta fra kommunehelsesamarbeidet.no/about og Vestregionen (sammendrag, LEGAL.md §5; ikke avtaletekst)',
      text: [
        'KHS har 21 kommuner: Asker, Bærum, Drammen, Flesberg, Flå, Gol, Hemsedal, Hol, Hole, Jevnaker, Kongsberg, Krødsherad, Lier, Modum, Nesbyen, Nore og Uvdal, Ringerike, Rollag, Sigdal, Øvre Eiker og Ål.',
        '«KHS har ikke beslutningsmyndighet på vegne av kommunene».',
        'Samarbeidsstyret har 7 representanter, én hver fra Ringeriksregionen, Hallingdal, Midt-Buskerud, Drammensområdet, Kongsbergregionen, Asker og Bærum, valgt blant kommunalsjefer/kommunaldirektører, «herav minst to fra små kommuner». Perioden er 4 år og kan fornyes; styret møtes minst 4 ganger i året.',
        'Bærum ble utpekt til å lede KHS i 2019–2022 (ledelse av Samarbeidsstyret og arbeidsgiveransvar for koordinatoren og KS eKomp-koordinatoren). Nestleder bør representere de mindre kommunene.',
        'Fra 12.06.2015 ble Samarbeidsstyret øverste organ. Kostnad 2015: «Kommunene betaler 2 kr pr innbygger».',
      ].join('\n\n'),
    },
  ],
  interpretations: [
    {
      id: 'membership-history',
      clauses: ['Om KHS'],
      question: 'Hvem var med i KHS før dagens 21 kommuner?',
      reading:
        'Ukjent. Listen over 21 kommuner er dagens (KHS’ nettside, LEGAL.md §5) og står med kommunenummer fra 2024; ifølge samme kilde hadde samarbeidet 26 kommuner i 2009–2022, men hvilke står ikke i kildene. Medlemskap før 1. januar 2024 regnes derfor som ukjent: spørsmål om deltakere, andeler og fordeling før den datoen gir feil i stedet for svar. Tiltredelsesdatoen 12. juni 2015 i dataene er bare datoen da Samarbeidsstyret ble øverste organ.',
      alternatives: [
        {
          reading: 'De 21 kommunene har vært med siden 12. juni 2015.',
          consequence:
            'Gir feil svar før 2020–2024: flere kommuner var med, og kommunenumrene var andre (for eksempel fantes ikke 3301 Drammen).',
        },
      ],
    },
    {
      id: 'lead-municipality-period',
      clauses: ['Saksopplysninger', 'Om KHS'],
      question: 'Hvor lenge er Bærum ledende kommune?',
      reading:
        'Saksframlegget sier bare at stillingen er ansatt i kommunen som leder samarbeidet, og at «de siste årene har dette vært Bærum kommune» (Saksopplysninger). Ifølge KHS’ nettside og Budstikka (LEGAL.md §5) ble Bærum utpekt til å lede KHS for 2019–2022. Hvem som er utpekt etter 2022, står ikke i kildene. Dataene gir Bærum rollen som ledende kommune uten sluttdato; det er en antakelse for tiden etter 2022.',
      alternatives: [
        {
          reading: 'En annen kommune er utpekt til å lede KHS etter 2022.',
          consequence:
            'Rollen som ledende kommune, ledelsen av Samarbeidsstyret og arbeidsgiveransvaret går da over til den kommunen fra den datoen.',
        },
      ],
    },
    {
      id: 'interim-extension-2022',
      clauses: ['Saksopplysninger'],
      question: 'På hvilket grunnlag gjelder samarbeidet etter 2022?',
      reading:
        'Det årlige møtet for ordførere og kommunedirektører 21.11.2022 «ga tilslutning til en forlengelse av kommunehelsesamarbeidet til det forelå en fornyet juridisk vurdering» (Saksopplysninger). Samarbeidet er altså forlenget midlertidig, i påvente av den reviderte avtalen; dataene har derfor ingen sluttdato. Når den reviderte avtalen er vedtatt, og fra hvilken dato, står ikke i kildene. Dataene beskriver derfor ordningen slik den gjelder under forlengelsen. «Avtalebasert nettverk» i tittelen er formen saksframlegget anbefaler for den reviderte avtalen (Innstilling, Vurdering); den reviderte avtalen (vedlegg 1) er ikke blant kildene.',
      alternatives: [
        {
          reading: 'Den reviderte avtalen (vedlegg 1) har erstattet den gamle ordningen.',
          consequence:
            'Startdatoen og reglene ville da være den nye avtalens, som ikke er kjent; dataene viser den gamle ordningen fra 2015.',
        },
      ],
    },
    {
      id: 'samarbeidsstyre-settings-unknown',
      clauses: ['Om KHS'],
      question:
        'Har Samarbeidsstyret varamedlemmer, krav til hvor mange som må være til stede, og kan medlemmene avstå?',
      reading:
        'Ukjent: kildene sier ikke noe om dette. Dataene har verdier (ingen varamedlemmer, ingen krav, avstå tillatt) bare fordi modellen krever dem; de er ikke fakta. Styret har heller ingen beslutningsregel i dataene, så ingen utregning bygger på dem.',
      alternatives: [],
    },
    {
      id: 'agreement-text-unknown',
      clauses: ['Vedlegg', 'Vurdering'],
      question:
        'Hva står i den reviderte «Avtale om kommunalt nettverk i Vestre Viken helseområdet»?',
      reading:
        'Ukjent: avtaleteksten (vedlegg 1) er ikke blant kildene. Dataene bygger på saksframlegget og KHS’ nettside; regler for beslutninger, uttreden og endring er derfor ikke kodet.',
      alternatives: [],
    },
    {
      id: 'cost-key-unknown',
      clauses: ['Om KHS'],
      question: 'Hva er dagens kostnadsnøkkel?',
      reading:
        'Ukjent. Den eneste verifiserte satsen er 2 kr per innbygger i 2015 (eiermøtet 2015, LEGAL.md §5); den er lagt inn for 2015 alene, fra 12. juni til 31. desember 2015. For senere år finnes ingen nøkkel i dataene, og en fordeling er en feil som sier det, til en kilde for dagens nøkkel legges inn.',
      alternatives: [],
    },
    {
      id: 'populations-not-verified',
      clauses: ['Om KHS'],
      question: 'Hvilke innbyggertall gjelder for betalingen per innbygger?',
      reading:
        'Ingen innbyggertall er lagt inn: kildene har dem ikke. Hent dem fra SSB (tabell 07459) med populationFromJsonStat før en kostnad fordeles.',
      alternatives: [],
    },
    {
      id: 'municipality-numbers',
      clauses: ['Om KHS'],
      question: 'Hvilke kommunenummer har de 21 kommunene?',
      reading:
        'Numrene fra 2024 (Akershus 32xx, Buskerud 33xx). De står ikke i kildedokumentene. De er kontrollert mot lister publisert i kodelagre på GitHub: en fylke- og kommuneliste fra NAV (github.com/navikt/paw-arbeidssoekerregisteret-for-personbruker, fylker.ts) og en tabell over gamle og nye kommunenummer (github.com/lauriejh/regtools). Det er ikke offisielle kilder: numrene må verifiseres mot SSBs standard for kommuneinndeling.',
      alternatives: [],
    },
    {
      id: 'subregions',
      clauses: ['Om KHS'],
      question: 'Hvilke kommuner hører til hvilken delregion i Samarbeidsstyret?',
      reading:
        'Kildene navngir delregionene, men ikke hvilke kommuner som hører til hver; fordelingen av kommuner på delregioner er ikke kodet.',
      alternatives: [],
    },
  ],
});
