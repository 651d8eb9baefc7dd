import { check } from '../analysis/check.js';
import { whatIf } from '../analysis/what-if.js';
import { costKeyOn } from '../finance/cost-key-on.js';
import { formatScaled, percentHalfUp } from '../finance/percent.js';
import { splitCost } from '../finance/split-cost.js';
import { decide } from '../governance/decide/index.js';
import { seatsOf } from '../governance/decide/seats.js';
import { addDays } from '../internal/calendar.js';
import { isIsoDate } from '../internal/iso-date.js';
import { findDuplicateKeys } from '../internal/json-text.js';
import { admit } from '../lifecycle/admit.js';
import { withdraw } from '../lifecycle/withdraw.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath, type InputProblem } from '../model/errors.js';
import type { MembershipEvent } from '../model/events.js';
import { parseAgreement } from '../model/parse-agreement.js';
import { parseRegions } from '../model/parse-regions.js';
import type { Region } from '../model/region.js';
import { parseAmount } from '../rules/money.js';
import type { Reason } from '../rules/reason.js';
import { formatPercentNb } from '../words/format.js';
import { problemMessage } from '../words/input-words.js';
import { forHandbookReaders } from '../words/legal-citation.js';
import { describeRuleNb, messagesNb } from '../words/nb.js';
import { normalizeAmount } from '../words/norwegian-amount.js';

/**
 * What the page shows for one question: the answer, or every problem of the
 * input with its path, in bokmål.
 */
export type View<T> =
  | ({ readonly ok: true } & T)
  | { readonly ok: false; readonly problems: readonly ProblemLine[] };

/** An input problem as the page lists it: its path, its code and its sentence (bokmål where known). */
export interface ProblemLine {
  readonly path: string;
  readonly code: string;
  readonly message: string;
}

const problemLines = (problems: readonly InputProblem[]): ProblemLine[] =>
  problems.map((p) => ({
    path: p.path,
    code: p.code,
    message: forHandbookReaders(problemMessage(p, 'nb')),
  }));

/** A reason as the page lists it: its clause and its sentence in bokmål. */
export interface ReasonLine {
  /** The reason's code (`quorum_met`, …), as the library gives it. */
  readonly code: string;
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

/**
 * A reason's sentence in bokmål. The page is in bokmål only, so it takes the
 * bokmål words alone, not `explain` with both languages (a fifth of the
 * page's script).
 */
const sentence = (reason: Reason): string =>
  (messagesNb[reason.code] as (values: Reason['values']) => string)(reason.values);

const reasonLines = (reasons: readonly Reason[]): ReasonLine[] =>
  reasons.map((r) => ({ code: r.code, clause: r.clause, text: forHandbookReaders(sentence(r)) }));

/** Runs `f`; an input error becomes the problems of a view, anything else is thrown on. */
function attempt<T>(f: () => T): View<T> {
  try {
    return { ok: true, ...f() };
  } catch (error) {
    if (error instanceof AgreementInputError) {
      return { ok: false, problems: problemLines(error.problems) };
    }
    throw error;
  }
}

/** øre as a percent of `total` øre, rounded half up to two decimals, with a dot. */
export function percentOf(ore: bigint, total: bigint): string {
  return total === 0n ? '0.00' : formatScaled(percentHalfUp(ore, total));
}

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
    const total = parseAmount(split.sum);
    return {
      date: split.date,
      amount: split.amount,
      rows: split.parties.map((p) => ({
        number: p.number,
        name: p.name,
        percent: percentOf(parseAmount(p.amount), total),
        amount: p.amount,
      })),
      sum: split.sum,
      reasons: reasonLines(split.reasons),
    };
  });
}

/**
 * Rows as CSV for a Norwegian spreadsheet, in the CLI's `csv-nb` dialect: a
 * byte order mark, semicolons, CRLF, a decimal comma, no digit grouping, the
 * kommunenummer quoted (`"0301"`: import that column as text to keep its
 * leading zero, as the CLI's help says). A name that a spreadsheet would take
 * for a formula (beginning with `=`, `+`, `-` or `@`, from a loaded file) gets
 * a `'` in front, so it stays text.
 *
 * @example
 * splitCsvNb([{ number: '0301', name: 'Oslo', percent: '100.00', amount: '1234.50' }]);
 * //=> '\uFEFFKommunenummer;Kommune;Andel av beløpet (%);Beløp (kr)\r\n"0301";Oslo;100,00;1234,50\r\n'
 */
