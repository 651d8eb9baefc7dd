import { isIsoDate } from '../../internal/iso-date.js';
import type { InputProblem } from '../errors.js';
import { regionMembershipProblems } from '../region-problems.js';
import { field, firstListings, isRecord, type Json, list } from './raw.js';

/** What the parties' pass learns for the later checks. */
export interface PartyTally {
  /** Each party's municipality number, by where it is first listed. */
  readonly partyNumbers: ReadonlyMap<string, number>;
  /** The sum of the populations given. */
  readonly totalPopulation: number;
  /** Whether there are parties and every one has a valid population. */
  readonly populationsValid: boolean;
  /** How many parties have the role kontorkommune. */
  readonly kontorkommuner: number;
}

/**
 * Duplicate parties and each party's membership dates; the tally of
 * numbers, populations and roles the later checks use.
 */
export function partyProblems(input: Json, problems: InputProblem[]): PartyTally {
  const parties = list(input['parties']);
  const partyNumbers = firstListings(
    parties,
    (party) => field(party, 'municipality', 'number'),
    (number, i, first) => ({
      path: `parties[${i}].municipality.number`,
      code: 'duplicate_party',
      message: `duplicate party ${number}: already listed as parties[${first}]`,
    }),
    problems,
  );
  let totalPopulation = 0;
  let populationsValid = parties.length > 0;
  let kontorkommuner = 0;
  parties.forEach((party, i) => {
    const population = field(party, 'population');
    // A missing population is reported as required; the total is then unknown, not 0.
    if (Number.isSafeInteger(population) && (population as number) >= 0) {
      totalPopulation += population as number;
    } else populationsValid = false;
    if (list(field(party, 'roles')).includes('kontorkommune')) kontorkommuner += 1;
    problems.push(...membershipProblems(field(party, 'membership'), `parties[${i}].membership`));
  });
  return { partyNumbers, totalPopulation, populationsValid, kontorkommuner };
}

/** A membership's dates in order: joined, notice sent, withdrawn. */
export function membershipProblems(membership: unknown, path: string): InputProblem[] {
  const joined = field(membership, 'joined');
  const noticeSentOn = field(membership, 'noticeSentOn');
  const withdrawn = field(membership, 'withdrawn');
  const problems: InputProblem[] = [];
  if (isIsoDate(joined) && isIsoDate(withdrawn) && withdrawn <= joined) {
    problems.push({
      path: `${path}.withdrawn`,
      code: 'date_order',
      message: `must be after the day the party joined (${joined})`,
    });
  }
  if (isIsoDate(joined) && isIsoDate(noticeSentOn) && noticeSentOn < joined) {
    problems.push({
      path: `${path}.noticeSentOn`,
      code: 'date_order',
      message: `must not be before the day the party joined (${joined})`,
    });
  }
  if (isIsoDate(noticeSentOn) && isIsoDate(withdrawn) && withdrawn <= noticeSentOn) {
    problems.push({
      path: `${path}.withdrawn`,
      code: 'date_order',
      message: `must be after the notice was sent (${noticeSentOn})`,
    });
  }
  return problems;
}

/**
 * Populations a population key needs (each party's and the reference
 * date), a total that is not zero, and at most one kontorkommune.
 */
export function populationProblems(input: Json, tally: PartyTally): InputProblem[] {
  const problems: InputProblem[] = [];
  const parties = list(input['parties']);
  const keys = list(input['costKeys']).filter((key) => field(key, 'kind') === 'population');
  const populationKey = keys.length > 0;
  if (populationKey) {
    // A party with figures per date (populations) is checked when a key reads them.
    parties.forEach((party, i) => {
      if (
        isRecord(party) &&
        field(party, 'population') === undefined &&
        field(party, 'populations') === undefined
      ) {
        problems.push({
          path: `parties[${i}].population`,
          code: 'required',
          message: 'is required: a cost key is by population',
        });
      }
    });
    if (
      input['populationReferenceDate'] === undefined &&
      keys.some((key) => field(key, 'populationDate') === undefined)
    ) {
      problems.push({
        path: 'populationReferenceDate',
        code: 'required',
        message: 'is required: a cost key is by population',
      });
    }
  }
  if (tally.populationsValid && populationKey && tally.totalPopulation === 0) {
    problems.push({
      path: 'parties',
      code: 'zero_total_population',
      message:
        'the total population of the parties is 0: a population cost key cannot divide anything',
    });
  }
  if (tally.kontorkommuner > 1) {
    problems.push({
      path: 'parties',
      code: 'several_kontorkommuner',
      message: `${tally.kontorkommuner} parties have the role "kontorkommune"; there can be only one`,
    });
  }
  return problems;
}

/** Duplicate regions; every municipality of a region a party, in one region only. */
export function regionProblems(
  input: Json,
  partyNumbers: ReadonlyMap<string, number>,
): InputProblem[] {
  const problems: InputProblem[] = [];
  const regions = list(input['regions']);
  firstListings(
    regions,
    (region) => field(region, 'id'),
    (id, i, first) => ({
      path: `regions[${i}].id`,
      code: 'duplicate_region',
      message: `duplicate region ${id}: already listed as regions[${first}]`,
    }),
    problems,
  );
  problems.push(...regionMembershipProblems(regions, partyNumbers, 'regions'));
  return problems;
}
