import type { Reason } from './reason.js';

/**
 * A finding about data checked against the agreement: a reason with a
 * severity. `error`: the agreement is not met; `warning`: probably not met,
 * or met only on a reading; `info`: worth knowing.
 *
 * @example
 * const finding: Finding = check(agreement).findings[0];
 */
export type Finding = Reason & { readonly severity: 'error' | 'warning' | 'info' };
