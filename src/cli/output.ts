import { formatNumberNb } from '../internal/format-nb.js';
import type { Reason } from '../rules/reason.js';

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

/** Pretty JSON with a final newline. */
export function toJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
