import type { Agreement } from '../model/agreement.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError, type InputProblem } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import type { PopulationDateValues } from '../rules/reasons/finance.js';
import type { Participant } from './participants.js';
import { toScaled } from './percent.js';

/** How a key chose the date of its population figures (see {@link populationDateOf}). */
export type PopulationDateRule = 'reference-date' | 'budget-year' | 'year-before' | 'fixed';

/**
 * The date whose population figures a key reads on `day`: 1 January of the
 * year of `day` ("budget-year"), of the year before ("year-before"), a fixed
 * date, or (when the key names none) the agreement's reference date (`null`
 * when it has none).
 */
export function populationDateOf(
  agreement: Agreement,
  key: CostKey,
  day: IsoDate,
): { readonly date: IsoDate | null; readonly rule: PopulationDateRule } {
  const at = 'populationDate' in key ? key.populationDate : undefined;
  const year = Number(day.slice(0, 4));
  if (at === undefined)
    return { date: agreement.populationReferenceDate ?? null, rule: 'reference-date' };
  if (at === 'budget-year') return { date: `${String(year).padStart(4, '0')}-01-01`, rule: at };
  if (at === 'year-before') return { date: `${String(year - 1).padStart(4, '0')}-01-01`, rule: at };
  return { date: at, rule: 'fixed' };
}

/**
 * The date figures of a split on `day` as a reason cites them, or `undefined`
 * where there is nothing to add to today's reason: the key reads the
 * agreement's reference date, and that date is not after the day split.
 */
export function populationDateValues(
  agreement: Agreement,
  key: CostKey,
  day: IsoDate,
): PopulationDateValues | undefined {
  const { date, rule } = populationDateOf(agreement, key, day);
  if (rule === 'reference-date' && (date === null || date <= day)) return undefined;
  return { date, rule, day };
}

/**
 * The members' populations, their sum and the largest, in one pass that
 * also writes each member's kommunenummer into `keys`. Every member must
 * have a population when the key uses them (whole numbers ≥ 0: checked by
 * parsing, or on entry): the one at the date the key reads
 * ({@link populationDateOf}); a missing figure is a problem naming the date.
 */
export function populations(
  members: readonly Participant[],
  keys: string[],
  pathOf: (index: number) => string,
  key: CostKey,
  agreement: Agreement,
  day: IsoDate,
): { values: number[]; total: number; largest: number } {
  const n = members.length;
  const values = new Array<number>(n);
  let total = 0;
  let largest = 0;
  const problems: InputProblem[] = [];
  const at = populationDateOf(agreement, key, day);
  for (let i = 0; i < n; i++) {
    const member = members[i] as Participant & {
      readonly populations?: Readonly<Record<string, number>>;
    };
    keys[i] = member.municipality.number;
    const population = figureOn(member, at.date, at.rule, agreement);
    if (population === undefined) {
      problems.push(
        at.rule === 'reference-date'
          ? {
              path: pathOf(i),
              code: 'required',
              message: `is required: the cost key of ${key.validFrom} (${key.clause}) uses population`,
            }
          : {
              path: `${pathOf(i)}s.${at.date as string}`,
              code: 'required',
              message: `is required: the cost key of ${key.validFrom} (${key.clause}) reads the population on ${at.date as string} (${RULE_TEXT[at.rule]})`,
            },
      );
      continue;
    }
    values[i] = population;
    total += population;
    if (population > largest) largest = population;
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Population missing');
  return { values, total, largest };
}

const RULE_TEXT: Readonly<Record<PopulationDateRule, string>> = {
  'reference-date': "the agreement's reference date",
  'budget-year': '1 January of the budget year',
  'year-before': '1 January of the year before the budget year',
  fixed: 'the date the key names',
};

/**
 * A member's population on the date a key reads: under the reference date,
 * its `population` (or its dated figure at that date); under a date the key
 * names, its dated figure (or its `population` when the date is the
 * agreement's reference date).
 */
function figureOn(
  member: Participant & { readonly populations?: Readonly<Record<string, number>> },
  date: IsoDate | null,
  rule: PopulationDateRule,
  agreement: Agreement,
): number | undefined {
  const dated =
    date !== null && member.populations !== undefined && Object.hasOwn(member.populations, date)
      ? member.populations[date]
      : undefined;
  if (rule === 'reference-date') return member.population ?? dated;
  return dated ?? (date === agreement.populationReferenceDate ? member.population : undefined);
}

/** The sum of bigints. */
export function sum(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/** The error of participants whose populations sum to 0. */
export function zeroPopulation(count: number, day: IsoDate): AgreementInputError {
  return new AgreementInputError(
    [
      {
        path: 'date',
        code: 'zero_total_population',
        message: `the ${count} participants on ${day} have a total population of 0`,
      },
    ],
    'Nothing to divide by',
  );
}

/** "40.07" (percent) → 4007/10000; "1/3" → 1/3. */
export function parseShare(stated: string): readonly [bigint, bigint] {
  const slash = stated.indexOf('/');
  if (slash >= 0) return [BigInt(stated.slice(0, slash)), BigInt(stated.slice(slash + 1))];
  return [toScaled(stated, 6), 100_000_000n];
}

/** `3/4` as a percentage when it is one with at most six decimals (`75 %`), else as the fraction. */
export function formatFraction(num: bigint, den: bigint): string {
  const scaled = num * 100_000_000n;
  if (scaled % den !== 0n) return `${num}/${den}`;
  const percent = String(scaled / den).padStart(7, '0');
  const text = `${percent.slice(0, -6)}.${percent.slice(-6)}`.replace(/\.?0+$/, '');
  return `${text} %`;
}
