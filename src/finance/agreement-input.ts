import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import { isTrusted } from '../model/trusted.js';

type Path = readonly (string | number)[];
type Problems = InputProblem[];
/** Checks one value at a path and adds what is wrong to the problems. */
type Check = (value: unknown, at: Path, problems: Problems) => void;
/** Checks the fields of a value known to be an object. */
type FieldsCheck = (value: Record<string, unknown>, at: Path, problems: Problems) => void;

// The shape of what the finance functions read, as data: one small check per kind of value.

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problems: Problems, at: Path, code: string, message: string): void {
  problems.push({ path: formatPath(at), code, message });
}

function is(test: (value: unknown) => boolean, code: string, message: string): Check {
  return (value, at, problems) => {
    if (!test(value)) fail(problems, at, code, message);
  };
}

/** Absent (`undefined`) is fine; anything else must pass `check`. */
function optional(check: Check): Check {
  return (value, at, problems) => {
    if (value !== undefined) check(value, at, problems);
  };
}

/** `null` is fine; anything else must pass `check`. */
function orNull(check: Check): Check {
  return (value, at, problems) => {
    if (value !== null) check(value, at, problems);
  };
}

function fields(shape: Readonly<Record<string, Check>>): FieldsCheck {
  return (value, at, problems) => {
    for (const key in shape) shape[key]?.(value[key], [...at, key], problems);
  };
}

/** An object whose fields pass `shape`, and then each further check of the whole object. */
function object(shape: Readonly<Record<string, Check>>, ...more: FieldsCheck[]): Check {
  const checks = [fields(shape), ...more];
  return (value, at, problems) => {
    if (!isObject(value)) return fail(problems, at, 'invalid_type', 'must be an object');
    for (const check of checks) check(value, at, problems);
  };
}

function list(item: Check): Check {
  return (value, at, problems) => {
    if (!Array.isArray(value)) return fail(problems, at, 'invalid_type', 'must be a list');
    for (let i = 0; i < value.length; i++) item(value[i], [...at, i], problems);
  };
}

/** The fields of the variant named by `value[key]`, or a problem at that key. */
function variants(
  key: string,
  shapes: Readonly<Record<string, Readonly<Record<string, Check>>>>,
  code: string,
  message: string,
): FieldsCheck {
  return (value, at, problems) => {
    const name = value[key];
    const shape =
      typeof name === 'string' && Object.hasOwn(shapes, name) ? shapes[name] : undefined;
    if (shape === undefined) fail(problems, [...at, key], code, message);
    else fields(shape)(value, at, problems);
  };
}

const text = is(
  (v) => typeof v === 'string' && v !== '',
  'invalid_type',
  'must be text, not empty',
);
const date = is(isIsoDate, 'invalid_date', 'must be a date YYYY-MM-DD that exists in the calendar');
const flag = optional(is((v) => typeof v === 'boolean', 'invalid_type', 'must be true or false'));
const population = optional(
  is(
    (v) => Number.isSafeInteger(v) && (v as number) >= 0,
    'invalid_type',
    'must be a whole number ≥ 0',
  ),
);

function matching(pattern: RegExp, what: string): Check {
  return is((v) => typeof v === 'string' && pattern.test(v), 'invalid_format', `must be ${what}`);
}

const PERCENT = matching(/^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/, 'a percentage');
const NUMBER_PATTERN = /^\d{4}$/;
const NUMBER = matching(NUMBER_PATTERN, 'a kommunenummer of four digits');
const NUMBER_KEY = matching(NUMBER_PATTERN, 'named by a kommunenummer of four digits');

/** An object from kommunenummer to a value that passes `entry`. */
function byNumber(entry: Check): Check {
  return object({}, (value, at, problems) => {
    for (const [number, item] of Object.entries(value)) {
      NUMBER_KEY(number, [...at, number], problems);
      entry(item, [...at, number], problems);
    }
  });
}

const MUNICIPALITY = object({ number: NUMBER, name: text });

