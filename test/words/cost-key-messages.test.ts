import { describe, expect, it } from 'vitest';
import { citing, type ReasonCode, type ReasonValues } from '../../src/rules/reason.js';
import { words } from '../helpers/words.js';

const cite = citing('test');
const say = <C extends ReasonCode>(code: C, values: ReasonValues[C]) =>
  words(cite('§1', code, values)) as { nb: string; en: string };

const part = {
  share: '40',
  basis: 'equal',
  measure: null,
  name: null,
  unit: null,
  period: null,
  parties: 3,
  total: null,
  figures: null,
} as const;

describe('the sentences of keys made of parts, rates, limits and pools', () => {
  it('a key of parts, and each basis of a part', () => {
    expect(say('cost_key_parts', { parts: 3, parties: 4, source: null })).toEqual({
      nb: 'Kostnadene fordeles i 3 deler på de 4 kommunene; hver kommunes andel av hele beløpet regnes eksakt over alle delene, og beløpet fordeles én gang.',
      en: "Costs are split in 3 parts among the 4 municipalities; each one's share of the whole amount is computed exactly over all parts, and the amount is split once.",
    });
    expect(say('cost_key_parts', { parts: 1, parties: 2, source: 'Vedtak' }).en).toMatch(
      /^Costs are split in 1 part among/,
    );
    expect(say('cost_key_parts', { parts: 1, parties: 2, source: null }).nb).toMatch(
      /^Kostnadene fordeles i 1 del på/,
    );
    expect(say('cost_key_part', part)).toEqual({
      nb: '40 % fordeles likt.',
      en: '40 % is split equally.',
    });
    expect(
      say('cost_key_part', { ...part, share: '2/5', basis: 'population', total: '12345' }),
    ).toEqual({
      nb: '2/5 fordeles etter folketall (12 345 innbyggere).',
      en: '2/5 is split by population (12,345 inhabitants).',
    });
    expect(
      say('cost_key_part', {
        ...part,
        share: '12.5',
        basis: 'stated-shares',
        figures: [
          { number: '5001', value: '62.5' },
          { number: '5025', value: '3/8' },
        ],
      }),
    ).toEqual({
      nb: '12,5 % fordeles etter andelene avtalen oppgir: 5001 62,5 %, 5025 3/8.',
      en: '12.5 % is split by the shares the agreement states: 5001 62.5 %, 5025 3/8.',
    });
    expect(
      say('cost_key_part', {
        ...part,
        basis: 'measured',
        measure: 'cases',
        name: 'Saker',
        unit: 'saker',
        period: { from: '2025-01-01', to: '2025-12-31' },
        total: '1500.5',
        figures: [
          { number: '5001', value: '1000.5' },
          { number: '5025', value: '500' },
        ],
      }),
    ).toEqual({
      nb: '40 % fordeles etter målt mengde Saker 1. januar 2025–31. desember 2025 (i alt 1 500,5 saker): 5001 1 000,5, 5025 500.',
      en: '40 % is split by the measured Saker 1 January 2025–31 December 2025 (1,500.5 saker in all): 5001 1,000.5, 5025 500.',
    });
    // Without the name, the measure's id.
    expect(
      say('cost_key_part', {
        ...part,
        basis: 'measured',
        measure: 'cases',
        unit: 'saker',
        total: '1',
      }).nb,
    ).toBe('40 % fordeles etter målt mengde cases (i alt 1 saker).');
    // Values that a measured part always has, were they missing, read as nothing rather than "null".
    expect(say('cost_key_part', { ...part, basis: 'measured' })).toEqual({
      nb: '40 % fordeles etter målt mengde  (i alt 0 ).',
      en: '40 % is split by the measured  (0  in all).',
    });
    expect(say('cost_key_part', { ...part, basis: 'population' }).nb).toBe(
      '40 % fordeles etter folketall (0 innbyggere).',
    );
  });

  it('a rate that sets the amount, parties held at a floor or cap, a pool', () => {
    expect(
      say('rate_sets_amount', { rate: '2.50', totalPopulation: 12000, amount: '30000.00' }),
    ).toEqual({
      nb: 'Satsen på 2,50 kr per innbygger gir beløpet: 2,50 kr × 12 000 innbyggere = 30 000,00 kr; hver kommune betaler satsen ganger sitt folketall.',
      en: 'The rate of NOK 2.50 per inhabitant sets the amount: NOK 2.50 × 12,000 inhabitants = NOK 30,000.00; each municipality pays the rate times its population.',
    });
    expect(
      say('cost_key_limits', {
        limited: [
          { number: '5001', bound: 'floor', amount: '1000.00' },
          { number: '5025', bound: 'cap', amount: '2000.00' },
        ],
        rest: '7000.00',
      }),
    ).toEqual({
      nb: '5001 betaler minstebeløpet 1 000,00 kr, 5025 betaler høyst 2 000,00 kr (tak); resten, 7 000,00 kr, fordeles på de andre etter nøkkelen.',
      en: '5001 pays its floor of NOK 1,000.00, 5025 pays at most (its cap) NOK 2,000.00; the rest, NOK 7,000.00, is split among the others by the key.',
    });
    expect(say('cost_pool', { pool: 'investments', name: 'Investeringer', ownKey: true })).toEqual({
      nb: 'Kostnadene hører til Investeringer og fordeles etter nøkkelen for dette kostnadsområdet.',
      en: "The costs belong to Investeringer and are split by that pool's key.",
    });
    expect(say('cost_pool', { pool: 'x', name: 'X', ownKey: false })).toEqual({
      nb: 'Kostnadene hører til X, som ikke har egen nøkkel; de fordeles etter den felles nøkkelen.',
      en: 'The costs belong to X, which has no key of its own; they are split by the common key.',
    });
  });
});
