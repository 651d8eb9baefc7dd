import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import { isTrusted } from '../model/trusted.js';

type Path = readonly (string | number)[];

const PERCENT = /^(?:100(?:\.0{1,4})?|\d{1,2}(?:\.\d{1,4})?)$/;
const SHARE = /^(?:\d{1,3}(?:\.\d{1,6})?|\d{1,9}\/[1-9]\d{0,8})$/;
const RATE = /^\d{1,9}(?:\.\d{1,2})?$/;
const NUMBER = /^\d{4}$/;
const KINDS = ['population', 'fixed-and-population', 'per-inhabitant', 'stated-shares'];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Collects problems at paths: one small checker per kind of value the finance functions read. */
class Checker {
  readonly problems: InputProblem[] = [];

  fail(path: Path, code: string, message: string): void {
    this.problems.push({ path: formatPath(path), code, message });
  }

  object(value: unknown, path: Path): value is Record<string, unknown> {
    if (isObject(value)) return true;
    this.fail(path, 'invalid_type', 'must be an object');
    return false;
  }

  list(value: unknown, path: Path, optional = false): readonly unknown[] {
    if (Array.isArray(value)) return value;
    if (!(optional && value === undefined)) this.fail(path, 'invalid_type', 'must be a list');
    return [];
  }

  text(value: unknown, path: Path, optional = false): void {
    if (typeof value === 'string' ? value === '' : !(optional && value === undefined))
      this.fail(path, 'invalid_type', 'must be text, not empty');
  }

  date(value: unknown, path: Path, optional = false): void {
    if (!isIsoDate(value) && !(optional && value === undefined))
      this.fail(path, 'invalid_date', 'must be a date YYYY-MM-DD that exists in the calendar');
  }

  matches(value: unknown, pattern: RegExp, path: Path, what: string, optional = false): void {
    if (typeof value === 'string' ? !pattern.test(value) : !(optional && value === undefined))
      this.fail(path, 'invalid_format', `must be ${what}`);
  }

  flag(value: unknown, path: Path): void {
    if (value !== undefined && typeof value !== 'boolean')
      this.fail(path, 'invalid_type', 'must be true or false');
  }

  population(value: unknown, path: Path): void {
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0))
      this.fail(path, 'invalid_type', 'must be a whole number ≥ 0');
  }

  municipality(value: unknown, path: Path): void {
    if (!this.object(value, path)) return;
    this.matches(value['number'], NUMBER, [...path, 'number'], 'a kommunenummer of four digits');
    this.text(value['name'], [...path, 'name']);
  }

  record(value: unknown, pattern: RegExp, path: Path, what: string, optional = false): void {
    if (optional && value === undefined) return;
    if (!this.object(value, path)) return;
    for (const [number, entry] of Object.entries(value)) {
      this.matches(number, NUMBER, [...path, number], 'named by a kommunenummer of four digits');
      this.matches(entry, pattern, [...path, number], what);
    }
  }
}

/**
 * Checks on entry an agreement that did not come from {@link parseAgreement}
 * (a plain JavaScript caller): everything the finance functions read, by
 * hand and without schemas, so that a malformed object is one
 * {@link AgreementInputError} listing every problem with its path — never a
 * negative share, a silently dropped party or a TypeError. A parsed or
 * built-in agreement is trusted; any other object is checked on every call.
 *
 * @internal
 */
