import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { digitrondelag } from '../../src/agreements/digitrondelag/index.js';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { rorosOsHoltalen } from '../../src/agreements/roros-os-holtalen/index.js';
import {
  admissionView,
  barChartSvg,
  bodyChoices,
  type ChangeRow,
  loadView,
  meetingView,
  needsSharesTable,
  noticeCountedFrom,
  percentOf,
  readingChoices,
  regionsFromText,
  seatChoices,
  splitCsvNb,
  splitView,
  withdrawalView,
} from '../../src/explorer/views.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { decide } from '../../src/governance/decide/index.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';

const EXAMPLE_IKS = readFileSync(
  new URL('../../examples/iks-eierandeler.json', import.meta.url),
  'utf8',
);
const exampleIks = parseAgreement(JSON.parse(EXAMPLE_IKS));

const ore = (amount: string | null) => (amount === null ? 0n : BigInt(amount.replace('.', '')));
const sumOf = (amounts: readonly (string | null)[]) => amounts.reduce((t, a) => t + ore(a), 0n);

describe('the split the page shows', () => {
  it('Røros–Os–Holtålen, 300 000,00 kr typed the Norwegian way: the library’s parts, each with its part of the whole', () => {
    const view = splitView(rorosOsHoltalen, { amount: '300 000,00', date: '2025-01-01' });
    if (!view.ok) throw new Error('the split is valid');
    // 300 000 × 5 685 / 9 611 = 177 452,92…; 1 891 → 59 026,12…; 2 035 → 63 520,96…
    expect(view.rows).toEqual([
      { number: '5025', name: 'Røros', percent: '59.15', amount: '177452.92' },
      { number: '3430', name: 'Os', percent: '19.68', amount: '59026.12' },
      { number: '5026', name: 'Holtålen', percent: '21.17', amount: '63520.96' },
    ]);
    expect(view.sum).toBe('300000.00');
    expect(view.reasons.every((r) => r.clause.startsWith('§'))).toBe(true);
    // The reasons keep the library's codes, in its order.
    expect(view.reasons.map((r) => r.code)).toEqual(
      splitCost(rorosOsHoltalen, '300000.00', { date: '2025-01-01' }).reasons.map((r) => r.code),
    );
  });

  it('a bad amount is every problem with its path, not an exception', () => {
    expect(splitView(helseplattformen, { amount: '12,345' })).toEqual({
      ok: false,
      problems: [
        {
          path: 'amount',
          code: 'too_many_decimals',
          message: 'har mer enn to desimaler: "12.345"',
        },
      ],
    });
  });

  it('the same amounts as splitCost for any amount (Helseplattformen, 34 parties)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 12n }), (ore) => {
        const amount = `${ore / 100n}.${(ore % 100n).toString().padStart(2, '0')}`;
        const view = splitView(helseplattformen, { amount: amount.replace('.', ',') });
        if (!view.ok) throw new Error('valid');
        expect(view.rows.map((r) => r.amount)).toEqual(
          splitCost(helseplattformen, amount).parties.map((p) => p.amount),
        );
      }),
      { numRuns: 30 },
    );
  });
});

describe('percentOf: øre as a percent of the whole, half up to two decimals', () => {
  it('by hand', () => {
    expect(percentOf(1n, 3n)).toBe('33.33');
    expect(percentOf(2n, 3n)).toBe('66.67');
    expect(percentOf(1n, 8n)).toBe('12.50');
    expect(percentOf(1n, 80_000n)).toBe('0.00');
    expect(percentOf(1n, 40_000n)).toBe('0.00');
    expect(percentOf(3n, 40_000n)).toBe('0.01');
    expect(percentOf(5n, 5n)).toBe('100.00');
    expect(percentOf(0n, 0n)).toBe('0.00');
  });
});

