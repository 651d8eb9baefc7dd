import { isIsoDate } from '../internal/iso-date.js';
import { type Agreement, AgreementSchema } from './agreement.js';
import { clauseContaining } from './clause-ref.js';
import { AgreementInputError, formatPath, type InputProblem } from './errors.js';
import { IdSchema } from './organ.js';
import { regionMembershipProblems } from './region-problems.js';
import { schemaProblems, valueAt } from './schema-problems.js';
import { trust } from './trusted.js';

/**
 * The result of {@link safeParseAgreement}: the typed agreement, or the error
 * that lists every problem.
 *
 * @example
 * const result: ParseAgreementResult = safeParseAgreement(JSON.parse(text));
 * if (!result.success) console.error(result.error.message);
 */
export type ParseAgreementResult =
  | { readonly success: true; readonly data: Agreement }
  | { readonly success: false; readonly error: AgreementInputError };

/**
 * Reads an agreement file (samarbeidsavtale as JSON data) and returns the
 * typed {@link Agreement}, or throws one {@link AgreementInputError} that
 * lists every problem with its path: wrong types and formats, unknown
 * fields, duplicate parties (and clauses, organs, interpretation notes and
 * readings), a total population of zero, membership dates out of order,
 * clause references that name no clause.
 *
 * The input is never modified; the result is a new object.
 *
 * @example
 * const agreement = parseAgreement(JSON.parse(readFileSync('avtale.json', 'utf8')));
 *
 * parseAgreement({ ...helseplattformen, parties: [] });
 * // throws AgreementInputError:
 * //   parties: must list at least one party
 */
export function parseAgreement(input: unknown): Agreement {
  const result = safeParseAgreement(input);
  if (!result.success) throw result.error;
  return result.data;
}

/**
 * Like {@link parseAgreement}, but returns the error instead of throwing it.
 *
 * @example
 * const result = safeParseAgreement({ id: 'x' });
 * result.success; //=> false
 * if (!result.success) {
 *   result.error.problems.map((p) => p.path); //=> ['clauses', 'costKeys', 'legalForm', …]
 * }
 */
export function safeParseAgreement(input: unknown): ParseAgreementResult {
  const parsed = AgreementSchema.safeParse(input);
  const problems = [...schemaProblems(parsed, input), ...consistencyProblems(input)];
  if (problems.length > 0 || !parsed.success) {
    return { success: false, error: new AgreementInputError(problems, 'Invalid agreement') };
  }
  trust(parsed.data);
  return { success: true, data: parsed.data };
}

type Json = Record<string, unknown>;

const PERCENT = /^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/;

