import { describe, expect, it } from 'vitest';
import { citing, type ReasonCode, type ReasonValues } from '../../src/rules/reason.js';
import { explain } from '../../src/words/explain.js';

/** Both sentences of one reason. */
const say = <C extends ReasonCode>(code: C, values: ReasonValues[C]) => {
  const reason = citing('test')('§1', code, values);
  return { nb: explain(reason, 'nb'), en: explain(reason, 'en') };
};

describe('lifecycle reason sentences: every variant in bokmål and English', () => {
  it('adoption by one party or council, with or without councils', () => {
    const fingerprint = 'f'.repeat(64);
    expect(say('adoption_complete', { councils: 1, fingerprint, councilsMustAdopt: true })).toEqual(
      {
        nb: 'Kommunestyret i den eneste parten har vedtatt den samme, uredigerte teksten.',
        en: 'The council of the only party has adopted the same, unedited text.',
      },
    );
    expect(
      say('adoption_complete', { councils: 1, fingerprint, councilsMustAdopt: false }),
    ).toEqual({
      nb: 'Den eneste parten har sluttet seg til den samme teksten.',
      en: 'The only party has agreed to the same text.',
    });
    expect(
      say('adoption_complete', { councils: 3, fingerprint, councilsMustAdopt: false }).en,
    ).toBe('All 3 parties have agreed to the same text.');
    expect(
      say('adoption_complete', { councils: 34, fingerprint, councilsMustAdopt: true }).en,
    ).toBe('All 34 councils have adopted the same, unedited text.');
    expect(
      say('adoption_parties_unknown', { known: 4, note: 'n', councilsMustAdopt: true }),
    ).toEqual({
      nb: 'Alle de 4 kjente partene har vedtatt teksten, men kildene nevner ikke alle avtalepartene; det er derfor ukjent om alle partene er enige.',
      en: 'All 4 known parties have adopted the text, but the sources do not name every party; whether all parties agree is therefore unknown.',
    });
    expect(
      say('adoption_parties_unknown', { known: 1, note: 'n', councilsMustAdopt: false }).en,
    ).toBe(
      'The only known party has agreed to the text, but the sources do not name every party; whether all parties agree is therefore unknown.',
    );
    expect(say('adoption_missing', { missing: ['5001', '5006'], councilsMustAdopt: true })).toEqual(
      {
        nb: 'Mangler vedtak i kommunestyret i 5001 og 5006.',
        en: 'No council decision yet from 5001 and 5006.',
      },
    );
    expect(say('adoption_missing', { missing: ['5001'], councilsMustAdopt: false }).en).toBe(
      'No consent yet from 5001.',
    );
    expect(
      say('adoption_different_text', { councils: ['5001'], fingerprint, councilsMustAdopt: true }),
    ).toEqual({
      nb: '5001 har vedtatt en annen tekst enn den som skal gjelde; alle må vedta samme tekst uredigert.',
      en: '5001 adopted a different text from the one to apply; every party must adopt the same text, unedited.',
    });
    expect(
      say('adoption_different_text', { councils: ['5001'], fingerprint, councilsMustAdopt: false }),
    ).toEqual({
      nb: '5001 har sluttet seg til en annen tekst enn den som skal gjelde; alle må slutte seg til samme tekst uredigert.',
      en: '5001 agreed to a different text from the one to apply; every party must agree to the same text, unedited.',
    });
  });

  it('each admission condition: met, not met, not given', () => {
    const values = { candidate: '1811 Bindal', condition: 'har tatt i bruk Helseplattformen' };
    expect(say('admission_condition', { ...values, status: 'met' })).toEqual({
      nb: 'Vilkår for opptak: 1811 Bindal har tatt i bruk Helseplattformen – oppfylt.',
      en: 'Admission condition: 1811 Bindal «har tatt i bruk Helseplattformen» – met.',
    });
    expect(say('admission_condition', { ...values, status: 'not-met' }).en).toBe(
      'Admission condition: 1811 Bindal «har tatt i bruk Helseplattformen» – not met.',
    );
    expect(say('admission_condition', { ...values, status: 'unknown' }).en).toBe(
      'Admission condition: 1811 Bindal «har tatt i bruk Helseplattformen» – not given, so whether it is met is unknown.',
    );
    expect(say('admission_eligible', { candidate: '1811 Bindal' }).en).toBe(
      '1811 Bindal meets every condition for admission.',
    );
    expect(
      say('admission_not_eligible', { candidate: '1811 Bindal', missing: ['a', 'b'] }).en,
    ).toBe('1811 Bindal does not meet the conditions for admission; not met: «a» and «b».');
    expect(
      say('admission_eligibility_unknown', { candidate: '1811 Bindal', unknown: ['a'] }).en,
    ).toBe('Whether 1811 Bindal meets the conditions for admission is unknown; not given: «a».');
  });

  it('the protection against opposition: yes, no, unknown', () => {
    const values = { candidate: '1811 Bindal', conditions: ['har inngått A', 'har inngått B'] };
    expect(say('admission_protection', { ...values, status: 'yes' }).en).toBe(
      '1811 Bindal is protected against opposition: existing parties may not oppose its accession; the protection covers a municipality that «har inngått A» and «har inngått B».',
    );
    expect(say('admission_protection', { ...values, status: 'no' }).en).toBe(
      '1811 Bindal is not protected against opposition; the protection covers a municipality that «har inngått A» and «har inngått B».',
    );
    expect(say('admission_protection', { ...values, status: 'unknown' }).en).toBe(
      'Whether 1811 Bindal is protected against opposition is unknown; the protection covers a municipality that «har inngått A» and «har inngått B».',
    );
  });

  it('the shares after an admission when the agreement names no deciding body', () => {
    expect(
      say('shares_stated_in_table', {
        table: 'Tabell 2',
        change: 'admission',
        decidedBy: null,
        note: null,
      }),
    ).toEqual({
      nb: 'Andelene står i tabell 2 i avtalen. Den nye kommunens andel besluttes av det organet avtalen angir; andelene som vises, er regnet ut etter avtalens regel og er ikke vedtatt.',
      en: 'The shares are printed in Tabell 2 of the agreement. The new party’s share is decided by the body the agreement names; the shares shown follow the agreement’s rule and have not been decided.',
    });
  });
});

