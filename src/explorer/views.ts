import { splitCost } from '../finance/split-cost.js';
import { decide } from '../governance/decide/index.js';
import { seatsOf } from '../governance/decide/seats.js';
import { isIsoDate } from '../internal/iso-date.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError } from '../model/errors.js';
import type { Reason } from '../rules/reason.js';
import { explain } from '../words/explain.js';
import { formatAmountNb, formatPercentNb } from '../words/format.js';
import { normalizeAmount } from '../words/norwegian-amount.js';

/**
 * What the page shows for one question: the answer, or every problem of the
 * input with its path, in bokmål.
 */
export type View<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly problems: readonly { path: string; message: string }[] };

/** A reason as the page lists it: its clause and its sentence in bokmål. */
export interface ReasonLine {
  readonly clause: string;
  readonly text: string;
}

/** One row of a split: kommunenummer, kommune, the share of the amount (percent, two decimals) and the amount. */
export interface SplitRow {
  readonly number: string;
  readonly name: string;
  /** The part of the amount, as a percent with a dot and two decimals (`'40.07'`). */
  readonly percent: string;
  /** NOK with a dot and two decimals, as the library gives it. */
  readonly amount: string;
}

/** A split as the page shows it. */
export interface SplitView {
  readonly date: string;
  readonly amount: string;
  readonly rows: readonly SplitRow[];
  readonly sum: string;
  readonly reasons: readonly ReasonLine[];
}

/** The inputs of the split form, as typed. */
export interface SplitInput {
  /** The amount as typed: `1 000 000,50`, `1000000.50`, … */
  readonly amount: string;
  readonly date?: string;
  readonly serviceArea?: string;
  readonly pool?: string;
}

const reasonLines = (reasons: readonly Reason[]): ReasonLine[] =>
  reasons.map((r) => ({ clause: r.clause, text: explain(r, 'nb') }));

/** Runs `f`; an input error becomes the problems of a view, anything else is thrown on. */
function attempt<T>(f: () => T): View<T> {
  try {
    return { ok: true, ...f() };
  } catch (error) {
    if (error instanceof AgreementInputError) {
      return {
        ok: false,
        problems: error.problems.map((p) => ({ path: p.path, message: p.message })),
      };
    }
    throw error;
  }
}

/** øre as a percent of `total` øre, rounded half up to two decimals, with a dot. */
export function percentOf(ore: bigint, total: bigint): string {
  if (total === 0n) return '0.00';
  const basisPoints = (ore * 20_000n + total) / (2n * total);
  return `${basisPoints / 100n}.${(basisPoints % 100n).toString().padStart(2, '0')}`;
}

const toOre = (amount: string): bigint => {
  const [kroner, ore = '0'] = amount.split('.');
  return BigInt(kroner as string) * 100n + BigInt(ore.padEnd(2, '0'));
};

/**
 * The split of an amount typed as Norwegians write it (fordeling): the
 * library's {@link splitCost} on the agreement, each party's amount with its
 * part of the whole, and the reasons in bokmål.
 *
 * @example
 * const view = splitView(rorosOsHoltalen, { amount: '300 000,00', date: '2025-01-01' });
 * view.ok && view.rows.map((r) => r.amount); //=> ['177452.92', '59026.12', '63520.96']
 */
export function splitView(agreement: Agreement, input: SplitInput): View<SplitView> {
  return attempt(() => {
    const split = splitCost(agreement, normalizeAmount(input.amount), {
      ...(input.date === undefined || input.date === '' ? {} : { date: input.date }),
      ...(input.serviceArea === undefined || input.serviceArea === ''
        ? {}
        : { serviceArea: input.serviceArea }),
      ...(input.pool === undefined || input.pool === '' ? {} : { pool: input.pool }),
    });
    const total = toOre(split.sum);
    return {
      date: split.date,
      amount: split.amount,
      rows: split.parties.map((p) => ({
        number: p.number,
        name: p.name,
        percent: percentOf(toOre(p.amount), total),
        amount: p.amount,
      })),
      sum: split.sum,
      reasons: reasonLines(split.reasons),
    };
  });
}

/**
 * Rows as CSV for a Norwegian spreadsheet (the CLI's `csv-nb`): a byte order
 * mark, semicolons, CRLF, a decimal comma, no digit grouping, the
 * kommunenummer quoted so that a spreadsheet keeps its leading zero.
 *
 * @example
 * splitCsvNb([{ number: '0301', name: 'Oslo', percent: '100.00', amount: '1234.50' }]);
 * //=> '\uFEFFKommunenummer;Kommune;Andel (%);Beløp (kr)\r\n"0301";Oslo;100,00;1234,50\r\n'
 */
