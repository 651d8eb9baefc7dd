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
