/**
 * The words (the `kommunesamarbeid/words` entry): the sentences of reasons,
 * decision rules and duties, in Norwegian bokmål and English, made from the
 * codes and values the engine returns, for the language asked. The engine
 * itself carries no words, so an app that never shows a sentence bundles no
 * message table.
 *
 * @example
 * import { splitCost } from 'kommunesamarbeid';
 * import { helseplattformen } from 'kommunesamarbeid/agreements';
 * import { explain } from 'kommunesamarbeid/words';
 * explain(splitCost(helseplattformen, '1000.00').reasons[0], 'en');
 * //=> '34 municipalities are parties on 1 January 2025.'
 *
 * @packageDocumentation
 */

export { describeDuty, describeRule, explain, explainAll, type Lang } from './explain.js';
export { formatAmountNb, formatDateNb, formatPercentNb } from './format.js';
export type { Messages } from './messages.js';
export { type ReasonWithText, reasonWithText } from './reason-with-text.js';
