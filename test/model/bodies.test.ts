import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  type DigitrondelagBodies,
  digitrondelag,
  type HelseplattformenBodies,
  helseplattformen,
  type KhsVestreVikenBodies,
  khsVestreViken,
  type RorosOsHoltalenBodies,
  rorosOsHoltalen,
} from '../../src/agreements/index.js';
import { type DecideOptionsFor, decide } from '../../src/governance/decide/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { AgreementWith, MatterIdOf, OrganIdOf } from '../../src/model/bodies.js';
import { parseAgreement } from '../../src/model/parse-agreement.js';
import { small } from '../fixtures/small-agreement.js';
import { problemsOf } from '../helpers/errors.js';
import { HP, meeting } from '../helpers/meetings.js';

/** The organ and matter ids an agreement's data has, at run time. */
const idsOf = (agreement: Agreement) =>
  Object.fromEntries((agreement.organs ?? []).map((o) => [o.id, o.matters.map((m) => m.id)]));

/**
 * The ids of each built-in agreement, written once here: the run-time test
 * below checks them against the data, the type tests against the types.
 */
const HELSEPLATTFORMEN = {
  representantskap: [
    'economic-frames',
    'agreement-amendment',
    'admission',
    'dissolution',
    'budget',
    'accounts',
    'annual-report',
    'board-appointment',
    'election',
    'regions-and-board-size',
    'complaint',
    'other',
  ],
  styre: ['decision', 'recommendation'],
} as const;

describe('the organ and matter ids of the built-in agreements, as types', () => {
  it('each built-in agreement’s type names exactly the organs and matters of its data', () => {
    expect(idsOf(helseplattformen)).toEqual(HELSEPLATTFORMEN);
    expect(idsOf(digitrondelag)).toEqual({ programstyre: ['decision'], portefoljestyre: [] });
    expect(idsOf(khsVestreViken)).toEqual({ samarbeidsstyre: [] });
    expect(idsOf(rorosOsHoltalen)).toEqual({ samarbeidsorgan: [] });

    type H = typeof helseplattformen;
    expectTypeOf<H>().toEqualTypeOf<AgreementWith<HelseplattformenBodies>>();
    expectTypeOf<OrganIdOf<H>>().toEqualTypeOf<keyof typeof HELSEPLATTFORMEN>();
    expectTypeOf<MatterIdOf<H, 'representantskap'>>().toEqualTypeOf<
      (typeof HELSEPLATTFORMEN.representantskap)[number]
    >();
    expectTypeOf<MatterIdOf<H, 'styre'>>().toEqualTypeOf<(typeof HELSEPLATTFORMEN.styre)[number]>();
    expectTypeOf<OrganIdOf<typeof digitrondelag>>().toEqualTypeOf<keyof DigitrondelagBodies>();
    expectTypeOf<OrganIdOf<typeof digitrondelag>>().toEqualTypeOf<
      'programstyre' | 'portefoljestyre'
    >();
    expectTypeOf<MatterIdOf<typeof digitrondelag, 'programstyre'>>().toEqualTypeOf<'decision'>();
    expectTypeOf<MatterIdOf<typeof digitrondelag, 'portefoljestyre'>>().toBeNever();
    expectTypeOf<OrganIdOf<typeof khsVestreViken>>().toEqualTypeOf<keyof KhsVestreVikenBodies>();
    expectTypeOf<OrganIdOf<typeof khsVestreViken>>().toEqualTypeOf<'samarbeidsstyre'>();
    expectTypeOf<OrganIdOf<typeof rorosOsHoltalen>>().toEqualTypeOf<keyof RorosOsHoltalenBodies>();
    expectTypeOf<OrganIdOf<typeof rorosOsHoltalen>>().toEqualTypeOf<'samarbeidsorgan'>();
  });

  it('a plain Agreement (a parsed file) takes any text, checked when decide runs', () => {
    expectTypeOf<OrganIdOf<Agreement>>().toEqualTypeOf<string>();
    expectTypeOf<MatterIdOf<Agreement, 'styre'>>().toEqualTypeOf<string>();
    expectTypeOf<DecideOptionsFor<Agreement>['organ']>().toEqualTypeOf<string>();
    expectTypeOf<DecideOptionsFor<Agreement>['matter']>().toEqualTypeOf<string>();
    const file: Agreement = parseAgreement(small());
    const organ: string = 'styret';
    expect(
      problemsOf(() =>
        decide(file, {
          organ,
          matter: 'x',
          meeting: meeting({ presiding: '0001', for: ['0001'] }),
        }),
      ),
    ).toEqual([['organ', 'unknown_organ']]);
    // A built-in agreement as a plain Agreement takes text too.
    const plain: Agreement = helseplattformen;
    expect(
      decide(plain, {
        organ: 'representantskap' as string,
        matter: 'other' as string,
        meeting: meeting({ presiding: '5001', for: HP.slice(0, 17) }),
      }).adopted,
    ).toBe(true);
  });

  it('decide on a built-in agreement: an organ it lacks, or a matter of another organ, does not compile', () => {
    const base = meeting({ presiding: '5001', for: HP.slice(0, 17) });
    // The ids it has compile and run.
    expect(
      decide(helseplattformen, { organ: 'representantskap', matter: 'budget', meeting: base })
        .adopted,
    ).toBe(true);
    expectTypeOf<DecideOptionsFor<typeof helseplattformen>['organ']>().toEqualTypeOf<
      'representantskap' | 'styre'
    >();
    // A typo in the organ, a matter of the other organ, a typo in a matter: type errors,
    // and, from plain JavaScript, input errors when it runs.
    expect(
      problemsOf(() =>
        // @ts-expect-error: 'styret' is not an organ of Helseplattformen
        decide(helseplattformen, { organ: 'styret', matter: 'other', meeting: base }),
      ),
    ).toEqual([['organ', 'unknown_organ']]);
    expect(
      problemsOf(() =>
        // @ts-expect-error: 'budget' is a matter of the representantskap, not of the styre
        decide(helseplattformen, { organ: 'styre', matter: 'budget', meeting: base }),
      ),
    ).toEqual([['matter', 'unknown_matter']]);
    expect(
      problemsOf(() =>
        // @ts-expect-error: 'budsjett' is no matter id
        decide(helseplattformen, { organ: 'representantskap', matter: 'budsjett', meeting: base }),
      ),
    ).toEqual([['matter', 'unknown_matter']]);
  });
});