export function splitCsvNb(rows: readonly SplitRow[]): string {
  const field = (text: string) => (/[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [
    'Kommunenummer;Kommune;Andel (%);Beløp (kr)',
    ...rows.map((r) =>
      [
        `"${r.number}"`,
        field(r.name),
        r.percent.replace('.', ','),
        r.amount.replace('.', ','),
      ].join(';'),
    ),
  ];
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}

/**
 * A horizontal bar chart of the parts as SVG (no library): one bar per party,
 * its length the part of the whole, labelled with the kommune and the
 * percent in Norwegian form; `role="img"` with a title for screen readers.
 *
 * @example
 * barChartSvg([{ number: '5025', name: 'Røros', percent: '59.15', amount: '177452.92' }]).includes('59,15 %'); //=> true
 */
export function barChartSvg(rows: readonly SplitRow[]): string {
  const bar = 16;
  const gap = 6;
  const label = 180;
  const width = 640;
  const max = Math.max(1, ...rows.map((r) => Number(r.percent)));
  const escapeXml = (text: string) =>
    text.replace(
      /[&<>"]/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
    );
  const height = rows.length * (bar + gap) + gap;
  const bars = rows.map((r, i) => {
    const y = gap + i * (bar + gap);
    const w = ((width - label - 90) * Number(r.percent)) / max;
    return `<text x="${label - 6}" y="${y + bar - 4}" text-anchor="end">${escapeXml(r.name)}</text><rect x="${label}" y="${y}" width="${w.toFixed(1)}" height="${bar}"></rect><text x="${(label + w + 6).toFixed(1)}" y="${y + bar - 4}">${escapeXml(formatPercentNb(r.percent))}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="andeler-tittel"><title id="andeler-tittel">Andeler av beløpet</title>${bars.join('')}</svg>`;
}

/** An amount for the page's table: `4 006 726,27`. */
export const amountNb = (amount: string): string => formatAmountNb(amount);

/** A seat of a body on a day, as the meeting form lists it. */
export interface SeatChoice {
  /** The seat id the meeting names (a kommunenummer, a region id, a named seat). */
  readonly seat: string;
  /** The seat in words: `5001 Trondheim`, or the region's or named seat's id where it has no party. */
  readonly label: string;
}

/**
 * The seats of a body on a day, labelled for the form (møteseter); none
 * where the agreement does not apply on the day or the body's regions are
 * not given.
 *
 * @example
 * seatChoices(rorosOsHoltalen, 'styringsgruppe', '2025-01-01').map((s) => s.label);
 * //=> ['5025 Røros', '3430 Os', '5026 Holtålen']
 */
export function seatChoices(agreement: Agreement, organ: string, date: string): SeatChoice[] {
  const body = (agreement.organs ?? []).find((o) => o.id === organ);
  if (body === undefined || !isIsoDate(date)) return [];
  const names = new Map(agreement.parties.map((p) => [p.municipality.number, p.municipality.name]));
  return seatsOf(agreement, body, date, undefined, undefined).seats.map((seat) => {
    const number = seat.replace(/-\d+$/, '');
    const name = names.get(number);
    return { seat, label: name === undefined ? seat : `${seat} ${name}` };
  });
}

/** What the meeting form holds: the body, the matter, the day, who chairs, who attends and how each votes. */
export interface MeetingInput {
  readonly organ: string;
  readonly matter: string;
  readonly date: string;
  readonly presiding: string;
  /** Seat → member or deputy; a seat left out is absent. */
  readonly attendance: Readonly<Record<string, 'member' | 'deputy'>>;
  /** Seat → its vote. */
  readonly ballots: Readonly<Record<string, 'for' | 'against' | 'abstain'>>;
  /** Interpretation note → the reading chosen. */
  readonly readings?: Readonly<Record<string, string>>;
}

/** A decision as the page shows it. */
export interface MeetingView {
  readonly quorate: boolean;
  readonly adopted: boolean;
  readonly tally: {
    readonly present: number;
    readonly seats: number;
    readonly for: number;
    readonly against: number;
    readonly abstain: number;
  };
  readonly reasons: readonly ReasonLine[];
  /** The outcome under each other reading that would change it. */
  readonly alternatives: readonly {
    readonly note: string;
    readonly reading: string;
    readonly adopted: boolean;
    readonly quorate: boolean;
  }[];
}

/**
 * A meeting of a body decided by the library's {@link decide} (vedtak): quorum,
 * outcome, the count, every reason in bokmål, and the outcome under each
 * other reading of the interpretation notes that bear on it.
 *
 * @example
 * const seats = ['5025', '3430', '5026'];
 * const view = meetingView(rorosOsHoltalen, {
 *   organ: 'styringsgruppe', matter: 'decision', date: '2025-01-01', presiding: '5025',
 *   attendance: Object.fromEntries(seats.map((s) => [s, 'member'])),
 *   ballots: Object.fromEntries(seats.map((s) => [s, 'for'])),
 * });
 * view.ok && view.adopted; //=> true
 */
export function meetingView(agreement: Agreement, input: MeetingInput): View<MeetingView> {
  return attempt(() => {
    const d = decide(agreement, {
      organ: input.organ,
      matter: input.matter,
      meeting: {
        date: input.date,
        presiding: input.presiding,
        attendance: input.attendance,
        ballots: input.ballots,
      },
      ...(input.readings === undefined ? {} : { readings: input.readings }),
    });
    return {
      quorate: d.quorate,
      adopted: d.adopted,
      tally: {
        present: d.tally.present,
        seats: d.tally.seats,
        for: d.tally.for,
        against: d.tally.against,
        abstain: d.tally.abstain,
      },
      reasons: reasonLines(d.reasons),
      alternatives: d.alternatives.map((a) => ({
        note: a.note,
        reading: a.reading,
        adopted: a.adopted,
        quorate: a.quorate,
      })),
    };
  });
}
