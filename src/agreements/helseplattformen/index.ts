import type { Agreement } from '../../model/agreement.js';
import { clauses } from './clauses.js';
import { interpretations } from './interpretations.js';
import { organs } from './organs.js';
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
export const helseplattformen: Agreement = {
  id: 'helseplattformen',
  title: 'Kommunal samarbeidsavtale – kommunalt oppgavefellesskap Helseplattformen',
  legalForm: 'kommunalt-oppgavefellesskap',
  legalBasis: 'kommuneloven kapittel 19 (§1.2)',
  validFrom: VALID_FROM,
  populationReferenceDate: '2024-01-01',
  partiesClause: '§1.3',
  parties,
  costKeys: [
    {
      kind: 'population',
      validFrom: VALID_FROM,
      clause: '§9',
      statedTable: {
        name: 'Tabell 9.1',
        percents: statedPercents,
        totalPopulation: 535_512,
        totalPercent: '100.00',
      },
    },
  ],
  organs,
  clauses,
  interpretations,
};
