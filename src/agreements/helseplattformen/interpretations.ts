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
      'Betyr «konsensus» i §5 (a–c) det samme som «enstemmighet» i §13–§15, og kreves da stemme for fra alle representantene eller bare fra dem som er til stede?',
    reading:
      'Samme betydning, og alle medlemmene (alle 34 setene) må stemme for. §15 krever «enighet av samtlige parter», og vedtakene binder alle eierkommunene; et fravær eller en blank stemme hindrer vedtak.',
    readingId: 'all-seats',
    alternatives: [
      {
        id: 'present',
        reading: 'Enstemmighet blant dem som er til stede i et vedtaksført møte.',
        consequence:
          'En endring av avtalen, opptak eller avvikling kan vedtas med 17 av 34 til stede når alle de fremmøtte stemmer for. Velg med readings: { "consensus-scope": "present" }.',
      },
    ],
  },
  {
    id: 'board-consensus',
    clauses: ['§6'],
    question:
      '§6 sier at styret fatter vedtak «ved konsensus», men også at hver kommunedirektør har én stemme og at leder har dobbeltstemme ved stemmelikhet. Hvordan henger dette sammen?',
    reading:
      'Styret søker konsensus; oppnås den ikke, avgjøres saken ved alminnelig flertall med leders dobbeltstemme ved stemmelikhet. Bare slik får stemmeretten og dobbeltstemmen mening.',
    readingId: 'consensus-then-majority',
    alternatives: [
      {
        id: 'consensus',
        reading:
          'Styrets vedtak krever konsensus (ingen stemmer mot); stemmereglene gjelder bare innstillinger.',
        consequence:
          'Én stemme mot stanser et styrevedtak. Velg med readings: { "board-consensus": "consensus" }.',
      },
    ],
  },
  {
    id: 'regions-change-rule',
    clauses: ['§5', '§6'],
    question:
      '§5 sier at antall styremedlemmer og regioninndelingen kan endres «etter vedtak i representantskapet» (alminnelig flertall), mens §6 sier «ved enstemmighet». Hvilken regel gjelder?',
    reading:
      'Enstemmighet (§6): den særskilte regelen om akkurat denne saken går foran den generelle i §5. Enstemmighet betyr her at alle medlemmene stemmer for, uansett hvilken lesning som velges i notatet «consensus-scope».',
    readingId: 'unanimity',
    alternatives: [
      {
        id: 'majority',
        reading: 'Alminnelig flertall (§5), med leders dobbeltstemme ved stemmelikhet.',
        consequence:
          'Regioner og styrestørrelse kan endres med flertall av de fremmøtte. Velg med readings: { "regions-change-rule": "majority" }.',
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
      'Den som leder møtet (møteleder), slik kommuneloven gir møteleders stemme avgjørende vekt ved stemmelikhet (LEGAL.md §1.5). Møtefilen sier hvem som leder (presidingRole).',
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
      'Nei. Representantskapet er et folkevalgt organ, og kommuneloven § 8-1 andre ledd pålegger medlemmer som er til stede, å stemme (må verifiseres mot lovteksten, jf. LEGAL.md §1.5, som ikke har kunnet kontrollere lovteksten). En blank stemme i møtefilen er derfor en feil i inndata.',
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
      'Styremedlemmene er kommunedirektører, ikke folkevalgte, så stemmeplikten gjelder ikke, og de kan avstå. Vararepresentanten kan møte sammen med medlemmet, men regionen har én stemme: møtefilen registrerer den som har setets stemme (medlemmet, eller varamedlemmet når medlemmet ikke møter).',
    alternatives: [
      {
        reading: 'Vararepresentanten har egen stemme når begge møter.',
        consequence:
          'Regionen ville få to stemmer; det strider mot «en stemme hver» per kommunedirektør i §6.',
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