describe('the download and the chart', () => {
  it('CSV for a Norwegian spreadsheet, the number quoted, a name with a semicolon quoted', () => {
    expect(
      splitCsvNb([
        { number: '0301', name: 'Oslo', percent: '99.50', amount: '1234.50' },
        { number: '5001', name: 'A;B', percent: '0.50', amount: '6.20' },
      ]),
    ).toBe(
      '\uFEFFKommunenummer;Kommune;Andel av beløpet (%);Beløp (kr)\r\n"0301";Oslo;99,50;1234,50\r\n"5001";"A;B";0,50;6,20\r\n',
    );
  });

  it('a name a spreadsheet would take for a formula stays text', () => {
    const csv = splitCsvNb([
      { number: '9901', name: '=HYPERLINK("x")', percent: '50.00', amount: '1.00' },
      { number: '9902', name: '-1+2', percent: '50.00', amount: '1.00' },
    ]);
    expect(csv.split('\r\n').slice(1, 3)).toEqual([
      `"9901";"'=HYPERLINK(""x"")";50,00;1,00`,
      `"9902";'-1+2;50,00;1,00`,
    ]);
  });

  it('one bar per party, the longest for the largest part, names escaped', () => {
    const svg = barChartSvg([
      { number: '1', name: 'A<b>', percent: '75.00', amount: '3.00' },
      { number: '2', name: 'B', percent: '25.00', amount: '1.00' },
    ]);
    const widths = [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(2);
    expect((widths[0] as number) / (widths[1] as number)).toBeCloseTo(3, 2);
    expect(svg).toContain('A&lt;b&gt;');
    expect(svg).toContain('75,00 %');
  });
});

describe('the meeting form: bodies, seats and readings from the agreement', () => {
  it('Helseplattformen: its two bodies, the representantskap with its twelve kinds of matter (§5)', () => {
    const bodies = bodyChoices(helseplattformen);
    expect(bodies.map((b) => [b.id, b.matters.length])).toEqual([
      ['representantskap', 12],
      ['styre', 2],
    ]);
  });

  it('one seat per party, labelled kommunenummer and name, on a day the agreement applies', () => {
    const view = seatChoices(helseplattformen, 'representantskap', '2025-01-01');
    if (!view.ok) throw new Error('seats');
    expect(view.seats).toHaveLength(34);
    expect(view.seats[0]).toEqual({ seat: '5001', label: '5001 Trondheim' });
  });

  it('named seats by their names (Røros–Os–Holtålen, the samarbeidsorgan)', () => {
    const view = seatChoices(rorosOsHoltalen, 'samarbeidsorgan', '2025-01-01');
    if (!view.ok) throw new Error('seats');
    expect(view.seats.map((s) => s.label)).toContain('Rådmannen i Røros');
    expect(view.seats.every((s) => s.label !== s.seat)).toBe(true);
  });

  it('a body with a seat per region and no regions given: why, in bokmål, with its clause', () => {
    expect(seatChoices(digitrondelag, 'programstyre', '2025-01-01')).toEqual({
      ok: false,
      problems: [
        {
          path: 'regions',
          code: 'missing_regions',
          message:
            'programstyre har ett sete per region (§4.3), og digitrondelag gir ingen regioninndeling: oppgi regionene',
        },
      ],
    });
  });

  it('an unknown body, a date that is not one, a date before the agreement', () => {
    expect(seatChoices(helseplattformen, 'x', '2025-01-01').ok).toBe(false);
    expect(seatChoices(helseplattformen, 'styre', '2025-02-30')).toMatchObject({
      ok: false,
      problems: [{ path: 'date', code: 'invalid_date' }],
    });
    expect(seatChoices(helseplattformen, 'representantskap', '2020-01-01')).toMatchObject({
      ok: false,
      problems: [{ code: 'outside_validity' }],
    });
  });

  it('the readings that can be chosen start with the one the encoding follows', () => {
    for (const choice of readingChoices(helseplattformen)) {
      const note = helseplattformen.interpretations?.find((n) => n.id === choice.note);
      expect(choice.readings[0]?.id).toBe(note?.readingId);
      expect(choice.readings.length).toBeGreaterThan(1);
    }
  });

  it('a reading as the reader sees it, without the hint for programmers that ends some notes (Digi Trøndelag §6)', () => {
    const note = readingChoices(digitrondelag).find((n) => n.note === 'end-of-2022');
    // Helseplattformen's duty-to-vote cites the legal notes (LEGAL.md §1.5): named as the handbook names them.
    const duty = readingChoices(helseplattformen).find((n) => n.note === 'duty-to-vote');
    expect(duty?.readings[0]?.text).toContain(
      'kildegrunnlag 1.5 har ikke kunnet kontrollere § 8-1',
    );
    expect(note?.readings[0]).toEqual({
      id: 'through-2022',
      text: 'Til og med 31. desember 2022: avtalen gjelder ut året 2022.',
    });
    for (const agreement of [helseplattformen, digitrondelag]) {
      for (const choice of readingChoices(agreement)) {
        for (const r of choice.readings)
          expect(r.text).not.toMatch(/readings:|LEGAL\.md|UNVERIFIED/);
        expect(choice.question).not.toMatch(/LEGAL\.md|UNVERIFIED/);
      }
    }
  });
});

describe('the meeting the page holds', () => {
  const seats = helseplattformen.parties.map((p) => p.municipality.number);
  const meeting = (present: number, votesFor: number) => ({
    organ: 'representantskap' as const,
    matter: 'other' as const,
    date: '2025-06-01',
    presiding: '5001',
    attendance: Object.fromEntries(seats.slice(0, present).map((s) => [s, 'member' as const])),
    ballots: Object.fromEntries(
      seats
        .slice(0, present)
        .map((s, i) => [s, i < votesFor ? ('for' as const) : ('against' as const)]),
    ),
  });

  it('the outcome and the count are the library’s decide for the same meeting, for any attendance and vote', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 34 }),
        fc.integer({ min: 0, max: 34 }),
        (present, votes) => {
          const input = meeting(present, Math.min(votes, present));
          const view = meetingView(helseplattformen, input);
          const d = decide(helseplattformen, {
            organ: input.organ,
            matter: input.matter,
            meeting: {
              date: input.date,
              presiding: input.presiding,
              attendance: input.attendance,
              ballots: input.ballots,
            },
          });
          if (!view.ok) throw new Error('valid');
          expect([view.quorate, view.adopted, view.tally.for, view.tally.against]).toEqual([
            d.quorate,
            d.adopted,
            d.tally.for,
            d.tally.against,
          ]);
          expect(view.tally.for + view.tally.against + view.tally.abstain).toBe(present);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('§5 «minst halvparten»: 16 of 34 present cannot decide; 17 can, 9 for and 8 against adopts', () => {
    const few = meetingView(helseplattformen, meeting(16, 16));
    expect(few.ok && [few.quorate, few.adopted]).toEqual([false, false]);
    const half = meetingView(helseplattformen, meeting(17, 9));
    expect(half.ok && [half.quorate, half.adopted]).toEqual([true, true]);
  });

  it('a seat that is not one is a problem with its path', () => {
    const view = meetingView(helseplattformen, {
      ...meeting(18, 18),
      attendance: { ...meeting(18, 18).attendance, '9999': 'member' },
    });
    expect(view.ok).toBe(false);
    if (!view.ok) expect(view.problems[0]?.path).toContain('9999');
  });
});

describe('a municipality leaves: the dates, the shares after and the money before and after', () => {
  it('Helseplattformen §12: Ålesund noticed 1 March 2025 leaves 1 March 2026, its last financed day 28 February 2026', () => {
    const view = withdrawalView(helseplattformen, { party: '1508', noticeSentOn: '2025-03-01' });
    if (!view.ok) throw new Error('valid');
    expect([view.effectiveDate, view.lastFinancedDate]).toEqual(['2026-03-01', '2026-02-28']);
    expect(view.sharesAfter?.map((p) => p.number)).not.toContain('1508');
    expect(view.sharesAfter).toHaveLength(33);
    expect(view.change).toBeUndefined();
  });

  it('an amount split before and after sums exactly on each side, and each change is after − before', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 11n }),
        fc.constantFrom(...helseplattformen.parties.map((p) => p.municipality.number)),
        (amountOre, party) => {
          const amount = `${amountOre / 100n},${(amountOre % 100n).toString().padStart(2, '0')}`;
          const view = withdrawalView(helseplattformen, {
            party,
            noticeSentOn: '2025-03-01',
            amount,
          });
          if (!view.ok || view.change === undefined || !view.change.ok) throw new Error('valid');
          const rows: readonly ChangeRow[] = view.change.rows;
          expect(sumOf(rows.map((r) => r.amountBefore))).toBe(amountOre);
          expect(sumOf(rows.map((r) => r.amountAfter))).toBe(amountOre);
          for (const r of rows)
            expect(ore(r.change)).toBe(ore(r.amountAfter) - ore(r.amountBefore));
          expect(rows.find((r) => r.number === party)?.amountAfter).toBeNull();
        },
      ),
      { numRuns: 15 },
    );
  });

  it('stated ownership shares (the example IKS, 55/30/15): none made up after, the money after refused with its reason', () => {
    const view = withdrawalView(exampleIks, {
      party: '9933',
      noticeSentOn: '2026-03-15',
      amount: '1 000 000',
    });
    if (!view.ok) throw new Error('valid');
    // §6: 12 months' notice from 15 March 2026.
    expect([view.effectiveDate, view.lastFinancedDate]).toEqual(['2027-03-15', '2027-03-14']);
    expect(view.sharesAfter).toBeNull();
    expect(view.change).toMatchObject({ ok: false, problems: [{ code: 'shares_not_whole' }] });
  });

  it('notice counted from receipt (example, §6–§7): received 15 March 2026, one year is 15 March 2027, the next year-end 1 January 2028', () => {
    const text = readFileSync(
      new URL('../../examples/uttreden-ved-arsskiftet.json', import.meta.url),
      'utf8',
    );
    const agreement = parseAgreement(JSON.parse(text));
    expect(noticeCountedFrom(agreement)).toBe('received');
    expect(noticeCountedFrom(helseplattformen)).toBe('sent');
    const view = withdrawalView(agreement, {
      party: '9941',
      noticeReceivedOn: '2026-03-15',
      amount: '90 000',
    });
    if (!view.ok) throw new Error('valid');
    // 9941 joined 1 January 2024: its three years (§7) are over by then.
    expect([view.effectiveDate, view.lastFinancedDate]).toEqual(['2028-01-01', '2027-12-31']);
    if (view.change === undefined || !view.change.ok) throw new Error('the money before and after');
    expect(sumOf(view.change.rows.map((r) => r.amountAfter))).toBe(9_000_000n);
    expect(view.change.rows.find((r) => r.number === '9941')?.amountAfter).toBeNull();
  });

  it('an agreement without a withdrawal rule says so, in bokmål', () => {
    expect(withdrawalView(rorosOsHoltalen, { party: '3430', noticeSentOn: '2025-03-01' })).toEqual({
      ok: false,
      problems: [
        {
          path: 'agreement.lifecycle.withdrawal',
          code: 'no_withdrawal_rule',
          message: 'roros-os-holtalen oppgir ingen oppsigelsestid for uttreden',
        },
      ],
    });
  });
});

