import { formatDateNb, formatNumberNb } from '../internal/format-nb.js';
import type { Messages } from './reason.js';

/** "Tabell 9.1" → "tabell 9.1" inside a sentence; no name → "avtalens tabell". */
const table = (name: string | null) =>
  name === null ? 'avtalens tabell' : `${name.charAt(0).toLowerCase()}${name.slice(1)}`;

/** Reason sentences in Norwegian bokmål. */
export const messagesNb: Messages = {
  parties_active: ({ date, count }) =>
    `${count} ${count === 1 ? 'kommune er deltaker' : 'kommuner er deltakere'} per ${formatDateNb(date)}.`,
  cost_key_population: ({ referenceDate, totalPopulation, parties, table: name }) =>
    `Kostnadene fordeles etter antall innbyggere${referenceDate === null ? '' : ` per ${formatDateNb(referenceDate)}`}${
      name === null ? '' : ` (${table(name)})`
    }: ${formatNumberNb(totalPopulation)} innbyggere i ${parties} ${parties === 1 ? 'kommune' : 'kommuner'}.`,
  percent_half_up: ({ sum, table: name }) =>
    `Prosentene er avrundet halv opp til to desimaler${
      name === null ? '' : `, slik ${table(name)} gjør`
    }; de summerer da til ${formatNumberNb(sum)} %.`,
  percent_largest_remainder: ({ sum }) =>
    `En andre avrunding etter største rest summerer alltid til ${formatNumberNb(sum)} %.`,
  stated_table_not_applicable: ({ table: name, date, tableDate }) =>
    `${capitalise(table(name))} gjelder deltakerne per ${formatDateNb(tableDate)}; andelene per ${formatDateNb(
      date,
    )} er regnet ut fra innbyggertallene til deltakerne den dagen.`,
  stated_total_population: ({ table: name, stated, computed }) =>
    `${capitalise(table(name))} oppgir ${formatNumberNb(stated)} innbyggere, men deltakernes innbyggertall summerer til ${formatNumberNb(computed)}.`,
  stated_percent_differs: ({ table: name, differences }) =>
    `${capitalise(table(name))} oppgir andeler som avviker fra innbyggertallene: ${differences
      .map(
        (d) =>
          `${d.number} ${d.name} ${formatNumberNb(d.stated)} % (utregnet ${formatNumberNb(d.computed)} %)`,
      )
      .join(', ')}.`,
  stated_percent_sum: ({ table: name, statedSum, statedTotal }) =>
    `Prosentene som står i ${table(name)} summerer til ${formatNumberNb(statedSum)} %, ikke ${formatNumberNb(
      statedTotal,
    )} % som tabellen oppgir.`,
  split_largest_remainder: ({ amount, parties, leftoverOre }) =>
    `${formatNumberNb(amount)} kr er fordelt på ${parties} ${parties === 1 ? 'kommune' : 'kommuner'} etter eierandel. ${
      leftoverOre === 0
        ? 'Hver andel går opp i hele øre; ingen øre gjenstår.'
        : `Hver andel er rundet ned til hele øre; ${
            leftoverOre === 1 ? 'det ene øret' : `de ${leftoverOre} ørene`
          } som da gjenstår, går til de største restene (ved lik rest: største andel, deretter laveste kommunenummer), slik at andelene summerer nøyaktig til beløpet.`
    }`,
};

function capitalise(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
