import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../../src/agreements/helseplattformen/index.js';
import { ownershipShares } from '../../../src/finance/ownership-shares.js';
import { settle } from '../../../src/finance/settle.js';
import { splitCost } from '../../../src/finance/split-cost.js';
import { admit } from '../../../src/lifecycle/admit.js';
import { adoptionStatus, textFingerprint } from '../../../src/lifecycle/adoption.js';
import { breachComplaint, terminationRequirement } from '../../../src/lifecycle/breach.js';
import { deadlines } from '../../../src/lifecycle/deadlines.js';
import { isInForce } from '../../../src/lifecycle/in-force.js';
import { withdraw } from '../../../src/lifecycle/withdraw.js';
import type { Agreement } from '../../../src/model/agreement.js';
import { applyEvents } from '../../../src/rules/apply-events.js';
import { describeDuty } from '../../../src/words/explain.js';
import { catchInputError, problemsOf } from '../../helpers/errors.js';
import { HP } from '../../helpers/meetings.js';
import { words } from '../../helpers/words.js';

/** Øre from a NOK string, by string operations only. */
const ore = (amount: string) => BigInt(amount.replace('.', ''));

describe('§12 Uttredelse', () => {
  it('§12 «fordeles mellom gjenværende kommuner etter oppjustert eierandel» er det samme som folketallsandelene til dem som er igjen', () => {
    const before = ownershipShares(helseplattformen);
    const leaving = before.parties.find((p) => p.number === '1508');
    const after = withdraw(helseplattformen, {
      party: '1508',
      noticeSentOn: '2025-03-01',
    }).sharesAfter;
    if (leaving === undefined) throw new Error('Ålesund is a party');
    if (after === null) throw new Error('the key by population gives shares after the withdrawal');
    // Scaled up: s_p / (1 − s_leaving) = (n_p / T) / ((T − n_l) / T), compared as exact fractions.
    const T = BigInt(leaving.share.denominator);
    const nl = BigInt(leaving.share.numerator);
    for (const p of after.parties) {
      const was = before.parties.find((q) => q.number === p.number);
      const scaledNum = BigInt(was?.share.numerator ?? 0) * T;
      const scaledDen = T * (T - nl);
      expect(scaledNum * BigInt(p.share.denominator)).toBe(BigInt(p.share.numerator) * scaledDen);
    }
    expect(after.totalPopulation).toBe(535_512 - 58_509);
  });
});

