import { formatPath, type InputProblem } from '../model/errors.js';
import type { Dataset, Decoded } from './schema.js';

/** The municipalities' cells for the chosen year, checked and sorted by kommunenummer. */
export function municipalityValues(
  dataset: Dataset,
  dimensions: readonly Decoded[],
  geo: string,
  time: string,
  year: { code: string; position: number },
  problems: InputProblem[],
): { number: string; name: string; population: number }[] {
  // Row-major: the last dimension in `id` varies fastest.
  const strides = dataset.size.map((_, i) =>
    dataset.size.slice(i + 1).reduce((product, n) => product * n, 1),
  );
  const geoAt = dataset.id.indexOf(geo);
  const timeAt = dataset.id.indexOf(time);
  const region = dimensions[geoAt] as Decoded;
  const rows: { number: string; name: string; population: number }[] = [];
  for (const [position, number] of region.codes.entries()) {
    if (!/^\d{4}$/.test(number)) continue; // the whole country, counties, other aggregates
    const cell =
      position * (strides[geoAt] as number) + year.position * (strides[timeAt] as number);
    const value = cellValue(dataset.value, cell);
    const label = Object.hasOwn(region.labels, number) ? region.labels[number] : undefined;
    const where = `${number}${label === undefined ? '' : ` ${label}`} in ${year.code}`;
    const path = Array.isArray(dataset.value)
      ? `value[${cell}]`
      : formatPath(['value', String(cell)]);
    if (value === null) {
      const symbol = statusOf(dataset.status, cell);
      if (symbol === '.') continue; // the region did not exist that year
      problems.push({
        path,
        code: 'missing_value',
        message: `is missing${symbol === undefined ? '' : ` (status ${JSON.stringify(symbol)})`}: no figure for ${where}`,
      });
      continue;
    }
    if (!Number.isSafeInteger(value) || value < 0) {
      problems.push({
        path,
        code: 'invalid_value',
        message: `must be a whole number ≥ 0 (inhabitants of ${where}), got ${value}`,
      });
      continue;
    }
    if (label === undefined) {
      problems.push({
        path: formatPath(['dimension', geo, 'category', 'label', number]),
        code: 'required',
        message: `is required: the name of municipality ${number}`,
      });
      continue;
    }
    rows.push({ number, name: withoutParallelName(label), population: value });
  }
  if (rows.length === 0 && problems.length === 0) {
    problems.push({
      path: formatPath(['dimension', geo, 'category', 'index']),
      code: 'no_municipalities',
      message: 'has no municipality (four-digit kommunenummer) with a figure',
    });
  }
  // A code is in the index once (a repeated one is rejected), so no two rows have one number.
  return rows.sort((a, b) => (a.number < b.number ? -1 : 1));
}

/** A list or an object from position to value: either is read by the position (no list or object inherits a numeric key). */
function cellValue(value: Readonly<Record<number, number | null>>, cell: number): number | null {
  return value[cell] ?? null;
}

/** The status SSB gives a cell (one for all, a list, or an object by position), if any. */
function statusOf(status: Dataset['status'], cell: number): string | undefined {
  if (status === undefined) return undefined;
  if (typeof status === 'string') return status;
  if (Array.isArray(status)) return (status.length === 1 ? status[0] : status[cell]) ?? undefined;
  const key = String(cell);
  return Object.hasOwn(status, key) ? (status[key] ?? undefined) : undefined;
}

/** "Trondheim - Tråante" → "Trondheim": the name before the parallel Sami or Kven name. */
function withoutParallelName(label: string): string {
  return (label.split(' - ')[0] as string).trim();
}
