import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Party } from '../model/party.js';
import { assertDate, membersOn } from '../rules/membership.js';
import { type Reason, reason } from '../rules/reason.js';
import { costKeyOn } from './cost-key-on.js';

/** What every share and split on a date rests on: the members, their weights, and why. */
export interface ShareBasis {
  readonly date: IsoDate;
  readonly members: readonly Party[];
  readonly weights: readonly bigint[];
  readonly totalWeight: bigint;
  /** The clause of the cost key in force. */
  readonly clause: string;
  readonly table: string | null;
  readonly statedTotalPercent: string | null;
  readonly reasons: readonly Reason[];
}

/**
 * The members on `date` and their weights under the cost key in force then.
 * Internal: shared by {@link ownershipShares} and {@link splitCost}.
 */
export function shareBasis(agreement: Agreement, date: IsoDate | undefined): ShareBasis {
  const day = date ?? agreement.validFrom;
  assertDate(day, 'date');
  const key = costKeyOn(agreement, day);
  const members = membersOn(agreement, day);
  // Only the population key exists so far; other kinds will branch here.
  const weights = members.map((party) => BigInt(party.population));
  const totalWeight = weights.reduce((a, b) => a + b, 0n);
  if (totalWeight === 0n) {
    throw new AgreementInputError(
      [
        {
          path: 'date',
          code: 'zero_total_population',
          message: `the ${members.length} parties that are members on ${day} have a total population of 0`,
        },
      ],
      'Nothing to divide by',
    );
  }
  const table = key.table ?? null;
  return {
    date: day,
    members,
    weights,
    totalWeight,
    clause: key.clause,
    table,
    statedTotalPercent: key.statedTotal?.percent ?? null,
    reasons: [
      reason(agreement.id, agreement.partiesClause ?? key.clause, 'parties_active', {
        date: day,
        count: members.length,
      }),
      reason(agreement.id, key.clause, 'cost_key_population', {
        referenceDate: agreement.populationReferenceDate,
        totalPopulation: Number(totalWeight),
        parties: members.length,
        table,
      }),
    ],
  };
}