describe('§9 og §12: årsoppgjøret etter kalenderdager', () => {
  it('§9: et år avtalen ikke gjelder i, har ingenting å gjøre opp; året må være et kalenderår', () => {
    expect(problemsOf(() => settle(helseplattformen, { year: 2024, amount: '100.00' }))).toEqual([
      ['year', 'no_members'],
    ]);
    for (const year of [1899, 2201, 2026.5]) {
      expect(problemsOf(() => settle(helseplattformen, { year, amount: '100.00' }))).toEqual([
        ['year', 'invalid_year'],
      ]);
    }
  });

  it('§9: årene 1900 og 2200 er også kalenderår som oppgjøret tar imot', () => {
    expect(problemsOf(() => settle(helseplattformen, { year: 1900, amount: '100.00' }))).toEqual([
      ['year', 'no_members'],
    ]);
    expect(settle(helseplattformen, { year: 2200, amount: '100.00' }).sum).toBe('100.00');
  });

  it('§9: dager før avtalen begynner å gjelde, holdes også utenfor', () => {
    const late = { ...helseplattformen, validFrom: '2025-07-01' };
    const s = settle(late, { year: 2025, amount: '1000000.00' });
    // 1 July – 31 December 2025 = 184 days in force; 181 left out
    expect(s.parties.every((p) => p.days === 184)).toBe(true);
    expect(s.reasons.map((r) => [r.code, r.values])).toContainEqual([
      'settlement_no_members',
      { days: 181 },
    ]);
    expect(s.parties.map((p) => p.amount)).toEqual(
      splitCost(late, '1000000.00', { date: '2025-07-01' }).parties.map((p) => p.amount),
    );
  });

  it('§12: ekstrakostnader faller i året for den siste dagen med finansiering: 31. desember 2026 hører til 2026, ikke 2027', () => {
    const events = [
      { type: 'withdrawal', party: '5038', effectiveDate: '2027-01-01', extraCosts: '500.00' },
    ] as const;
    const y2026 = settle(helseplattformen, { year: 2026, amount: '1000.00', events });
    expect(y2026.parties.find((p) => p.number === '5038')).toMatchObject({
      days: 365,
      extraCosts: '500.00',
    });
    expect([y2026.extraCosts, y2026.sum]).toEqual(['500.00', '1500.00']);
    const y2027 = settle(helseplattformen, { year: 2027, amount: '1000.00', events });
    expect(y2027.parties.find((p) => p.number === '5038')).toBeUndefined();
    expect(y2027.parties).toHaveLength(33);
    expect(y2027.reasons.some((r) => r.code === 'extra_costs_charged')).toBe(false);
    expect(y2026.reasons.some((r) => r.code === 'extra_costs_charged')).toBe(true);
  });

  it('§9: dager etter at avtalen er slutt, holdes utenfor; dagene avtalen gjelder, fordeles som én fordeling etter folketall', () => {
    const ended = { ...helseplattformen, validUntil: '2026-06-30' };
    const s = settle(ended, { year: 2026, amount: '1000000.00' });
    // 1 January – 30 June 2026 = 181 days in force; 184 left out
    expect(s.parties.every((p) => p.days === 181)).toBe(true);
    expect(s.reasons.map((r) => [r.code, r.values])).toContainEqual([
      'settlement_no_members',
      { days: 184 },
    ]);
    // A5: the settlement cites §12 ("Oppgjør skjer … etter beregning av utgifter"), its own clause.
    expect(s.reasons.map((r) => [r.code, r.clause, r.values])).toContainEqual([
      'settlement_by_days',
      '§12',
      { year: 2026, days: 181, periods: 1 },
    ]);
    const whole = settle(helseplattformen, { year: 2026, amount: '1000000.00' });
    expect(whole.reasons.map((r) => r.code)).not.toContain('settlement_no_members');
    expect(whole.reasons.find((r) => r.code === 'split_largest_remainder')?.values).toMatchObject({
      amount: '1000000.00',
      parties: 34,
    });
    const byPopulation = splitCost(helseplattformen, '1000000.00', { date: '2026-01-01' });
    expect(s.parties.map((p) => [p.number, p.amount])).toEqual(
      byPopulation.parties.map((p) => [p.number, p.amount]),
    );
  });

  const s = settle(helseplattformen, {
    year: 2026,
    amount: '12000000.00',
    events: [{ type: 'withdrawal', party: '5038', noticeSentOn: '2025-07-01' }],
  });

  it('§9/§12: hver del er innenfor én øre av sin eksakte andel av hver dags kostnad (kontrollert med eksakte brøker)', () => {
    const T1 = 535_512n;
    const T2 = 535_512n - 15_193n;
    const amount = 1_200_000_000n;
    for (const p of s.parties) {
      const n = BigInt(
        helseplattformen.parties.find((q) => q.municipality.number === p.number)?.population ?? 0,
      );
      // exact = amount × (181·n/T1 + 184·n/T2) / 365, for those who stay; Verdal only the first term
      const num = amount * (p.number === '5038' ? 181n * n * T2 : 181n * n * T2 + 184n * n * T1);
      const den = 365n * T1 * T2;
      const gap = ore(p.share) * den - num;
      expect(gap < den && -gap < den).toBe(true);
    }
    expect(s.parties.find((p) => p.number === '5001')?.share).toBe('4878844.87');
  });

  it('§12: en uttreden som får virkning neste år, endrer ingenting i år, heller ikke ekstrakostnadene', () => {
    // Notice on 1 July 2025 takes effect on 1 July 2026 (§12: twelve months), so 2025 is a
    // year of unchanged membership, split as on any of its days; the extra costs fall in 2026.
    const events = [
      {
        type: 'withdrawal' as const,
        party: '5038',
        noticeSentOn: '2025-07-01',
        extraCosts: '25000.00',
      },
    ];
    const settled = settle(helseplattformen, { year: 2025, amount: '1000000.00', events });
    const split = splitCost(helseplattformen, '1000000.00', { date: '2025-09-01' });
    expect(settled.parties.map((p) => [p.number, p.days, p.extraCosts, p.amount])).toEqual(
      split.parties.map((p) => [p.number, 365, '0.00', p.amount]),
    );
    expect([settled.extraCosts, settled.sum]).toEqual(['0.00', '1000000.00']);
    const next = settle(helseplattformen, { year: 2026, amount: '1000000.00', events });
    expect(next.parties.find((p) => p.number === '5038')).toMatchObject({
      days: 181,
      extraCosts: '25000.00',
    });
  });
});

