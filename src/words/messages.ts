import type { ReasonCode, ReasonValues } from '../rules/reason.js';

/**
 * Sentences for each reason code, one table per language (meldinger).
 *
 * @example
 * const messages: Pick<Messages, 'tie_rejected'> = {
 *   tie_rejected: ({ votes }) => `A tie (${votes}–${votes}): the motion falls.`,
 * };
 */
export type Messages = { readonly [C in ReasonCode]: (values: ReasonValues[C]) => string };
