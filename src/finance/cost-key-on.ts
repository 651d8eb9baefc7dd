import type { Agreement } from '../model/agreement.js';
import { assertDate } from '../model/assert-date.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { assertAgreement } from './agreement-input.js';
import { assertReadings, keyApplies, type Readings } from './readings.js';

/**
 * The cost key (fordelingsnøkkel) in force on a date: the latest of the
 * agreement's keys whose `validFrom` is on or before the date — for a
 * service area, among that area's own keys if it has any. A key that
 * applies only under a reading of an interpretation note counts only when
 * that reading is chosen (`readings`) or is the note's default. A key whose
 * `validUntil` has passed is not carried forward: the date then has no key.
 * For a cost pool (`pool`, declared in `costPools`), the pool's own keys
 * apply if it has any, else the keys of no pool; without one, only keys of
 * no pool apply.
 *
 * @param readings - interpretation note id → reading id, e.g.
 *   `{ 'cost-key-2019': 'fixed-and-population-2019' }`.
 * @throws {@link AgreementInputError} for an invalid date or readings, or if
 *   no key applies on that date (none yet, none at all, or the last one has
 *   ended).
 *
 * @param pool - a cost pool the agreement declares, e.g. `'investments'`.
 *
 * @example
 * costKeyOn(helseplattformen, '2025-06-30').clause; //=> '§9'
 */
export function costKeyOn(
  agreement: Agreement,
  date: IsoDate,
  serviceArea?: string,
  readings?: Readings,
  pool?: string,
): CostKey {
  assertAgreement(agreement);
  assertDate(date, 'date');
  return keyInForce(
    agreement,
    date,
    serviceArea,
    assertReadings(agreement, readings),
    assertPool(agreement, pool),
  );
}

/**
 * {@link costKeyOn} for an agreement, date and readings already checked.
 *
 * @internal
 */
export function keyInForce(
  agreement: Agreement,
  date: IsoDate,
  serviceArea: string | undefined,
  readings: Readings | undefined,
  pool?: string,
): CostKey {
  const inPool = poolInForce(agreement, pool, readings);
  // A service area's own keys, if it has any; otherwise the agreement's general keys.
  const area =
    serviceArea !== undefined &&
    agreement.costKeys.some(
      (key) =>
        key.serviceArea === serviceArea &&
        key.pool === inPool &&
        keyApplies(agreement, key, readings),
    )
      ? serviceArea
      : undefined;
  let found: CostKey | undefined;
  let first: IsoDate | undefined;
  for (const key of agreement.costKeys) {
    if (key.serviceArea !== area || key.pool !== inPool || !keyApplies(agreement, key, readings))
      continue;
    if (first === undefined || key.validFrom < first) first = key.validFrom;
    if (key.validFrom <= date && (found === undefined || key.validFrom >= found.validFrom))
      found = key;
  }
  if (found !== undefined && (found.validUntil === undefined || date <= found.validUntil)) {
    return found;
  }
  const message =
    found !== undefined
      ? `no cost key of ${agreement.id} applies on ${date}: the key from ${found.validFrom} (${found.clause}${
          found.source === undefined ? '' : `; source: ${found.source}`
        }) applies only until ${found.validUntil}, and no other key applies on that date`
      : first === undefined
        ? `${agreement.id} has no cost key`
        : `no cost key of ${agreement.id} applies on ${date} (the first applies from ${first})`;
  throw new AgreementInputError(
    [
      {
        path: 'date',
        code: found !== undefined ? 'cost_key_ended' : 'no_cost_key',
        message,
      },
    ],
    'No cost key on that date',
  );
}

/**
 * The pool whose keys apply for a cost pool asked for: the pool's own keys,
 * if it has any; otherwise the keys of no pool (`undefined`).
 *
 * @internal
 */
export function poolInForce(
  agreement: Agreement,
  pool: string | undefined,
  readings: Readings | undefined,
): string | undefined {
  return pool !== undefined &&
    agreement.costKeys.some((key) => key.pool === pool && keyApplies(agreement, key, readings))
    ? pool
    : undefined;
}

/**
 * The `pool` option: `undefined`, or the id of a pool the agreement declares.
 *
 * @internal
 */
export function assertPool(agreement: Agreement, pool: unknown): string | undefined {
  if (pool === undefined) return undefined;
  const pools = agreement.costPools ?? [];
  if (typeof pool === 'string' && pools.some((p) => p.id === pool)) return pool;
  throw new AgreementInputError(
    [
      {
        path: 'pool',
        code: 'unknown_pool',
        message: `${agreement.id} declares no cost pool ${JSON.stringify(String(pool).slice(0, 40))}${
          pools.length === 0 ? '' : ` (its pools: ${pools.map((p) => p.id).join(', ')})`
        }`,
      },
    ],
    'Unknown cost pool',
  );
}