describe('§14 Utvidelse av oppgavefellesskapet', () => {
  // Bindal's population per 1 January 2024 is not in the sources; 1 400 is an EXAMPLE figure.
  const bindal = {
    municipality: { number: '1811', name: 'Bindal' },
    population: 1400,
    date: '2026-07-01',
  };

  const every = {
    aksjonaer: true,
    samarbeidsavtalen: true,
    tjenesteavtale: true,
    'tatt-i-bruk': true,
  };

  it('§14 og §1.3: en kommune som oppfyller alle vilkårene, kan tas opp og er vernet mot motstand, med ord som nevner vilkårene (utfallet: test/scenarios/helseplattformen/s14-opptak.json)', () => {
    const a = admit(helseplattformen, { ...bindal, conditionsMet: every });
    expect([a.missing, a.notGiven]).toEqual([[], []]);
    expect(a.conditions.map((c) => [c.id, c.protects])).toEqual([
      ['aksjonaer', false],
      ['samarbeidsavtalen', true],
      ['tjenesteavtale', true],
      ['tatt-i-bruk', false],
    ]);
    expect(words(a.reasons[4])?.nb).toBe('1811 Bindal oppfyller alle vilkårene for opptak.');
    expect(words(a.reasons[5])?.nb).toBe(
      '1811 Bindal er vernet mot motstand: eksisterende parter kan ikke motsette seg tiltredelsen, fordi kommunen har inngått Samarbeidsavtalen og har inngått tjenesteavtale med Helseplattformen AS.',
    );
  });

  it('§14 tredje punktum: med bare Samarbeidsavtalen og tjenesteavtale sier begrunnelsen med ord hva som ikke er oppgitt (utfallet: test/scenarios/helseplattformen/s14-opptak.json)', () => {
    const a = admit(helseplattformen, {
      ...bindal,
      conditionsMet: { samarbeidsavtalen: true, tjenesteavtale: true },
    });
    expect(a.notGiven).toEqual(['aksjonaer', 'tatt-i-bruk']);
    const unknown = a.reasons.find((r) => r.code === 'admission_eligibility_unknown');
    expect(unknown?.values).toEqual({
      candidate: '1811 Bindal',
      unknown: ['er aksjonær i Helseplattformen AS', 'har tatt i bruk Helseplattformen'],
    });
    expect(words(unknown)?.nb).toBe(
      'Det er ukjent om 1811 Bindal oppfyller vilkårene for opptak; ikke oppgitt: «er aksjonær i Helseplattformen AS» og «har tatt i bruk Helseplattformen».',
    );
    expect(words(a.reasons[0])?.nb).toBe(
      'Vilkår for opptak: 1811 Bindal er aksjonær i Helseplattformen AS – ikke oppgitt, så det er ukjent om vilkåret er oppfylt.',
    );
  });

  it('§14: uten tjenesteavtale kan kommunen verken tas opp eller er vernet; begrunnelsen sier på vanlig bokmål hva som mangler', () => {
    const a = admit(helseplattformen, {
      ...bindal,
      conditionsMet: { ...every, tjenesteavtale: false, samarbeidsavtalen: false },
    });
    expect([a.eligibility, a.protectedFromOpposition, a.missing]).toEqual([
      'not-met',
      'no',
      ['samarbeidsavtalen', 'tjenesteavtale'],
    ]);
    const not = a.reasons.find((r) => r.code === 'admission_not_eligible');
    expect(words(not)?.nb).toBe(
      '1811 Bindal oppfyller ikke vilkårene for opptak; ikke oppfylt: «har inngått Samarbeidsavtalen» og «har inngått tjenesteavtale med Helseplattformen AS».',
    );
    expect(words(a.reasons.find((r) => r.code === 'admission_protection'))?.nb).toBe(
      '1811 Bindal er ikke vernet mot motstand; vernet gjelder en kommune som har inngått Samarbeidsavtalen og har inngått tjenesteavtale med Helseplattformen AS.',
    );
    expect(words(a.reasons[1])?.nb).toBe(
      'Vilkår for opptak: 1811 Bindal har inngått Samarbeidsavtalen – ikke oppfylt.',
    );
  });

  it('§14: når ingenting er oppgitt, er både vilkårene og vernet ukjent', () => {
    const a = admit(helseplattformen, bindal);
    expect([a.eligibility, a.protectedFromOpposition, a.missing]).toEqual([
      'unknown',
      'unknown',
      [],
    ]);
    expect(words(a.reasons.find((r) => r.code === 'admission_protection'))?.nb).toBe(
      'Det er ukjent om 1811 Bindal er vernet mot motstand; vernet gjelder en kommune som har inngått Samarbeidsavtalen og har inngått tjenesteavtale med Helseplattformen AS.',
    );
  });

  it('§14 og §5 c: opptak vedtas enstemmig av representantskapet', () => {
    const a = admit(helseplattformen, bindal);
    expect(a.procedure).toMatchObject({
      organ: 'representantskap',
      matter: 'admission',
      rule: { kind: 'unanimity', of: 'all-seats', clause: '§14' },
    });
  });

  it('§14 «skal følge andel innbyggere pr 1.1.2024»: hver andel regnes på nytt fra datoen for opptaket', () => {
    const a = admit(helseplattformen, bindal);
    expect(a.sharesAfter.date).toBe('2026-07-01');
    expect(a.sharesAfter.totalPopulation).toBe(535_512 + 1_400);
    const b = a.sharesAfter.parties.find((p) => p.number === '1811');
    // 1 400 / 536 912 = 0.2607… %
    expect(b).toMatchObject({ share: { numerator: 1400, denominator: 536_912 }, percent: '0.26' });
    expect(a.reasons.find((r) => r.code === 'admission_share')).toMatchObject({
      values: { referenceDate: '2024-01-01', population: 1400, effectiveDate: '2026-07-01' },
    });
  });

  it('§14: en som allerede er part, kan ikke tas opp igjen', () => {
    expect(
      problemsOf(() =>
        admit(helseplattformen, { ...bindal, municipality: { number: '5001', name: 'Trondheim' } }),
      ),
    ).toEqual([['events[0].party.number', 'already_party']]);
  });
});

