import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rorosOsHoltalen as ros } from '../../../src/agreements/roros-os-holtalen/index.js';
import { handbook } from '../../../src/docs/handbook/index.js';
import { ownershipShares } from '../../../src/finance/ownership-shares.js';
import { settle } from '../../../src/finance/settle.js';
import { splitCost } from '../../../src/finance/split-cost.js';
import {
  checkHostAssignment,
  hostRoles,
  mergerConsequence,
} from '../../../src/governance/host-roles.js';
import { deadlines } from '../../../src/lifecycle/deadlines.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';
import { notInfo, report } from '../../helpers/check.js';
import { problemsOf } from '../../helpers/errors.js';
import { sourceMissing } from '../../helpers/sources.js';
import { words } from '../../helpers/words.js';

const SOURCE = new URL(
  '../../../../shared/sources/roros-os-holtalen-samarbeidsavtale.txt',
  import.meta.url,
);
const squeeze = (text: string) => text.replace(/\s+/g, '');
/** Øre from a NOK string, by string operations only. */
const ore = (amount: string) => BigInt(amount.replace('.', ''));

const notes = () => new Map((ros.interpretations ?? []).map((n) => [n.id, n]));

describe('Røros–Os–Holtålen', () => {
  it('§1: partene er Røros, Os og Holtålen', () => {
    expect(ros.parties.map((p) => p.municipality.name)).toEqual(['Røros', 'Os', 'Holtålen']);
  });

  it('§5: et vertskommunesamarbeid etter kommuneloven 1992 § 28-1 a/b, uten politisk nemnd', () => {
    expect(ros.legalForm).toBe('vertskommunesamarbeid');
    expect(ros.legalBasis).toContain('§ 28-1 a og b');
  });

  it('§5 «Alle samarbeidsavtalene inngås etter § 28»: avtalene for hvert område er vertskommuneavtalene, og dette dokumentet er rammen for dem (notat "framework-agreement")', () => {
    expect(ros.legalBasis).toBe(
      'rammeavtale for vertskommunesamarbeid per område etter kommuneloven 1992 § 28-1 a og b: administrativt vertskommunesamarbeid uten politisk nemnd (§5)',
    );
    const note = notes().get('framework-agreement');
    expect(note?.clauses).toEqual(['§5']);
    expect(note?.reading).toContain('Vertskommuneavtalene er samarbeidsavtalene for hvert område');
    expect(note?.reading).toContain('rammeavtalen');
    expect(note?.reading).toContain('ikke eierandeler');
    expect(note?.alternatives.map((a) => a.reading)).toEqual([
      'Rammeavtalen er selv vertskommuneavtalen for alle områdene.',
    ]);
    expect(note?.alternatives[0]?.consequence).toContain('Avtalen nevner ingen vertskommune');
  });

  it('§6 «rådmennene, tillitsvalgte og en administrativ felles ressurs»: varamedlemmer, å avstå og vedtaksførhet står ikke i teksten, så dataene viser ikke til noen bestemmelse, og håndboken sier at avtalen er taus (notat "samarbeidsorgan-composition")', () => {
    const organ = ros.organs?.find((o) => o.id === 'samarbeidsorgan');
    expect([organ?.deputies, organ?.abstention, organ?.quorum]).toEqual([
      { allowed: false },
      { allowed: true },
      { kind: 'none' },
    ]);
    expect(organ?.seats.fixed?.map((s) => s.name)).toContain('Tillitsvalgte');
    const { markdown } = handbook(ros, { testTitles: [], year: 2026, apiBase: '../api' });
    expect(markdown).toContain('- Varamedlemmer: avtalen sier ingenting; dataene regner med nei.');
    expect(markdown).toContain('- Kan avstå: avtalen sier ingenting; dataene regner med ja.');
    expect(markdown).toContain(
      '- Vedtaksførhet: avtalen sier ingenting; dataene stiller ingen krav.',
    );
    const note = notes().get('samarbeidsorgan-composition');
    expect(note?.clauses).toEqual(['§6']);
    expect(note?.reading).toContain('antallet står ikke i avtalen');
    expect(note?.reading).toContain('ett sete');
    expect(note?.reading).toContain('plassholdere');
  });

  it('§9: gjelder fra 1. juli 2016; de nye områdene innen 1. januar 2020', () => {
    expect(isInForce(ros, '2016-06-30').inForce).toBe(false);
    expect(isInForce(ros, '2016-07-01').inForce).toBe(true);
    expect(deadlines(ros, { year: 2020 }).map((d) => [d.id, d.due, d.clause])).toEqual([
      ['new-areas', '2020-01-01', '§9'],
    ]);
  });

  describe('§4: tjenesteområder med egne deltakere', () => {
    const areas = (group: string) => (ros.serviceAreas ?? []).filter((a) => a.group === group);

    it('§4 A har 6 områder med alle tre, B 13, C 3 med bare Røros og Holtålen, D 5 med deltakere som ikke er listet opp', () => {
      expect(areas('A').map((a) => a.participants)).toEqual(
        Array(6).fill(['5025', '3430', '5026']),
      );
      expect(areas('B')).toHaveLength(13);
      expect(areas('C').every((a) => a.participants?.join() === '5025,5026')).toBe(true);
      expect(areas('D').every((a) => a.participants === null)).toBe(true);
    });

    it('§4 A iv: kemnerkontoret har også Tolga, som er utenfor avtalen, og som kildene ikke har folketallet for', () => {
      expect(
        problemsOf(() => splitCost(ros, '1000.00', { date: '2019-06-01', serviceArea: 'kemner' })),
      ).toEqual([['serviceAreas[3].otherParticipants[0].population', 'required']]);
    });

    it('§4 D: regionale områder kan ikke fordeles; avtalen lister ikke opp deltakerne', () => {
      expect(problemsOf(() => splitCost(ros, '1000.00', { serviceArea: 'brann' }))).toEqual([
        ['serviceArea', 'participants_not_listed'],
      ]);
    });
  });

  describe('§8 kostnader: etter folketall slik teksten sier; 40 % fast og 60 % etter folketall fra 2019 bare som en lesning av en pressemelding', () => {
    const READING = { 'cost-key-2019': 'fixed-and-population-2019' };

    it('§8 B i: fortsatt etter folketall etter 2019; nøkkelen 40/60 står ikke i avtaleteksten (standardlesningen "as-written")', () => {
      const split = splitCost(ros, '300000.00', { date: '2024-06-01' });
      expect(split.parties.map((p) => p.amount)).toEqual(['177452.92', '59026.12', '63520.96']);
      expect(split.reasons.map((r) => [r.code, r.clause])).toEqual([
        ['parties_active', '§1'],
        ['reading_applied', '§8'],
        ['cost_key_population', '§8 B'],
        ['split_largest_remainder', '§8 B'],
      ]);
      expect(split.reasons[1]?.values).toEqual({
        note: 'cost-key-2019',
        reading: 'as-written',
        chosen: false,
      });
      // A vertskommune cooperation has no ownership: the split is by the cost key, not "eierandel".
      expect(words(split.reasons[3])?.nb).toContain('etter fordelingsnøkkelen');
      expect(split.reasons.map((r) => words(r)?.nb).join(' ')).not.toContain('eierandel');
      expect(ownershipShares(ros, { date: '2024-06-01' }).kind).toBe('cost-share');
    });

    it('§8: lesningen 40/60 endrer tallene, så fordelingen viser den som et alternativ med kilden', () => {
      // Røros: 300 000 × (0.4/3 + 0.6 × 5 685/9 611) = 40 000 + 106 471.75 = 146 471.75
      const split = splitCost(ros, '300000.00', { date: '2024-06-01' });
      expect(split.alternatives).toEqual([
        {
          note: 'cost-key-2019',
          reading: 'fixed-and-population-2019',
          key: {
            kind: 'fixed-and-population',
            validFrom: '2019-01-01',
            clause: '§8 B',
            source: expect.stringContaining('Røros kommunestyres vedtak'),
          },
          parties: [
            { number: '5025', amount: '146471.75' },
            { number: '3430', amount: '75415.67' },
            { number: '5026', amount: '78112.58' },
          ],
        },
      ]);
      // Before 2019 the reading changes nothing, and there is no alternative.
      expect(splitCost(ros, '300000.00', { date: '2018-06-01' }).alternatives).toEqual([]);
    });

    it('§8: under lesningen "fixed-and-population-2019" fordeles 40 % likt og 60 % etter folketall, med henvisning til pressekilden', () => {
      const split = splitCost(ros, '300000.00', { date: '2019-06-01', readings: READING });
      expect(split.parties.map((p) => p.amount)).toEqual(['146471.75', '75415.67', '78112.58']);
      expect(split.parties.reduce((s, p) => s + ore(p.amount), 0n)).toBe(30_000_000n);
      const key = split.reasons.find((r) => r.code === 'cost_key_fixed_and_population');
      expect(key?.values).toMatchObject({ fixedPercent: '40', populationPercent: '60' });
      expect(words(key)?.nb).toContain(
        'Nøkkelen står ikke i avtaleteksten; kilde: Røros kommunestyres',
      );
      expect(words(key)?.nb).toContain('nearadio.no');
      expect(words(key)?.nb).toContain('er ikke verifisert');
      expect(split.reasons.find((r) => r.code === 'reading_applied')?.values).toEqual({
        note: 'cost-key-2019',
        reading: 'fixed-and-population-2019',
        chosen: true,
      });
      // The alternative is then the text as written.
      expect(split.alternatives.map((a) => [a.reading, a.parties?.[0]?.amount])).toEqual([
        ['as-written', '177452.92'],
      ]);
      const shares = ownershipShares(ros, { date: '2019-06-01', readings: READING });
      expect(shares.parties.map((p) => p.percent)).toEqual(['48.82', '25.14', '26.04']);
      // the total is still the inhabitants (5 685 + 1 891 + 2 035), not the key's weights
      expect(shares.totalPopulation).toBe(9611);
      expect(
        ownershipShares(ros, { date: '2019-06-01' }).alternatives.map((a) =>
          a.parties?.map((p) => p.percent),
        ),
      ).toEqual([['48.82', '25.14', '26.04']]);
    });

    it('§8: et år som gjøres opp fra 2019, følger folketallsnøkkelen slik den står; lesningen 40/60 er et alternativ', () => {
      // Every day of 2020 has the same members and key, so the year's settlement is the split above.
      const settled = settle(ros, { year: 2020, amount: '300000.00' });
      expect(settled.parties.map((p) => [p.name, p.days, p.amount])).toEqual([
        ['Røros', 366, '177452.92'],
        ['Os', 366, '59026.12'],
        ['Holtålen', 366, '63520.96'],
      ]);
      expect(settled.sum).toBe('300000.00');
      expect(settled.alternatives).toEqual([
        {
          note: 'cost-key-2019',
          reading: 'fixed-and-population-2019',
          parties: [
            { number: '5025', amount: '146471.75' },
            { number: '3430', amount: '75415.67' },
            { number: '5026', amount: '78112.58' },
          ],
        },
      ]);
      const under = settle(ros, { year: 2020, amount: '300000.00', readings: READING });
      expect(under.parties.map((p) => p.amount)).toEqual(['146471.75', '75415.67', '78112.58']);
    });

    it('§4 C og §8: et område med bare Røros og Holtålen fordeles mellom de to; etter §8 A gjelder områdets egen avtale', () => {
      // By population: 300 000 × 5 685/7 720 = 220 919.69; Holtålen the rest, 79 080.31
      const split = splitCost(ros, '300000.00', { date: '2019-06-01', serviceArea: 'nav' });
      expect(split.parties.map((p) => [p.name, p.amount])).toEqual([
        ['Røros', '220919.69'],
        ['Holtålen', '79080.31'],
      ]);
      expect(split.reasons[0]).toMatchObject({ code: 'service_area', clause: '§4 C i' });
      expect(split.reasons[1]).toMatchObject({
        code: 'service_area_own_agreement',
        clause: '§8 A',
        values: { area: 'Felles NAV-kontor' },
      });
      // Under the 40/60 reading: 300 000 × (0.4/2 + 0.6 × 5 685/7 720) = 60 000 + 132 551.81 = 192 551.81
      const reading = splitCost(ros, '300000.00', {
        date: '2019-06-01',
        serviceArea: 'nav',
        readings: READING,
      });
      expect(reading.parties.map((p) => [p.name, p.amount])).toEqual([
        ['Røros', '192551.81'],
        ['Holtålen', '107448.19'],
      ]);
    });

    it('§9: et nytt område (§4 B) har ingen kostnader før det starter, og starten er ukjent: ingen fordeling før 1. januar 2020', () => {
      expect(
        problemsOf(() =>
          splitCost(ros, '1000.00', { date: '2016-08-01', serviceArea: 'landbruk' }),
        ),
      ).toEqual([['date', 'area_start_unknown']]);
      expect(
        problemsOf(() =>
          splitCost(ros, '1000.00', { date: '2019-12-31', serviceArea: 'landbruk' }),
        ),
      ).toEqual([['date', 'area_start_unknown']]);
      const split = splitCost(ros, '1000.00', { date: '2020-01-01', serviceArea: 'landbruk' });
      expect(split.reasons.map((r) => [r.code, r.clause])).toContainEqual([
        'service_area_start_unknown',
        '§9',
      ]);
      expect(words(split.reasons.find((r) => r.code === 'service_area_start_unknown'))?.nb).toBe(
        'Når Felles landbrukskontor startet, er ukjent; avtalen sier at området skal være iverksatt innen 1. januar 2020.',
      );
      // An existing (§4 A) area has costs from the agreement's start.
      expect(splitCost(ros, '1000.00', { date: '2016-08-01', serviceArea: 'barnevern' }).sum).toBe(
        '1000.00',
      );
    });

    it('§8: de andre punktene i endringen fra 2017 er registrert som ikke kodet, med kilder: selvkost + 20 %, «4. parts kommuner» (som kan gjelde Tolga) og styringsgruppen (notat "cost-key-2019")', () => {
      const reading = notes().get('cost-key-2019')?.reading ?? '';
      expect(reading).toContain('«selvkost lønn + 20 %»');
      expect(reading).toContain('«4. parts kommuner»');
      expect(reading).toContain('de tre formannskapene');
      expect(reading).toContain('nearadio.no 7. november 2017, LEGAL.md §6');
      expect(reading).toContain('Tolga i kemnerkontoret (§4 A iv)');
      expect(reading).toContain('må derfor ikke regnes som avklart');
    });

    it('§4 C og §4 A iv: den faste delen under lesningen 40/60: 20 % hver der bare Røros og Holtålen deltar, og et åpent spørsmål om deling på fire med Tolga i kemnerkontoret (notat "fixed-part-equal")', () => {
      const note = notes().get('fixed-part-equal');
      expect(note?.reading).toContain('20 % til hver');
      expect(note?.reading).toContain('deles på fire (10 % hver)');
      expect(note?.reading).toContain('sier ikke kildene');
      // The 20 % each is what the split computes: 100 000 × 0.4 / 2 = 20 000 fixed to each, plus
      // 60 000 × 5 685/7 720 = 44 183.94 to Røros.
      const nav = splitCost(ros, '100000.00', {
        date: '2019-06-01',
        serviceArea: 'nav',
        readings: READING,
      });
      expect(nav.parties.map((p) => [p.name, p.amount])).toEqual([
        ['Røros', '64183.94'],
        ['Holtålen', '35816.06'],
      ]);
    });

    it('notatene registrerer kilden for 40/60, den ukjente starten for de nye områdene, avtalene for hvert område og IMA', () => {
      const notes = new Map((ros.interpretations ?? []).map((n) => [n.id, n]));
      expect(notes.get('cost-key-2019')?.readingId).toBe('as-written');
      expect(notes.get('cost-key-2019')?.reading).toContain('ikke verifisert');
      expect(notes.get('new-areas-start')?.clauses).toEqual(['§9']);
      expect(notes.get('area-agreements')?.clauses).toEqual(['§8']);
      expect(
        notes.get('phase-in-not-encoded')?.alternatives.map((a) => a.reading.slice(0, 40)),
      ).toContain('«IMA» er trolig Intermediæravdelingen (§');
    });
  });

  describe('§5: vertskommuneansvaret etter en rimelig fordeling ut fra folketall', () => {
    it('§5 «rimelig fordeling»: som standard innenfor én rolle av antallet etter største brøks metode; et eksakt antall uten slingringsmonn er registrert som et alternativ som ikke kan velges (notat "host-distribution")', () => {
      const note = notes().get('host-distribution');
      expect(note?.clauses).toEqual(['§5']);
      expect(note?.readingId).toBeUndefined();
      expect(note?.reading).toContain('avvik på mer enn én rolle flagges');
      expect(note?.alternatives.map((a) => [a.id, a.reading])).toEqual([
        [undefined, 'Fordelingen måles i årsverk, ikke antall områder.'],
        [
          undefined,
          'En rimelig fordeling er nøyaktig antallet etter største brøks metode, uten slingringsmonn.',
        ],
      ]);
      expect(note?.alternatives[1]?.consequence).toContain('også på én rolle');
    });

    it('§5: ti vertsroller etter folketall (største brøks metode): Røros 6, Os 2, Holtålen 2', () => {
      // 10 × 5 685/9 611 = 5.915, × 1 891/9 611 = 1.968, × 2 035/9 611 = 2.117 → floors 5, 1, 2; the 2 left go to 0.968 and 0.915
      expect(hostRoles(ros, { roles: 10 }).map((h) => [h.name, h.roles])).toEqual([
        ['Røros', 6],
        ['Os', 2],
        ['Holtålen', 2],
      ]);
    });

    it('§5: med vertskommunene i dataene (§4 B i landbruk: Os, §4 B ii regnskap: Holtålen) er Røros som vert for seks av ni innenfor én rolle av den rimelige fordelingen 6, 1, 2; en vertskommune utenfor sitt område er en feil', () => {
      // All-three areas: 5 + the 2 recorded; NAV and PPT are Røros and Holtålen's only (§4 C).
      // Røros 7 × 0.5915 + 2 × 0.7364 = 5.613, Os 7 × 0.1968 = 1.377, Holtålen 7 × 0.2117 +
      // 2 × 0.2636 = 2.009: floors 5, 1, 2, the one left to Røros: 6, 1, 2.
      const all = Object.fromEntries(
        ['barnevern', 'legevakt', 'lonn', 'ikt-strategi', 'skolekontor', 'nav'].map((id) => [
          id,
          '5025',
        ]),
      );
      const codes = checkHostAssignment(ros, { assignment: { ...all, ppt: '3430' } }).filter(
        (f) => f.severity !== 'info',
      );
      expect(codes.map((f) => f.code)).toEqual(['host_not_participant']);
    });

    it('§5: at Røros er vert for alle seks områdene i §4 A og alle tre i §4 C, er skjevt: 9 av elleve, rimelig er 7', () => {
      // All-three areas: 6 + the 2 recorded; §4 C: 3 of Røros and Holtålen. Røros 8 × 0.5915 +
      // 3 × 0.7364 = 6.941, Os 8 × 0.1968 = 1.574, Holtålen 8 × 0.2117 + 3 × 0.2636 = 2.485:
      // floors 6, 1, 2, the two left to Røros and Os: 7, 2, 2.
      const assignment = Object.fromEntries(
        [
          'barnevern',
          'legevakt',
          'lonn',
          'kemner',
          'intermediaer',
          'ikt-strategi',
          'nav',
          'naeringsfond',
          'ppt',
        ].map((id) => [id, '5025']),
      );
      expect(
        checkHostAssignment(ros, { assignment })
          .filter((f) => f.severity !== 'info')
          .map((f) => [f.code, f.clause, f.values]),
      ).toEqual([
        ['host_roles_uneven', '§5', { roles: 11, uneven: [{ name: 'Røros', roles: 9, fair: 7 }] }],
      ]);
    });

    it('§5 ugyldige inndata: roller utenfor 0–10 000 eller brøker, et område avtalen ikke har, parter uten folketall', () => {
      for (const roles of [-1, 2.5, 10_001, Number.NaN]) {
        expect(problemsOf(() => hostRoles(ros, { roles }))).toEqual([['roles', 'invalid_roles']]);
      }
      expect(hostRoles(ros, { roles: 0 }).map((h) => h.roles)).toEqual([0, 0, 0]);
      const unknown = checkHostAssignment(ros, { assignment: { bibliotek: '5025' } });
      expect(unknown.map((f) => [f.code, f.severity, f.clause])).toContainEqual([
        'host_unknown_area',
        'error',
        '§5',
      ]);
      const noPopulation = {
        ...ros,
        parties: ros.parties.map(({ population: _, ...party }) => party),
      };
      expect(problemsOf(() => hostRoles(noPopulation, { roles: 3 }))).toEqual([
        ['parties', 'zero_total_population'],
      ]);
    });

    it('§5: en rimelig fordeling (Røros 4, Os 1, Holtålen 1 av seks områder) gir ingen advarsel', () => {
      // 6 × 5 685/9 611 = 3.55, 6 × 1 891/9 611 = 1.18, 6 × 2 035/9 611 = 1.27 → 3, 1, 1 and the last to Røros (0.55)
      expect(hostRoles(ros, { roles: 6 }).map((h) => h.roles)).toEqual([4, 1, 1]);
      const assignment = {
        barnevern: '5025',
        legevakt: '5025',
        lonn: '5025',
        'ikt-strategi': '5025',
        skolekontor: '3430',
        nav: '5026',
      };
      const findings = checkHostAssignment(ros, { assignment, date: '2020-01-01' });
      expect(findings.filter((f) => f.severity !== 'info')).toEqual([]);
    });
  });

  it('§9: en sammenslåing må nevne to ulike parter', () => {
    expect(problemsOf(() => mergerConsequence(ros, { merging: ['5025', '5025'] }))).toEqual([
      ['merging', 'unknown_party'],
    ]);
    expect(problemsOf(() => mergerConsequence(ros, { merging: ['5025', '5001'] }))).toEqual([
      ['merging', 'unknown_party'],
    ]);
  });

  it('§9: slår to seg sammen, krever avtalen forhandlinger med den tredje', () => {
    const finding = mergerConsequence(ros, { merging: ['5025', '5026'] });
    expect(finding).toMatchObject({
      code: 'merger_negotiation',
      clause: '§9',
      values: { third: '3430 Os' },
    });
  });

  it.skipIf(sourceMissing(SOURCE))('§1–§9: hvert avsnitt står ordrett i kildedokumentet', () => {
    const source = squeeze(readFileSync(SOURCE, 'utf8'));
    for (const clause of ros.clauses) {
      for (const paragraph of clause.text.split('\n\n'))
        expect(source, clause.ref).toContain(squeeze(paragraph));
    }
  });
});

