import { addDays } from '../internal/calendar.js';
import { daysInMonth } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { IsoDate } from '../model/iso-date.js';
import { checkedAgreement, checkedReadings, OptionsReader } from '../rules/input.js';
import type { Duty } from '../rules/reason.js';
import { validUntilUnder } from '../rules/validity.js';

/**
 * One dated duty in a year's calendar (frist).
 *
 * @example
 * const entry: Deadline = deadlines(helseplattformen, { year: 2026 })[0];
 * entry.due; //=> '2026-02-28'
 */
export interface Deadline {
  readonly id: string;
  /** First day of the period, when the duty is a period (invoicing in December). */
  readonly from: IsoDate | null;
  /** The last day. */
  readonly due: IsoDate;
  /** Who must act (a body, the kontorkommune, a party). */
  readonly who: string;
  /** What must be done, as data: the agreement's own words, or a duty a withdrawal brings (`describeDuty` words it). */
  readonly duty: Duty;
  readonly clause: string;
  /** The party the entry concerns, when it concerns one. */
  readonly party: string | null;
  /** The reading applied, when a note makes the due date a reading. */
  readonly reading: { readonly note: string; readonly reading: string } | null;
  /** The due date under each other reading of that note (`null`: not in this year). */
  readonly alternatives: readonly {
    readonly note: string;
    readonly reading: string;
    readonly due: IsoDate | null;
  }[];
}

/**
 * The dated calendar of what each party and each body must do in a year,
 * with the clause for each: from the agreement's yearly calendar
 * (Helseplattformen §10: report accounts and annual report by the end of
 * February, from the year after the first year of the agreement; §9:
 * invoice once a year, in arrears, in December), the
 * agreement's own end date, and for a party the dates of its withdrawal (§12:
 * the day it takes effect and the last financed day) when they fall in the
 * year.
 *
 * @param options.party - kommunenummer: add that party's own dates; a party
 *   that is not a member on any day of the year has only its own dates.
 * @see Helseplattformen §9, §10, §12; DigiTrøndelag §6
 * @example
 * deadlines(helseplattformen, { year: 2026 }).map((d) => [d.due, d.id]);
 * //=> [['2026-02-28', 'reporting'], ['2026-12-31', 'invoicing']]
 */
export function deadlines(
  input: Agreement,
  options: {
    readonly year: number;
    readonly party?: string;
    readonly readings?: Readonly<Record<string, string>>;
  },
): Deadline[] {
  const agreement = checkedAgreement(input);
  const read = new OptionsReader(options);
  const year = read.raw('year') as number;
  if (read.isObject && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
    read.problems.push({
      path: 'year',
      code: 'invalid_year',
      message: 'must be a year from 1900 to 2200',
    });
  }
  const given = read.text('party', false);
  const readingOf = checkedReadings(agreement, read.raw('readings'), read.problems);
  read.done('Invalid options');
  const party =
    given === undefined
      ? undefined
      : agreement.parties.find((p) => p.municipality.number === given);
  if (given !== undefined && party === undefined) {
    throw new AgreementInputError(
      [
        {
          path: 'party',
          code: 'unknown_party',
          message: `${given} is not a party of ${agreement.id}`,
        },
      ],
      'Unknown party',
    );
  }
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  // The end date under the reading applied of the note it depends on (DigiTrøndelag §6 "frem til 2022").
  const endNote = agreement.validUntilByReading?.note;
  const validUntil = validUntilUnder(
    agreement,
    endNote === undefined ? undefined : readingOf(endNote),
  );
  const inForceDuring =
    agreement.validFrom <= last && (validUntil === undefined || validUntil >= first);
  const day = (month: number, d: number | 'last') =>
    `${year}-${String(month).padStart(2, '0')}-${String(d === 'last' ? daysInMonth(year, month) : Math.min(d, daysInMonth(year, month))).padStart(2, '0')}`;
  const entries: Deadline[] = [];
  const partyThisYear =
    party === undefined ||
    (party.membership.joined <= last &&
      (party.membership.withdrawn === undefined || party.membership.withdrawn > first));
  /** The day an entry falls due under a reading, or null if it does not fall in this year. */
  const dueUnder = (
    entry: NonNullable<NonNullable<Agreement['lifecycle']>['calendar']>[number],
    reading: string | undefined,
  ): IsoDate | null => {
    const byReading = entry.dueByReading?.due ?? {};
    const at =
      reading !== undefined && Object.hasOwn(byReading, reading)
        ? (byReading[reading] as { month: number; day: number | 'last'; year?: number })
        : { ...entry.due, ...(entry.year === undefined ? {} : { year: entry.year }) };
    if (at.year !== undefined && at.year !== year) return null;
    const due = day(at.month, at.day);
    return inForceDuring &&
      due >= agreement.validFrom &&
      (validUntil === undefined || due <= validUntil)
      ? due
      : null;
  };
  for (const entry of agreement.lifecycle?.calendar ?? []) {
    if (!partyThisYear) break;
    if (entry.concernsPreviousYear === true && agreement.validFrom > `${year - 1}-12-31`) continue;
    const note = entry.dueByReading?.note;
    const applied = note === undefined ? undefined : readingOf(note);
    const due = dueUnder(entry, applied);
    if (due === null) continue;
    entries.push({
      id: entry.id,
      from: entry.from === undefined ? null : day(entry.from.month, entry.from.day),
      due,
      who: entry.who,
      duty: { kind: 'stated', what: entry.what },
      clause: entry.clause,
      party: null,
      reading: note === undefined || applied === undefined ? null : { note, reading: applied },
      alternatives:
        note === undefined || applied === undefined
          ? []
          : Object.keys(entry.dueByReading?.due ?? {})
              .filter((reading) => reading !== applied)
              .map((reading) => ({ note, reading, due: dueUnder(entry, reading) })),
    });
  }
  const withdrawal = agreement.lifecycle?.withdrawal;
  const withdrawn = party?.membership.withdrawn;
  if (party !== undefined && withdrawal !== undefined && withdrawn !== undefined) {
    const number = party.municipality.number;
    const name = `${number} ${party.municipality.name}`;
    const lastFinanced = addDays(withdrawn, -1);
    if (lastFinanced >= first && lastFinanced <= last) {
      entries.push({
        id: 'withdrawal-last-financed-day',
        from: null,
        due: lastFinanced,
        who: name,
        duty: { kind: 'last-financed-day' },
        clause: withdrawal.clause,
        party: number,
        reading: null,
        alternatives: [],
      });
    }
    if (withdrawn >= first && withdrawn <= last) {
      entries.push({
        id: 'withdrawal-effective',
        from: null,
        due: withdrawn,
        who: name,
        duty: { kind: 'withdrawal-effective' },
        clause: withdrawal.clause,
        party: number,
        reading: null,
        alternatives: [],
      });
    }
  }
  return entries.sort((a, b) =>
    a.due === b.due ? (a.id < b.id ? -1 : 1) : a.due < b.due ? -1 : 1,
  );
}