describe('§15 Avtalerevisjon, og presentasjonen: hvert kommunestyre vedtar den samme teksten, uendret', () => {
  const fingerprint = textFingerprint(helseplattformen.clauses);
  const all = HP.map((party) => ({ party, adoptedOn: '2024-12-12', fingerprint }));

  it('§15: fingeravtrykket er SHA-256 av bestemmelsenes tekst (kontrollert mot node:crypto), og enhver endring i teksten endrer det', () => {
    const json = JSON.stringify(helseplattformen.clauses.map((c) => [c.ref, c.title, c.text]));
    expect(fingerprint).toBe(createHash('sha256').update(json, 'utf8').digest('hex'));
    const edited = helseplattformen.clauses.map((c) =>
      c.ref === '§12' ? { ...c, text: c.text.replace('1 år', '2 år') } : c,
    );
    expect(textFingerprint(edited)).not.toBe(fingerprint);
  });

  it('§15: endringen gjelder når alle 34 kommunestyrene har vedtatt den samme teksten', () => {
    const status = adoptionStatus(helseplattformen, {
      fingerprint,
      decisions: all,
      date: '2025-01-01',
    });
    expect([status.complete, status.completedOn]).toEqual([true, '2024-12-12']);
    expect(status).toMatchObject({ status: 'complete', clause: '§15', councilsMustAdopt: true });
    expect(status.reasons.map((r) => [r.code, r.clause, r.values])).toEqual([
      ['adoption_complete', '§15', { councils: 34, fingerprint, councilsMustAdopt: true }],
    ]);
    expect(words(status.reasons[0])?.nb).toBe(
      'Alle de 34 kommunestyrene har vedtatt den samme, uredigerte teksten.',
    );
  });

  it('§13: når hvert kommunestyre vedtar oppløsningen, vises det til §13, ikke §15', () => {
    const status = adoptionStatus(helseplattformen, {
      fingerprint,
      decisions: all.slice(1),
      date: '2025-01-01',
      procedure: 'dissolution',
    });
    expect(status).toMatchObject({
      procedure: 'dissolution',
      clause: '§13',
      status: 'pending',
      missing: [HP[0]],
    });
    expect(status.reasons.map((r) => [r.code, r.clause])).toEqual([['adoption_missing', '§13']]);
  });

  it('§15: kommunestyrene som mangler, og de som har vedtatt en annen tekst, nevnes', () => {
    const decisions = [
      ...all.slice(0, 32),
      { party: HP[32] as string, adoptedOn: '2024-12-10', fingerprint: 'f'.repeat(64) },
    ];
    const status = adoptionStatus(helseplattformen, { fingerprint, decisions, date: '2025-01-01' });
    expect(status).toMatchObject({ complete: false, missing: [HP[33]], differentText: [HP[32]] });
    expect(status.reasons.map((r) => r.code)).toEqual([
      'adoption_missing',
      'adoption_different_text',
    ]);
  });

  it('§15: et vedtak etter datoen det spørres om, teller ikke ennå', () => {
    const late = all.map((d, i) => (i === 0 ? { ...d, adoptedOn: '2025-02-01' } : d));
    expect(
      adoptionStatus(helseplattformen, { fingerprint, decisions: late, date: '2025-01-01' })
        .missing,
    ).toEqual([HP[0]]);
  });
});

