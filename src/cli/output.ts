import { formatNumberNb } from '../internal/format-nb.js';
import type { Reason } from '../rules/reason.js';
import { explain, type Lang } from '../words/explain.js';
import { reasonWithText } from '../words/reason-with-text.js';
import { UsageError } from './io.js';
import { escapeControlInJson } from './terminal.js';

/** The language of `--lang`: bokmål when not given; anything but `nb` or `en` is a usage error. */
export function langOption(value: string | undefined): Lang {
  if (value === undefined || value === 'nb' || value === 'en') return value ?? 'nb';
  throw new UsageError(`--lang must be nb or en; got "${value}"`);
}

/**
 * Reasons as the JSON output carries them: each the library's reason with its
 * sentence in `lang` (`reasonWithText`, the shape documented in the words entry).
 */
export function reasonsJson(reasons: readonly Reason[], lang: Lang) {
  return reasons.map((r) => reasonWithText(r, lang));
}

/** Reasons as a block under a table, in `lang`. */
export function reasonsText(reasons: readonly Reason[], lang: Lang): string {
  const width = Math.max(...reasons.map((r) => r.clause.length));
  return [
    lang === 'en' ? 'Reasons:' : 'Begrunnelse:',
    ...reasons.map((r) => `  ${r.clause.padEnd(width)}  ${explain(r, lang)}`),
  ].join('\n');
}

/** `'40.07'` → `'40,07 %'`. */
export function percentNb(value: string): string {
  return `${formatNumberNb(value)} %`;
}

/** A population cell: `214565` → `'214 565'`; blank where the agreement gives none. */
export function populationNb(population: number | undefined): string {
  return population === undefined ? '' : formatNumberNb(population);
}

/**
 * The population column's sum for a table footer: blank unless every row has
 * a population (a key of stated shares needs none), so a sum never counts a
 * missing population as 0.
 */
export function populationSumNb(rows: readonly { readonly population?: number }[]): string {
  let sum = 0;
  for (const { population } of rows) {
    if (population === undefined) return '';
    sum += population;
  }
  return formatNumberNb(sum);
}

/** Pretty JSON with a final newline; DEL and C1 controls as `\u` escapes. */
export function toJson(value: unknown): string {
  return `${escapeControlInJson(JSON.stringify(value, null, 2))}\n`;
}
