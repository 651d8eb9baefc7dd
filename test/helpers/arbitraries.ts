import fc from 'fast-check';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import type { Agreement } from '../../src/model/agreement.js';
import type { Party } from '../../src/model/party.js';

/** A minimal agreement around the given parties, keyed by population like Helseplattformen §9. */
export function agreementWith(parties: readonly Party[]): Agreement {
  return {
    id: 'test-agreement',
    title: 'Test',
    legalForm: 'kommunalt-oppgavefellesskap',
    validFrom: '2025-01-01',
    populationReferenceDate: '2024-01-01',
    parties,
    costKeys: [{ kind: 'population', validFrom: '2025-01-01', clause: '§9' }],
    clauses: [{ ref: '§9', title: 'Kostnader', text: '' }],
  };
}

export function partyOf(number: string, population: number, name = `Kommune ${number}`): Party {
  return { municipality: { number, name }, population, membership: { joined: '2025-01-01' } };
}

/** Four-digit kommunenummer. */
export const kommunenummer = fc
  .integer({ min: 0, max: 9999 })
  .map((n) => String(n).padStart(4, '0'));

/** 1–60 parties with unique numbers and populations that do not all equal 0. */
export const partiesArb = fc
  .uniqueArray(
    fc.tuple(
      kommunenummer,
      // Small populations make equal remainders, and so the tie-breaks, common.
      fc.oneof(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 1_000_000 })),
    ),
    {
      minLength: 1,
      maxLength: 60,
      selector: ([number]) => number,
    },
  )
  .filter((rows) => rows.some(([, population]) => population > 0))
  .map((rows) => rows.map(([number, population]) => partyOf(number, population)));

/** An amount in øre, from 0 up to just under a quadrillion kroner. */
export const oreArb = fc.oneof(
  fc.bigInt({ min: 0n, max: 100_000n }),
  fc.bigInt({ min: 0n, max: 10n ** 17n - 1n }),
);

/** Øre written as a NOK string with two decimals, by string operations only. */
export function nok(ore: bigint): string {
  const digits = ore.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

export { helseplattformen };