describe('withdrawal timing sentences', () => {
  it('the notice period, counted from sending or receipt, in months or years', () => {
    const values = { noticeDate: '2025-03-20', periodEnd: '2026-03-20' };
    expect(
      say('withdrawal_notice_period', {
        ...values,
        countedFrom: 'received',
        period: 1,
        unit: 'years',
      }),
    ).toEqual({
      nb: 'Skriftlig varsel om uttreden mottatt 20. mars 2025; oppsigelsestiden på 1 år regnes fra den dagen og løper ut 20. mars 2026.',
      en: 'Written notice of withdrawal received 20 March 2025; the notice period of 1 year runs from that day and ends on 20 March 2026.',
    });
    const months = (period: number) =>
      say('withdrawal_notice_period', { ...values, countedFrom: 'sent', period, unit: 'months' });
    expect([months(24).nb, months(24).en]).toEqual([
      'Skriftlig varsel om uttreden sendt 20. mars 2025; oppsigelsestiden på 2 år regnes fra den dagen og løper ut 20. mars 2026.',
      'Written notice of withdrawal sent 20 March 2025; the notice period of 2 years runs from that day and ends on 20 March 2026.',
    ]);
    expect(months(1).nb).toContain('på 1 måned regnes');
    expect(months(1).en).toContain('of 1 month runs');
    expect(months(18).nb).toContain('på 18 måneder regnes');
    expect(months(18).en).toContain('of 18 months runs');
    expect(
      say('withdrawal_notice_period', { ...values, countedFrom: 'sent', period: 3, unit: 'years' })
        .en,
    ).toContain('of 3 years runs');
  });

  it('a minimum membership that applies or not', () => {
    const values = {
      joined: '2024-06-01',
      period: 3,
      unit: 'years' as const,
      earliest: '2027-06-01',
    };
    expect(say('withdrawal_minimum_membership', { ...values, applies: true })).toEqual({
      nb: 'Kommunen må ha vært deltaker i minst 3 år: den ble med 1. juni 2024, så uttreden kan tidligst skje 1. juni 2027, etter at oppsigelsestiden har løpt ut.',
      en: 'A party must have been a member for at least 3 years: it joined on 1 June 2024, so it can withdraw on 1 June 2027 at the earliest, after the notice period has ended.',
    });
    expect(say('withdrawal_minimum_membership', { ...values, applies: false })).toEqual({
      nb: 'Kommunen må ha vært deltaker i minst 3 år: den ble med 1. juni 2024, så uttreden kan tidligst skje 1. juni 2027; det er ikke senere enn oppsigelsestiden.',
      en: 'A party must have been a member for at least 3 years: it joined on 1 June 2024, so it can withdraw on 1 June 2027 at the earliest; that is not later than the notice period.',
    });
  });

  it('a turn of the year: the next one, or the end of the calendar year', () => {
    const values = { from: '2026-01-01', effectiveDate: '2026-01-01' };
    expect(say('withdrawal_takes_effect', { ...values, takesEffect: 'next-1-january' })).toEqual({
      nb: 'Uttreden skjer fra første årsskifte etter 1. januar 2026: 1. januar 2026.',
      en: 'The withdrawal takes effect at the first turn of the year after 1 January 2026: 1 January 2026.',
    });
    expect(
      say('withdrawal_takes_effect', {
        from: '2026-01-01',
        effectiveDate: '2027-01-01',
        takesEffect: 'end-of-calendar-year',
      }),
    ).toEqual({
      nb: 'Uttreden skjer ved utgangen av kalenderåret da fristen løper ut (1. januar 2026): 1. januar 2027.',
      en: 'The withdrawal takes effect at the end of the calendar year in which the period ends (1 January 2026): 1 January 2027.',
    });
  });

  it('a statute, verified or not, that applies or not; the effective date', () => {
    const values = {
      statute: 'iks-loven-30',
      law: 'IKS-loven',
      section: '§ 30',
      months: 12,
      agreementDate: '2027-03-15',
      statutoryDate: '2026-03-15',
    };
    expect(say('withdrawal_statute', { ...values, verified: false, applies: true })).toEqual({
      nb: 'Etter IKS-loven § 30 kan kommunen i alle fall si opp med 1 år skriftlig varsel (regelen er ikke verifisert mot lovteksten), det vil si fra 15. mars 2026. Det er tidligere enn etter avtalen (15. mars 2027), så lovens frist gjelder.',
      en: 'Under IKS-loven § 30 a municipality may in any case withdraw with 1 year of written notice (the rule is not verified against the statute), that is from 15 March 2026. That is earlier than under the agreement (15 March 2027), so the statutory period applies.',
    });
    expect(say('withdrawal_statute', { ...values, verified: true, applies: false })).toEqual({
      nb: 'Etter IKS-loven § 30 kan kommunen i alle fall si opp med 1 år skriftlig varsel, det vil si fra 15. mars 2026. Avtalens dato (15. mars 2027) er ikke senere, så avtalen gjelder.',
      en: "Under IKS-loven § 30 a municipality may in any case withdraw with 1 year of written notice, that is from 15 March 2026. The agreement's date (15 March 2027) is not later, so the agreement applies.",
    });
    expect(
      say('withdrawal_effective_date', {
        effectiveDate: '2027-01-01',
        lastFinancedDate: '2026-12-31',
      }),
    ).toEqual({
      nb: 'Uttreden skjer 1. januar 2027. Plikten til finansiering opphører fra og med den datoen; siste finansierte dag er 31. desember 2026.',
      en: 'The withdrawal takes effect on 1 January 2027. The duty to finance ends from that day; the last financed day is 31 December 2026.',
    });
  });
});

