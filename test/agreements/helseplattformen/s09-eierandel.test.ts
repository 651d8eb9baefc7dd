import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { ownershipShares } from '../../../src/finance/ownership-shares.js';
import { splitCost } from '../../../src/finance/split-cost.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { infoCodes, notInfo, report } from '../../helpers/check.js';
import { words } from '../../helpers/words.js';

/**
 * Tabell 9.1 as printed in the agreement (§9), copied from the source
 * document: kommunenummer, name, population per 1.1.2024, eierandel %.
 */
const TABELL_9_1 = `
5001 Trondheim 214,565 40.07%
1505 Kristiansund 24,404 4.56%
1506 Molde 32,816 6.13%
1508 Ålesund 58,509 10.93%
1511 Vanylven 3,026 0.57%
1531 Sula 9,720 1.82%
1535 Vestnes 7,147 1.33%
1539 Rauma 7,299 1.36%
1547 Aukra 3,678 0.69%
1560 Tingvoll 3,041 0.57%
1563 Sunndal 7,227 1.35%
1566 Surnadal 5,953 1.11%
1573 Smøla 2,159 0.40%
1578 Fjord 2,492 0.47%
1579 Hustadvika 13,437 2.51%
1580 Haram 9,357 1.75%
5021 Oppdal 7,389 1.38%
5022 Rennebu 2,484 0.46%
5025 Røros 5,685 1.06%
5026 Holtålen 2,035 0.38%
5027 Midtre Gauldal 6,140 1.15%
5028 Melhus 17,560 3.28%
5029 Skaun 8,484 1.58%
5032 Selbu 4,216 0.79%
5033 Tydal 773 0.14%
5037 Levanger 20,574 3.84%
5038 Verdal 15,193 2.84%
5054 Indre Fosen 10,023 1.87%
5055 Heim 6,093 1.14%
5056 Hitra 5,323 0.99%
5057 Ørland 10,522 1.96%
5058 Åfjord 4,339 0.81%
5061 Rindal 1,958 0.37%
3430 Os 1,891 0.35%
Sum totalt 535,512 100.00%`;

const rows = [...TABELL_9_1.matchAll(/^(\d{4}) (.+) ([\d,]+) (\d+\.\d\d)%$/gm)].map((m) => ({
  number: m[1] as string,
  name: m[2] as string,
  population: Number((m[3] as string).replaceAll(',', '')),
  percent: m[4] as string,
}));

/** Hundredths of a percent from the printed "40.07", by string operations only. */
const hundredths = (percent: string) => Number(percent.replace('.', ''));

