import { settle } from '../../finance/settle.js';
import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import { admit } from '../../lifecycle/admit.js';
import { deadlines } from '../../lifecycle/deadlines.js';
import { withdraw } from '../../lifecycle/withdraw.js';
import type { Agreement } from '../../model/agreement.js';
import { parseEvents } from '../../model/events.js';
import { citing } from '../../rules/reason.js';
import { describeDuty, describeRule, type Lang } from '../../words/explain.js';
import { normalizeAmount } from '../../words/norwegian-amount.js';
import { type CliIo, UsageError } from '../io.js';
import { readJson } from '../load-agreement.js';
import { reasonsJson, reasonsText, toJson } from '../output.js';
import { readQuantities } from '../quantities.js';
import { alternativeLines, readingsOption } from '../readings.js';
import { type DataTable, type Format, PARTY_COLUMNS, renderAs } from '../table.js';

type Values = Readonly<Record<string, string | boolean | readonly string[] | undefined>>;

const text = (values: Values, name: string): string | undefined => {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
};

function required(values: Values, command: string, names: readonly string[]): string[] {
  const missing = names.filter((name) => text(values, name) === undefined);
  if (missing.length > 0)
    throw new UsageError(`${command} needs ${missing.map((n) => `--${n}`).join(', ')}`, {
      code: 'missing_option',
      nb: `${command} trenger ${missing.map((n) => `--${n}`).join(', ')}`,
    });
  return names.map((name) => text(values, name) as string);
}

function wholeNumber(value: string, option: string): number {
  if (!/^\d{1,9}$/.test(value))
    throw new UsageError(`--${option} must be a whole number, e.g. 1400; got "${value}"`, {
      code: 'invalid_value',
      path: `--${option}`,
      nb: `--${option} må være et helt tall, f.eks. 1400; fikk "${value}"`,
    });
  return Number(value);
}

/** The format chosen in run.ts (`--format`, or `--json`). */
const formatOf = (values: Values): Format => values['format'] as Format;

/** The shares after a withdrawal or an admission, as a table. */
function sharesTable(
  parties: readonly { number: string; name: string; population?: number; percent: string }[],
): DataTable {
  return {
    columns: [
      ...PARTY_COLUMNS,
      { key: 'population', header: 'Innbyggere', kind: 'integer' },
      { key: 'percent', header: 'Andel', headerNb: 'Andel (%)', kind: 'percent' },
    ],
    rows: parties.map((p) => [p.number, p.name, p.population ?? null, p.percent]),
  };
}

/** `5038 Verdal`: a party's number and name, or the number alone when the agreement has no such party. */
function partyLabel(agreement: Agreement, number: string): string {
  const party = agreement.parties.find((p) => p.municipality.number === number);
  return party === undefined ? number : `${number} ${party.municipality.name}`;
}

/** `withdraw --party N --notice-date D [--notice-received D] [--extra-costs A]` (either notice date, or both) */
export function withdrawCommand(agreement: Agreement, values: Values, lang: Lang = 'nb'): string {
  const [party] = required(values, 'withdraw', ['party']);
  const noticeSentOn = text(values, 'notice-date');
  const noticeReceivedOn = text(values, 'notice-received');
  if (noticeSentOn === undefined && noticeReceivedOn === undefined)
    throw new UsageError('withdraw needs --notice-date or --notice-received', {
      code: 'missing_option',
      nb: 'withdraw trenger --notice-date eller --notice-received',
    });
  const extra = text(values, 'extra-costs');
  const w = withdraw(agreement, {
    party: party as string,
    ...(noticeSentOn === undefined ? {} : { noticeSentOn }),
    ...(noticeReceivedOn === undefined ? {} : { noticeReceivedOn }),
    ...(extra === undefined ? {} : { extraCosts: normalizeAmount(extra) }),
  });
  const format = formatOf(values);
  if (format === 'json') {
    return toJson({
      agreement: w.agreement,
      party: w.party,
      noticeSentOn: w.noticeSentOn ?? null,
      ...(w.noticeReceivedOn === undefined ? {} : { noticeReceivedOn: w.noticeReceivedOn }),
      effectiveDate: w.effectiveDate,
      lastFinancedDate: w.lastFinancedDate,
      sharesAfter:
        w.sharesAfter?.parties.map((p) => ({
          number: p.number,
          name: p.name,
          percent: p.percent,
          percentLargestRemainder: p.percentLargestRemainder,
          share: p.share,
        })) ?? null,
      reasons: reasonsJson([...w.reasons, ...(w.sharesAfter?.reasons ?? [])], lang),
    });
  }
  // No shares after where stated ownership must be stated anew: an empty table.
  const table = sharesTable(w.sharesAfter?.parties ?? []);
  if (format !== 'table') return renderAs(table, format);
  const sent =
    w.noticeSentOn === undefined ? '' : `Varsel sendt:          ${formatDateNb(w.noticeSentOn)}\n`;
  const received =
    w.noticeReceivedOn === undefined
      ? ''
      : `Varsel mottatt:        ${formatDateNb(w.noticeReceivedOn)}\n`;
  return `${agreement.title}\nUttreden: ${partyLabel(agreement, w.party)}\n\n${sent}${received}Uttreden fra:          ${formatDateNb(
    w.effectiveDate,
  )}
Siste finansierte dag: ${formatDateNb(w.lastFinancedDate)}

${
  w.sharesAfter === null
    ? 'Andeler etter uttreden: må fastsettes på nytt (se begrunnelsen)'
    : `Andeler fra ${formatDateNb(w.effectiveDate)}:
${renderAs(table, 'table')}`
}

${reasonsText(w.reasons, lang)}
`;
}