export function assertAgreement(agreement: unknown): asserts agreement is Agreement {
  if (isTrusted(agreement)) return;
  const c = new Checker();
  if (!c.object(agreement, ['agreement'])) {
    throw new AgreementInputError(c.problems, 'Invalid agreement');
  }
  const a = agreement;
  c.text(a['id'], ['id']);
  c.date(a['validFrom'], ['validFrom']);
  c.date(a['validUntil'], ['validUntil'], true);
  c.date(a['populationReferenceDate'], ['populationReferenceDate'], true);
  c.text(a['partiesClause'], ['partiesClause'], true);
  const parties = c.list(a['parties'], ['parties']);
  if (Array.isArray(a['parties']) && parties.length === 0)
    c.fail(['parties'], 'too_small', 'must list at least one party');
  const seen = new Set<unknown>();
  parties.forEach((party, i) => {
    const at = ['parties', i];
    if (!c.object(party, at)) return;
    c.municipality(party['municipality'], [...at, 'municipality']);
    const number = isObject(party['municipality']) ? party['municipality']['number'] : undefined;
    if (typeof number === 'string' && seen.has(number))
      c.fail([...at, 'municipality', 'number'], 'duplicate_party', `duplicate party ${number}`);
    seen.add(number);
    c.population(party['population'], [...at, 'population']);
    const membership = party['membership'];
    if (!c.object(membership, [...at, 'membership'])) return;
    c.date(membership['joined'], [...at, 'membership', 'joined']);
    c.date(membership['withdrawn'], [...at, 'membership', 'withdrawn'], true);
  });
  c.list(a['costKeys'], ['costKeys']).forEach((key, i) => {
    const at = ['costKeys', i];
    if (!c.object(key, at)) return;
    const kind = key['kind'];
    c.date(key['validFrom'], [...at, 'validFrom']);
    c.date(key['validUntil'], [...at, 'validUntil'], true);
    c.text(key['clause'], [...at, 'clause']);
    c.text(key['serviceArea'], [...at, 'serviceArea'], true);
    c.text(key['source'], [...at, 'source'], true);
    c.flag(key['ownership'], [...at, 'ownership']);
    const reading = key['reading'];
    if (reading !== undefined && c.object(reading, [...at, 'reading'])) {
      c.text(reading['note'], [...at, 'reading', 'note']);
      c.text(reading['reading'], [...at, 'reading', 'reading']);
    }
    if (kind === 'population') {
      const table = key['statedTable'];
      if (table !== undefined && c.object(table, [...at, 'statedTable'])) {
        const tableAt = [...at, 'statedTable'];
        c.text(table['name'], [...tableAt, 'name'], true);
        c.record(table['percents'], PERCENT, [...tableAt, 'percents'], 'a percentage', true);
        c.population(table['totalPopulation'], [...tableAt, 'totalPopulation']);
        c.matches(
          table['totalPercent'],
          PERCENT,
          [...tableAt, 'totalPercent'],
          'a percentage',
          true,
        );
      }
    } else if (kind === 'fixed-and-population') {
      c.matches(key['fixedPercent'], PERCENT, [...at, 'fixedPercent'], 'a percentage');
      c.matches(key['populationPercent'], PERCENT, [...at, 'populationPercent'], 'a percentage');
    } else if (kind === 'per-inhabitant') {
      c.matches(key['ratePerInhabitant'], RATE, [...at, 'ratePerInhabitant'], 'an amount in NOK');
    } else if (kind === 'stated-shares') {
      c.record(key['shares'], SHARE, [...at, 'shares'], 'a percentage or a fraction');
      c.flag(key['scaleToWhole'], [...at, 'scaleToWhole']);
    } else {
      c.fail([...at, 'kind'], 'invalid_kind', `must be one of: ${KINDS.join(', ')}`);
    }
  });
  c.list(a['serviceAreas'], ['serviceAreas'], true).forEach((area, i) => {
    const at = ['serviceAreas', i];
    if (!c.object(area, at)) return;
    c.text(area['id'], [...at, 'id']);
    c.text(area['name'], [...at, 'name']);
    c.text(area['clause'], [...at, 'clause']);
    c.text(area['ownAgreementClause'], [...at, 'ownAgreementClause'], true);
    if (area['participants'] !== null) {
      c.list(area['participants'], [...at, 'participants']).forEach((number, j) => {
        c.matches(number, NUMBER, [...at, 'participants', j], 'a kommunenummer of four digits');
      });
    }
    c.list(area['otherParticipants'], [...at, 'otherParticipants'], true).forEach((other, j) => {
      const otherAt = [...at, 'otherParticipants', j];
      if (!c.object(other, otherAt)) return;
      c.municipality(other['municipality'], [...otherAt, 'municipality']);
      c.population(other['population'], [...otherAt, 'population']);
    });
    const start = area['start'];
    if (start !== undefined && c.object(start, [...at, 'start'])) {
      if (start['date'] !== null) c.date(start['date'], [...at, 'start', 'date']);
      c.date(start['noLaterThan'], [...at, 'start', 'noLaterThan'], true);
      c.text(start['clause'], [...at, 'start', 'clause']);
    }
  });
  c.list(a['interpretations'], ['interpretations'], true).forEach((note, i) => {
    const at = ['interpretations', i];
    if (!c.object(note, at)) return;
    c.text(note['id'], [...at, 'id']);
    c.text(note['readingId'], [...at, 'readingId'], true);
    c.list(note['alternatives'], [...at, 'alternatives']).forEach((alternative, j) => {
      if (c.object(alternative, [...at, 'alternatives', j]))
        c.text(alternative['id'], [...at, 'alternatives', j, 'id'], true);
    });
  });
  // What settling a year with events reads of the lifecycle (a withdrawal's notice period).
  const lifecycle = a['lifecycle'];
  if (lifecycle !== undefined && c.object(lifecycle, ['lifecycle'])) {
    const withdrawal = lifecycle['withdrawal'];
    if (withdrawal !== undefined && c.object(withdrawal, ['lifecycle', 'withdrawal'])) {
      c.text(withdrawal['clause'], ['lifecycle', 'withdrawal', 'clause']);
      c.flag(withdrawal['extraCostsCharged'], ['lifecycle', 'withdrawal', 'extraCostsCharged']);
      const notice = withdrawal['notice'];
      if (c.object(notice, ['lifecycle', 'withdrawal', 'notice'])) {
        const months = notice['months'];
        if (!(Number.isSafeInteger(months) && (months as number) >= 0 && (months as number) <= 120))
          c.fail(
            ['lifecycle', 'withdrawal', 'notice', 'months'],
            'invalid_type',
            'must be a whole number of months from 0 to 120',
          );
      }
    }
    const unknown = lifecycle['rulesUnknown'];
    if (unknown !== undefined && c.object(unknown, ['lifecycle', 'rulesUnknown']))
      c.text(unknown['note'], ['lifecycle', 'rulesUnknown', 'note']);
  }
  // A caller's own object is not remembered: its owner may change it before the next call.
  if (c.problems.length > 0) throw new AgreementInputError(c.problems, 'Invalid agreement');
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
  const c = new Checker();
  c.list(events, [path]).forEach((event, i) => {
    const at = [path, i];
    if (!c.object(event, at)) return;
    if (event['type'] === 'withdrawal') {
      c.matches(event['party'], NUMBER, [...at, 'party'], 'a kommunenummer of four digits');
    } else if (event['type'] === 'admission') {
      c.municipality(event['party'], [...at, 'party']);
    } else {
      c.fail([...at, 'type'], 'invalid_type', 'must be "withdrawal" or "admission"');
    }
  });
  if (c.problems.length > 0) throw new AgreementInputError(c.problems, 'Invalid events');
}
