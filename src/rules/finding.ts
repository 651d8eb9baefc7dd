import type { Reason } from './reason.js';

/**
 * A finding about data checked against the agreement: a reason with a
 * severity. `error`: the agreement is not met; `warning`: probably not met,
 * or met only on a reading; `info`: worth knowing.
 *
 * @example
 * // Tabell 9.1's percentages add up to 100.01:
 * const finding: Finding | undefined = check(helseplattformen).findings.find((f) => f.severity === 'warning');
 * finding?.code; //=> 'stated_sum_not_100'
 */
export type Finding = Reason & { readonly severity: 'error' | 'warning' | 'info' };
