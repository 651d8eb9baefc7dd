import type { Clause } from '../../model/clause.js';

/**
 * The clauses of the DigiTrøndelag agreement, §1 to §7, with their text as the
 * agreement has it (page layout removed; paragraphs separated by a blank line;
 * bullet points one per line). The source's own typos are kept. The footnote
 * to "Digitalisering[1]" in §1 is the last paragraph of §1. A test checks every
 * paragraph against the source document.
 *
 * Source: `digitrondelag-avtale.txt`, "Avtale knyttet til samarbeid vedrørende
 * digitalisering".
 */
export const clauses: readonly Clause[] = [
  {
    ref: '§1',
    notComputable: 'Bakgrunn.',
    title: 'Bakgrunn',
    text: [
      'Over tid har man i de ulike kommunene, nasjonalt og gjennom aktiviteter som DiguT sett behovet for at kommunene i Trøndelag utvikler et sterkere felles eierskap til arbeidet med digitalisering. Dette for å oppnå en sterkere gjennomføringskraft og felles retning i utviklingsarbeidet i i Norge og i Trøndelag.',
      'Sammenslåingen til ett felles Trøndelag fylke har forsterket gevinstpotensialet ved en tettere koordinert samhandling for digitalisering av kommunene og offentlig sektor forøvrig i regionen. Både Fylkeskommunen og Fylkesmannen har uttrykt støtte til og ønske om et tettere samarbeid om digitalisering i Trøndelag. KS viser til behovet at det etableres “regionale bølgekraftverk” (for å styrke arbeidet med å utvikle og innføre nasjonale og regionale prosjekter/løsninger i kommunene. I tillegg samles sterke fagmiljøer i nettverkene for å påvirke digitaliseringen i offentlig sektor og sikre god sammenheng på nasjonalt, regionalt og lokalt nivå. Dette gjelder spesielt hvis nettverkene er koblet inn mot den nasjonale styringsstrukturen på digitalisering og innovasjon i kommunesektoren.',
      'Alle kommuner skal møte de samme lovpålagte oppgavene og ha interaksjon med de samme sektorer og aktører til tross for at utgangspunktet og forutsetningene i den enkelte kommune varierer.',
      'Digitalisering[1] fører til at innbyggere og næringsliv forventer digital samhandling med kommunen og tilgang til åpne data.',
      'Teknologi gjør det mulig å automatisere deler av den kommunale saksbehandlingen. Kvalitet og effektivitet i den digitale samhandlingen med innbyggere, organisasjoner og næringsliv er viktig for den enkelte bruker av kommunale tjenester, den interne saksbehandlingen og for samfunnet som helhet.',
      'Behovet for forsterket innsats på digitaliseringsområdet og sektorspesifikke krav til bruk av standarder og felleskomponenter øker i takt med at omfanget av statlige digitaliseringsprosjekter som berører kommunene og nasjonale felleskommunale prosjekter og løsninger vokser frem. Kommunene opplever at digitale trender utfordrer dagens tjenesteproduksjon og at det er krevende å møte de nasjonale initiativene innenfor ulike tjenesteområder. Det felles regionale samarbeidet skal hjelpe kommunene til å møte disse utfordringene.',
      'Risikoen for et digitalt klasseskille mellom kommuner i regionen er økende. Samarbeid om kompetansebygging, kunnskapsdeling og samskaping gjennom digitale samarbeidsprosjekter kan bidra til å utjevne ulikheter og forsterke innsatsen på digitaliseringsprosjekt i regionen.',
      'Retningen på arbeidet og innsatsområder tilpasses de til enhver tid gjeldende nasjonale strategier.',
      '[1] Med digitalisering mener vi den helhetlige prosessen rundt det å ta i bruk såkalte muliggjørende digitale teknologier for å løse kommunens oppgaver på en best mulig måte',
    ].join('\n\n'),
  },
  {
    ref: '§2',
    notComputable: 'Formål.',
    title: 'Formålet med samarbeidet',
    text: [
      'Et langsiktig mål med samarbeidet er å skape bedre og mer effektive tjenester til innbyggere og næringsliv.',
      'Felles informasjonsutveksling og kompetansebygging og implementering av nasjonale og eventuelt regionale løsninger i den enkelte kommune fører til:\n- Digital modenhet og endringskraft\n- Forbedring og effektivisering av arbeidsprosesser i kommunene\n- Forbedring av eksisterende tjenester\n- Utvikling og innovasjon av nye tjenester',
      'Forutsetningen for å lykkes er at kommunene utvikler og ivaretar et langsiktig faglig samarbeid og legger til grunn at bruk av felles løsninger og ressurser innenfor digitaliseringsområdet er god ressursutnyttelse og riktig strategisk tilnærming. Ansvaret for å realisere gevinstene tilligger den enkelte kommune og/eller tilstøtende forvaltningsnivå der det er aktuelt. Felles ressursinnsats innenfor digitalisering vil øke muligheten for å gjennomføre felles prosjekter og oppnå større samfunnsmessige gevinster.',
    ].join('\n\n'),
  },
  {
    ref: '§3',
    notComputable: 'Overskrift; innholdet står i §3.1–§3.2.',
    title: 'Partenes rolle og ansvar i samarbeidet',
    text: '',
  },
  {
    ref: '§3.1',
    notComputable: 'Partenes plikter er data (obligations), ikke en regel å regne ut.',
    title: 'Ansvar for alle de deltakende parter/kommuner',
    text: [
      'Hver part har ansvar for å arbeide for at formålet i avtalen oppnås. Partene har også ansvar for å bruke virkemidlene de har til rådighet for å sikre måloppnåelse, bidra med ressurser på felles arenaer og i prosjekter som etableres, samt å arbeide for at relevante fellesløsninger tas i bruk. De deltakende parter bærer sine interne kostnader som følger av samarbeidet.',
      'Alle deltakende kommuner er forpliktet til å ta på seg ansvar som prosjekteier for regionale prosjekter. Dette innebærer å sikre at prosjektet svarer ut de deltakende kommunenes behov innenfor omforente fremdriftsplaner og budsjetter, herunder tilrettelegging for innføring av løsning i samarbeidskommunene i de tilfeller dette er en del av prosjektets mandat. Fordeling av prosjekter mellom de deltakende kommunene fremgår av den til enhver tid gjeldende prosjektporteføljen.',
      'De deltakende kommunene skal være tilknyttet den nasjonale finansieringsordningen («DigiFin») som KS etablerte i 2017.',
    ].join('\n\n'),
  },
  {
    ref: '§3.2',
    notComputable: 'Trondheims plikter er data (obligations).',
    title: 'Spesielt for Trondheim kommune',
    text: [
      'Trondheim kommune har ansvar for etablering av en programorganisasjon. Ressurser som leies inn i programorganisasjonen og/eller ansettes i denne lokaliseres til Trondheim kommune og ledes av en programleder. Trondheim kommune har ansvaret for å holde oversikt over kostnader relatert til programområdet DigiTrøndelag og prosjekter som gjennomføres i regi programområdet.',
      'Trondheim, som den største kommunen i regionen, må ha en aktiv og ledende rolle i samarbeidet. Trondheim kommune oppfordres til å involvere DigiTrøndelag i samarbeid med andre parter på regionalt og nasjonalt nivå der det er naturlig og mulig.',
    ].join('\n\n'),
  },
  {
    ref: '§4',
    notComputable: 'Organiseringen i prosjekter; ingen regel å regne ut.',
    title: 'Organisering',
    text: [
      'Realiseringen av arbeidet med å nå formålet i avtalen er organisert gjennom et programområde med en koordinerende funksjon.',
      'Tiltak organiseres som prosjekter og ledes av en part i samarbeidet som er nært behovet. Parten har et regionalt gjennomføringsansvar. Øvrige kommuner deltar med ressurser inn i arbeidet. Den enkelte deltakende kommune har et selvstendig ansvar for å realisere gevinster av tiltaket.',
      'Tiltakene ledes ut i fra prinsippet om at ansvar delegeres til det enkelte prosjekt innenfor rammer av sentral styring og koordinering.',
    ].join('\n\n'),
  },
  {
    ref: '§4.1',
    notComputable:
      'Porteføljestyret har ingen oppgitt beslutningsregel; møter og oppgaver er data.',
    title: 'Porteføljestyret',
    text: [
      'Porteføljestyret utgjøres av RU (rådmannsutvalget) samt med deltakelse fra Fylkesmannen. Porteføljestyret møtes en til to ganger årlig og behandler primært årsplan og årsrapport. I årsplanen fremgår status på nye og eldre prosjekter.',
    ].join('\n\n'),
  },
  {
    ref: '§4.2',
    title: 'Leder for programstyret',
    text: [
      'Rådmannen i Trondheim, eller den han utpeker, leder programstyret Leder innkaller til møter i programstyret,er ordstyrer for møtene og ansvarlig for at referat føres.',
    ].join('\n\n'),
  },
  {
    ref: '§4.3',
    title: 'Programstyret',
    text: [
      'Programstyret består av:\n● Trondheim har fast representasjon\n● Representanter på rådmannsnivå fra de ulike delene av Trøndelag\n● èn representant for KS Trøndelag.\n● en representant for Trøndelag fylkeskommune',
      'Programstyrets medlemmer blant de øvrige deltakende kommuner velges/utnevnes av porteføljestyret, og sitter for en periode på 3 år.',
      'Programstyret møtes kvartalsvis eller ved behov. Det søkes konsensus i programstyret om beslutninger. Dersom konsensus ikke nås, beslutter programstyrets leder. Hver part med gjennomføringsansvar skal sørge for at beslutninger fattet i programstyret blir gjennomført.',
      'Oppgaver til programstyret:\n● Fatte beslutninger av overordnet karakter i saker som partene må avklare i fellesskap for å realisere formålet med samarbeidet\n● Vedta rammer for budsjett, budsjettoppfølging og tildeling av midler\n● Vedta dokumenter som er styrende for prosjekter i samarbeidet\n● Beslutter og prioriterer fellesprosjekter med vedtatt fremdrift og leveranse med tilhørende finansiering\n● Nedsette faggrupper eller temanettverk etter behov',
    ].join('\n\n'),
  },
  {
    ref: '§4.4',
    notComputable: 'Programområdets oppgaver er data (obligations).',
    title: 'Programområdet',
    text: [
      'Trondheim kommune utpeker programleder etter drøfting i programstyret. Programleder har ansvar for å realisere samarbeidet i henhold til samarbeidsavtalen, mandat og andre vedtak fattet i programstyret.',
      'Programområdet forvalter den samlede porteføljen av nasjonale og regionale tiltak og prosjekter og skal ivareta følgende funksjoner:\n● Administrasjon (Følge opp samarbeidsavtalen og\n● koordinere underliggende tiltak og prosjekter\n● Utarbeide forslag til budsjett, budsjettoppfølging og forvaltning av midler innenfor vedtatte rammer\n● Etablere interne rutiner og prosesser knyttet til prosjektgjennomføring\n● Koordinere ekstern kommunikasjon og samhandling\n● Foreslå opprettelse av faggrupper eller teamnettverk etter behov\n● Dokumenthåndtering og arkivering\n● Administrativ forvaltning av metoder, verktøy og felles spesifikasjoner',
      'Programleder bør kunne innhente kompetanse innenfor områdene IT-arkitektur, innovasjon, prosjektledelse, organisasjons -og strategiutvikling, kompetanse innen innføring av digitaliseringsløsningerog informasjons- og kommunikasjonskompetanse ved behov.',
    ].join('\n\n'),
  },
  {
    ref: '§4.5',
    notComputable: 'Ressursgruppe; ingen regel.',
    title: 'Ressursgruppe',
    text: [
      'Det etableres en gruppe bestående av ressurspersoner fra deltakende kommuner – eller felles regionssamarbeid og leder for programkontoret. Arbeidsutvalget vil ha en viktig rolle for å bringe forankring inn i DigiTrøndelag, både mht. geografi og mht. fagområder. Gruppen kan utvides med sentrale ressurser innenfor programkontorets ulike fagområder. Formålet med ressursgruppen er å sikre realisering av samarbeidsavtalens formål, styrke samhandlingen på tvers av kommunene og understøtte integrerende prosesser og oppgaveløsning som bidrar til felles gjennomføring. Ressursgruppen skal sammen med programleder sikre oversikt over initiativer som pågår på nasjonalt nivå og i de aktuelle kommunene, som utgangspunkt for å foreslå prosjekter som bør gjennomføres.',
    ].join('\n\n'),
  },
  {
    ref: '§4.6',
    notComputable:
      'Gjennomføringsprosjekter; pliktene (mandat og budsjett per prosjekt, et medlem av programstyret i hver styringsgruppe) er data (obligations), ingen utregning.',
    title: 'Gjennomføringsprosjekter',
    text: [
      'Gjennomføringsprosjektene har ansvar for realisering av tiltak innenfor samarbeidsavtalens formål. Prosjektene forankres i og ledes av enkeltkommuner eller regionsamarbeid. For hvert prosjekt skal det avtales mandat og budsjett som er forankret blant de deltakende parter og i programstyret.',
      'Prosjekter bemannes ved at de deltakende kommuner avgir ressurser eller penger til frikjøp av ressurser. Prosjekter støttes med ressurser fra programkontoret. Ved enkelte prosjekter nedsettes egen styringsgruppe for å følge opp prosjektet. I disse tilfellene vil minst en av representantene fra programstyret delta i styringsgruppen.',
    ].join('\n\n'),
  },
  {
    ref: '§5',
    notComputable: 'Finansieringen avtales særskilt; pliktene er data (obligations).',
    title: 'Finansiering',
    text: [
      'DigiTrøndelag vil finansieres av midler tilordnet fra de deltakende kommunene eller som ervervet fra ulike støtteordninger.',
      'Programkontoret finansieres gjennom årlig tilskudd avtalt fortrinnsvis i god tid før årets utløp. Ut over dette deltar kommunene med egeninnsats og finansiering inn i samarbeidet for å gjennomføre enkeltprosjekter og tiltak.',
      'I de tilfeller programkontoret leverer tjenester og spesialistkompetanse på områder som den enkelte kommune ellers ville kjøpt i markedet eller ansatt i egen organisasjon, skal dette avtales og finansieres særskilt.',
      'Enkeltprosjekter og tiltak finansieres særskilt. Plan for finansiering av det enkelte prosjekt legges frem for programstyret for vedtak. Den enkelte kommune har et selvstendig ansvar for interne kostnader knyttet til mottak av prosjekter og å realisere gevinster av arbeidet.',
    ].join('\n\n'),
  },
  {
    ref: '§6',
    title: 'Varighet',
    text: [
      'Avtalen gjelder fra undertegnelsestidspunktet og frem til 2022. Samarbeidet og avtalen evalueres innen februar 2021.',
    ].join('\n\n'),
  },
  {
    ref: '§7',
    title: 'Endringer',
    text: [
      'Alle endringer til denne avtale skal gjøres skriftlig, og krever enighet mellom alle avtalepartene.',
    ].join('\n\n'),
  },
];