/** A percentage with at most four decimals in units of 10^-4 %: '40.5' → 405 000. */
function scaledPercent(percent: string): number {
  const [whole, fraction = ''] = percent.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0'));
}

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function list(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

function field(value: unknown, ...path: string[]): unknown {
  return valueAt(value, path);
}

/**
 * What a schema cannot see: relations between fields. Works on the raw
 * input, checking only what is well-formed, so that these problems are
 * reported together with the schema's.
 */
function consistencyProblems(input: unknown): InputProblem[] {
  if (!isRecord(input)) return [];
  const problems: InputProblem[] = [];
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

  const costKeys = list(input['costKeys']);
  const areas = list(input['serviceAreas']);
  // A key is a duplicate of another only with the same scope (service area), start and reading.
  firstListings(
    costKeys,
    (key) => {
      const validFrom = field(key, 'validFrom');
      if (typeof validFrom !== 'string') return undefined;
      return JSON.stringify([
        validFrom,
        field(key, 'serviceArea') ?? null,
        field(key, 'reading', 'note') ?? null,
        field(key, 'reading', 'reading') ?? null,
      ]);
    },
    (scope, i, first) => ({
      path: `costKeys[${i}].validFrom`,
      code: 'duplicate_cost_key',
      message: `another cost key (costKeys[${first}]) also applies from ${JSON.parse(scope)[0]}${
        field(costKeys[i], 'serviceArea') === undefined
          ? ''
          : ` for ${field(costKeys[i], 'serviceArea')}`
      }`,
    }),
    problems,
  );
  const areaIds = new Set(areas.map((area) => field(area, 'id')));
  const notes = list(input['interpretations']);
  costKeys.forEach((key, i) => {
    const percents = field(key, 'statedTable', 'percents');
    if (isRecord(percents)) {
      for (const number of Object.keys(percents)) {
        if (!partyNumbers.has(number)) {
          problems.push({
            path: formatPath(['costKeys', i, 'statedTable', 'percents', number]),
            code: 'unknown_party',
            message: `names ${number}, which is not among the parties`,
          });
        }
      }
    }
    const area = field(key, 'serviceArea');
    if (typeof area === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(area) && !areaIds.has(area)) {
      problems.push({
        path: `costKeys[${i}].serviceArea`,
        code: 'unknown_service_area',
        message: `names service area "${area}", which is not among the agreement's service areas`,
      });
    }
    const shares = field(key, 'shares');
    if (field(key, 'kind') === 'stated-shares' && isRecord(shares)) {
      // A key for an area may also state shares for the area's participants outside the agreement.
      const others = new Set(
        list(
          field(
            areas.find((a) => field(a, 'id') === area),
            'otherParticipants',
          ),
        ).map((o) => field(o, 'municipality', 'number')),
      );
      for (const number of Object.keys(shares)) {
        if (!partyNumbers.has(number) && !others.has(number)) {
          problems.push({
            path: formatPath(['costKeys', i, 'shares', number]),
            code: 'unknown_party',
            message: `states a share for ${number}, which is not among the parties${area === undefined ? '' : ` or the participants of ${area}`}`,
          });
        }
      }
    }
    const fixed = field(key, 'fixedPercent');
    const byPopulation = field(key, 'populationPercent');
    if (
      field(key, 'kind') === 'fixed-and-population' &&
      typeof fixed === 'string' &&
      typeof byPopulation === 'string' &&
      PERCENT.test(fixed) &&
      PERCENT.test(byPopulation) &&
      scaledPercent(fixed) + scaledPercent(byPopulation) !== 1_000_000
    ) {
      problems.push({
        path: `costKeys[${i}]`,
        code: 'parts_not_100',
        message: `has parts of ${fixed} % and ${byPopulation} %, which do not sum to 100 % (a key is never rescaled)`,
      });
    }
    const validFrom = field(key, 'validFrom');
    const validUntil = field(key, 'validUntil');
    if (isIsoDate(validFrom) && isIsoDate(validUntil) && validUntil < validFrom) {
      problems.push({
        path: `costKeys[${i}].validUntil`,
        code: 'date_order',
        message: `ends (${validUntil}) before the key starts (validFrom ${validFrom})`,
      });
    }
    const noteId = field(key, 'reading', 'note');
    const readingId = field(key, 'reading', 'reading');
    if (typeof noteId === 'string' && typeof readingId === 'string') {
      const note = notes.find((n) => field(n, 'id') === noteId);
      const offered = [
        field(note, 'readingId'),
        ...list(field(note, 'alternatives')).map((a) => field(a, 'id')),
      ];
      if (note === undefined) {
        problems.push({
          path: `costKeys[${i}].reading.note`,
          code: 'unknown_note',
          message: `names interpretation note "${noteId}", which is not among the agreement's interpretations`,
        });
      } else if (!offered.includes(readingId)) {
        problems.push({
          path: `costKeys[${i}].reading.reading`,
          code: 'unknown_reading',
          message: `note "${noteId}" has no reading "${readingId}"`,
        });
      }
    }
  });

  const populationKey = costKeys.some((key) => field(key, 'kind') === 'population');
  if (populationKey) {
    parties.forEach((party, i) => {
      if (isRecord(party) && field(party, 'population') === undefined) {
        problems.push({
          path: `parties[${i}].population`,
          code: 'required',
          message: 'is required: a cost key is by population',
        });
      }
    });
    if (input['populationReferenceDate'] === undefined) {
      problems.push({
        path: 'populationReferenceDate',
        code: 'required',
        message: 'is required: a cost key is by population',
      });
    }
  }
  if (populationsValid && populationKey && totalPopulation === 0) {
    problems.push({
      path: 'parties',
      code: 'zero_total_population',
      message:
        'the total population of the parties is 0: a population cost key cannot divide anything',
    });
  }
  if (kontorkommuner > 1) {
    problems.push({
      path: 'parties',
      code: 'several_kontorkommuner',
      message: `${kontorkommuner} parties have the role "kontorkommune"; there can be only one`,
    });
  }

  const validFrom = input['validFrom'];
  const validUntil = input['validUntil'];
  if (isIsoDate(validFrom) && isIsoDate(validUntil) && validUntil < validFrom) {
    problems.push({
      path: 'validUntil',
      code: 'date_order',
      message: `ends (${validUntil}) before the agreement starts (validFrom ${validFrom})`,
    });
  }

  problems.push(...clauseReferenceProblems(input));
  problems.push(...organProblems(input, partyNumbers));
  return problems;
}

function membershipProblems(membership: unknown, path: string): InputProblem[] {
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

function clauseReferenceProblems(input: Json): InputProblem[] {
  const problems: InputProblem[] = [];
  const refs = firstListings(
    list(input['clauses']),
    (clause) => field(clause, 'ref'),
    (ref, i, first) => ({
      path: `clauses[${i}].ref`,
      code: 'duplicate_clause',
      message: `duplicate clause ${ref}: already listed as clauses[${first}]`,
    }),
    problems,
  );
  const listed = [...refs.keys()];
  const cite = (ref: unknown, path: string) => {
    if (typeof ref !== 'string' || clauseContaining(listed, ref) !== undefined) return;
    problems.push({
      path,
      code: 'unknown_clause',
      message: `cites clause ${ref}, which is not among the agreement's clauses`,
    });
  };
  cite(input['partiesClause'], 'partiesClause');
  cite(field(input, 'hostRoles', 'clause'), 'hostRoles.clause');
  cite(input['validityClause'], 'validityClause');
  const lifecycle = input['lifecycle'];
  for (const part of ['withdrawal', 'admission', 'amendment', 'dissolution', 'breach', 'merger']) {
    cite(field(lifecycle, part, 'clause'), `lifecycle.${part}.clause`);
  }
  cite(field(lifecycle, 'dissolution', 'documentsClause'), 'lifecycle.dissolution.documentsClause');
  list(field(lifecycle, 'calendar')).forEach((entry, i) => {
    cite(field(entry, 'clause'), `lifecycle.calendar[${i}].clause`);
  });
  list(input['costKeys']).forEach((key, i) => {
    cite(field(key, 'clause'), `costKeys[${i}].clause`);
  });
  list(input['serviceAreas']).forEach((area, i) => {
    cite(field(area, 'clause'), `serviceAreas[${i}].clause`);
    cite(field(area, 'start', 'clause'), `serviceAreas[${i}].start.clause`);
    cite(field(area, 'ownAgreementClause'), `serviceAreas[${i}].ownAgreementClause`);
  });
  list(input['obligations']).forEach((obligation, i) => {
    cite(field(obligation, 'clause'), `obligations[${i}].clause`);
  });
  list(input['interpretations']).forEach((note, i) => {
    list(field(note, 'clauses')).forEach((ref, j) => {
      cite(ref, `interpretations[${i}].clauses[${j}]`);
    });
  });
  list(input['organs']).forEach((organ, i) => {
    const at = `organs[${i}]`;
    cite(field(organ, 'clause'), `${at}.clause`);
    for (const part of [
      'seats',
      'deputies',
      'abstention',
      'quorum',
      'chair',
      'termYears',
      'meetings',
    ]) {
      cite(field(organ, part, 'clause'), `${at}.${part}.clause`);
    }
    list(field(organ, 'duties')).forEach((duty, j) => {
      cite(field(duty, 'clause'), `${at}.duties[${j}].clause`);
    });
    list(field(organ, 'matters')).forEach((matter, j) => {
      cite(field(matter, 'rule', 'clause'), `${at}.matters[${j}].rule.clause`);
      cite(
        field(matter, 'candidateProtected', 'clause'),
        `${at}.matters[${j}].candidateProtected.clause`,
      );
      const rules = field(matter, 'reading', 'rules');
      if (isRecord(rules)) {
        for (const [reading, rule] of Object.entries(rules)) {
          cite(
            field(rule, 'clause'),
            formatPath(['organs', i, 'matters', j, 'reading', 'rules', reading, 'clause']),
          );
        }
      }
    });
  });
  return problems;
}

/**
 * Interpretation notes with unique ids, and unique reading ids within each;
 * organs: unique ids, matter ids unique within an organ, interpretation
 * notes that exist and readings they offer; the bodies and matters the
 * lifecycle rules name; regions of parties, each party in at most one region.
 */
function organProblems(input: Json, partyNumbers: ReadonlyMap<string, number>): InputProblem[] {
  const problems: InputProblem[] = [];
  const notes = list(input['interpretations']);
  firstListings(
    notes,
    (note) => field(note, 'id'),
    (id, i, first) => ({
      path: `interpretations[${i}].id`,
      code: 'duplicate_note',
      message: `duplicate interpretation note ${id}: already listed as interpretations[${first}]`,
    }),
    problems,
  );
  const readings = new Map<string, Set<string>>();
  notes.forEach((note, i) => {
    const id = field(note, 'id');
    // Reading ids within a note: the chosen reading, then each alternative.
    const ids = [
      { id: field(note, 'readingId'), path: `interpretations[${i}].readingId` },
      ...list(field(note, 'alternatives')).map((a, j) => ({
        id: field(a, 'id'),
        path: `interpretations[${i}].alternatives[${j}].id`,
      })),
    ];
    const seen = firstListings(
      ids,
      (reading) => (reading as { id: unknown }).id,
      (reading, k, first) => ({
        path: (ids[k] as { path: string }).path,
        code: 'duplicate_reading',
        message: `duplicate reading ${reading}: already the id of ${(ids[first] as { path: string }).path}`,
      }),
      problems,
    );
    if (typeof id === 'string' && !readings.has(id)) readings.set(id, new Set(seen.keys()));
  });
  const noteOffering = (note: unknown, offered: readonly string[], path: string) => {
    if (typeof note !== 'string') return;
    const known = readings.get(note);
    if (known === undefined) {
      problems.push({
        path: `${path}.note`,
        code: 'unknown_note',
        message: `names interpretation note "${note}", which is not among the agreement's interpretations`,
      });
      return;
    }
    for (const reading of offered) {
      if (!known.has(reading)) {
        problems.push({
          path: `${path}.note`,
          code: 'unknown_reading',
          message: `note "${note}" has no reading "${reading}" (it has: ${[...known].join(', ') || 'none with an id'})`,
        });
      }
    }
    const uncovered = offered.length === 0 ? [] : [...known].filter((r) => !offered.includes(r));
    if (uncovered.length > 0) {
      problems.push({
        path,
        code: 'missing_reading',
        message: `says nothing for reading${uncovered.length === 1 ? '' : 's'} ${uncovered.map((r) => `"${r}"`).join(', ')} of note "${note}"`,
      });
    }
  };
  const organs = list(input['organs']);
  firstListings(
    organs,
    (organ) => field(organ, 'id'),
    (id, i, first) => ({
      path: `organs[${i}].id`,
      code: 'duplicate_organ',
      message: `duplicate organ ${id}: already listed as organs[${first}]`,
    }),
    problems,
  );
  organs.forEach((organ, i) => {
    const at = `organs[${i}]`;
    const matters = list(field(organ, 'matters'));
    firstListings(
      matters,
      (matter) => field(matter, 'id'),
      (id, j, first) => ({
        path: `${at}.matters[${j}].id`,
        code: 'duplicate_matter',
        message: `duplicate matter ${id}: already listed as ${at}.matters[${first}]`,
      }),
      problems,
    );
    matters.forEach((matter, j) => {
      const rules = field(matter, 'reading', 'rules');
      noteOffering(
        field(matter, 'reading', 'note'),
        isRecord(rules) ? Object.keys(rules) : [],
        `${at}.matters[${j}].reading`,
      );
      const opposition = field(matter, 'candidateProtected', 'opposition');
      noteOffering(
        field(matter, 'candidateProtected', 'note'),
        isRecord(opposition) ? Object.keys(opposition) : [],
        `${at}.matters[${j}].candidateProtected`,
      );
    });
    const byReading = field(organ, 'abstention', 'allowedByReading');
    noteOffering(
      field(organ, 'abstention', 'note'),
      isRecord(byReading) ? Object.keys(byReading) : [],
      `${at}.abstention`,
    );
    const casting = field(organ, 'chair', 'standIn', 'castingVote');
    noteOffering(
      field(organ, 'chair', 'standIn', 'note'),
      isRecord(casting) ? Object.keys(casting) : [],
      `${at}.chair.standIn`,
    );
    const voids = field(organ, 'preparedBy', 'voidByReading');
    noteOffering(
      field(organ, 'preparedBy', 'note'),
      isRecord(voids) ? Object.keys(voids) : [],
      `${at}.preparedBy`,
    );
  });

  // The end date under each reading of its note, and calendar dates under readings.
  const dates = field(input, 'validUntilByReading', 'dates');
  noteOffering(
    field(input, 'validUntilByReading', 'note'),
    isRecord(dates) ? Object.keys(dates) : [],
    'validUntilByReading',
  );
  const endNoteId = field(input, 'validUntilByReading', 'note');
  const defaultId = field(
    notes.find((n) => field(n, 'id') === endNoteId),
    'readingId',
  );
  if (
    isRecord(dates) &&
    typeof defaultId === 'string' &&
    Object.hasOwn(dates, defaultId) &&
    dates[defaultId] !== input['validUntil']
  ) {
    problems.push({
      path: 'validUntilByReading.dates',
      code: 'default_date_differs',
      message: `the date under the default reading "${defaultId}" must be validUntil (${String(input['validUntil'])})`,
    });
  }
  const calendar = field(input, 'lifecycle', 'calendar');
  (Array.isArray(calendar) ? calendar : []).forEach((entry, i) => {
    const due = field(entry, 'dueByReading', 'due');
    noteOffering(
      field(entry, 'dueByReading', 'note'),
      isRecord(due) ? Object.keys(due) : [],
      `lifecycle.calendar[${i}].dueByReading`,
    );
  });

  // The body and matter that decide admission, amendment or dissolution must
  // exist; checked only when every id they could name is well formed.
  const isId = (value: unknown) => IdSchema.safeParse(value).success;
  // Each body's matter ids, or null if its matters are not a list of well-formed ids.
  const mattersOf = new Map<unknown, readonly unknown[] | null>();
  for (const organ of organs) {
    // A duplicate organ is reported above; its first listing is the one meant.
    const id = field(organ, 'id');
    const matters = field(organ, 'matters');
    const ids = Array.isArray(matters) ? matters.map((m) => field(m, 'id')) : null;
    if (!mattersOf.has(id)) mattersOf.set(id, ids?.every(isId) ? ids : null);
  }
  const organsWellFormed =
    (input['organs'] === undefined || Array.isArray(input['organs'])) &&
    organs.every((organ) => isId(field(organ, 'id')));
  for (const part of ['admission', 'amendment', 'dissolution']) {
    const at = `lifecycle.${part}`;
    const organ = field(input['lifecycle'], part, 'organ');
    const matter = field(input['lifecycle'], part, 'matter');
    if (!isId(organ) || !organsWellFormed) continue;
    const matters = mattersOf.get(organ);
    if (matters === undefined) {
      problems.push({
        path: `${at}.organ`,
        code: 'unknown_organ',
        message: `names body "${organ}", which is not among the agreement's organs`,
      });
    } else if (isId(matter) && matters !== null && !matters.includes(matter)) {
      problems.push({
        path: `${at}.matter`,
        code: 'unknown_matter',
        message: `names matter "${matter}", which is not among the matters of "${organ}"`,
      });
    }
  }

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

/**
 * Indexes each item's string key by where it is first listed, and reports
 * every later listing of the same key as a problem.
 */
function firstListings(
  items: readonly unknown[],
  keyOf: (item: unknown) => unknown,
  duplicate: (key: string, index: number, first: number) => InputProblem,
  problems: InputProblem[],
): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const key = keyOf(item);
    if (typeof key !== 'string') return;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else problems.push(duplicate(key, i, earlier));
  });
  return first;
}