/** Populations per reference date: { "2025-01-01": 780 }. */
const POPULATIONS = optional(
  object({}, (value, at, problems) => {
    for (const [day, item] of Object.entries(value)) {
      date(day, [...at, day], problems);
      population(item, [...at, day], problems);
    }
  }),
);
const SHARE = matching(
  /^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/,
  'a percentage or a fraction',
);
const NOK = matching(/^\d{1,13}(?:\.\d{1,2})?$/, 'an amount in NOK');

/** No two parties with the same kommunenummer. */
const distinctParties: Check = (value, at, problems) => {
  const seen = new Set<string>();
  (value as readonly unknown[]).forEach((party, i) => {
    const municipality = isObject(party) ? party['municipality'] : undefined;
    const number = isObject(municipality) ? municipality['number'] : undefined;
    if (typeof number !== 'string') return;
    if (seen.has(number))
      fail(
        problems,
        [...at, i, 'municipality', 'number'],
        'duplicate_party',
        `duplicate party ${number}`,
      );
    seen.add(number);
  });
};

const PARTIES: Check = (value, at, problems) => {
  list(
    object({
      municipality: MUNICIPALITY,
      population,
      populations: POPULATIONS,
      membership: object({ joined: date, withdrawn: optional(date) }),
    }),
  )(value, at, problems);
  if (!Array.isArray(value)) return;
  if (value.length === 0) fail(problems, at, 'too_small', 'must list at least one party');
  distinctParties(value, at, problems);
};

const COST_KEY = object(
  {
    validFrom: date,
    validUntil: optional(date),
    clause: text,
    serviceArea: optional(text),
    source: optional(text),
    ownership: flag,
    reading: optional(object({ note: text, reading: text })),
    pool: optional(text),
    limits: optional(byNumber(object({ floor: optional(NOK), cap: optional(NOK) }))),
  },
  variants(
    'kind',
    {
      population: {
        statedTable: optional(
          object({
            name: optional(text),
            percents: optional(byNumber(PERCENT)),
            totalPopulation: population,
            totalPercent: optional(PERCENT),
          }),
        ),
      },
      'fixed-and-population': { fixedPercent: PERCENT, populationPercent: PERCENT },
      'per-inhabitant': {
        ratePerInhabitant: matching(/^\d{1,9}(?:\.\d{1,2})?$/, 'an amount in NOK'),
      },
      'stated-shares': {
        shares: byNumber(SHARE),
        scaleToWhole: flag,
      },
      parts: {
        parts: list(
          object({
            share: SHARE,
            clause: optional(text),
            basis: object(
              {},
              variants(
                'kind',
                {
                  equal: {},
                  population: {},
                  'stated-shares': { shares: byNumber(SHARE), scaleToWhole: flag },
                  measured: { measure: text },
                },
                'invalid_kind',
                'must be one of: equal, population, stated-shares, measured',
              ),
            ),
          }),
        ),
      },
    },
    'invalid_kind',
    'must be one of: population, fixed-and-population, per-inhabitant, stated-shares, parts',
  ),
);

const SERVICE_AREA = object({
  id: text,
  name: text,
  clause: text,
  ownAgreementClause: optional(text),
  participants: orNull(list(NUMBER)),
  otherParticipants: optional(list(object({ municipality: MUNICIPALITY, population }))),
  start: optional(object({ date: orNull(date), noLaterThan: optional(date), clause: text })),
});

const INTERPRETATION = object({
  id: text,
  readingId: optional(text),
  alternatives: list(object({ id: optional(text) })),
});

/** A whole number from 0 to `max` of `unit`. */
function count(max: number, unit: string): Check {
  return is(
    (v) => Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max,
    'invalid_type',
    `must be a whole number of ${unit} from 0 to ${max}`,
  );
}

function oneOf(values: readonly string[]): Check {
  return is(
    (v) => typeof v === 'string' && values.includes(v),
    'invalid_value',
    `must be one of ${values.map((v) => `"${v}"`).join(', ')}`,
  );
}