describe('a municipality joins: conditions, procedure, the new shares', () => {
  const bindal = { number: '1811', name: 'Bindal', population: '1 400', date: '2026-01-01' };

  it('Helseplattformen §14: conditions not ticked are unknown, never assumed; unanimity in the representantskap', () => {
    const view = admissionView(helseplattformen, { ...bindal, conditionsMet: [] });
    if (!view.ok) throw new Error('valid');
    expect(view.conditions.map((c) => c.status)).toEqual([
      'unknown',
      'unknown',
      'unknown',
      'unknown',
    ]);
    expect(view.eligibility).toBe('unknown');
    expect(view.procedure).toEqual({
      organ: 'representantskap',
      organName: 'Representantskapet',
      rule: 'enstemmighet blant alle medlemmene',
      clause: '§14',
    });
    expect(view.sharesAfter).toHaveLength(35);
  });

  it('all four conditions ticked: eligible', () => {
    const ids = helseplattformen.lifecycle?.admission?.conditions.map((c) => c.id) ?? [];
    const view = admissionView(helseplattformen, { ...bindal, conditionsMet: ids });
    expect(view.ok && view.eligibility).toBe('met');
  });

  it('the money before and after sums to the amount on both sides; the newcomer pays nothing before', () => {
    const view = admissionView(helseplattformen, {
      ...bindal,
      conditionsMet: [],
      amount: '1 000 000,00',
    });
    if (!view.ok || view.change === undefined || !view.change.ok) throw new Error('valid');
    expect(sumOf(view.change.rows.map((r) => r.amountBefore))).toBe(100_000_000n);
    expect(sumOf(view.change.rows.map((r) => r.amountAfter))).toBe(100_000_000n);
    expect(view.change.rows.find((r) => r.number === '1811')?.amountBefore).toBeNull();
  });

  it('a new table of stated shares where the agreement sets the newcomer’s share so: typed line by line, the new shares as typed', () => {
    const file = JSON.parse(EXAMPLE_IKS) as Record<string, unknown> & {
      lifecycle: Record<string, unknown>;
    };
    // Its stated ownership apart from the key is left out: admit sets a new table for the key only.
    delete file['ownership'];
    file.lifecycle['admission'] = {
      clause: '§6',
      organ: 'representantskap',
      matter: 'selskapsavtale',
      conditions: [],
      newcomerShare: { by: 'stated-table' },
    };
    const iks = parseAgreement(file);
    expect([
      needsSharesTable(iks, '2027-01-01'),
      needsSharesTable(helseplattformen, '2027-01-01'),
    ]).toEqual([true, false]);
    const dal = {
      number: '9934',
      name: 'Dal',
      population: '5000',
      date: '2027-01-01',
      conditionsMet: [],
    };
    expect(admissionView(iks, dal)).toMatchObject({
      ok: false,
      problems: [{ path: 'statedShares', code: 'required' }],
    });
    expect(admissionView(iks, { ...dal, statedShares: '9931 50' })).toEqual({
      ok: false,
      problems: [
        {
          path: 'linje 1',
          code: 'invalid_format',
          message: 'må være kommunenummer, kolon og andel, f.eks. 9931: 40,5',
        },
      ],
    });
    const view = admissionView(iks, {
      ...dal,
      statedShares: '9931: 50\n9932: 25,5 %\n\n9933: 14,5\n9934: 10',
    });
    if (!view.ok) throw new Error('valid');
    expect(view.sharesAfter.map((p) => [p.number, p.percent])).toEqual([
      ['9931', '50.00'],
      ['9932', '25.50'],
      ['9933', '14.50'],
      ['9934', '10.00'],
    ]);
  });

  it('a population that is not a whole number, and an agreement with no admission rule', () => {
    expect(
      admissionView(helseplattformen, { ...bindal, population: '1,5', conditionsMet: [] }),
    ).toMatchObject({
      ok: false,
      problems: [{ path: 'population' }],
    });
    expect(admissionView(exampleIks, { ...bindal, conditionsMet: [] })).toMatchObject({
      ok: false,
      problems: [
        { code: 'no_admission_rule', message: 'eksempel-iks har ingen regler for opptak' },
      ],
    });
  });
});

