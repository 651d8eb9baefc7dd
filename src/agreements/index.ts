/**
 * The built-in agreements (the `kommunesamarbeid/agreements` entry): each
 * one encoded from its sources, typed and trusted by the engine.
 *
 * @example
 * import { helseplattformen } from 'kommunesamarbeid/agreements';
 * import { splitCost } from 'kommunesamarbeid';
 * splitCost(helseplattformen, '1000000.00').sum; //=> '1000000.00'
 *
 * @packageDocumentation
 */

export { type DigitrondelagBodies, digitrondelag } from './digitrondelag/index.js';
export {
  type Board,
  helseplattformenBoard,
  validateHelseplattformenBoard,
} from './helseplattformen/board.js';
export { helseplattformen } from './helseplattformen/index.js';
export type { HelseplattformenBodies } from './helseplattformen/organs.js';
export { type KhsVestreVikenBodies, khsVestreViken } from './khs-vestre-viken/index.js';
export { type RorosOsHoltalenBodies, rorosOsHoltalen } from './roros-os-holtalen/index.js';
export { builtInRules } from './rules.js';
