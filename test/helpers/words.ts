import type { Reason } from '../../src/rules/reason.js';
import { explain } from '../../src/words/explain.js';

/** A reason's sentences in bokmål and English, as the tests compare them; none for no reason. */
export function words(reason: Reason | undefined): { nb: string; en: string } | undefined {
  return reason === undefined
    ? undefined
    : { nb: explain(reason, 'nb'), en: explain(reason, 'en') };
}

/** Reasons with their sentences in both languages under `text`, for comparing whole reasons. */
export function withWords<R extends Reason>(
  reasons: readonly R[],
): (R & { text: { nb: string; en: string } })[] {
  return reasons.map((r) => ({ ...r, text: { nb: explain(r, 'nb'), en: explain(r, 'en') } }));
}

/** One reason with its sentences in both languages under `text`; none for no reason. */
export function withText(reason: Reason | undefined) {
  return reason === undefined ? undefined : withWords([reason])[0];
}
