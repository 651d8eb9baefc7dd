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
];