describe('an agreement file loaded into the page', () => {
  it('a valid file (the example IKS, a byte order mark in front) loads, with the check’s findings', () => {
    const view = loadView(`\uFEFF${EXAMPLE_IKS}`);
    if (!view.ok) throw new Error('valid');
    expect(view.agreement).toEqual(exampleIks);
    expect(view.findings.length).toBeGreaterThan(0);
  });

  it('not JSON: one problem saying so', () => {
    expect(loadView('{ "id": ')).toMatchObject({ ok: false, problems: [{ code: 'invalid_json' }] });
  });

  it('a key given twice: its path, line and column', () => {
    expect(loadView('{\n "id": "a",\n "id": "b"\n}')).toEqual({
      ok: false,
      problems: [
        {
          path: 'id',
          code: 'duplicate_key',
          message:
            'er gitt to ganger i samme objekt (linje 3, kolonne 2; første gang linje 2, kolonne 2)',
        },
      ],
    });
  });

  it('every problem of an invalid agreement with its path, in bokmål where known', () => {
    const broken = JSON.parse(EXAMPLE_IKS) as {
      validFrom: string;
      parties: { municipality: { number: string } }[];
    };
    broken.validFrom = '2026-02-30';
    (broken.parties[1] as { municipality: { number: string } }).municipality.number = '99';
    const view = loadView(JSON.stringify(broken));
    if (view.ok) throw new Error('invalid');
    // The number changed, so the key and the ownership table now name a party that is not one.
    expect(view.problems.map((p) => p.path)).toEqual([
      'costKeys[0].shares["9932"]',
      'ownership.shares["9932"]',
      'parties[1].municipality.number',
      'validFrom',
    ]);
    expect(view.problems.find((p) => p.path === 'validFrom')?.message).toMatch(/^må være en dato/);
  });
});

