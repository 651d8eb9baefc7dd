import type { AgreementWith } from '../../model/bodies.js';
import { builtIn } from '../../model/trusted.js';
import { clauses } from './clauses.js';
import { interpretations } from './interpretations.js';
import { type HelseplattformenBodies, organs } from './organs.js';
import { parties, statedPercents, VALID_FROM } from './parties.js';

/**
 * Helseplattformen: the municipal cooperation agreement (kommunal
 * samarbeidsavtale) for the kommunalt oppgavefellesskap of the 34 owner
 * municipalities of Helseplattformen AS, under kommuneloven chapter 19.
 * Trondheim is the kontorkommune. Costs are split by population per
 * 1 January 2024 (§9, tabell 9.1: 535 512 inhabitants).
 *
 * Built-in id: `helseplattformen`. The data is typed, and a test parses it
 * through the same schema as any agreement file.
 *
 * @see `helseplattformen-samarbeidsavtale.txt`
 *
 * @example
 * import { helseplattformen, splitCost } from 'kommunesamarbeid';
 * helseplattformen.parties.length; //=> 34
 * splitCost(helseplattformen, '1000.00').parties[0].amount; //=> '400.67'
 */
export const helseplattformen: AgreementWith<HelseplattformenBodies> = builtIn({
  id: 'helseplattformen',
  title: 'Kommunal samarbeidsavtale – kommunalt oppgavefellesskap Helseplattformen',
  legalForm: 'kommunalt-oppgavefellesskap',
  legalBasis: 'kommuneloven kapittel 19 (§1.2)',
  sources: [
    {
      title: 'Kommunal samarbeidsavtale – kommunalt oppgavefellesskap Helseplattformen',
      about:
        'Avtaleteksten, punkt 1–19; bestemmelsene i dataene er sitert herfra. Kopien er udatert, og punkt 19 Signering er ikke fylt ut.',
    },
    {
      title: 'Kommunalt oppgavefellesskap Helseplattformen (presentasjon fra kommuneadvokaten)',
      about:
        'Bakgrunn for avtalen og kostnadsfordelingen for 2025; ikke avtaletekst. Presentasjonen er udatert.',
    },
  ],
  validFrom: VALID_FROM,
  validityClause: '§12',
  populationReferenceDate: '2024-01-01',
  partiesClause: '§1.3',
  parties,
  costKeys: [
    {
      kind: 'population',
      validFrom: VALID_FROM,
      clause: '§9',
      // §9: "Oppgavefellesskapet eies av partene …": the shares are eierandeler.
      ownership: true,
      statedTable: {
        name: 'Tabell 9.1',
        percents: statedPercents,
        totalPopulation: 535_512,
        totalPercent: '100.00',
      },
    },
  ],
  organs,
  // §9: "Prisjusteringer (kommunal deflator) vil følge de samme prinsippene som er fastsatt i
  // Tjenesteavtalen i «Bilag 5 - Samlet pris og prisbestemmelser kommune»" — not in the sources.
  priceAdjustment: {
    clause: '§9',
    governedBy: 'Tjenesteavtalen, «Bilag 5 - Samlet pris og prisbestemmelser kommune»',
    inSources: false,
    note: 'price-adjustment-bilag-5',
  },
  lifecycle: {
    withdrawal: {
      notice: { months: 12 },
      clause: '§12',
      extraCostsCharged: true,
      sharesNote: 'shares-after-change',
    },
    admission: {
      clause: '§14',
      organ: 'representantskap',
      matter: 'admission',
      // §1.3: the parties are "kommuner som er aksjonærer i Helseplattformen AS og som har tiltrådt
      // Samarbeidsavtalen og inngått individuell tjenesteavtale"; §14: "Nye kommuner vil være
      // kommuner som har tatt i bruk Helseplattformen. Eksisterende parter kan ikke motsette seg
      // tiltredelse fra andre kommuner, som har inngått Samarbeidsavtalen og tjenesteavtale".
      conditions: [
        {
          id: 'aksjonaer',
          text: 'er aksjonær i Helseplattformen AS',
          clause: '§1.3',
          protects: false,
        },
        {
          id: 'samarbeidsavtalen',
          text: 'har inngått Samarbeidsavtalen',
          clause: '§14',
          protects: true,
        },
        {
          id: 'tjenesteavtale',
          text: 'har inngått tjenesteavtale med Helseplattformen AS',
          clause: '§14',
          protects: true,
        },
        {
          id: 'tatt-i-bruk',
          text: 'har tatt i bruk Helseplattformen',
          clause: '§14',
          protects: false,
        },
      ],
      sharesNote: 'shares-after-change',
    },
    amendment: {
      clause: '§15',
      organ: 'representantskap',
      matter: 'agreement-amendment',
      councilsMustAdopt: true,
    },
    dissolution: {
      clause: '§13',
      organ: 'representantskap',
      matter: 'dissolution',
      councilsMustAdopt: true,
      documentsKeptBy: '5001',
      documentsClause: '§13',
    },
    breach: { complaintMonths: 3, clause: '§16', terminationNeedsAllOthers: true },
    calendar: [
      {
        id: 'reporting',
        who: 'Oppgavefellesskapet',
        what: 'Rapportere til deltakende kommuner: godkjent årsregnskap og årsrapport for året før, godkjent av styret og representantskapet (med avvik fra budsjett, status og vurdering av resultater)',
        due: { month: 2, day: 'last' },
        concernsPreviousYear: true,
        clause: '§10',
      },
      {
        id: 'invoicing',
        who: 'Ikke angitt i avtalen (§9 sier ikke hvem som fakturerer)',
        what: 'Fakturere hver kommunes andel for året, én gang, etterskuddsvis',
        from: { month: 12, day: 1 },
        due: { month: 12, day: 'last' },
        clause: '§9',
      },
    ],
  },
  clauses,
  interpretations,
});
