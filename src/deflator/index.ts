/**
 * Price adjustment by the municipal deflator (the `kommunesamarbeid/deflator`
 * entry; uses decimal.js): the published series and the adjustment.
 *
 * @example
 * import { adjustForDeflator } from 'kommunesamarbeid/deflator';
 * adjustForDeflator('1000000.00', { fromYear: 2021, toYear: 2023 }).adjusted; //=> '1112881.00'
 *
 * @packageDocumentation
 */

export {
  adjustForDeflator,
  DEFLATOR_SOURCE,
  type DeflatorAdjustment,
  type DeflatorValue,
  MUNICIPAL_DEFLATOR,
} from './deflator.js';