describe('§13 Avvikling, §16 Mislighold, §10 Rapportering, §9 Fakturering', () => {
  it('§13: oppløsning krever enstemmighet i representantskapet og vedtak i hvert kommunestyre; Trondheim oppbevarer dokumentene', () => {
    expect(helseplattformen.lifecycle?.dissolution).toMatchObject({
      councilsMustAdopt: true,
      documentsKeptBy: '5001',
      clause: '§13',
    });
  });

  it('§16: en reklamasjon innen tre måneder etter at parten ble kjent med forholdet, er i tide', () => {
    expect(
      breachComplaint(helseplattformen, { awareOn: '2025-05-31', complainedOn: '2025-08-31' }),
    ).toMatchObject({
      deadline: '2025-08-31',
      inTime: true,
      claimLost: false,
    });
  });

  it('§16: en for sen reklamasjon mister sanksjonene, med mindre misligholdet var forsettlig eller grovt uaktsomt', () => {
    expect(
      breachComplaint(helseplattformen, { awareOn: '2025-11-30', complainedOn: '2026-03-01' }),
    ).toMatchObject({
      deadline: '2026-02-28',
      inTime: false,
      claimLost: true,
    });
    expect(
      breachComplaint(helseplattformen, { awareOn: '2025-11-30', intentOrGrossNegligence: true })
        .claimLost,
    ).toBe(false);
  });

  it('§16: heving av avtalen overfor én part krever alle de 33 andre', () => {
    expect(
      terminationRequirement(helseplattformen, { party: '3430', date: '2025-06-01' }).values,
    ).toEqual({ party: '3430 Os', others: 33 });
  });

  it('§10 og §9: kalenderen for 2028: rapport innen 29. februar (et skuddår), faktura i desember', () => {
    expect(
      deadlines(helseplattformen, { year: 2028 }).map((d) => [d.id, d.from, d.due, d.clause]),
    ).toEqual([
      ['reporting', null, '2028-02-29', '§10'],
      ['invoicing', '2028-12-01', '2028-12-31', '§9'],
    ]);
  });

  it('§9 «Fakturering … etterskuddsvis i desember måned» sier ikke hvem som fakturerer: kalenderen sier det i stedet for å nevne kontorkommunen', () => {
    const invoicing = deadlines(helseplattformen, { year: 2028 }).find((d) => d.id === 'invoicing');
    expect(invoicing?.who).toBe('Ikke angitt i avtalen (§9 sier ikke hvem som fakturerer)');
  });

  it('§12: en parts kalender har med den siste dagen med finansiering og dagen uttreden skjer', () => {
    const left = {
      ...helseplattformen,
      parties: helseplattformen.parties.map((p) =>
        p.municipality.number === '3430'
          ? {
              ...p,
              membership: {
                joined: '2025-01-01',
                noticeSentOn: '2025-03-01',
                withdrawn: '2026-03-01',
              },
            }
          : p,
      ),
    };
    expect(deadlines(left, { year: 2026, party: '3430' }).map((d) => [d.due, d.id])).toEqual([
      ['2026-02-28', 'reporting'],
      ['2026-02-28', 'withdrawal-last-financed-day'],
      ['2026-03-01', 'withdrawal-effective'],
      ['2026-12-31', 'invoicing'],
    ]);
    // The duties are data; the words layer words them, in the agreement's own words where it states them.
    const duties = deadlines(left, { year: 2026, party: '3430' }).map((d) => d.duty);
    expect(duties.slice(1, 3)).toEqual([
      { kind: 'last-financed-day' },
      { kind: 'withdrawal-effective' },
    ]);
    expect(duties.map((d) => describeDuty(d, 'nb')).slice(1, 3)).toEqual([
      'Siste dag med plikt til finansiering',
      'Uttreden trer i kraft; andelen fordeles på de gjenværende etter oppjustert eierandel',
    ]);
    expect(duties[0]).toEqual({
      kind: 'stated',
      what: helseplattformen.lifecycle?.calendar?.find((c) => c.id === 'reporting')?.what,
    });
  });

  it('§12 «Avtalen løper frem til den blir sagt opp av samtlige parter»: ingen sluttdato', () => {
    expect(isInForce(helseplattformen, '2040-01-01').inForce).toBe(true);
    expect(isInForce(helseplattformen, '2024-12-31').inForce).toBe(false);
  });
});

