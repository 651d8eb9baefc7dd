import type { Agreement } from '../model/agreement.js';
import { memberOn } from '../rules/membership.js';
import { type Reason, reason } from '../rules/reason.js';
import { decimalsOf, formatScaled, percentHalfUp, sumDecimals, toScaled } from './percent.js';
import { type ShareBasis, weightsOf } from './share-basis.js';

/** The agreement's own printed figures beside the computed ones. */
export interface StatedComparison {
  /** Each member's printed percentage, in member order; `null` when the table does not apply. */
  readonly percents: readonly string[] | null;
  readonly percentSum: string | null;
  readonly reasons: readonly Reason[];
}

/**
 * Compares the figures the agreement prints for its cost key (its table)
 * with those computed from the populations. The table describes the parties
 * it lists (or, without percentages, the members on the day the key took
 * effect); on a date with other members it does not apply, and the result
 * says so. Internal to {@link ownershipShares}.
 */
export function compareWithStatedTable(agreement: Agreement, basis: ShareBasis): StatedComparison {
  const table = basis.key.kind === 'population' ? basis.key.statedTable : undefined;
  if (table === undefined) return { percents: null, percentSum: null, reasons: [] };
  const name = table.name ?? null;
  const clause = basis.key.clause;
  const printed = table.percents;
  const tableParties =
    printed === undefined
      ? agreement.parties
          .filter((p) => memberOn(p, basis.key.validFrom))
          .map((p) => p.municipality.number)
      : Object.keys(printed);
  const inTable = new Set(tableParties);
  const applies = inTable.size === basis.keys.length && basis.keys.every((k) => inTable.has(k));
  if (!applies) {
    return {
      percents: null,
      percentSum: null,
      reasons: [
        reason(agreement.id, clause, 'stated_table_not_applicable', {
          table: name,
          date: basis.date,
          tableDate: basis.key.validFrom,
        }),
      ],
    };
  }

  const reasons: Reason[] = [];
  const total = Number(basis.totalWeight);
  if (table.totalPopulation !== undefined && table.totalPopulation !== total) {
    reasons.push(
      reason(agreement.id, clause, 'stated_total_population', {
        table: name,
        stated: table.totalPopulation,
        computed: total,
      }),
    );
  }
  if (printed === undefined) return { percents: null, percentSum: null, reasons };

  const percents = basis.keys.map((k) => printed[k] as string);
  const weights = weightsOf(basis);
  const differences = basis.members.flatMap((party, i) => {
    const stated = percents[i] as string;
    const decimals = decimalsOf(stated);
    const computed = formatScaled(
      percentHalfUp(weights[i] as bigint, basis.totalWeight, decimals),
      decimals,
    );
    return computed === stated
      ? []
      : [{ number: party.municipality.number, name: party.municipality.name, stated, computed }];
  });
  if (differences.length > 0) {
    reasons.push(
      reason(agreement.id, clause, 'stated_percent_differs', { table: name, differences }),
    );
  }
  const percentSum = sumDecimals(percents);
  if (
    table.totalPercent !== undefined &&
    toScaled(table.totalPercent, 4) !== toScaled(percentSum, 4)
  ) {
    reasons.push(
      reason(agreement.id, clause, 'stated_percent_sum', {
        table: name,
        statedSum: percentSum,
        statedTotal: table.totalPercent,
      }),
    );
  }
  return { percents, percentSum, reasons };
}