/** What settling a year with events reads of the lifecycle (a withdrawal's timing). */
const LIFECYCLE = object({
  withdrawal: optional(
    object({
      clause: text,
      extraCostsCharged: flag,
      notice: object({}, (value, at, problems) => {
        if (value['years'] !== undefined && value['months'] === undefined) {
          count(10, 'years')(value['years'], [...at, 'years'], problems);
        } else count(120, 'months')(value['months'], [...at, 'months'], problems);
      }),
      countedFrom: optional(oneOf(['sent', 'received'])),
      takesEffect: optional(oneOf(['end-of-period', 'next-1-january', 'end-of-calendar-year'])),
      statute: optional(oneOf(['kommuneloven-1992-27-3', 'iks-loven-30', 'none'])),
      minimumMembership: optional(
        object({ clause: text }, (value, at, problems) => {
          if (value['years'] !== undefined && value['months'] === undefined) {
            count(50, 'years')(value['years'], [...at, 'years'], problems);
          } else count(600, 'months')(value['months'], [...at, 'months'], problems);
        }),
      ),
    }),
  ),
  rulesUnknown: optional(object({ note: text })),
});

/** Everything the finance functions read of an agreement. */
const AGREEMENT = fields({
  id: text,
  validFrom: date,
  validUntil: optional(date),
  populationReferenceDate: optional(date),
  partiesClause: optional(text),
  parties: PARTIES,
  costKeys: list(COST_KEY),
  ownership: optional(object({ clause: text, shares: byNumber(SHARE) })),
  measures: optional(list(object({ id: text, name: text, unit: text, clause: text }))),
  costPools: optional(list(object({ id: text, name: text, clause: text }))),
  serviceAreas: optional(list(SERVICE_AREA)),
  interpretations: optional(list(INTERPRETATION)),
  lifecycle: optional(LIFECYCLE),
});

const EVENTS = list(
  object(
    {},
    variants(
      'type',
      { withdrawal: { party: NUMBER }, admission: { party: MUNICIPALITY } },
      'invalid_type',
      'must be "withdrawal" or "admission"',
    ),
  ),
);

/**
 * Checks on entry an agreement that did not come from {@link parseAgreement}
 * (a plain JavaScript caller): everything the finance functions read, by
 * hand and without schemas, so that a malformed object is one
 * {@link AgreementInputError} listing every problem with its path — never a
 * negative share, a silently dropped party or a TypeError. A parsed or
 * built-in agreement is trusted; any other object is checked on every call
 * (its owner may change it before the next call).
 *
 * @internal
 */
export function assertAgreement(agreement: unknown): asserts agreement is Agreement {
  if (isTrusted(agreement)) return;
  const problems: Problems = [];
  if (!isObject(agreement)) fail(problems, ['agreement'], 'invalid_type', 'must be an object');
  else AGREEMENT(agreement, [], problems);
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid agreement');
}

/**
 * Checks the options object of a finance function: `undefined` or a plain
 * object, whose `date` (if given) is a date and whose `serviceArea` (if
 * given) is text. Returns the options, or `{}` for none.
 *
 * @internal
 */
export function assertOptions(options: unknown): Record<string, unknown> {
  if (options === undefined) return {};
  const problems: InputProblem[] = [];
  if (!isObject(options)) {
    problems.push({
      path: 'options',
      code: 'invalid_type',
      message: 'must be an object of options',
    });
  } else {
    const { date, serviceArea } = options;
    if (date !== undefined && !isIsoDate(date)) {
      problems.push({
        path: 'date',
        code: 'invalid_date',
        message: `must be a date YYYY-MM-DD that exists in the calendar: ${JSON.stringify(String(date).slice(0, 40))}`,
      });
    }
    if (serviceArea !== undefined && typeof serviceArea !== 'string') {
      problems.push({
        path: 'serviceArea',
        code: 'invalid_type',
        message: 'must be the id of a service area, as text',
      });
    }
  }
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid options');
  return options as Record<string, unknown>;
}

/**
 * Checks the events a plain JavaScript caller passes to {@link settle} or
 * {@link whatIf}: `undefined` or a list of withdrawal and admission objects
 * whose parties are named as they must be. The rest (dates, populations,
 * amounts) is checked where the events are applied.
 *
 * @internal
 */
export function assertEvents(events: unknown, path = 'events'): void {
  if (events === undefined) return;
  const problems: Problems = [];
  EVENTS(events, [path], problems);
  if (problems.length > 0) throw new AgreementInputError(problems, 'Invalid events');
}