describe('§10, §12, §14–§16 i grensetilfellene: uttreden 1. januar, en part med 0 innbyggere, en senere endring, hendelser som ikke passer', () => {
  it('§12: en uttreden med virkning 1. januar: ekstrakostnadene gjøres opp i året før, det siste året med finansiering', () => {
    const events = [
      {
        type: 'withdrawal' as const,
        party: '3430',
        effectiveDate: '2027-01-01',
        extraCosts: '1000.00',
      },
    ];
    const y2026 = settle(helseplattformen, { year: 2026, amount: '100.00', events });
    const y2027 = settle(helseplattformen, { year: 2027, amount: '100.00', events });
    expect(y2026.parties.find((p) => p.number === '3430')).toMatchObject({
      days: 365,
      extraCosts: '1000.00',
    });
    expect(y2026.sum).toBe('1100.00');
    expect(y2027.parties.find((p) => p.number === '3430')).toBeUndefined();
    expect(y2027.sum).toBe('100.00');
  });

  it('§14: en part som tas opp med 0 innbyggere, regnes med sine dager og betaler ingenting', () => {
    const s = settle(helseplattformen, {
      year: 2026,
      amount: '100.00',
      events: [
        {
          type: 'admission',
          party: { number: '1811', name: 'Bindal', population: 0 },
          effectiveDate: '2026-07-01',
        },
      ],
    });
    expect(s.parties.find((p) => p.number === '1811')).toMatchObject({ days: 184, amount: '0.00' });
  });

  it('hendelser fra kode uten typer: et ugyldig folketall eller en ugyldig dato nevnes med hendelsens sti', () => {
    const bad = [
      {
        type: 'admission',
        party: { number: '1811', name: 'Bindal', population: 1.5 },
        effectiveDate: '2026-07-01',
      },
      { type: 'withdrawal', party: '5038', noticeSentOn: '2025-02-29' },
    ] as const;
    expect(
      problemsOf(() => settle(helseplattformen, { year: 2026, amount: 1, events: bad })),
    ).toEqual([
      ['events[0].party.population', 'invalid_population'],
      ['events[1].noticeSentOn', 'invalid_date'],
    ]);
  });

  it('§16: uten reklamasjon står kravet åpent til fristen er ute', () => {
    expect(
      breachComplaint(helseplattformen, { awareOn: '2030-05-31', asOf: '2030-06-15' }),
    ).toMatchObject({
      deadline: '2030-08-31',
      open: true,
      claimLost: false,
    });
    expect(
      breachComplaint(helseplattformen, { awareOn: '2030-05-31', asOf: '2030-09-01' }),
    ).toMatchObject({
      open: false,
      claimLost: true,
    });
    expect(
      problemsOf(() =>
        breachComplaint(helseplattformen, { awareOn: '2030-05-31', complainedOn: '2030-05-01' }),
      ),
    ).toEqual([['complainedOn', 'date_order']]);
  });

  it('§15: et kommunestyre som vedtok teksten og senere en annen endring, har fortsatt vedtatt teksten; en part som kommer til senere, blir ikke spurt', () => {
    const fingerprint = textFingerprint(helseplattformen.clauses);
    const decisions = [
      ...HP.map((party) => ({ party, adoptedOn: '2024-12-12', fingerprint })),
      { party: '5001', adoptedOn: '2026-05-01', fingerprint: 'e'.repeat(64) },
    ];
    const { agreement } = applyEvents(helseplattformen, [
      {
        type: 'admission',
        party: { number: '1811', name: 'Bindal', population: 1400 },
        effectiveDate: '2027-01-01',
      },
    ]);
    expect(adoptionStatus(agreement, { fingerprint, decisions, date: '2026-06-01' })).toMatchObject(
      {
        complete: true,
        missing: [],
        differentText: [],
      },
    );
  });

  it('§12 §14: hendelser om deltakelse som ikke passer, nevnes alle på én gang, hver med sin sti', () => {
    const [a, b, c, d, e, f, g] = HP.slice(1) as [
      string,
      string,
      string,
      string,
      string,
      string,
      string,
    ];
    const bindal = { number: '1811', name: 'Bindal', population: 1400 };
    const events = [
      { type: 'admission', party: { ...bindal, population: -1 }, effectiveDate: '2027-01-01' },
      { type: 'admission', party: bindal, effectiveDate: '2027-02-30' },
      { type: 'admission', party: { ...bindal, number: '5001' }, effectiveDate: '2027-01-01' },
      { type: 'admission', party: bindal, effectiveDate: '2024-12-31' },
      { type: 'withdrawal', party: '9999' },
      { type: 'withdrawal', party: a, noticeSentOn: '2025-03-01', effectiveDate: '2026-03-01' },
      { type: 'withdrawal', party: b, noticeSentOn: '2025-13-01' },
      { type: 'withdrawal', party: c, effectiveDate: '2024-06-01' },
      { type: 'withdrawal', party: d, noticeSentOn: '2024-06-01' },
      { type: 'withdrawal', party: e, effectiveDate: '2026-01-01' },
      { type: 'withdrawal', party: e, effectiveDate: '2027-01-01' },
      { type: 'withdrawal', party: f, effectiveDate: '2026-01-01', extraCosts: '1.234' },
      { type: 'withdrawal', party: g },
    ] as const;
    const got = problemsOf(() => applyEvents(helseplattformen, events));
    expect(got).toHaveLength(12); // every event but the first withdrawal of e
    expect(new Map(got.map(([path, code]) => [path, code]))).toEqual(
      new Map([
        ['events[0].party.population', 'invalid_population'],
        ['events[1].effectiveDate', 'invalid_date'],
        ['events[2].party.number', 'already_party'],
        ['events[3].effectiveDate', 'outside_validity'],
        ['events[4].party', 'unknown_party'],
        ['events[5]', 'notice_or_effective'],
        ['events[6].noticeSentOn', 'invalid_date'],
        ['events[7].effectiveDate', 'before_joining'],
        ['events[8].noticeSentOn', 'not_a_member'],
        ['events[10].party', 'already_withdrawn'],
        ['events[11].extraCosts', 'too_many_decimals'],
        ['events[12]', 'notice_or_effective'],
      ]),
    );
  });

  it('§10: rapporten om året før forfaller først fra det andre året; en part som har vært ute hele året, har bare sine egne datoer', () => {
    expect(deadlines(helseplattformen, { year: 2025 }).map((d) => d.id)).toEqual(['invoicing']);
    const left = applyEvents(helseplattformen, [
      { type: 'withdrawal', party: '3430', effectiveDate: '2026-01-01' },
    ]).agreement;
    expect(deadlines(left, { year: 2027, party: '3430' })).toEqual([]);
  });
});

