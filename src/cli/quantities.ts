import type { Quantities } from '../finance/quantities.js';
import { type CliIo, UsageError } from './io.js';
import { readJson, readText } from './load-agreement.js';

/**
 * Reads the measured quantities for `split --quantities FILE`: a JSON file
 * of the shape of the `quantities` option of `splitCost`
 * (`{ "cases": { "period": { "from": …, "to": … }, "values": { "5001": "120" } } }`),
 * or, for a file whose name ends in `.csv`, comma-separated lines with the
 * header `measure,kommunenummer,value` and optionally `from,to` (the
 * period, the same on every line of a measure). The figures themselves are
 * checked by `splitCost`.
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error,
 *   readFile: () => 'measure,kommunenummer,value\ncases,5001,120\ncases,5025,30\n' };
 * readQuantities('cases.csv', io);
 * //=> { cases: { values: { '5001': '120', '5025': '30' } } }
 */
export function readQuantities(path: string, io: CliIo): Quantities {
  if (!path.toLowerCase().endsWith('.csv')) return readJson(path, io) as Quantities;
  const lines = readText(path, io)
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line) => line.trim());
  const header = (lines[0] as string).split(',').map((cell) => cell.trim());
  const withPeriod = header.length === 5 && header[3] === 'from' && header[4] === 'to';
  if (
    header[0] !== 'measure' ||
    header[1] !== 'kommunenummer' ||
    header[2] !== 'value' ||
    (header.length !== 3 && !withPeriod)
  ) {
    throw new UsageError(
      `${path}: the first line must be "measure,kommunenummer,value" or "measure,kommunenummer,value,from,to"`,
      {
        code: 'invalid_header',
        path,
        nb: `${path}: første linje må være "measure,kommunenummer,value" eller "measure,kommunenummer,value,from,to"`,
      },
    );
  }
  // A Map, and own properties only at the end: a measure or number named "__proto__" stays data.
  const out = new Map<
    string,
    { period?: { from: string; to: string }; values: Map<string, string> }
  >();
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line === '') continue;
    const cells = line.split(',').map((cell) => cell.trim());
    if (cells.length !== header.length) {
      throw new UsageError(
        `${path}, line ${i + 1}: has ${cells.length} fields, the header ${header.length}`,
        {
          code: 'invalid_line',
          path,
          nb: `${path}, linje ${i + 1}: har ${cells.length} felt, overskriften ${header.length}`,
        },
      );
    }
    const [measure, number, value, from, to] = cells as [string, string, string, string, string];
    let entry = out.get(measure);
    if (entry === undefined) {
      entry = { values: new Map() };
      out.set(measure, entry);
    }
    if (entry.values.has(number)) {
      throw new UsageError(`${path}, line ${i + 1}: ${measure} for ${number} is given twice`, {
        code: 'duplicate_line',
        path,
        nb: `${path}, linje ${i + 1}: ${measure} for ${number} er gitt to ganger`,
      });
    }
    entry.values.set(number, value);
    if (withPeriod) {
      if (entry.period !== undefined && (entry.period.from !== from || entry.period.to !== to)) {
        throw new UsageError(
          `${path}, line ${i + 1}: ${measure} has another period (${from}–${to}) than on an earlier line (${entry.period.from}–${entry.period.to})`,
          {
            code: 'conflicting_period',
            path,
            nb: `${path}, linje ${i + 1}: ${measure} har en annen periode (${from}–${to}) enn på en linje før (${entry.period.from}–${entry.period.to})`,
          },
        );
      }
      entry.period = { from, to };
    }
  }
  return Object.fromEntries(
    [...out].map(([measure, { period, values }]) => [
      measure,
      { ...(period === undefined ? {} : { period }), values: Object.fromEntries(values) },
    ]),
  );
}
