import { formatDateNb, formatNumberNb } from '../internal/format-nb.js';
import type { Messages } from './reason.js';

/** Reason sentences in Norwegian bokmål. */
export const messagesNb: Messages = {
  parties_active: ({ date, count }) =>
    `${count} ${count === 1 ? 'kommune er deltaker' : 'kommuner er deltakere'} per ${formatDateNb(date)}.`,
  cost_key_population: ({ referenceDate, totalPopulation, parties, table }) =>
    `Kostnadene fordeles etter antall innbyggere per ${formatDateNb(referenceDate)}${
      table === null ? '' : ` (${table.toLowerCase()})`
    }: ${formatNumberNb(totalPopulation)} innbyggere i ${parties} kommuner.`,
  percent_half_up: ({ sum }) =>
    `Prosentene er avrundet til to desimaler, halv opp, slik avtalens tabell gjør; de summerer da til ${formatNumberNb(sum)} %.`,
  percent_largest_remainder: ({ sum }) =>
    `En andre avrunding etter største rest summerer alltid til ${formatNumberNb(sum)} %.`,
  stated_percent_sum: ({ table, statedSum, statedTotal }) =>
    `Prosentene som står i ${table === null ? 'avtalen' : table.toLowerCase()} summerer til ${formatNumberNb(
      statedSum,
    )} %, ikke ${formatNumberNb(statedTotal)} % som ${table === null ? 'avtalen' : 'tabellen'} oppgir.`,
  split_largest_remainder: ({ amount, parties, leftoverOre }) =>
    `${formatNumberNb(amount)} kr er fordelt på ${parties} kommuner etter eierandel. Hver andel er rundet ned til hele øre; ${
      leftoverOre === 1 ? 'det ene øret' : `de ${leftoverOre} ørene`
    } som da gjenstår, går til de største restene (ved lik rest: største andel, deretter laveste kommunenummer), slik at andelene summerer nøyaktig til beløpet.`,
};
