import type { Reason } from '../rules/reason.js';

/**
 * A finding about data checked against the agreement: a reason with a
 * severity. `error`: the agreement is not met; `warning`: probably not met,
 * or met only on a reading; `info`: worth knowing.
 *
 * @example
 * const finding: Finding = validateHelseplattformenBoard(helseplattformen, board)[0];
 */
export type Finding = Reason & { readonly severity: 'error' | 'warning' | 'info' };
