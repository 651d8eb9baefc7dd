import { formatNumberNb } from '../internal/format-nb.js';
import { UsageError } from './io.js';

/**
 * `--reading note=reading` options as a map. A note given twice is a usage
 * error, even with the same reading: which one was meant cannot be guessed.
 * Whether the note and reading exist is the library's check.
 */
export function parseReadings(values: readonly string[]): Record<string, string> {
  const readings = new Map<string, string>();
  for (const value of values) {
    const match = /^([a-z0-9-]+)=([a-z0-9-]+)$/.exec(value);
    if (match === null) {
      throw new UsageError(
        `--reading takes note=reading, e.g. --reading consensus-scope=present; got "${value}"`,
        {
          code: 'invalid_value',
          path: '--reading',
          nb: `--reading tar notat=lesning, f.eks. --reading consensus-scope=present; fikk "${value}"`,
        },
      );
    }
    const [, note, reading] = match as unknown as [string, string, string];
    const earlier = readings.get(note);
    if (earlier !== undefined) {
      throw new UsageError(
        `--reading names the note ${note} twice (${earlier} and ${reading}); give one reading per note`,
        {
          code: 'given_twice',
          path: '--reading',
          nb: `--reading nevner notatet ${note} to ganger (${earlier} og ${reading}); gi én lesning per notat`,
        },
      );
    }
    readings.set(note, reading);
  }
  // Own properties only, whatever the note is called ("constructor" included).
  return Object.fromEntries(readings);
}

/** `{ readings }` for a library call, or nothing when no `--reading` was given. */
export function readingsOption(values: readonly string[] | undefined): {
  readonly readings?: Record<string, string>;
} {
  return values === undefined ? {} : { readings: parseReadings(values) };
}

/**
 * The figures under the other readings, one line each, for a table's foot:
 * `cost-key-2019 = fixed-and-population-2019: 5025 488 239,17; 3430 …`, or
 * `noFigures` where the reading gives none.
 */
export function alternativeLines(
  alternatives: readonly {
    readonly note: string;
    readonly reading: string;
    readonly parties:
      | readonly { readonly number: string; readonly [figure: string]: string }[]
      | null;
  }[],
  figure: 'amount' | 'percent',
  noFigures: string,
): string[] {
  if (alternatives.length === 0) return [];
  return [
    'Under de andre tolkningene:',
    ...alternatives.map(
      (a) =>
        `  ${a.note} = ${a.reading}: ${
          a.parties === null
            ? noFigures
            : a.parties
                .map(
                  (p) =>
                    `${p.number} ${formatNumberNb(p[figure] as string)}${figure === 'percent' ? ' %' : ''}`,
                )
                .join('; ')
        }`,
    ),
    '',
  ];
}