describe('§5: kontrollen av avtalen', () => {
  it('§5 kontroll: gyldig; sjekklisten for vertskommunesamarbeid mangler uttreden og oppsigelse (listen er ikke verifisert)', () => {
    // D33: cited to §5, the clause its legal basis names ("… (§5)"), not to the first clause.
    expect(notInfo(ros)).toEqual([['warning', 'statutory_item_missing', '§5']]);
    expect(
      report(ros).findings.find((f) => f.code === 'statutory_item_missing')?.values,
    ).toMatchObject({
      item: 'withdrawal-and-termination',
    });
  });
});

describe('§8 B i: datoen for folketallene (sak 14, tall over tid)', () => {
  it('§8 B i: en fordeling i 2016 viser ikke lenger til «innbyggere per 1. januar 2024» som nøkkelen; den sier at de eneste tallene er fra 2024, etter dagen som fordeles', () => {
    const split = splitCost(ros, '300000.00', { date: '2016-08-01' });
    // The figures are still the data's (5 685, 1 891, 2 035): unchanged amounts.
    expect(split.parties.map((p) => p.amount)).toEqual(['177452.92', '59026.12', '63520.96']);
    const key = split.reasons.find((r) => r.code === 'cost_key_population');
    expect(key?.values).toMatchObject({
      referenceDate: '2024-01-01',
      populationDate: { date: '2024-01-01', rule: 'reference-date', day: '2016-08-01' },
    });
    expect(words(key)?.nb).not.toContain('innbyggere per 1. januar 2024');
    expect(words(key)?.nb).toBe(
      'Kostnadene fordeles etter antall innbyggere: 9 611 innbyggere i 3 kommuner. Folketallet er per 1. januar 2024, etter 1. august 2016 som det fordeles for: nøkkelen oppgir ingen dato, og dataene har ingen tall fra før.',
    );
    expect(words(key)?.en).toBe(
      'Costs are split by population: 9,611 inhabitants in 3 municipalities. The figures are of 1 January 2024, after 1 August 2016, the day split: the key names no date, and the data hold no earlier figures.',
    );
    // A split after the reference date cites it as before, with nothing added.
    const later = splitCost(ros, '300000.00', { date: '2024-06-01' });
    const cited = later.reasons.find((r) => r.code === 'cost_key_population');
    expect(cited?.values).not.toHaveProperty('populationDate');
    expect(words(cited)?.nb).toContain('etter antall innbyggere per 1. januar 2024');
  });
});