/**
 * `admit --number N --name S --population P [--date D] [--condition ID]... [--shares FILE]`:
 * each `--condition` names an admission condition the agreement defines, by
 * id, as met; a condition not given is unknown. An id the agreement does not
 * define is an input error naming the ids it has. `--shares` reads the new
 * table of shares the admitting body decided (JSON: kommunenummer → "40.07"
 * or "1/3"), for an agreement that states its shares.
 */
export function admitCommand(
  agreement: Agreement,
  values: Values,
  io: CliIo,
  lang: Lang = 'nb',
): string {
  const [number, name, population] = required(values, 'admit', ['number', 'name', 'population']);
  const date = text(values, 'date');
  const sharesFile = text(values, 'shares');
  const statedShares =
    sharesFile === undefined
      ? undefined
      : (readJson(sharesFile, io) as Readonly<Record<string, string>>);
  const given = values['condition'];
  const met = Array.isArray(given) ? given : [];
  const a = admit(agreement, {
    municipality: { number: number as string, name: name as string },
    population: wholeNumber(population as string, 'population'),
    ...(date === undefined ? {} : { date }),
    conditionsMet: Object.fromEntries(met.map((id) => [id, true])),
    ...(statedShares === undefined ? {} : { statedShares }),
  });
  const format = formatOf(values);
  if (format === 'json') {
    return toJson({
      agreement: a.agreement,
      municipality: a.municipality,
      conditions: a.conditions,
      eligibility: a.eligibility,
      eligible: a.eligible,
      protectedFromOpposition: a.protectedFromOpposition,
      missing: a.missing,
      notGiven: a.notGiven,
      procedure: { ...a.procedure, reasons: reasonsJson(a.procedure.reasons, lang) },
      sharesAfter: a.sharesAfter.parties.map((p) => ({
        number: p.number,
        name: p.name,
        percent: p.percent,
        share: p.share,
      })),
      reasons: reasonsJson(a.reasons, lang),
    });
  }
  const table = sharesTable(a.sharesAfter.parties);
  if (format !== 'table') return renderAs(table, format);
  const word = { met: 'ja', 'not-met': 'nei', unknown: 'ukjent (ikke oppgitt)' } as const;
  const answer = { met: 'ja', 'not-met': 'nei', unknown: 'ukjent', yes: 'ja', no: 'nei' } as const;
  const conditions = a.conditions
    .map((c) => `  ${c.text} (${c.clause}): ${word[c.status]}`)
    .join('\n');
  const protection =
    a.protectedFromOpposition === null
      ? ''
      : `\nVernet mot motstand (${a.clause}): ${answer[a.protectedFromOpposition]}`;
  return `${agreement.title}\nOpptak: ${a.municipality.number} ${a.municipality.name}\n\nVilkår:\n${conditions}\nOppfyller alle vilkårene: ${answer[a.eligibility]}${protection}\nVedtas av:   ${a.procedure.organ}, ${describeRule(a.procedure.rule, lang)} (${a.procedure.rule.clause})\n\nAndeler fra ${formatDateNb(a.sharesAfter.date)}:\n${renderAs(table, 'table')}\n\n${reasonsText(
    [...a.reasons, ...a.procedure.reasons],
    lang,
  )}\n`;
}

