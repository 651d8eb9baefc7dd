import type { Clause } from '../../model/clause.js';

/**
 * The clauses of the Helseplattformen agreement, §1 to §19, with their text as
 * the agreement has it (page numbers and layout removed; paragraphs separated
 * by a blank line; table rows and bullet points one per line). A test checks
 * every paragraph against the source document.
 *
 * Source: `helseplattformen-samarbeidsavtale.txt`, "Kommunal samarbeidsavtale –
 * kommunalt oppgavefellesskap Helseplattformen".
 */
export const clauses: readonly Clause[] = [
  {
    ref: '§1',
    notComputable: 'Overskrift; innholdet står i §1.1–§1.3.',
    title: 'Bakgrunn, formål og parter i avtalen',
    text: '',
  },
  {
    ref: '§1.1',
    notComputable: 'Bakgrunn; ingen regel å regne ut.',
    title: 'Bakgrunn og kontekst',
    text: [
      'Kommunene i Trøndelag, Møre- og Romsdal, samt Bindal i Nordland og Os i Innlandet, har inngått eller har mulighet til å benytte opsjon på å delta i et offentlig-offentlig samarbeid med Helse Midt-Norge RHF og dets underliggende helseforetak. Formålet er implementering og bruk av et felles journalsystem, heretter omtalt som "Helseplattformen."',
      'De overordnede retningslinjene og rammene for dette offentlig-offentlige samarbeidet er detaljert i samarbeidsavtalen mellom kommunene og Helse Midt-Norge RHF datert 18. november 2019 «Samarbeidsavtalen».',
      'Kommunene som deltar i samarbeidet, har formelt tiltrådt Samarbeidsavtalen med de andre samarbeidspartnere. I tillegg har hver kommune inngått individuelle tjenesteavtaler med Helseplattformen AS og aksjonæravtale med de øvrige aksjonærene i selskapet. Gjennom Samarbeidsavtalen og de individuelle tjenesteavtalene har eierkommunene påtatt seg forpliktelser for samordning og deltakelse.',
    ].join('\n\n'),
  },
  {
    ref: '§1.2',
    notComputable: 'Formål og samarbeidsform; samarbeidsformen er data (legalForm).',
    title: 'Oppgavesamarbeidets formål og oppgaver',
    text: [
      'Samarbeidet etableres som et kommunalt oppgavefellesskap slik dette er regulert i kommuneloven kapittel 19.',
      'Oppgavefellesskapet skal ivareta eierkommunene i Helseplattformen sine felles behov for helsetjenesteutvikling, felles faglige beslutninger og samarbeid om strategisk og operativ prioritering av løsningens utvikling og forbedringer.',
      'Videre skal samarbeidet fremme standardisering av rutiner og arbeidsprosesser på tvers mellom kommunene. I tillegg er det behov for koordinering, planlegging og gjennomføring av operative og strategiske møter med Helseplattformen AS, vedlikehold og videreutvikling av opplæring, gevinstuttak for kommunene, bidrag til forskning/innovasjon og håndtering av felles dataansvar.',
      'Målet med oppgavefellesskapets virksomhet er å sikre ivaretakelse av de forpliktelser og rettigheter som eierkommunene har overfor hverandre og de øvrige deltakende aktørene i helseplattformsamarbeidet, som definert i Samarbeidsavtalen.',
      'En slik samordning vil legge til rette for gevinster på tvers av eierkommunene og ivareta kommunenes behov for en felles faglig styringslinje. Dette for å møte tilsvarende organisering i spesialisthelsetjenesten. Samarbeidet bidrar til at kommunene vil stå sterkere sammen i en felles utvikling av regionens helsetjenester. Dialog og kommunikasjon med HP AS blir effektiv i en samlet struktur versus at den enkelte kommune skal ha direkte kontakt med selskapet.',
      'Eierkommunene ivaretar selv eierstyring av og utøvelse av aksjonærrollen i Helseplattformen AS.',
    ].join('\n\n'),
  },
  {
    ref: '§1.3',
    title: 'Partene i denne avtalen – oppgavefellesskapets deltakere',
    text: [
      'Parter i denne avtalen er kommuner som er aksjonærer i Helseplattformen AS og som har tiltrådt Samarbeidsavtalen og inngått individuell tjenesteavtale, i denne avtalen omtalt som “Eierkommuner”.',
      'Følgende kommuner deltar i oppgavefellesskapet:',
      '5001 Trondheim 5054 Indre Fosen 5055 Heim 1578 Fjord\n1508 Ålesund 1531 Sula 1566 Surnadal 5022 Rennebu\n1506 Molde 1580 Haram 5025 Røros 1573 Smøla\n1505 Kristiansund 5029 Skaun 5056 Hitra 5026 Holtålen\n5037 Levanger 5021 Oppdal 5058 Åfjord 5061 Rindal\n5028 Melhus 1539 Rauma 5032 Selbu 3430 Os\n5038 Verdal 1563 Sunndal 1547 Aukra 5033 Tydal\n1579 Hustadvika 1535 Vestnes 1560 Tingvoll\n5057 Ørland 5027 Midtre Gauldal 1511 Vanylven',
    ].join('\n\n'),
  },
  {
    ref: '§2',
    notComputable: 'Definisjoner.',
    title: 'Definisjoner',
    text: [
      'Begrep Definisjon Kommentar Kommunal samarbeidsavtale',
      'Dette avtaledokumentet. Avtale mellom kommunene for å ivareta felles interesser gjennom et oppgavefellesskap',
      'Samarbeidsavtalen Samarbeidsavtale med bilag, datert 18. november 2019, inngått mellom Helse Midt-Norge RHF og Trondheim kommune, med etterfølgende tiltredelseserklæringer fra deltakerkommuner og øvrige aktører.',
      'Overordnet samarbeidsavtale for samarbeidet med Helseplattformen.',
      'Tjenesteavtalen Avtale med bilag mellom Helseplattformen AS og den enkelte kunde for bruk av den felles Løsningen.',
      'Dekker selskapets forpliktelser som leverandør',
      'Aksjonæravtalen Aksjonæravtale som gjelder aksjonærforholdet i Helseplattformen AS datert 18. november 2019 mellom Helse Midt-Norge RHF og Trondheim kommune, med etterfølgende tiltredelseserklæringer fra deltakerkommuner og øvrige aktører.',
      'FFB (Felles faglig beslutningsstruktur)',
      'FFB, Felles faglig beslutningsstruktur som beskrevet i tjenesteavtalen punkt 1.4, beslutning i eiermøtet 07.02.2022 og Bilag 3 i tjenesteavtalen.',
      'Eierkommune Deltakerkommune som har tiltrådt samarbeidsavtalen og som deltar i det offentlige - offentlige samarbeidet Helseplattformen. Kontorkommune Kommunen som har ansvaret for å organisere og drifte oppgavefellesskapet',
      'Trondheim kommune er kontorkommune',
    ].join('\n\n'),
  },
  {
    ref: '§3',
    notComputable: 'Organisering og ressurser; ingen regel å regne ut.',
    title: 'Organisering av oppgavefellesskapet',
    text: [
      'Oppgavefellesskapet er ikke et eget rettssubjekt og den enkelte kommune er arbeidsgiver for ansatte fellesressurser i oppgavefellesskapet. Fellesressursene legges under samme ledelse i oppgavefellesskapet.',
      'Ressursomfanget tar utgangspunkt i dimensjoneringen av kommunale fellesressurser ved utgangen av 2024. Oppgavefellesskapet skal løpende vurdere nødvendig ressursbehov, med ambisjon om effektivisering når planlagt innføring er ferdigstilt og det oppnås en mer stabil drift- og forvaltningssituasjon.',
      'Oppgavefellesskapet skal ta utgangspunkt i lokasjon i Trondheim, men fellesressurser kan rekrutteres fra alle eierkommuner. Oppgavefellesskapets ledelse beslutter hvilke ressurser som skal ansettes basert på kvalifikasjoner og etterspurt kompetanse. Ved utvelgelse av fellesressurser skal kompetanse og erfaring med løsningen vektlegges, og det bør tilstrebes god kontinuitet i sammensetningen.',
      'Oppgavefellesskapet vil gjennom den samlede finansieringen dekke arbeidsgiverkommunens kostnader for de engasjerte ressursene. Alle eierkommuner skal sikres innflytelse i samarbeidet.',
      'Det tilligger oppgavefellesskapets styre å til enhver tid organisere oppgavefellesskapets arbeid, herunder avgjøre grad av desentralisert drift.',
    ].join('\n\n'),
  },
  {
    ref: '§4',
    notComputable: 'Myndighetens rammer; ikke noe tall eller vilkår å regne ut.',
    title: 'Oppgavefellesskapets myndighet',
    text: [
      'Oppgavefellesskapet har ikke myndighet til å fatte enkeltvedtak.',
      'Oppgavefellesskapet styres etter representantskapets til enhver tid vedtatte rammer.',
      'Representantskapets rammer styres igjen av de deltakende kommuners vedtatte rammer.',
      'Oppgavefellesskapet kan ikke forplikte kommunene ut over representantskapets vedtatte rammer.',
    ].join('\n\n'),
  },
  {
    ref: '§5',
    title: 'Representantskapet',
    text: [
      'Representantskapet består av 1 representant fra hver kommune. Representantskapet velges etter at nytt kommunestyre er konstituert, og sitter i kommunestyrets valgperiode.',
      'Hver av representantene har en stemme. Ved stemmelikhet har representantskapets leder dobbel stemme. Hver av de deltakende kommunene skal i tillegg sørge for like mange vararepresentanter.',
      'Representantskapets varighet følger valgperioden, slik at det er nyvalg etter hvert kommunevalg. Representantskapet velger selv sin leder og nestleder. Representantskapet er vedtaksføre når minst halvparten av dets medlemmer, inkludert varamedlemmer, er til stede. Møter i representantskapet kan avholdes digitalt. Representantskapet skal: 1) sørge for at oppgavefellesskapet til enhver tid har et fungerende styre. 2) godkjenne årlig budsjett, årsregnskap og årsberetning i oppgavefellesskapet',
      'Følgende vedtak kan kun fattes ved konsensus:',
      'a. Vedtak om endring av økonomiske rammer b. Vedtak om endring av samarbeidsavtale c. Vedtak om opptak av nye eierkommuner i oppgavefellesskapet',
      'Alle øvrige saker avgjøres ved alminnelig flertall. Antall medlemmer i styret og inndeling av kommunene i underliggende regioner kan endres etter vedtak i representantskapet.',
      'Representantskapet er øverste klageorgan for alle klagesaker i oppgavefellesskapet.',
    ].join('\n\n'),
  },
  {
    ref: '§6',
    title: 'Oppgavefellesskapets styre',
    text: [
      'Representantskapet skal ved opprettelsen av oppgavefellesskapet oppnevne et eget styre i tråd med samarbeidsavtalens bestemmelser. Styret er direkte underordnet representantskapet.',
      'Kommunene er gruppert i underliggende regionsinndelinger basert på det som til en hver tid er vurdert som hensiktsmessig. Styret skal bestå av en kommunedirektør pr region (kommunaldirektør i kommuner med parlamentarisme) som representerer eierkommunene i den underliggende regionen. I tillegg skal det være en kommunedirektør som vararepresentant valgt blant resterende kommuner i regionen. Vararepresentant har også møterett i styret, og innkalles til samtlige styremøter. Styremedlemmene har et eget ansvar for å innhente innspill og råd hos kommunene i sin region.',
      'Representantskapet kan ved enstemmighet fastsette en annen regioninndeling og endringer i antallet styremedlemmer.',
      'Styret konstituerer seg selv og velger leder og nestleder for 2 år av gangen. Leder og nestleder skal være fra ulike kommuneregioner. Styret har selv ansvar for at det føres protokoll fra alle møter. Styret har fullmakt til å til enhver tid organisere arbeidet ut fra oppgavefellesskapets tildelte ressurser, herunder eventuell organisering av drift fra andre fysiske lokasjoner enn kontorkommunen og digitale samarbeidsformer.',
      'Styret skal behandle alle saker som skal til videre avgjørelse hos representantskapet. Styret har ansvar for at alle saker som skal til representantskapet er tilfredsstillende og balansert opplyst før oversendelse.',
      'Styret kan beslutte at oppgavefellesskapet skal ha en daglig leder, som er ansatt i en av eierkommunene. Dette skal skje i samarbeid med kontorkommunen og de som har arbeidsgiveransvaret for ressursene.',
      'Styret fatter vedtak ved konsensus blant kommunedirektørene. Kommunedirektørene har en stemme hver. Ved stemmelikhet har styrets leder dobbel stemme.',
      'Styret kan med simpelt flertall forberede og innstille sak til representantskapet. Styret kan fatte vedtak når alle regioners styremedlemmer eller varamedlemmer er representert. Styremøter kan holdes helt eller delvis digitalt og/eller skriftlig. Styrets leder har møte- og talerett i alle representantskapsmøter med unntak av i saker som omhandler egen rolle. Styrets øvrige medlemmer har tilsvarende møterett i representantskapsmøter.',
      'Oppgavefellesskapet skal sammen med Helseplattformen AS jobbe aktivt for at øvrige av helseregionens kommuner i helseregionen kan ta i bruk den felles journalløsningen og inngå som en del av oppgavefellesskapet.',
    ].join('\n\n'),
  },
  {
    ref: '§7',
    notComputable: 'Daglig ledelse; styrets valg, ikke en regel.',
    title: 'Oppgavefellesskapets daglige ledelse',
    text: [
      'Den daglige ledelsen av oppgavefellesskapet er underordnet oppgavefellesskapets styre. Styret beslutter om det skal engasjeres daglig leder eller om oppgavefellesskapets daglige ledelse skal ivaretas på annen måte.',
      'Eventuell daglig leder har møte- og talerett i styremøter og representantskapsmøter med unntak av i saker som omhandler daglig leders eget forhold.',
      'Eventuell daglig leder er sekretær for styret og representantskapet. Dersom oppgavefellesskapet ikke har daglig leder, skal styret utpeke sekretær.',
      'Styret kan gi daglig leder fullmakt til å inngå avtaler på oppgavefellesskapets vegne.',
    ].join('\n\n'),
  },
  {
    ref: '§8',
    notComputable: 'Felles anskaffelser avtales særskilt.',
    title: 'Felles anskaffelser',
    text: [
      'Avtalen åpner for at det kan gjennomføres felles anskaffelser av løsninger, komponenter eller tjenester for områder som omfattes av denne avtalen. Slike anskaffelser og finansieringen av disse skal avtales særskilt mellom de aktuelle partene.',
    ].join('\n\n'),
  },
  {
    ref: '§9',
    title: 'Eierandel, innskuddsplikt og finansiering',
    notComputedParts: [
      '«Oppgavefellesskapet har ikke myndighet til å ta opp lån»: et forbud som ingen regel kontrollerer.',
      '«Finansieringen skal dekke faktiske utgifter (selvkost) og ikke føre til overskudd»: beløpet som fordeles, er en inndata; at det er selvkost, kontrolleres ikke.',
      '«Prisjusteringer (kommunal deflator) vil følge de samme prinsippene som er fastsatt i Tjenesteavtalen i "Bilag 5 - Samlet pris og prisbestemmelser kommune."»: bilaget er ikke blant kildene, så prisjusteringen etter bilaget regnes ikke ut.',
      '«Alle andre kostnader skal dekkes av den enkelte kommune» og ekstra finansiering av videre utvikling: ingen regel regner dem ut.',
    ],
    text: [
      'Oppgavefellesskapet har ikke myndighet til å ta opp lån.',
      'Oppgavefellesskapet eies av partene i samsvar med innskuddsplikten. Eierkommunene skal samfinansiere de felles ressursene som er beskrevet i denne avtalen i tråd med sin eierandel i oppgavefellesskapet:',
      'Kommune Befolkning per 1.1.2024 Eierandel %\n5001 Trondheim 214,565 40.07%\n1505 Kristiansund 24,404 4.56%\n1506 Molde 32,816 6.13%\n1508 Ålesund 58,509 10.93%\n1511 Vanylven 3,026 0.57%\n1531 Sula 9,720 1.82%\n1535 Vestnes 7,147 1.33%\n1539 Rauma 7,299 1.36%\n1547 Aukra 3,678 0.69%\n1560 Tingvoll 3,041 0.57%\n1563 Sunndal 7,227 1.35%\n1566 Surnadal 5,953 1.11%\n1573 Smøla 2,159 0.40%\n1578 Fjord 2,492 0.47%\n1579 Hustadvika 13,437 2.51%\n1580 Haram 9,357 1.75%\n5021 Oppdal 7,389 1.38%\n5022 Rennebu 2,484 0.46%\n5025 Røros 5,685 1.06%\n5026 Holtålen 2,035 0.38%\n5027 Midtre Gauldal 6,140 1.15%\n5028 Melhus 17,560 3.28%\n5029 Skaun 8,484 1.58%\n5032 Selbu 4,216 0.79%\n5033 Tydal 773 0.14%\n5037 Levanger 20,574 3.84%\n5038 Verdal 15,193 2.84%\n5054 Indre Fosen 10,023 1.87%\n5055 Heim 6,093 1.14%\n5056 Hitra 5,323 0.99%\n5057 Ørland 10,522 1.96%\n5058 Åfjord 4,339 0.81%\n5061 Rindal 1,958 0.37%\n3430 Os 1,891 0.35%\nSum totalt 535,512 100.00%\nTabell 9.1',
      'Prinsippene som ligger til grunn for kostnadsfordelingen er som følger:\n- Finansieringen skal dekke ressurser som er ansatt for å utføre oppgaver “på vegne av fellesskapet”.\n- Finansieringen skal dekke faktiske utgifter (selvkost) og ikke føre til overskudd.\n- Prinsippet om fordeling følger antall innbyggere per kommune – som angitt i tabell 9.1\n- Hver enkelt kommune er ansvarlig for å dekke sin andel av avtalt kostnadsfordeling i henhold til tabell 9.1\n- Alle andre kostnader skal dekkes av den enkelte kommune.',
      'Fakturering av kommunens andel vil skje en gang per år, etterskuddsvis i desember måned. Prisjusteringer (kommunal deflator) vil følge de samme prinsippene som er fastsatt i Tjenesteavtalen i "Bilag 5 - Samlet pris og prisbestemmelser kommune."',
      'Videre utvikling av endringer eller funksjonalitet i løsningen som ikke dekkes av omfanget av Tjenesteavtalen vil kreve ekstra finansiering fra kommunal side. Styret kan søke om eksterne offentlige midler på vegne av oppgavefellesskapet.',
    ].join('\n\n'),
  },
  {
    ref: '§10',
    title: 'Oppgavefellesskapets rapportering',
    text: [
      'Oppgavefellesskapet skal hvert år innen utgangen av februar rapportere følgende til deltakende kommuner:\n● Godkjent årsregnskap\n● Årsrapport godkjent av styret og representantskapet.',
      'Årsrapporten skal blant annet inneholde:\n● Beskrivelse av eventuelle avvik fra budsjett\n● Oppgavefellesskapets oppsummerte status for året som har gått\n● Vurdering av oppnådde resultater',
    ].join('\n\n'),
  },
  {
    ref: '§11',
    notComputable:
      'Støttetjenester leveres vederlagsfritt av Trondheim; rollen som kontorkommune er data.',
    title: 'Støttetjenester og infrastruktur',
    text: [
      'Trondheim kommune er kontorkommune for oppgavefellesskapet, og skal benytte Trondheim kommune sine støttetjenester, herunder personal, økonomi, regnskap og lønn, arkivering.',
      'Støttetjenestene leveres vederlagsfritt av Trondheim kommune. De øvrige kommuner i oppgavefellesskapet forplikter seg vederlagsfritt til å bistå med støttetjenester der oppgavefellesskapets styre, daglig leder eller Trondheim kommune ber om dette.',
      'Oppgavefellesskapet skal ha vederlagsfri leie av lokaler i de deltakende kommunene.',
    ].join('\n\n'),
  },
  {
    ref: '§12',
    title: 'Uttredelse',
    text: [
      'Avtalen løper frem til den blir sagt opp av samtlige parter. Deltakende kommune har rett til å tre ut av oppgavefellesskapet 1 år etter skriftlig varsel om uttreden er sendt til oppgavefellesskapet.',
      'Ved uttreden opphører uttredende kommunes plikt til finansiering fra og med dato for uttreden. Oppgjør skjer mellom oppgavefellesskapet og uttredende kommune etter beregning av utgifter.',
      'Uttredende kommune skal dekke eventuelle ekstra dokumenterte kostnader ved uttreden både for seg selv og for oppgavefellesskapet.',
      'Andelen til uttredende kommune fordeles mellom gjenværende kommuner etter oppjustert eierandel.',
    ].join('\n\n'),
  },
  {
    ref: '§13',
    title: 'Avvikling eller omdanning av oppgavefellesskapet',
    notComputedParts: [
      'Trondheim kommunes plikt til å oppbevare dokumenter ved avvikling, og regelverket ved omdanning (virksomhetsoverdragelse etter arbeidsmiljøloven): ingen regel regner dem ut.',
    ],
    text: [
      'Avvikling og omdanning av oppgavefellesskapet kan vedtas av representantskapet ved enstemmighet. Endelig avvikling/omdanning av oppgavefellesskapet krever i tillegg vedtak i alle deltakende kommuner sine kommunestyrer.',
      'Ved avvikling av oppgavefellesskapet har Trondheim kommune plikt til å oppbevare eventuelle dokumenter, herunder regnskaper, i henhold til gjeldende regelverk. Ved omdanning av oppgavefellesskapet til annen organisasjonsform gjelder det til enhver tid gjeldende regelverk, herunder arbeidsmiljølovens bestemmelser om virksomhetsoverdragelse.',
    ].join('\n\n'),
  },
  {
    ref: '§14',
    title: 'Utvidelse av oppgavefellesskapet',
    text: [
      'Representantskapet kan ved enstemmighet beslutte opptak av nye kommuner i samarbeidet. Nye kommuner vil være kommuner som har tatt i bruk Helseplattformen. Eksisterende parter kan ikke motsette seg tiltredelse fra andre kommuner, som har inngått Samarbeidsavtalen og tjenesteavtale med Helseplattformen AS.',
      'Andel til ny deltakende kommune besluttes i representantskapet og skal følge andel innbyggere pr 1.1.2024.',
      'Nye kommuner som tiltrer vil bli plassert inn i regionstrukturen. Ved behov kan regionstrukturen utvides.',
    ].join('\n\n'),
  },
  {
    ref: '§15',
    title: 'Avtalerevisjon – endring av samarbeidsavtalen',
    text: [
      'Endring av avtalens bestemmelser forutsetter enighet av samtlige parter på endringstidspunktet.',
      'Enhver endring i samarbeidsavtalen krever enstemmighet i representantskapet.',
      'Endringer må i tillegg vedtas av de deltakende kommuners kommunestyrer.',
    ].join('\n\n'),
  },
  {
    ref: '§16',
    title: 'Avtalebrudd - Mislighold',
    notComputedParts: [
      'Hvilke misligholdsbeføyelser som finnes etter alminnelige ulovfestede obligasjonsrettslige prinsipper: ingen regel regner dem ut.',
      'Erstatningsansvaret for direkte tap forårsaket av uaktsomhet: ingen regel regner det ut.',
    ],
    text: [
      'Dersom en part misligholder sine forpliktelser etter denne avtalen, kan øvrige parter gjøre gjeldende misligholdsbeføyelser i tråd med alminnelige ulovfestede obligasjonsrettslige prinsipper. En part som vil påberope seg mislighold fra en eller flere av de øvrige parter må reklamere skriftlig overfor den eller de misligholdende parter innen 3 måneder etter at parten ble kjent med forholdet. Ved manglende reklamasjon tapes eventuelle misligholdsbeføyelser, med mindre misligholdet skyldes forsett eller grov uaktsomhet fra den misligholdende part.',
      'En part som gjennom mislighold av sine forpliktelser påfører øvrige parter tap, er erstatningsansvarlig overfor den skadelidte part for direkte tap som er forårsaket av uaktsomhet.',
      'Heving av avtalen overfor en part, forutsetter enighet blant samtlige øvrige avtaleparter.',
    ].join('\n\n'),
  },
  {
    ref: '§17',
    notComputable: 'Forholdet til andre avtaler; ingen regel å regne ut.',
    title: 'Forholdet til andre avtaler',
    text: [
      'Denne avtalen innebærer en detaljering og videreføring av partenes gjensidige forpliktelser etter Samarbeidsavtalen. Ved motstrid mellom bestemmelsene i denne avtalen og Samarbeidsavtalen, går Samarbeidsavtalens bestemmelser foran.',
      'Denne avtalen griper ikke inn i partenes forpliktelser overfor hverandre, eller andre aktører i Helseplattformsamarbeidet, herunder Samarbeidsavtalen, Aksjonæravtalen og tjenesteavtalene.',
    ].join('\n\n'),
  },
  {
    ref: '§18',
    notComputable: 'Tvisteløsning.',
    title: 'Tvisteløsning',
    text: [
      'Uenighet skal forsøkes løst i minnelighet.',
      'Tvister kan bringes inn for de ordinære domstoler, med Trøndelag Tingrett som verneting.',
    ].join('\n\n'),
  },
  {
    ref: '§19',
    notComputable: 'Signering; datoen mangler (se tolkningsnotatet start-date).',
    title: 'Signering',
    text: ['xxxx'].join('\n\n'),
  },
];