describe('admission share sentences', () => {
  it('a new table decided by the body; a share of the population under stated shares', () => {
    expect(
      say('admission_share_stated_table', {
        candidate: '0003 Cby',
        decidedBy: 'representantskapet',
        effectiveDate: '2025-07-01',
        parties: 3,
      }),
    ).toEqual({
      nb: 'Fra 1. juli 2025 gjelder den nye tabellen over andeler som representantskapet har vedtatt ved opptaket av 0003 Cby, for alle de 3 partene.',
      en: 'From 1 July 2025 the new table of shares that the representantskapet decided on admitting 0003 Cby applies, for all 3 parties.',
    });
    const values = {
      candidate: '0003 Cby',
      population: 50,
      totalPopulation: 2000,
      effectiveDate: '2025-07-01',
    };
    expect(
      say('admission_share_by_population', { ...values, referenceDate: '2025-01-01' }),
    ).toEqual({
      nb: 'Andelen til 0003 Cby er dens andel av innbyggertallet per 1. januar 2025: 50 av 2 000. De andre partenes oppgitte andeler skaleres ned til resten, fra 1. juli 2025.',
      en: "The share of 0003 Cby is its share of the population on 1 January 2025: 50 of 2,000. The other parties' stated shares are scaled down to the rest, from 1 July 2025.",
    });
    expect(say('admission_share_by_population', { ...values, referenceDate: null }).en).toContain(
      'share of the population: 50 of 2,000.',
    );
    expect(say('admission_share_by_population', { ...values, referenceDate: null }).nb).toContain(
      'andel av innbyggertallet: 50 av 2 000.',
    );
  });
});
