import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { Party } from '../model/party.js';
import { assertDate, membersOn } from '../rules/membership.js';
import { type Reason, reason } from '../rules/reason.js';
import { costKeyOn } from './cost-key-on.js';

/** What every share and split on a date rests on: the members, their weights, and why. */
export interface ShareBasis {
  readonly date: IsoDate;
  /** The cost key in force on `date`. */
  readonly key: CostKey;
  readonly members: readonly Party[];
  /** The members' populations, in the same order. */
  readonly populations: readonly number[];
  /** The members' kommunenummer, in the same order. */
  readonly keys: readonly string[];
  readonly weights: readonly bigint[];
  readonly totalWeight: bigint;
  readonly reasons: readonly Reason[];
}

/**
 * The members on `date` and their weights under the cost key in force then.
 * Internal: shared by {@link ownershipShares} and {@link splitCost}. The
 * agreement is trusted (typed or parsed); the date is checked.
 */
export function shareBasis(agreement: Agreement, date: IsoDate | undefined): ShareBasis {
  const day = date ?? agreement.validFrom;
  assertDate(day, 'date');
  assertInForce(agreement, day);
  const key = costKeyOn(agreement, day);
  const members = membersOn(agreement, day);
  // Only the population key exists so far; other kinds will branch here.
  const populations = members.map((party) => party.population);
  const missing = agreement.parties.flatMap((party, i) =>
    party.population === undefined && members.includes(party) ? [i] : [],
  );
  if (missing.length > 0) {
    throw new AgreementInputError(
      missing.map((i) => ({
        path: `parties[${i}].population`,
        code: 'required',
        message: `is required: the cost key of ${key.validFrom} (${key.clause}) is by population`,
      })),
      'Population missing',
    );
  }
  const weights = populations.map((population) => BigInt(population ?? 0));
  let totalWeight = 0n;
  for (const weight of weights) totalWeight += weight;
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
  return {
    date: day,
    key,
    members,
    keys: members.map((party) => party.municipality.number),
    populations: populations.map((population) => population ?? 0),
    weights,
    totalWeight,
    reasons: [
      reason(agreement.id, agreement.partiesClause ?? key.clause, 'parties_active', {
        date: day,
        count: members.length,
      }),
      reason(agreement.id, key.clause, 'cost_key_population', {
        referenceDate: agreement.populationReferenceDate ?? null,
        totalPopulation: Number(totalWeight),
        parties: members.length,
        table: key.statedTable?.name ?? null,
      }),
    ],
  };
}

/** Shares and costs exist only while the agreement applies. */
function assertInForce(agreement: Agreement, date: IsoDate): void {
  const { validFrom, validUntil } = agreement;
  const message =
    date < validFrom
      ? `is before ${agreement.id} applies (from ${validFrom})`
      : validUntil !== undefined && date > validUntil
        ? `is after ${agreement.id} ends (it applies until ${validUntil})`
        : null;
  if (message !== null) {
    throw new AgreementInputError(
      [{ path: 'date', code: 'outside_validity', message: `${date} ${message}` }],
      'Date outside the agreement',
    );
  }
}
