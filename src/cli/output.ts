import type { Reason } from '../rules/reason.js';
import { explain, type Lang } from '../words/explain.js';
import { reasonWithText } from '../words/reason-with-text.js';
import { UsageError } from './io.js';
import { hangingLine } from './table.js';
import { escapeControlInJson } from './terminal.js';

/** The language of `--lang`: bokmål when not given; anything but `nb` or `en` is a usage error. */
export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'nb' || value === 'en') return value ?? 'nb';
  throw new UsageError(`--lang must be nb or en; got "${value}"`, {
    code: 'invalid_value',
    path: '--lang',
    nb: `--lang må være nb eller en; fikk "${value}"`,
  });
}

/**
 * Reasons as the JSON output carries them: each the library's reason with its
 * sentence in `lang` (`reasonWithText`, the shape documented in the words entry).
 */
export function reasonsJson(reasons: readonly Reason[], lang: Lang) {
  return reasons.map((r) => reasonWithText(r, lang));
}

/** Reasons as a block under a table, in `lang`, each wrapped to 100 columns under its text. */
export function reasonsText(reasons: readonly Reason[], lang: Lang): string {
  const width = Math.max(...reasons.map((r) => r.clause.length));
  return [
    lang === 'en' ? 'Reasons:' : 'Begrunnelse:',
    ...reasons.map((r) => hangingLine(`  ${r.clause.padEnd(width)}  `, explain(r, lang))),
  ].join('\n');
}

/**
 * The population column's sum for a table footer: `null` (blank) unless
 * every row has a population (a key of stated shares needs none), so a sum
 * never counts a missing population as 0.
 */
export function populationSum(rows: readonly { readonly population?: number }[]): number | null {
  let sum = 0;
  for (const { population } of rows) {
    if (population === undefined) return null;
    sum += population;
  }
  return sum;
}

/** Pretty JSON with a final newline; DEL and C1 controls as `\u` escapes. */
export function toJson(value: unknown): string {
  return `${escapeControlInJson(JSON.stringify(value, null, 2))}\n`;
}
