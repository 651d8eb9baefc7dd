import { formatDateEn, formatNumberEn } from '../internal/format-nb.js';
import type { Messages } from './reason.js';

const table = (name: string | null) => name ?? "the agreement's table";

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}

/** Reason sentences in English. */
export const messagesEn: Messages = {
  parties_active: ({ date, count }) =>
    `${count} ${count === 1 ? 'municipality is a party' : 'municipalities are parties'} on ${formatDateEn(date)}.`,
  cost_key_population: ({ referenceDate, totalPopulation, parties, table: name }) =>
    `Costs are split by population${referenceDate === null ? '' : ` on ${formatDateEn(referenceDate)}`}${
      name === null ? '' : ` (${name})`
    }: ${formatNumberEn(totalPopulation)} inhabitants in ${parties} ${parties === 1 ? 'municipality' : 'municipalities'}.`,
  percent_half_up: ({ sum, table: name }) =>
    `Percentages are rounded half up to two decimals${
      name === null ? '' : `, as ${name} does`
    }; they then sum to ${sum} %.`,
  percent_largest_remainder: ({ sum }) =>
    `A second rounding by largest remainder always sums to ${sum} %.`,
  stated_table_not_applicable: ({ table: name, date, tableDate }) =>
    `${capitalise(table(name))} describes the parties on ${formatDateEn(tableDate)}; the shares on ${formatDateEn(
      date,
    )} are computed from the populations of the parties on that day.`,
  stated_total_population: ({ table: name, stated, computed }) =>
    `${capitalise(table(name))} states ${formatNumberEn(stated)} inhabitants, but the parties' populations sum to ${formatNumberEn(computed)}.`,
  stated_percent_differs: ({ table: name, differences }) =>
    `${capitalise(table(name))} states shares that differ from the populations: ${differences
      .map((d) => `${d.number} ${d.name} ${d.stated} % (computed ${d.computed} %)`)
      .join(', ')}.`,
  stated_percent_sum: ({ table: name, statedSum, statedTotal }) =>
    `The percentages printed in ${table(name)} sum to ${statedSum} %, not the ${statedTotal} % it states.`,
  split_largest_remainder: ({ amount, parties, leftoverOre }) =>
    `NOK ${formatNumberEn(amount)} is split among ${parties} ${parties === 1 ? 'municipality' : 'municipalities'} by their shares. ${
      leftoverOre === 0
        ? 'Every part is a whole number of øre; nothing is left over.'
        : `Each part is rounded down to whole øre; the ${leftoverOre} øre left over go to the largest remainders (equal remainders: larger share first, then lower kommunenummer), so the parts sum exactly to the amount.`
    }`,
};
