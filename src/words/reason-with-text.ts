import type { Reason } from '../rules/reason.js';
import { explain, type Lang } from './explain.js';

/**
 * A reason (begrunnelse) with its sentence: every field of the reason as the
 * library gives it (`code`, `agreement`, `clause`, `values`, and a finding's
 * `severity`), and `text`, the sentence in one language. The CLI's `--json`
 * gives every reason in this shape, so a program reads the same fields from
 * the command line as from the library.
 *
 * @example
 * const [first] = splitCost(helseplattformen, '1000.00').reasons;
 * const shown: ReasonWithText | undefined = first && reasonWithText(first, 'en');
 * shown?.text; //=> '34 municipalities are parties on 1 January 2025.'
 */
export type ReasonWithText<R extends Reason = Reason> = R & { readonly text: string };

/**
 * The reason with its sentence in the language asked (`'nb'`, the default,
 * or `'en'`): the shape of a reason in the CLI's `--json`.
 *
 * @example
 * reasonWithText(splitCost(helseplattformen, '1000.00').reasons[0], 'nb');
 * //=> { code: 'parties_active', agreement: 'helseplattformen', clause: '§1.3',
 * //     values: { date: '2025-01-01', count: 34 }, text: '34 kommuner er deltakere per 1. januar 2025.' }
 */
export function reasonWithText<R extends Reason>(reason: R, lang: Lang = 'nb'): ReasonWithText<R> {
  return { ...reason, text: explain(reason, lang) };
}