/** `settle --year Y [--amount A] [--events FILE] [--pool P] [--quantities FILE]` */
export function settleCommand(
  agreement: Agreement,
  values: Values,
  io: CliIo,
  lang: Lang = 'nb',
): string {
  const [year] = required(values, 'settle', ['year']);
  const eventsFile = text(values, 'events');
  const pool = text(values, 'pool');
  const quantities = text(values, 'quantities');
  // Without --amount, only a rate per inhabitant can settle: it sets the amount.
  const s = settle(agreement, {
    year: wholeNumber(year as string, 'year'),
    amount: amountOption(values),
    ...(pool === undefined ? {} : { pool }),
    ...(quantities === undefined ? {} : { quantities: readQuantities(quantities, io) }),
    events: eventsFile === undefined ? [] : parseEvents(readJson(eventsFile, io)),
    ...readingsOption(values['reading'] as readonly string[] | undefined),
  });
  const format = formatOf(values);
  if (format === 'json') return toJson({ ...s, reasons: reasonsJson(s.reasons, lang) });
  const data: DataTable = {
    columns: [
      ...PARTY_COLUMNS,
      { key: 'days', header: 'Dager', kind: 'integer' },
      { key: 'share', header: 'Andel (kr)', kind: 'amount' },
      { key: 'extraCosts', header: 'Ekstra (kr)', kind: 'amount' },
      { key: 'amount', header: 'Faktura (kr)', kind: 'amount' },
    ],
    rows: s.parties.map((p) => [p.number, p.name, p.days, p.share, p.extraCosts, p.amount]),
    footer: [null, 'Sum', null, s.amount, s.extraCosts, s.sum],
  };
  if (format !== 'table') return renderAs(data, format);
  const table = renderAs(data, 'table');
  const others = alternativeLines(
    s.alternatives,
    'amount',
    'kan ikke regnes ut av årets samlede beløp alene',
  ).join('\n');
  return `${agreement.title}\nÅrsoppgjør ${s.year}: ${formatNumberNb(s.amount)} kr\n\n${table}\n\n${others}${reasonsText(s.reasons, lang)}\n`;
}

/** The --amount given, as Norwegians may write it, or `null` without one. */
function amountOption(values: Values): string | null {
  const amount = text(values, 'amount');
  return amount === undefined ? null : normalizeAmount(amount);
}

/** `deadlines --year Y [--party N]` */
export function deadlinesCommand(agreement: Agreement, values: Values, lang: Lang = 'nb'): string {
  const [year] = required(values, 'deadlines', ['year']);
  const party = text(values, 'party');
  const entries = deadlines(agreement, {
    year: wholeNumber(year as string, 'year'),
    ...(party === undefined ? {} : { party }),
  });
  const format = formatOf(values);
  if (format === 'json') {
    const cite = citing(agreement.id);
    return toJson({
      agreement: agreement.id,
      year: Number(year),
      deadlines: entries.map((d) => ({ ...d, what: describeDuty(d.duty, lang) })),
      reasons: reasonsJson(
        entries.map((d) =>
          cite(d.clause, 'deadline_due', { due: d.due, who: d.who, duty: d.duty }),
        ),
        lang,
      ),
    });
  }
  const data: DataTable = {
    columns: [
      { key: 'from', header: 'Fra', kind: 'date' },
      { key: 'due', header: 'Frist', kind: 'date' },
      { key: 'who', header: 'Hvem', kind: 'text' },
      { key: 'what', header: 'Hva', kind: 'text' },
      { key: 'clause', header: 'Punkt', kind: 'text' },
    ],
    rows: entries.map((d) => [d.from, d.due, d.who, describeDuty(d.duty, lang), d.clause]),
  };
  if (format !== 'table') return renderAs(data, format);
  const whose = party === undefined ? '' : ` for ${partyLabel(agreement, party)}`;
  return `${agreement.title}\nFrister ${year}${whose}\n\n${entries.length === 0 ? 'Ingen frister.' : renderAs(data, 'table')}\n`;
}