describe('§9 §12 §14: andelene i tabell 9.1 mot andelene etter en endring', () => {
  const hp = helseplattformen;
  const bindal = { number: '1811', name: 'Bindal' };

  it('§12: etter en uttreden følger andelene «oppjustert eierandel»; tabell 9.1 står i avtalen og endres ikke av utregningen (notat "shares-after-change")', () => {
    const w = withdraw(hp, { party: '3430', noticeSentOn: '2025-03-01' });
    const reason = w.reasons.find((r) => r.code === 'shares_stated_in_table');
    expect([reason?.clause, reason?.values]).toEqual([
      '§12',
      { table: 'Tabell 9.1', change: 'withdrawal', decidedBy: null, note: 'shares-after-change' },
    ]);
    expect(words(reason)?.nb).toBe(
      'Andelene står i tabell 9.1 i avtalen. Andelene etter uttreden er regnet ut etter avtalens regel om oppjustert eierandel; de står ikke i tabellen. Om tabellen i avtalen også må endres, er et tolkningsspørsmål (se tolkningsnotatene).',
    );
  });

  it('§14: etter et opptak «besluttes» den nye andelen «i representantskapet»: andelene som vises, er regnet ut, ikke vedtatt', () => {
    const a = admit(hp, { municipality: bindal, population: 1400, date: '2026-07-01' });
    const reason = a.reasons.find((r) => r.code === 'shares_stated_in_table');
    expect([reason?.clause, reason?.values]).toEqual([
      '§14',
      {
        table: 'Tabell 9.1',
        change: 'admission',
        decidedBy: 'representantskapet',
        note: 'shares-after-change',
      },
    ]);
    expect(words(reason)?.nb).toBe(
      'Andelene står i tabell 9.1 i avtalen. Den nye kommunens andel besluttes av representantskapet; andelene som vises, er regnet ut etter avtalens regel og er ikke vedtatt. Om tabellen i avtalen også må endres, er et tolkningsspørsmål (se tolkningsnotatene).',
    );
  });

  it('en avtale uten tabell, eller med en tabell uten navn, sier det tilsvarende', () => {
    const [key] = hp.costKeys;
    if (key === undefined || key.kind !== 'population' || key.statedTable === undefined) {
      throw new Error('Helseplattformen §9 prints tabell 9.1');
    }
    const { statedTable, ...plain } = key;
    const noTable: Agreement = { ...hp, costKeys: [plain] };
    const w = withdraw(noTable, { party: '3430', noticeSentOn: '2025-03-01' });
    expect(w.reasons.map((r) => r.code)).not.toContain('shares_stated_in_table');
    const { name: _, ...unnamed } = statedTable;
    const { sharesNote: __, ...withdrawal } = hp.lifecycle?.withdrawal ?? {
      notice: { months: 12 },
      clause: '§12',
    };
    const anonymous: Agreement = {
      ...hp,
      costKeys: [{ ...key, statedTable: unnamed }],
      lifecycle: { ...hp.lifecycle, withdrawal },
    };
    const reason = withdraw(anonymous, { party: '3430', noticeSentOn: '2025-03-01' }).reasons.find(
      (r) => r.code === 'shares_stated_in_table',
    );
    expect(reason?.values).toEqual({
      table: null,
      change: 'withdrawal',
      decidedBy: null,
      note: null,
    });
    expect(words(reason)).toEqual({
      nb: 'Andelene står i en tabell i avtalen. Andelene etter uttreden er regnet ut etter avtalens regel om oppjustert eierandel; de står ikke i tabellen.',
      en: 'The shares are printed in a table of the agreement. The shares after the withdrawal are worked out by the agreement’s rule of scaled-up shares; they are not in the table.',
    });
  });
});

