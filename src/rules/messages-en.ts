import { formatDateEn, formatNumberEn } from '../internal/format-nb.js';
import type { Messages } from './reason.js';

/** Reason sentences in English. */
export const messagesEn: Messages = {
  parties_active: ({ date, count }) =>
    `${count} ${count === 1 ? 'municipality is a party' : 'municipalities are parties'} on ${formatDateEn(date)}.`,
  cost_key_population: ({ referenceDate, totalPopulation, parties, table }) =>
    `Costs are split by population on ${formatDateEn(referenceDate)}${
      table === null ? '' : ` (${table})`
    }: ${formatNumberEn(totalPopulation)} inhabitants in ${parties} municipalities.`,
  percent_half_up: ({ sum }) =>
    `Percentages are rounded half up to two decimals, as the agreement's table does; they then sum to ${sum} %.`,
  percent_largest_remainder: ({ sum }) =>
    `A second rounding by largest remainder always sums to ${sum} %.`,
  stated_percent_sum: ({ table, statedSum, statedTotal }) =>
    `The percentages printed in ${table ?? 'the agreement'} sum to ${statedSum} %, not the ${statedTotal} % it states.`,
  split_largest_remainder: ({ amount, parties, leftoverOre }) =>
    `NOK ${formatNumberEn(amount)} is split among ${parties} municipalities by their shares. Each part is rounded down to whole øre; the ${leftoverOre} øre left over go to the largest remainders (equal remainders: larger share first, then lower kommunenummer), so the parts sum exactly to the amount.`,
};
