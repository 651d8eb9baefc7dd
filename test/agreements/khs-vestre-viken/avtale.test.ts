import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { khsVestreViken as khs } from '../../../src/agreements/khs-vestre-viken/index.js';
import { splitCost } from '../../../src/finance/split-cost.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';
import { problemsOf } from '../../helpers/errors.js';

const SOURCE = new URL(
  '../../../../shared/sources/khs-vestre-viken-saksframlegg.txt',
  import.meta.url,
);
const squeeze = (text: string) => text.replace(/\s+/g, '');

describe('KHS Vestre Viken', () => {
  it('Vurdering: an agreement-based network, not a legal entity and not a statutory form', () => {
    expect(khs.legalForm).toBe('avtalebasert-samarbeid');
    expect(khs.obligations?.[0]).toMatchObject({
      duty: 'Har ikke beslutningsmyndighet på vegne av kommunene',
    });
  });

  it('Saksopplysninger: continued after Vestregionen ended on 1 January 2019; in force as a network since 12 June 2015', () => {
    expect(isInForce(khs, '2015-06-11').inForce).toBe(false);
    expect(isInForce(khs, '2019-01-01').inForce).toBe(true);
    expect(isInForce(khs, '2019-01-01').reasons[0]?.clause).toBe('Saksopplysninger');
  });

  it('Om KHS: 21 municipalities, Bærum (3201) the lead municipality', () => {
    expect(khs.parties).toHaveLength(21);
    expect(
      khs.parties
        .filter((p) => p.roles?.includes('ledende-kommune'))
        .map((p) => p.municipality.number),
    ).toEqual(['3201']);
    expect(new Set(khs.parties.map((p) => p.municipality.number)).size).toBe(21);
  });

  it('Om KHS: the Samarbeidsstyre has 7 seats from the sub-regions, four-year terms, at least four meetings a year', () => {
    const styre = khs.organs?.[0];
    expect(styre?.seats.fixed?.map((s) => s.name)).toEqual([
      'Ringeriksregionen',
      'Hallingdal',
      'Midt-Buskerud',
      'Drammensområdet',
      'Kongsbergregionen',
      'Asker',
      'Bærum',
    ]);
    expect(styre?.termYears?.years).toBe(4);
    expect(styre?.meetings?.perYearAtLeast).toBe(4);
    expect(styre?.duties?.[0]?.text).toContain('minst to fra små kommuner');
  });

  it('Om KHS: kr 2 per innbygger (2015); no populations in the sources, so nothing can be split yet', () => {
    expect(khs.costKeys[0]).toMatchObject({ kind: 'per-inhabitant', ratePerInhabitant: '2.00' });
    expect(problemsOf(() => splitCost(khs, '1000.00'))[0]).toEqual([
      'parties[0].population',
      'required',
    ]);
  });

  it('marks what the sources leave unknown: the revised agreement text and the current cost key', () => {
    expect(khs.interpretations?.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'agreement-text-unknown',
        'cost-key-unknown',
        'populations-not-verified',
      ]),
    );
  });

  it.skipIf(!existsSync(SOURCE))(
    'every paragraph taken from the saksframlegg is word for word in it',
    () => {
      const source = squeeze(readFileSync(SOURCE, 'utf8'));
      for (const clause of khs.clauses.filter((c) => c.ref !== 'Om KHS')) {
        for (const paragraph of clause.text.split('\n\n'))
          expect(source, clause.ref).toContain(squeeze(paragraph));
      }
    },
  );
});