describe('§12: oppgjør etter kalenderdager er en lesning, med henvisning til §12', () => {
  it('§12: oppgjøret nevner lesningen, og den andre lesningen (faktiske kostnader) som umulig å regne ut av ett beløp', () => {
    const s = settle(helseplattformen, {
      year: 2026,
      amount: '1000000.00',
      events: [{ type: 'withdrawal', party: '5038', noticeSentOn: '2025-07-01' }],
    });
    expect(s.reasons.find((r) => r.code === 'reading_applied')).toMatchObject({
      clause: '§12',
      values: { note: 'settlement-by-calendar-day', reading: 'calendar-days', chosen: false },
    });
    expect(s.alternatives).toEqual([
      { note: 'settlement-by-calendar-day', reading: 'actual-costs', parties: null },
    ]);
    // Two compositions in the year: not "fordelt … etter eierandel".
    const split = s.reasons.find((r) => r.code === 'split_largest_remainder');
    expect(split).toMatchObject({ clause: '§12', values: { by: 'days', parties: 34 } });
    expect(words(split)?.nb).toContain(
      'fordelt på 34 kommuner etter antall dager som deltaker og fordelingsnøkkelen hver dag.',
    );
    expect(words(split)?.nb).not.toContain('eierandel');
  });

  it('§9: et år med én sammensetning fordeles etter eierandel, siden §9 sier at partene eier fellesskapet', () => {
    const s = settle(helseplattformen, { year: 2026, amount: '1000000.00' });
    expect(s.reasons.find((r) => r.code === 'split_largest_remainder')).toMatchObject({
      clause: '§9',
      values: { by: 'ownership' },
    });
  });

  it('§12: oppgjøret under lesningen «faktiske kostnader» kan ikke regnes ut av ett beløp: en feil i inndata', () => {
    expect(
      catchInputError(() =>
        settle(helseplattformen, {
          year: 2026,
          amount: '1.00',
          readings: { 'settlement-by-calendar-day': 'actual-costs' },
        }),
      ).problems,
    ).toEqual([
      {
        path: 'readings["settlement-by-calendar-day"]',
        code: 'reading_not_computable',
        message:
          'under the reading "actual-costs" the settlement needs the costs per period from the accounts; it cannot be worked out from one annual amount',
      },
    ]);
    const chosen = settle(helseplattformen, {
      year: 2026,
      amount: '1.00',
      readings: { 'settlement-by-calendar-day': 'calendar-days' },
    });
    expect(chosen.reasons.find((r) => r.code === 'reading_applied')?.values.chosen).toBe(true);
  });
});