export function splitCsvNb(rows: readonly SplitRow[]): string {
  const field = (text: string) => {
    const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
    return /[";\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  const lines = [
    'Kommunenummer;Kommune;Andel av beløpet (%);Beløp (kr)',
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
 * its length the part of the whole, labelled with the kommune (a name over 26 characters shortened with …; the table has it whole) and the
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
    return `<text x="${label - 6}" y="${y + bar - 4}" text-anchor="end">${escapeXml(r.name.length > 26 ? `${r.name.slice(0, 25)}…` : r.name)}</text><rect x="${label}" y="${y}" width="${w.toFixed(1)}" height="${bar}"></rect><text x="${(label + w + 6).toFixed(1)}" y="${y + bar - 4}">${escapeXml(formatPercentNb(r.percent))}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="andeler-tittel"><title id="andeler-tittel">Andeler av beløpet</title>${bars.join('')}</svg>`;
}

/** A seat of a body on a day, as the meeting form lists it. */
export interface SeatChoice {
  /** The seat id the meeting names (a kommunenummer, `5001-2` for a member of its own, a region id, a named seat). */
  readonly seat: string;
  /** The seat in words: `5001 Trondheim`, `5001 Trondheim, medlem 2`, the region's or the named seat's name. */
  readonly label: string;
}

/**
 * The seats of a body on a day, labelled for the form (møteseter), or why
 * there are none: a date outside the agreement's period, or a body with a
 * seat per region where the agreement gives no regions.
 *
 * @example
 * const view = seatChoices(helseplattformen, 'representantskap', '2025-01-01');
 * view.ok && view.seats.slice(0, 2).map((s) => s.label); //=> ['5001 Trondheim', '1505 Kristiansund']
 */
export function seatChoices(
  agreement: Agreement,
  organ: string,
  date: string,
  regions?: readonly Region[],
): View<{ seats: SeatChoice[] }> {
  const body = (agreement.organs ?? []).find((o) => o.id === organ);
  if (body === undefined) {
    return fail('organ', 'unknown_organ', `${agreement.id} har ikke noe organ «${organ}»`);
  }
  if (!isIsoDate(date)) return fail('date', 'invalid_date', DATE_NB);
  const { seats, problems } = seatsOf(agreement, body, date, regions, undefined);
  if (problems.length > 0) return { ok: false, problems: problemLines(problems) };
  const parties = new Map(
    agreement.parties.map((p) => [p.municipality.number, p.municipality.name]),
  );
  const named = new Map<string, string>([
    ...(regions ?? agreement.regions ?? []).map((r): [string, string] => [r.id, r.name]),
    ...(body.seats.fixed ?? []).map((f): [string, string] => [f.id, f.name]),
  ]);
  return {
    ok: true,
    seats: seats.map((seat) => {
      const own = /^(\d{4})-(\d+)$/.exec(seat);
      const number = own?.[1] ?? seat;
      const name = parties.get(number);
      const label =
        named.get(seat) ??
        (name === undefined
          ? seat
          : `${number} ${name}${own === null ? '' : `, medlem ${own[2] as string}`}`);
      return { seat, label };
    }),
  };
}

const DATE_NB = 'må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen';

const fail = (
  path: string,
  code: string,
  message: string,
): { ok: false; problems: ProblemLine[] } => ({
  ok: false,
  problems: [{ path, code, message }],
});

/** A body as the meeting form offers it: its matters, or none where the agreement sets no decision rule for it. */
export interface BodyChoice {
  readonly id: string;
  readonly name: string;
  readonly clause: string;
  readonly matters: readonly { readonly id: string; readonly name: string }[];
  /** Whether it has a seat per region, so that a meeting needs the regions where the agreement gives none. */
  readonly perRegion: boolean;
  /** The seat whose holder leads the body by the agreement, where it names one: the form's first choice of who presides. */
  readonly chairSeat?: string;
}

/**
 * The bodies of an agreement and the matters each decides (organer og
 * saker), for the meeting form.
 *
 * @example
 * bodyChoices(helseplattformen).map((b) => b.id); //=> ['representantskap', 'styre']
 */
export function bodyChoices(agreement: Agreement): BodyChoice[] {
  return (agreement.organs ?? []).map((o) => ({
    id: o.id,
    name: o.name,
    clause: o.clause,
    matters: o.matters.map((m) => ({ id: m.id, name: m.name })),
    perRegion: o.seats.perRegion === true,
    ...(o.chair?.seat === undefined ? {} : { chairSeat: o.chair.seat }),
  }));
}

/**
 * A reading's text for the page's reader: without the hint for programmers
 * some notes end with (`Velg … med readings: { … }.`), which the page's choice
 * replaces, and the legal notes cited as the handbook cites them.
 */
const forReaders = (text: string): string =>
  forHandbookReaders(text.replace(/\s*Velg[^.{]* med readings: \{[^}]*\}\.?\s*$/, ''));

/** An interpretation note whose reading can be chosen: its question and its readings, the encoding's first. */
export interface ReadingChoice {
  readonly note: string;
  readonly question: string;
  readonly clauses: readonly string[];
  readonly readings: readonly { readonly id: string; readonly text: string }[];
}

/**
 * The interpretation notes whose reading can be chosen (lesninger), for the
 * meeting form: the reading the encoding follows first, then each other.
 *
 * @example
 * readingChoices(helseplattformen).some((n) => n.note === 'consensus-scope'); //=> true
 */
export function readingChoices(agreement: Agreement): ReadingChoice[] {
  return (agreement.interpretations ?? []).flatMap((n) => {
    if (n.readingId === undefined) return [];
    const others = n.alternatives.flatMap((a) =>
      a.id === undefined ? [] : [{ id: a.id, text: forReaders(a.reading) }],
    );
    return [
      {
        note: n.id,
        question: forReaders(n.question),
        clauses: n.clauses,
        readings: [{ id: n.readingId, text: forReaders(n.reading) }, ...others],
      },
    ];
  });
}

/** What the meeting form holds: the body, the matter, the day, who chairs, who attends and how each votes. */
export interface MeetingInput {
  readonly organ: string;
  readonly matter: string;
  readonly date: string;
  readonly presiding: string;
  /** Who presides: the leader (default), the deputy leader, someone the leader designated, or someone else. */
  readonly presidingRole?: 'leader' | 'deputy-leader' | 'designee' | 'other';
  /** Seat → member or deputy; a seat left out is absent. */
  readonly attendance: Readonly<Record<string, 'member' | 'deputy'>>;
  /** Seat → its vote. */
  readonly ballots: Readonly<Record<string, 'for' | 'against' | 'abstain'>>;
  /** Interpretation note → the reading chosen. */
  readonly readings?: Readonly<Record<string, string>>;
  /** The regions, for a body with a seat per region where the agreement gives none ({@link regionsFromText}). */
  readonly regions?: readonly Region[];
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
 * const seats = helseplattformen.parties.map((p) => p.municipality.number);
 * const view = meetingView(helseplattformen, {
 *   organ: 'representantskap', matter: 'other', date: '2025-01-01', presiding: '5001',
 *   attendance: Object.fromEntries(seats.slice(0, 18).map((s) => [s, 'member'])),
 *   ballots: Object.fromEntries(seats.slice(0, 18).map((s, i) => [s, i < 10 ? 'for' : 'against'])),
 * });
 * view.ok && [view.quorate, view.adopted, view.tally.for, view.tally.against]; //=> [true, true, 10, 8]
 */
export function meetingView(agreement: Agreement, input: MeetingInput): View<MeetingView> {
  const view = meetingOutcome(agreement, input);
  if (view.ok) return view;
  // The library tells a program to give `presidingRole`; the page's reader has a field for it.
  return {
    ok: false,
    problems: view.problems.map((p) => {
      const m = /^the leader of (\S+) sits for (\S+) \(([^)]+)\), and (\S+) presides/.exec(
        p.message,
      );
      return p.code !== 'leader_seat' || m === null
        ? p
        : {
            ...p,
            message: `lederen av ${m[1]} sitter for ${m[2]} (${m[3]}), og møteleder sitter for ${m[4]}: velg «utpekt av leder» eller «annen møteleder» under «Møteleder er»`,
          };
    }),
  };
}

function meetingOutcome(agreement: Agreement, input: MeetingInput): View<MeetingView> {
  return attempt(() => {
    const d = decide(agreement, {
      organ: input.organ,
      matter: input.matter,
      meeting: {
        date: input.date,
        presiding: input.presiding,
        ...(input.presidingRole === undefined ? {} : { presidingRole: input.presidingRole }),
        attendance: input.attendance,
        ballots: input.ballots,
      },
      ...(input.readings === undefined ? {} : { readings: input.readings }),
      ...(input.regions === undefined ? {} : { regions: input.regions }),
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

/** A region's name as the end of an id: lower case, æ ø å as ae o a, other signs as hyphens. */
const regionId = (name: string): string =>
  name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'o')
    .replace(/[åä]/g, 'a')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A region division typed in the meeting form (regioninndeling), one region
 * per line as `name: kommunenummer, kommunenummer …`, validated as a regions
 * file is; each region's id is made from its name.
 *
 * @example
 * const view = regionsFromText('Nordmøre: 1505, 1506\nTrøndelag sør: 5001');
 * view.ok && view.regions.map((r) => r.id); //=> ['region-nordmore', 'region-trondelag-sor']
 */
export function regionsFromText(text: string): View<{ regions: Region[] }> {
  const lines = text
    .split(/\r?\n/)
    .map((line, i) => ({ line: line.trim(), number: i + 1 }))
    .filter((l) => l.line !== '');
  const problems: ProblemLine[] = [];
  const given = lines.map(({ line, number }, i) => {
    const colon = line.indexOf(':');
    if (colon < 0) {
      problems.push({
        path: `linje ${number}`,
        code: 'missing_colon',
        message: 'mangler «:» mellom regionens navn og kommunenumrene',
      });
    }
    const name = (colon < 0 ? line : line.slice(0, colon)).trim();
    const numbers =
      colon < 0
        ? []
        : line
            .slice(colon + 1)
            .split(/[\s,;]+/)
            .filter((n) => n !== '');
    // Prefixed, so that a region's id never meets a named seat's (a region "Trondheim" beside the seat "trondheim").
    return { id: `region-${regionId(name) || i + 1}`, name, municipalities: numbers };
  });
  if (problems.length > 0) return { ok: false, problems };
  return attempt(() => ({ regions: parseRegions(given) }));
}

/** One party before and after a withdrawal or an admission: its part and its amount on each side. */
export interface ChangeRow {
  readonly number: string;
  readonly name: string;
  /** Percent with a dot and two decimals; `null` where not a member on that side. */
  readonly percentBefore: string | null;
  readonly percentAfter: string | null;
  readonly amountBefore: string | null;
  readonly amountAfter: string | null;
  /** after − before, NOK with a dot. */
  readonly change: string;
}

/** An amount split before and after, from the library's {@link whatIf}; or why it cannot be. */
export type ChangeView = View<{
  readonly before: string;
  readonly after: string;
  readonly rows: readonly ChangeRow[];
}>;

function changeView(
  agreement: Agreement,
  events: readonly MembershipEvent[],
  amount: string,
  date: string,
): ChangeView {
  return attempt(() => {
    const w = whatIf(agreement, { events, amount: normalizeAmount(amount), date });
    return {
      before: w.before,
      after: w.after,
      rows: w.parties.map((p) => ({
        number: p.number,
        name: p.name,
        percentBefore: p.before?.percent ?? null,
        percentAfter: p.after?.percent ?? null,
        amountBefore: p.before?.amount ?? null,
        amountAfter: p.after?.amount ?? null,
        change: p.change,
      })),
    };
  });
}

/** The withdrawal form's inputs, as typed. */
export interface WithdrawalInput {
  readonly party: string;
  /** The day the written notice was sent. */
  readonly noticeSentOn?: string;
  /** The day it was received, for an agreement that counts the notice from receipt ({@link noticeCountedFrom}). */
  readonly noticeReceivedOn?: string;
  /** An amount to split before and after (empty: none). */
  readonly amount?: string;
}

/**
 * The day an agreement counts a withdrawal's notice from (varsel sendt or
 * mottatt), so that the form asks for that one.
 *
 * @example
 * noticeCountedFrom(helseplattformen); //=> 'sent'
 */
export function noticeCountedFrom(agreement: Agreement): 'sent' | 'received' {
  return agreement.lifecycle?.withdrawal?.countedFrom ?? 'sent';
}

/** A withdrawal as the page shows it. */
export interface WithdrawalView {
  readonly party: string;
  readonly effectiveDate: string;
  readonly lastFinancedDate: string;
  /** The shares after, or `null` where stated ownership must be stated anew (a reason says so). */
  readonly sharesAfter: readonly { number: string; name: string; percent: string }[] | null;
  readonly reasons: readonly ReasonLine[];
  /** The amount split before (on the notice date) and after (from the effective date); absent without an amount. */
  readonly change?: ChangeView;
}

/**
 * A municipality's withdrawal (uttreden) from the library's
 * {@link withdraw}: when it takes effect, the last financed day, the shares
 * after, the reasons in bokmål, and an amount split before and after.
 *
 * @example
 * const view = withdrawalView(helseplattformen, { party: '1508', noticeSentOn: '2025-03-01' });
 * view.ok && [view.effectiveDate, view.lastFinancedDate]; //=> ['2026-03-01', '2026-02-28']
 */
export function withdrawalView(agreement: Agreement, input: WithdrawalInput): View<WithdrawalView> {
  return attempt(() => {
    const notice = {
      ...(input.noticeSentOn === undefined ? {} : { noticeSentOn: input.noticeSentOn }),
      ...(input.noticeReceivedOn === undefined ? {} : { noticeReceivedOn: input.noticeReceivedOn }),
    };
    const w = withdraw(agreement, { party: input.party, ...notice });
    const amount = input.amount?.trim() ?? '';
    return {
      party: w.party,
      effectiveDate: w.effectiveDate,
      lastFinancedDate: w.lastFinancedDate,
      sharesAfter:
        w.sharesAfter?.parties.map((p) => ({
          number: p.number,
          name: p.name,
          percent: p.percent,
        })) ?? null,
      reasons: reasonLines([...w.reasons, ...(w.sharesAfter?.reasons ?? [])]),
      ...(amount === ''
        ? {}
        : {
            change: changeView(
              agreement,
              [{ type: 'withdrawal', party: input.party, ...notice }],
              amount,
              input.noticeSentOn ?? input.noticeReceivedOn ?? w.effectiveDate,
            ),
          }),
    };
  });
}

/** The admission form's inputs, as typed. */
export interface AdmissionInput {
  readonly number: string;
  readonly name: string;
  /** Inhabitants, as typed (`1 400`). */
  readonly population: string;
  /** The day the admission takes effect. */
  readonly date: string;
  /** The ids of the admission conditions marked as met; the others are unknown, never assumed. */
  readonly conditionsMet: readonly string[];
  /** An amount to split before and after (empty: none). */
  readonly amount?: string;
  /**
   * The new table of stated shares, one party per line as `kommunenummer:
   * share` (`9931: 50`, `9932: 1/3`, a decimal comma allowed), where the
   * agreement sets the new party's share by a new table ({@link needsSharesTable}).
   */
  readonly statedShares?: string;
}

/**
 * Whether an admission on `date` needs the new table of stated shares the
 * admitting body decides (ny andelstabell): where the agreement says so, or
 * where the cost key in force states the shares and the agreement sets no
 * other way.
 *
 * @example
 * needsSharesTable(helseplattformen, '2026-01-01'); //=> false
 */
export function needsSharesTable(agreement: Agreement, date: string): boolean {
  const admission = agreement.lifecycle?.admission;
  if (admission === undefined || !isIsoDate(date)) return false;
  const by = admission.newcomerShare?.by ?? 'key';
  if (by === 'stated-table') return true;
  if (by !== 'key') return false;
  try {
    return costKeyOn(agreement, date).kind === 'stated-shares';
  } catch {
    return false;
  }
}

/** The table typed in the admission form, or the problems of its lines. */
function sharesFromText(text: string): View<{ shares: Record<string, string> }> {
  const shares: Record<string, string> = {};
  const problems: ProblemLine[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const m = /^(\S+)\s*[:;=]\s*(\S+)\s*%?$/.exec(line);
    if (m === null) {
      problems.push({
        path: `linje ${i + 1}`,
        code: 'invalid_format',
        message: 'må være kommunenummer, kolon og andel, f.eks. 9931: 40,5',
      });
      return;
    }
    shares[m[1] as string] = (m[2] as string).replace(',', '.');
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, shares };
}

/** An admission as the page shows it. */
export interface AdmissionView {
  readonly conditions: readonly {
    readonly id: string;
    readonly text: string;
    readonly clause: string;
    readonly status: 'met' | 'not-met' | 'unknown';
  }[];
  readonly eligibility: 'met' | 'not-met' | 'unknown';
  readonly procedure: {
    readonly organ: string;
    /** The body's name, as the agreement gives it. */
    readonly organName: string;
    readonly rule: string;
    readonly clause: string;
  };
  readonly sharesAfter: readonly { number: string; name: string; percent: string }[];
  readonly reasons: readonly ReasonLine[];
  readonly change?: ChangeView;
}

/**
 * A municipality's admission (opptak) from the library's {@link admit}: the
 * conditions and whether they are met, the procedure, the new shares, the
 * reasons in bokmål, and an amount split before and after.
 *
 * @example
 * const view = admissionView(helseplattformen, {
 *   number: '1811', name: 'Bindal', population: '1 400', date: '2026-01-01', conditionsMet: [],
 * });
 * view.ok && view.eligibility; //=> 'unknown'
 */
export function admissionView(agreement: Agreement, input: AdmissionInput): View<AdmissionView> {
  const digits = input.population.replace(/[\s\u00a0\u202f]/g, '');
  if (!/^\d{1,9}$/.test(digits)) {
    return fail('population', 'invalid_value', 'må være et helt tall, f.eks. 1 400');
  }
  const population = Number(digits);
  const typed = (input.statedShares ?? '').trim();
  const table = typed === '' ? undefined : sharesFromText(typed);
  if (table !== undefined && !table.ok) return table;
  return attempt(() => {
    const municipality = { number: input.number.trim(), name: input.name.trim() };
    const a = admit(agreement, {
      municipality,
      population,
      date: input.date,
      conditionsMet: input.conditionsMet,
      ...(table === undefined ? {} : { statedShares: table.shares }),
    });
    const amount = input.amount?.trim() ?? '';
    return {
      conditions: a.conditions.map((c) => ({
        id: c.id,
        text: c.text,
        clause: c.clause,
        status: c.status,
      })),
      eligibility: a.eligibility,
      procedure: {
        organ: a.procedure.organ,
        organName:
          (agreement.organs ?? []).find((o) => o.id === a.procedure.organ)?.name ??
          a.procedure.organ,
        rule: describeRuleNb(a.procedure.rule),
        clause: a.procedure.rule.clause,
      },
      sharesAfter: a.sharesAfter.parties.map((p) => ({
        number: p.number,
        name: p.name,
        percent: p.percent,
      })),
      reasons: reasonLines([...a.reasons, ...a.procedure.reasons]),
      ...(amount === ''
        ? {}
        : {
            change: changeView(
              agreement,
              [
                {
                  type: 'admission',
                  party: { ...municipality, population },
                  effectiveDate: input.date,
                },
              ],
              amount,
              agreement.validFrom > input.date ? agreement.validFrom : addDays(input.date, -1),
            ),
          }),
    };
  });
}

/** A file the reader loaded: the agreement, or every problem with its path; and the check's findings. */
export type LoadView = View<{
  readonly agreement: Agreement;
  readonly findings: readonly { severity: string; clause: string; text: string }[];
}>;

/**
 * An agreement file the reader loads into the page (egen avtalefil): read as
 * JSON, validated as the library validates it (every problem with its
 * path, a key given twice included), then checked ({@link check}).
 *
 * @example
 * const view = loadView('{ "id": "x" }');
 * view.ok; //=> false
 * loadView('{').ok; //=> false
 */
export function loadView(text: string): LoadView {
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return fail('', 'invalid_json', `er ikke gyldig JSON (${(error as Error).message})`);
  }
  const repeated = findDuplicateKeys(json);
  if (repeated.length > 0) {
    return {
      ok: false,
      problems: repeated.map((d) => ({
        path: formatPath(d.path),
        code: 'duplicate_key',
        message: `er gitt to ganger i samme objekt (linje ${d.line}, kolonne ${d.column}; første gang linje ${d.firstLine}, kolonne ${d.firstColumn})`,
      })),
    };
  }
  const report = check(value);
  if (!report.valid) return { ok: false, problems: problemLines(report.problems) };
  return {
    ok: true,
    agreement: parseAgreement(value),
    findings: report.findings.map((f) => ({
      severity: f.severity,
      clause: f.clause,
      text: forHandbookReaders(sentence(f)),
    })),
  };
}