describe('§9 Eierandel, innskuddsplikt og finansiering', () => {
  const shares = ownershipShares(helseplattformen, { date: '2025-01-01' });

  it('§9 tabell 9.1 lister opp 34 eierkommuner med 535 512 innbyggere i alt', () => {
    expect(rows).toHaveLength(34);
    expect(shares.parties).toHaveLength(34);
    expect(rows.reduce((sum, r) => sum + r.population, 0)).toBe(535_512);
    expect(shares.totalPopulation).toBe(535_512);
  });

  it.each(rows)(
    '§9 tabell 9.1: $number $name har $population innbyggere og eierandel $percent %',
    ({ number, name, population, percent }) => {
      const share = shares.parties.find((p) => p.number === number);
      expect(share).toMatchObject({ number, name, population, percent, statedPercent: percent });
      expect(share?.share).toEqual({ numerator: population, denominator: 535_512 });
    },
  );

  it('§9 tabell 9.1: prosentene som står i tabellen, summerer til 100,01, ikke 100,00 som tabellen oppgir', () => {
    const printedSum = rows.reduce((sum, r) => sum + hundredths(r.percent), 0);
    expect(printedSum).toBe(10_001);
    expect(shares.statedPercentSum).toBe('100.01');
    expect(shares.percentSum).toBe('100.01');
    const note = shares.reasons.find((r) => r.code === 'stated_percent_sum');
    expect(note).toMatchObject({
      clause: '§9',
      values: { table: 'Tabell 9.1', statedSum: '100.01', statedTotal: '100.00' },
    });
    expect(words(note)?.nb).toBe(
      'Prosentene som står i tabell 9.1 summerer til 100,01 %, ikke 100,00 % som tabellen oppgir.',
    );
  });

  it('§9: prosentene etter største brøks metode summerer til nøyaktig 100,00; Vanylven gir fra seg den ekstra hundredelen', () => {
    expect(shares.percentLargestRemainderSum).toBe('100.00');
    // Half up rounds one share too many upwards (sum 100.01). Largest remainder
    // rounds up only the largest remainders; Vanylven, 3 026 / 535 512 = 0.56507 %,
    // has the smallest remainder (0.507 of a hundredth) of those half up rounded up.
    const differing = shares.parties.filter((p) => p.percent !== p.percentLargestRemainder);
    expect(differing.map((p) => [p.number, p.percent, p.percentLargestRemainder])).toEqual([
      ['1511', '0.57', '0.56'],
    ]);
  });

  it('§9 og §1.3: andelene gjelder for de 34 partene fra starten, 1. januar 2025 (tolkning "start-date")', () => {
    expect(shares.date).toBe('2025-01-01');
    expect(shares.reasons[0]).toMatchObject({
      code: 'parties_active',
      clause: '§1.3',
      values: { date: '2025-01-01', count: 34 },
    });
    expect(shares.reasons[1]).toMatchObject({
      code: 'cost_key_population',
      clause: '§9',
      values: { referenceDate: '2024-01-01', totalPopulation: 535_512, parties: 34 },
    });
  });

  it('§9 og §12: etter at Os (3430) har trådt ut, regnes andelene på nytt mellom de 33 som er igjen; tabell 9.1 gjelder ikke lenger', () => {
    const osLeaves = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) =>
        p.municipality.number === '3430'
          ? {
              ...p,
              membership: { ...p.membership, noticeSentOn: '2025-03-01', withdrawn: '2026-03-01' },
            }
          : p,
      ),
    };
    const after = ownershipShares(osLeaves, { date: '2026-03-01' });
    // 535 512 − 1 891 = 533 621; Trondheim 214 565 / 533 621 = 40.209… %, Ålesund 58 509 / 533 621 = 10.964… %.
    expect(after.totalPopulation).toBe(533_621);
    expect(after.parties).toHaveLength(33);
    expect(after.parties.find((p) => p.number === '5001')?.percent).toBe('40.21');
    expect(after.parties.find((p) => p.number === '1508')?.percent).toBe('10.96');
    expect(after.statedPercentSum).toBeUndefined();
    expect(after.parties.some((p) => p.statedPercent !== undefined)).toBe(false);
    expect(after.reasons.at(-1)).toMatchObject({
      code: 'stated_table_not_applicable',
      clause: '§9',
      values: { table: 'Tabell 9.1', date: '2026-03-01', tableDate: '2025-01-01' },
    });
    // The day before, Os is still a party and the table still applies.
    expect(ownershipShares(osLeaves, { date: '2026-02-28' }).statedPercentSum).toBe('100.01');
  });

  it('§9 «i henhold til tabell 9.1»: 1 000 000,00 kr fordeles etter eierandel, og de 17 ørene som blir til overs, går etter største rest (delene: test/scenarios/helseplattformen/s09-fordeling.json)', () => {
    const split = splitCost(helseplattformen, '1000000.00');
    expect(split.reasons[2]?.values).toEqual({
      amount: '1000000.00',
      parties: 34,
      leftoverOre: 17,
      by: 'ownership',
    });
    // §9 "eies av partene": the split is by eierandel, the word the agreement uses.
    expect(words(split.reasons[2])?.nb).toContain('fordelt på 34 kommuner etter eierandel.');
  });
});

describe('§9: kontrollen av avtalen med tabell 9.1 slik den står', () => {
  it('§9 kontroll: gyldig; tabell 9.1 summerer til 100,01, ikke 100,00; sjekklisten for kommunalt oppgavefellesskap er oppfylt; hvert tolkningsnotat er nevnt', () => {
    expect(report(helseplattformen).valid).toBe(true);
    expect(notInfo(helseplattformen)).toEqual([['warning', 'stated_sum_not_100', '§9']]);
    const info = infoCodes(helseplattformen);
    expect(info.filter((c) => c === 'interpretation_open')).toHaveLength(
      helseplattformen.interpretations?.length ?? -1,
    );
    expect(info).toContain('statutory_checklist');
    expect(
      words(report(helseplattformen).findings.find((f) => f.code === 'statutory_checklist'))?.nb,
    ).toContain('ikke verifisert mot lovteksten');
  });

  it('§9 kontroll med Trondheim på 40,06 i stedet for 40,07: tabell 9.1 summerer til 100,00, og det er ingenting å varsle om', () => {
    const a = JSON.parse(JSON.stringify(helseplattformen)) as Record<string, unknown> & {
      costKeys: { statedTable: { percents: Record<string, string> } }[];
    };
    const percents = a.costKeys[0]?.statedTable.percents;
    if (percents === undefined) throw new Error('Helseplattformen has a stated table');
    expect(percents['5001']).toBe('40.07');
    percents['5001'] = '40.06';
    expect(notInfo(a as unknown as Agreement)).toEqual([]);
  });
});
