import type { InterpretationNote } from '../../model/interpretation.js';

/**
 * The interpretation register (tolkningsregister) for Helseplattformen: where
 * the text leaves a choice, the reading this encoding follows and what would
 * change under the alternatives.
 */
export const interpretations: readonly InterpretationNote[] = [
  {
    id: 'start-date',
    clauses: ['§19', '§3', '§9'],
    question:
      'Fra hvilken dato gjelder avtalen? Signaturfeltet i §19 er tomt («xxxx»), og avtalen oppgir ingen ikrafttredelsesdato.',
    reading:
      'Avtalen gjelder fra 1. januar 2025, og alle de 34 eierkommunene regnes som deltakere fra den dagen. §3 tar utgangspunkt i fellesressursene «ved utgangen av 2024», og kommuneadvokatens presentasjon legger ved kostnadsfordelingen for 2025.',
    alternatives: [
      {
        reading: 'Avtalen gjelder fra den datoen det siste kommunestyret vedtok den.',
        consequence:
          'Eierandeler og kostnadsfordeling gjelder først fra den datoen; kostnader før den fordeles ikke etter §9. Datoen settes da i avtaledataene (validFrom og membership.joined).',
      },
    ],
  },
  {
    id: 'percent-rounding',
    clauses: ['§9'],
    question:
      'Tabell 9.1 trykker eierandeler med to desimaler som til sammen blir 100,01 %, men oppgir summen 100,00 %. Er det de trykte prosentene eller befolkningstallene som fordeler kostnadene?',
    reading:
      'Befolkningstallene. §9 sier at «Prinsippet om fordeling følger antall innbyggere per kommune», så den eksakte andelen er kommunens innbyggertall delt på summen (535 512). De trykte prosentene er denne andelen avrundet halv opp til to desimaler; de gjengis som de står, og beløp fordeles etter den eksakte andelen.',
    alternatives: [
      {
        reading: 'Fordele etter de trykte prosentene.',
        consequence:
          'Andelene summerer til 100,01 %: 0,01 % av beløpet ville bli fakturert for mye, med mindre noen får trekk.',
      },
      {
        reading: 'Fordele etter prosenter avrundet med største rest (sum 100,00 %).',
        consequence:
          'Summen stemmer, men hver kommunes andel kan avvike fra den eksakte andelen med opptil 0,01 prosentpoeng.',
      },
    ],
  },
  {
    id: 'ore-rounding',
    clauses: ['§9'],
    question:
      'Avtalen sier ikke hvordan øre som ikke går opp, skal fordeles når et beløp deles etter eierandel.',
    reading:
      'Hver andel rundes ned til hele øre, og de ørene som gjenstår (alltid færre enn antall kommuner) går én og én til de største restene; ved lik rest til største andel, deretter laveste kommunenummer. Andelene summerer da alltid nøyaktig til beløpet, og ingen kommune betaler mer enn ett øre mer enn sin eksakte andel.',
    alternatives: [
      {
        reading: 'Runde hver andel for seg til nærmeste øre.',
        consequence: 'Summen av andelene kan avvike fra beløpet med noen øre.',
      },
    ],
  },
  {
    id: 'consensus-scope',
    clauses: ['§5', '§13', '§14', '§15'],
    question:
      'Betyr «konsensus» i §5 (a–c) det samme som «enstemmighet» i §13–§15, og kreves da stemme for fra alle representantene, bare fra dem som er til stede, eller bare at ingen stemmer mot?',
    reading:
      'Samme betydning, og alle medlemmene (alle 34 setene) må stemme for. §15 krever «enighet av samtlige parter», og vedtakene binder alle eierkommunene; et fravær eller en blank stemme hindrer vedtak.',
    readingId: 'all-seats',
    alternatives: [
      {
        id: 'present',
        reading: 'Enstemmighet blant dem som er til stede i et vedtaksført møte.',
        consequence:
          'Representantskapet kan fatte vedtaket med 17 av 34 til stede når alle de fremmøtte stemmer for. En endring av avtalen er likevel ikke gjennomført før samtlige parter er enige og alle kommunestyrene har vedtatt den (§15 første og tredje ledd); avvikling krever vedtak i alle kommunestyrene (§13). Velg med readings: { "consensus-scope": "present" }.',
      },
      {
        id: 'no-objection',
        reading:
          '«Konsensus» betyr at ingen stemmer mot (minst én stemmer for); fravær og blank stemme hindrer ikke. Det er samme betydning som styrets «konsensus» i §6 (se «board-consensus»).',
        consequence:
          'Et vedtak etter §5 a–c, §13 eller §15 faller bare når noen stemmer mot. Velg med readings: { "consensus-scope": "no-objection" }.',
      },
    ],
  },
  {
    id: 'board-consensus',
    clauses: ['§6'],
    question:
      '§6 sier at styret fatter vedtak «ved konsensus», men også at hver kommunedirektør har én stemme, at leder har dobbeltstemme ved stemmelikhet, og at styret «kan med simpelt flertall forberede og innstille sak til representantskapet». Hvordan henger dette sammen?',
    reading:
      'Styrets vedtak krever konsensus: ingen stemmer mot, og minst én stemmer for (blanke stemmer og fravær hindrer ikke). Setningen om simpelt flertall gjelder bare innstillinger til representantskapet; stemmeretten og dobbeltstemmen får sin mening der. Å lese flertall inn i «ved konsensus» ville gjøre setningen om innstillinger overflødig.',
    readingId: 'consensus',
    alternatives: [
      {
        id: 'consensus-then-majority',
        reading:
          'Styret søker konsensus; oppnås den ikke, avgjøres saken ved alminnelig flertall med leders dobbeltstemme ved stemmelikhet.',
        consequence:
          'Et styrevedtak kan fattes med 3 mot 2. Velg med readings: { "board-consensus": "consensus-then-majority" }.',
      },
    ],
  },
  {
    id: 'regions-change-rule',
    clauses: ['§5', '§6'],
    question:
      '§5 sier at antall styremedlemmer og regioninndelingen kan endres «etter vedtak i representantskapet» (alminnelig flertall), mens §6 sier «ved enstemmighet». Hvilken regel gjelder, og hva betyr enstemmighet her?',
    reading:
      'Enstemmighet (§6): den særskilte regelen om akkurat denne saken går foran den generelle i §5, og alle medlemmene må stemme for. Denne tolkningen velges for seg; den som leser «enstemmighet» i §13–§15 som enstemmighet blant de fremmøtte (se «consensus-scope»), bør velge enstemmighet blant de fremmøtte også her, for å lese ordet likt.',
    readingId: 'unanimity',
    alternatives: [
      {
        id: 'unanimity-present',
        reading: 'Enstemmighet (§6) blant dem som er til stede i et vedtaksført møte.',
        consequence:
          'Regioner og styrestørrelse kan endres når alle de fremmøtte stemmer for. Velg med readings: { "regions-change-rule": "unanimity-present" }.',
      },
      {
        id: 'majority',
        reading: 'Alminnelig flertall (§5), med leders dobbeltstemme ved stemmelikhet.',
        consequence:
          'Regioner og styrestørrelse kan endres med flertall av de fremmøtte. Velg med readings: { "regions-change-rule": "majority" }.',
      },
    ],
  },
  {
    id: 'budget-and-frames',
    clauses: ['§5', '§4'],
    question:
      'Årsbudsjettet godkjennes etter §5 nr. 2, og «alle øvrige saker» avgjøres ved alminnelig flertall; men «vedtak om endring av økonomiske rammer» krever konsensus (§5 a), og representantskapets rammer styres av kommunenes vedtatte rammer (§4). Er et budsjettvedtak en endring av de økonomiske rammene?',
    reading:
      'Nei, ikke som sådan: å godkjenne årsbudsjettet innenfor rammene kommunene har vedtatt, er en sak etter §5 nr. 2 og avgjøres ved alminnelig flertall. Et budsjett som endrer rammene (for eksempel øker kommunenes betaling ut over det de har vedtatt), må behandles som vedtak om endring av økonomiske rammer (§5 a); om et budsjett gjør det, er et faktisk spørsmål som avtalen ikke avgjør, og som brukeren må ta stilling til for hver sak.',
    readingId: 'majority',
    alternatives: [
      {
        id: 'frames-consensus',
        reading:
          'Ethvert budsjettvedtak fastsetter de økonomiske rammene for året og er derfor en endring av økonomiske rammer (§5 a).',
        consequence:
          'Budsjettet krever konsensus som i §5 a (her: alle medlemmene stemmer for, som standardlesningen av «consensus-scope»). Velg med readings: { "budget-and-frames": "frames-consensus" }.',
      },
    ],
  },
  {
    id: 'election-ties',
    clauses: ['§5', '§6'],
    question:
      'Gjelder leders dobbeltstemme ved stemmelikhet (§5) også i valg, som når representantskapet oppnevner styret (§6) eller velger leder og nestleder (§5)? Og hvem har den ved det første valget, før noen leder er valgt?',
    reading:
      'Ja: §5 sier uten unntak at leder har dobbel stemme ved stemmelikhet, og avtalens egen tekst legges til grunn. Ved det første valget er det møteleder som har den (se «chair-absent-casting-vote»).',
    readingId: 'chair-decides',
    alternatives: [
      {
        id: 'lot',
        reading:
          'Stemmelikhet i valg avgjøres ved loddtrekning. Kommuneloven 1992 § 38 avgjorde stemmelikhet i valg ved loddtrekning (kontrollert, LEGAL.md §1.5); at kommuneloven 2018 § 11-9 gjør det samme, og at den går foran avtalens §5 for representantskapet, er ikke kontrollert mot lovteksten.',
        consequence:
          'Et valg med stemmelikhet kan ikke regnes ut av stemmene; beslutningen sier at det skal trekkes lodd. Velg med readings: { "election-ties": "lot" }.',
      },
    ],
  },
  {
    id: 'board-preparation',
    clauses: ['§6'],
    question:
      '«Styret skal behandle alle saker som skal til videre avgjørelse hos representantskapet» (§6). Står et vedtak i representantskapet i en sak styret ikke har behandlet?',
    reading:
      'Avtalen sier ikke at vedtaket da er ugyldig. Beslutningen flagger at saksbehandlingen er i strid med §6, men vedtaket regnes ut av stemmene som ellers; om feilen gjør vedtaket ugyldig, må vurderes særskilt. Møtefilen sier om styret har behandlet saken (prepared); sier den ingenting, oppgis det som ukjent.',
    readingId: 'flag',
    alternatives: [
      {
        id: 'void',
        reading: 'Et vedtak i en sak styret ikke har behandlet, er ikke gyldig fattet.',
        consequence:
          'Saken må behandles av styret og legges frem på nytt. Velg med readings: { "board-preparation": "void" }.',
      },
    ],
  },
  {
    id: 'representantskap-term',
    clauses: ['§5'],
    question:
      'Representantskapet «velges etter at nytt kommunestyre er konstituert, og sitter i kommunestyrets valgperiode». Hvor lang er perioden?',
    reading:
      'Kommunestyrets valgperiode, normalt 4 år; dataene oppgir derfor 4 år. Den første perioden er kortere: den løper fra avtalen gjelder (se «start-date») til nytt representantskap er valgt etter kommunevalget i 2027. Ingen regel i programmet regner med perioden.',
    alternatives: [],
  },
  {
    id: 'board-quorum-recommendations',
    clauses: ['§6'],
    question:
      '«Styret kan fatte vedtak når alle regioners styremedlemmer eller varamedlemmer er representert» (§6). Gjelder kravet også når styret forbereder og innstiller en sak til representantskapet?',
    reading:
      'Ja. Setningen står rett etter setningen om innstillinger, og en innstilling er også en beslutning i styret; programmet krever derfor at alle regioner er representert både for vedtak og for innstillinger.',
    alternatives: [
      {
        reading:
          'Kravet gjelder bare vedtak; en innstilling kan gis uten at alle regioner er representert.',
        consequence: 'En innstilling ville bare kreve simpelt flertall av dem som møter.',
      },
    ],
  },
  {
    id: 'complaint-scope',
    clauses: ['§5', '§4', '§3'],
    question:
      'Representantskapet er «øverste klageorgan for alle klagesaker i oppgavefellesskapet» (§5). Hvilke klagesaker er det, når oppgavefellesskapet ikke kan fatte enkeltvedtak (§4) og kommunene er arbeidsgivere (§3)?',
    reading:
      'Programmet avgjør ikke hva som er en klagesak; saken «complaint» avgjøres ved alminnelig flertall som andre saker. Kommuneadvokatens presentasjon begrenser klagesakene til «vedtak som omhandler egen drift – personalforvaltning»; om en sak hører hit, må vurderes for hver sak.',
    alternatives: [],
  },
  {
    id: 'population-basis',
    clauses: ['§9', '§14'],
    question:
      'Kostnadene fordeles etter innbyggertallet per 1. januar 2024 (tabell 9.1). Er tallet fast, eller skal det oppdateres hvert år?',
    reading:
      'Fast. Tabellen oppgir tallene per 1. januar 2024, og §14 sier at en ny kommunes andel skal følge «andel innbyggere pr 1.1.2024». En årlig oppdatering ville være en endring av avtalen (§15).',
    alternatives: [
      {
        reading: 'Innbyggertallet oppdateres hvert år etter SSB.',
        consequence:
          'Andelene ville endre seg hvert år; i dataene legges da en ny nøkkel inn for hvert år, med kilde.',
      },
    ],
  },
  {
    id: 'timing-details',
    clauses: ['§12', '§16'],
    question:
      'Kan en kommune i varselet om uttreden oppgi en senere dato enn ett år etter, og flyttes en frist etter §16 som ender på en helg eller helligdag?',
    reading:
      'Programmet regner uttreden nøyaktig ett år etter at varselet er sendt (§12), og fristen for å reklamere nøyaktig 3 måneder etter at parten ble kjent med forholdet (§16), uten å flytte en frist som ender på en helg eller helligdag. Avtalen sier ikke noe om noe av dette.',
    alternatives: [
      {
        reading: 'Uttreden skjer på en senere dato som varselet oppgir.',
        consequence: 'Datoen må da settes i dataene for den kommunen (membership.withdrawn).',
      },
      {
        reading: 'En frist som ender på en helg eller helligdag, forlenges til neste virkedag.',
        consequence: 'Fristen i §16 kan bli noen dager lenger.',
      },
    ],
  },
  {
    id: 'admission-opposition',
    clauses: ['§14'],
    question:
      'Opptak krever enstemmighet, men eksisterende parter «kan ikke motsette seg» en kommune som har inngått Samarbeidsavtalen og tjenesteavtale med Helseplattformen AS. Hva skjer med en stemme mot en slik kommune?',
    reading:
      'Stemmen telles som avgitt, slik at opptaket ikke blir vedtatt, men beslutningen flagger stemmen som i strid med §14. Spørsmålet om mislighold (§16) må da tas opp særskilt. Et fravær regnes ikke som å motsette seg; når enstemmighet krever alle medlemmene, hindrer fravær likevel opptak (se «consensus-scope»).',
    readingId: 'flag',
    alternatives: [
      {
        id: 'count-as-for',
        reading:
          'En stemme mot en kvalifisert kommune regnes som en stemme for, fordi parten er forpliktet til å godta tiltredelsen.',
        consequence:
          'Opptaket blir vedtatt når de øvrige vilkårene er oppfylt. Velg med readings: { "admission-opposition": "count-as-for" }.',
      },
    ],
  },
  {
    id: 'chair-absent-casting-vote',
    clauses: ['§5', '§6'],
    question:
      '§5 og §6 gir «leder» dobbeltstemme ved stemmelikhet. Hvem har den når leder er fraværende og nestleder eller en annen leder møtet?',
    reading:
      'Den som leder møtet (møteleder). Kommuneloven 1992 § 35 nr. 1 ga møteleders stemme avgjørende vekt ved stemmelikhet i andre saker enn valg (kontrollert, LEGAL.md §1.5); at kommuneloven 2018 § 11-9 sier det samme, og at regelen gjelder for representantskapet «så langt den passer», er ikke kontrollert mot lovteksten. Møtefilen sier hvem som leder (presidingRole).',
    readingId: 'presiding-person',
    alternatives: [
      {
        id: 'leader-only',
        reading: 'Bare den valgte lederen har dobbeltstemme.',
        consequence:
          'Når leder er borte, faller et forslag ved stemmelikhet. Velg med readings: { "chair-absent-casting-vote": "leader-only" }.',
      },
    ],
  },
  {
    id: 'deputies-in-quorum',
    clauses: ['§5'],
    question:
      '§5: representantskapet er vedtaksført når «minst halvparten av dets medlemmer, inkludert varamedlemmer, er til stede». Er varamedlemmer egne seter i tellingen?',
    reading:
      'Nei. Et varamedlem som møter i stedet for et medlem, teller for det setet; det kan ikke møte i tillegg til medlemmet. Med 34 seter kreves 17 seter representert.',
    alternatives: [
      {
        reading: 'Varamedlemmer telles i tillegg til medlemmene (68 personer).',
        consequence:
          'Kravet ville bli 34 av 68, og et møte med både medlem og varamedlem for samme kommune ville telle dobbelt; det strider mot én stemme per kommune.',
      },
    ],
  },
  {
    id: 'duty-to-vote',
    clauses: ['§5'],
    question: 'Kan en representant i representantskapet avstå fra å stemme?',
    reading:
      'Nei. Representantskapet er et folkevalgt organ, og kommuneloven § 8-1 andre ledd pålegger medlemmer som er til stede, å stemme. Begge premissene må verifiseres mot lovteksten: LEGAL.md §1.5 har ikke kunnet kontrollere § 8-1, og at representantskapet i et kommunalt oppgavefellesskap er et folkevalgt organ, bygger på en kommunes gjengivelse av kommuneloven § 5-1 (sekundærkilde). En blank stemme i møtefilen er derfor en feil i inndata. Ved valg (for eksempel valg av leder eller oppnevning av styret) kan loven tillate blanke stemmer; det er heller ikke kontrollert, og da må lesningen som tillater å avstå, velges.',
    readingId: 'must-vote',
    alternatives: [
      {
        id: 'may-abstain',
        reading:
          'Avstående stemmer tillates og teller verken for eller mot. Velg med readings: { "duty-to-vote": "may-abstain" }.',
        consequence:
          'Flertallsvedtak regnes av avgitte stemmer; ved enstemmighet hindrer en avstående stemme vedtak.',
      },
    ],
  },
  {
    id: 'chair-abstains-at-tie',
    clauses: ['§5', '§6'],
    question: 'Hva skjer ved stemmelikhet når møteleder selv ikke har stemt for eller mot?',
    reading:
      'Dobbeltstemmen er møteleders egen stemme med ekstra vekt; har møteleder ikke stemt for eller mot, finnes ingen avgjørende stemme, og forslaget faller.',
    alternatives: [
      {
        reading: 'Møteleder må avgjøre saken likevel.',
        consequence:
          'Utfallet kan ikke regnes ut av stemmene; møteleders avgjørelse må registreres som egen stemme.',
      },
    ],
  },
  {
    id: 'board-abstention-and-deputies',
    clauses: ['§6'],
    question:
      'Kan styremedlemmene avstå fra å stemme, og hva betyr det at vararepresentanten «har også møterett i styret»?',
    reading:
      'Styremedlemmene er kommunedirektører, ikke folkevalgte, så stemmeplikten for folkevalgte gjelder ikke, og de kan avstå. Premisset er ikke kontrollert mot lovteksten: det bygger på en kommunes gjengivelse av kommuneloven § 5-1 (sekundærkilde), som regner underordnede styringsorganer for et kommunalt oppgavefellesskap som «andre kommunale organer» der kommunens ansatte ikke er folkevalgte. Vararepresentanten kan møte sammen med medlemmet, men regionen har én stemme: møtefilen registrerer den som har setets stemme (medlemmet, eller varamedlemmet når medlemmet ikke møter).',
    alternatives: [
      {
        reading: 'Vararepresentanten har egen stemme når begge møter.',
        consequence:
          'Regionen ville få to stemmer; det strider mot «en stemme hver» per kommunedirektør i §6.',
      },
      {
        reading: 'Styremedlemmene må stemme for eller mot, som folkevalgte.',
        consequence:
          'En blank stemme i styret ville være en feil i inndata. Under konsensuslesningen i «board-consensus» endrer det ikke utfallet, for blanke stemmer hindrer ikke konsensus.',
      },
    ],
  },
  {
    id: 'settlement-by-calendar-day',
    clauses: ['§12'],
    question:
      '§12: «Oppgjør skjer mellom oppgavefellesskapet og uttredende kommune etter beregning av utgifter.» Hvordan regnes den uttredende kommunens del av årets kostnad?',
    reading:
      'Per kalenderdag: årets kostnad fordeles dag for dag mellom kommunene som var deltakere den dagen, etter andelene den dagen. Den uttredende kommunen betaler for dagene til og med dagen før uttreden (§12: plikten til finansiering opphører fra og med dato for uttreden). Avtalen sier ikke «per dag»; det er en lesning av «etter beregning av utgifter».',
    readingId: 'calendar-days',
    alternatives: [
      {
        id: 'actual-costs',
        reading:
          'Etter faktiske utgifter påløpt frem til uttredelsesdatoen, slik regnskapet viser dem.',
        consequence:
          'Oppgjøret kan ikke regnes ut av ett årsbeløp; det krever utgiftene per periode fra regnskapet. En kostnad som faller tidlig i året, gir den uttredende kommunen en større del enn etter kalenderdager.',
      },
    ],
  },
  {
    id: 'shares-after-change',
    clauses: ['§9', '§12', '§14'],
    question:
      'Tabell 9.1 i avtalen oppgir hver kommunes andel. Etter en uttreden (§12 «oppjustert eierandel») eller et opptak (§14 «Andel … besluttes i representantskapet og skal følge andel innbyggere pr 1.1.2024») stemmer tabellen ikke lenger. Følger de nye andelene direkte av regelen, eller må tabellen endres ved vedtak eller avtaleendring?',
    reading:
      'De nye andelene regnes ut etter avtalens egen regel: etter uttreden fordeles andelen på de gjenværende etter oppjustert eierandel (§12), og ved opptak følger den nye kommunens andel innbyggertallet per 1. januar 2024 (§14). Andelene som vises, er utregnede andeler, ikke vedtatte: ved opptak skal representantskapet beslutte andelen (§14). Om tabell 9.1 i tillegg må endres, avgjøres ikke her.',
    alternatives: [
      {
        reading:
          'Andelene er fastsatt i avtalen (tabell 9.1), og eierandeler skal angis i prosent eller brøk (LEGAL.md §1.2); nye andeler krever derfor endring av tabellen etter §15, med vedtak i alle kommunestyrene.',
        consequence:
          'Til endringen er vedtatt, gjelder tabellens andeler for de gjenværende; de utregnede andelene er da et forslag.',
      },
    ],
  },
  {
    id: 'price-adjustment-bilag-5',
    clauses: ['§9'],
    question:
      '§9 sier at prisjusteringer (kommunal deflator) følger prinsippene i Tjenesteavtalen, «Bilag 5 - Samlet pris og prisbestemmelser kommune». Hva sier Bilag 5?',
    reading:
      'Ukjent: Bilag 5 til Tjenesteavtalen finnes ikke i kildene. Prisjustering med kommunal deflator regnes derfor ut med en generell metode (faktor fra deflatoren år for år), ikke etter Bilag 5; resultatet er ikke kontrollert mot bilaget.',
    alternatives: [
      {
        reading:
          'Bilag 5 fastsetter en annen metode (for eksempel en annen indeks, tidspunkt eller avrunding).',
        consequence: 'Prisjusterte beløp kan da avvike fra det som regnes ut her.',
      },
    ],
  },
];
