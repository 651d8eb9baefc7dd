import { formatNumberNb } from '../internal/format-nb.js';
import type { Reason } from '../rules/reason.js';
import { escapeControlInJson } from './terminal.js';

/** Reasons as the JSON output carries them. */
export function reasonsJson(reasons: readonly Reason[]) {
  return reasons.map((r) => ({
    code: r.code,
    clause: r.clause,
    text: r.text.nb,
    textEn: r.text.en,
    values: r.values,
  }));
}

/** Reasons as a block under a table. */
export function reasonsText(reasons: readonly Reason[]): string {
  const width = Math.max(...reasons.map((r) => r.clause.length));
  return ['Begrunnelse:', ...reasons.map((r) => `  ${r.clause.padEnd(width)}  ${r.text.nb}`)].join(
    '\n',
  );
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