describe('regions typed in the meeting form, for a body with a seat per region', () => {
  it('one region per line, «name: numbers», the id made from the name', () => {
    expect(
      regionsFromText('Nordmøre og Romsdal: 1505, 1506 1508\n\n  Trøndelag sør:5025;5026  '),
    ).toEqual({
      ok: true,
      regions: [
        {
          id: 'region-nordmore-og-romsdal',
          name: 'Nordmøre og Romsdal',
          municipalities: ['1505', '1506', '1508'],
        },
        { id: 'region-trondelag-sor', name: 'Trøndelag sør', municipalities: ['5025', '5026'] },
      ],
    });
  });

  it('a line without a colon, and a number that is not a kommunenummer, with their paths', () => {
    expect(regionsFromText('Nord 1505\nSør: 5025')).toEqual({
      ok: false,
      problems: [
        {
          path: 'linje 1',
          code: 'missing_colon',
          message: 'mangler «:» mellom regionens navn og kommunenumrene',
        },
      ],
    });
    const view = regionsFromText('Sør: 12');
    expect(view.ok).toBe(false);
    if (!view.ok) expect(view.problems[0]?.path).toBe('[0].municipalities[0]');
  });

  it('Digi Trøndelag §4.3: the programstyre’s seats are its named seats and one per region; a meeting decided as decide decides it', () => {
    const typed = regionsFromText('Fosen: 5054, 5057\nGauldal: 5027, 5028');
    if (!typed.ok) throw new Error('valid');
    const seats = seatChoices(digitrondelag, 'programstyre', '2021-01-01', typed.regions);
    if (!seats.ok) throw new Error('valid');
    const fixed = digitrondelag.organs?.find((o) => o.id === 'programstyre')?.seats.fixed ?? [];
    expect(seats.seats.map((s) => s.seat)).toEqual([
      'region-fosen',
      'region-gauldal',
      ...fixed.map((f) => f.id),
    ]);
    expect(seats.seats.map((s) => s.label).slice(0, 2)).toEqual(['Fosen', 'Gauldal']);
    const present = seats.seats.slice(0, 4).map((s) => s.seat);
    // §4.2: the leader sits for Trondheim.
    expect(bodyChoices(digitrondelag).find((b) => b.id === 'programstyre')?.chairSeat).toBe(
      'trondheim',
    );
    const meeting = {
      date: '2021-01-01',
      presiding: 'trondheim',
      attendance: Object.fromEntries(present.map((s) => [s, 'member' as const])),
      ballots: Object.fromEntries(
        present.map((s, i) => [s, i < 3 ? ('for' as const) : ('against' as const)]),
      ),
    };
    const view = meetingView(digitrondelag, {
      organ: 'programstyre',
      matter: 'decision',
      ...meeting,
      regions: typed.regions,
    });
    const d = decide(digitrondelag, {
      organ: 'programstyre',
      matter: 'decision',
      meeting,
      regions: typed.regions,
    });
    expect(view.ok && [view.quorate, view.adopted, view.tally.present]).toEqual([
      d.quorate,
      d.adopted,
      4,
    ]);
  });

  it('§4.2: the leader sits for Trondheim; another presiding is a problem until the form says who (designee: the leader’s casting vote; other: none)', () => {
    const typed = regionsFromText('Fosen: 5054, 5057');
    if (!typed.ok) throw new Error('valid');
    const meeting = {
      organ: 'programstyre',
      matter: 'decision',
      date: '2021-01-01',
      presiding: 'region-fosen',
      attendance: { 'region-fosen': 'member', trondheim: 'member' } as const,
      ballots: { 'region-fosen': 'for', trondheim: 'against' } as const,
      regions: typed.regions,
    };
    expect(meetingView(digitrondelag, meeting)).toEqual({
      ok: false,
      problems: [
        {
          path: 'meeting.presiding',
          code: 'leader_seat',
          message:
            'lederen av programstyre sitter for trondheim (§4.2), og møteleder sitter for region-fosen: velg «utpekt av leder» eller «annen møteleder» under «Møteleder er»',
        },
      ],
    });
    // 1–1, no consensus: «lederen avgjør» (§4.2). A designee has the leader's say, someone else not.
    const designee = meetingView(digitrondelag, { ...meeting, presidingRole: 'designee' });
    const other = meetingView(digitrondelag, { ...meeting, presidingRole: 'other' });
    expect([designee.ok && designee.adopted, other.ok && other.adopted]).toEqual([true, false]);
  });

  it('a region naming the municipality that holds a named seat: refused, in bokmål, with the clause', () => {
    const typed = regionsFromText('Trondheim: 5001');
    if (!typed.ok) throw new Error('valid');
    expect(seatChoices(digitrondelag, 'programstyre', '2021-01-01', typed.regions)).toEqual({
      ok: false,
      problems: [
        {
          path: 'regions[0].municipalities[0]',
          code: 'holds_named_seat',
          message:
            '5001 har setet trondheim i programstyre; setene per region er for de andre kommunene (§4.3)',
        },
      ],
    });
  });
});
