import { ownershipShares } from '../finance/ownership-shares.js';
import { settle } from '../finance/settle.js';
import { type Decision, decide } from '../governance/decide.js';
import { ceilDiv } from '../internal/ceil-div.js';
import { formatDateNb, formatNumberNb } from '../internal/format-nb.js';
import { addMonths } from '../internal/iso-date.js';
import { admit } from '../lifecycle/admit.js';
import { deadlines } from '../lifecycle/deadlines.js';
import { withdraw } from '../lifecycle/withdraw.js';
import type { Agreement } from '../model/agreement.js';
import { clauseContaining } from '../model/clause-ref.js';
import { AgreementInputError } from '../model/errors.js';
import type { Meeting } from '../model/meeting.js';
import type { Matter, Organ } from '../model/organ.js';
import { describeRuleNb } from '../rules/describe-rule.js';
import { isMemberOn } from '../rules/membership.js';
import type { Reason } from '../rules/reason.js';
import { type Block, type Inline, toHtml, toMarkdown } from './blocks.js';
import { clauseCoverage, traceClauses } from './traceability.js';

/**
 * Options for {@link handbook}.
 *
 * @example
 * const options: HandbookOptions = { testTitles: [], year: 2026, apiBase: '../api' };
 */
export interface HandbookOptions {
  /** Titles of the tests of this agreement, listed under each clause they name. */
  readonly testTitles: readonly string[];
  /** The year of the deadline calendar. */
  readonly year: number;
  /** Relative URL of the typedoc API reference, for links to the rules. */
  readonly apiBase: string;
}

const pct = (value: string) => `${formatNumberNb(value)} %`;
const slug = (ref: string) =>
  `k-${ref
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`;

/**
 * The handbook (håndbok) of an agreement, in Norwegian bokmål, as Markdown and
 * as a static HTML page that prints well to PDF, built from the agreement's
 * data and by running the library: the coverage summary, the parties and
 * bodies, the ownership table, every clause with its status (computed by
 * which rules, with links to the API reference, or not computable and why)
 * and the tests that name it, worked examples computed by the code, the
 * interpretation register, and the deadline calendar.
 *
 * @example
 * const { markdown, html } = handbook(helseplattformen, { testTitles: [], year: 2026, apiBase: '../api' });
 * markdown.includes('100,01 %'); //=> true
 */
export function handbook(
  agreement: Agreement,
  options: HandbookOptions,
): { readonly markdown: string; readonly html: string } {
  const blocks: Block[] = [];
  const h = (level: 1 | 2 | 3, text: string, id: string) =>
    blocks.push({ kind: 'heading', level, text, id });
  const p = (...parts: Inline[]) => blocks.push({ kind: 'paragraph', parts });
  const api = (rule: string): Inline => ({
    link: `${options.apiBase}/functions/${rule}.html`,
    text: rule,
  });
  const traces = traceClauses(agreement, options.testTitles);
  const coverage = clauseCoverage(traces);

  h(1, agreement.title, 'top');
  p(
    `Håndbok for avtalen «${agreement.id}», generert fra de samme dataene og den samme koden som regner ut svarene. Den skal ikke redigeres for hånd. Samarbeidsform: ${agreement.legalForm}${agreement.legalBasis === undefined ? '' : ` (${agreement.legalBasis})`}. Gjelder fra ${formatDateNb(agreement.validFrom)}${agreement.validUntil === undefined ? '' : ` til og med ${formatDateNb(agreement.validUntil)}`}.`,
  );
  const sections: [string, string][] = [
    ['dekning', 'Dekning'],
    ['parter', 'Parter'],
    ['organer', 'Organer'],
    ['bestemmelser', 'Bestemmelser'],
    ['eksempler', 'Eksempler'],
    ['tolkning', 'Tolkningsregister'],
    ['frister', `Frister ${options.year}`],
  ];
  blocks.push({ kind: 'list', items: sections.map(([id, text]) => [{ link: `#${id}`, text }]) });

  h(2, 'Dekning', 'dekning');
  blocks.push({
    kind: 'table',
    head: ['Bestemmelser', 'Kan regnes ut', 'Har regel', 'Har test', 'Kan ikke regnes ut'],
    rows: [
      [
        coverage.clauses,
        coverage.computable,
        coverage.implemented,
        coverage.tested,
        coverage.notComputable,
      ].map(String),
    ],
    right: [0, 1, 2, 3, 4],
  });

  h(2, 'Parter', 'parter');
  const populationKey = agreement.costKeys.some((k) => k.kind !== 'stated-shares');
  let shares: ReturnType<typeof ownershipShares> | null = null;
  try {
    shares = populationKey ? ownershipShares(agreement) : null;
  } catch (error) {
    if (!(error instanceof AgreementInputError)) throw error;
  }
  if (shares !== null) {
    const stated = shares.statedPercentSum !== undefined;
    blocks.push({
      kind: 'table',
      head: [
        'Nr.',
        'Kommune',
        'Innbyggere',
        'Andel (halv opp)',
        'Største rest',
        ...(stated ? ['I avtalen'] : []),
      ],
      rows: [
        ...shares.parties.map((s) => [
          s.number,
          s.name,
          s.population === undefined ? '' : formatNumberNb(s.population),
          pct(s.percent),
          pct(s.percentLargestRemainder),
          ...(stated ? [s.statedPercent === undefined ? '' : pct(s.statedPercent)] : []),
        ]),
        [
          '',
          'Sum',
          formatNumberNb(shares.totalPopulation),
          pct(shares.percentSum),
          pct(shares.percentLargestRemainderSum),
          ...(stated ? [pct(shares.statedPercentSum ?? '')] : []),
        ],
      ],
      right: [2, 3, 4, 5],
    });
    reasonsList(blocks, shares.reasons);
  } else {
    blocks.push({
      kind: 'table',
      head: ['Nr.', 'Kommune', 'Innbyggere', 'Roller'],
      rows: agreement.parties.map((party) => [
        party.municipality.number,
        party.municipality.name,
        party.population === undefined ? 'ikke oppgitt' : formatNumberNb(party.population),
        (party.roles ?? []).join(', '),
      ]),
      right: [2],
    });
  }

  h(2, 'Organer', 'organer');
  if ((agreement.organs ?? []).length === 0) p('Avtalen har ingen organer i dataene.');
  for (const organ of agreement.organs ?? []) {
    h(3, `${organ.name} (${organ.clause})`, `organ-${organ.id}`);
    blocks.push({ kind: 'list', items: organFacts(organ) });
    if (organ.matters.length > 0) {
      blocks.push({
        kind: 'table',
        head: ['Sak', 'Regel', 'Bestemmelse'],
        rows: organ.matters.map((m: Matter) => [m.name, describeRuleNb(m.rule), m.rule.clause]),
      });
    }
  }

  h(2, 'Bestemmelser', 'bestemmelser');
  for (const trace of traces) {
    const clause = agreement.clauses.find((c) => c.ref === trace.ref);
    h(3, `${trace.ref} ${trace.title}`, slug(trace.ref));
    if (clause !== undefined && clause.text !== '')
      blocks.push({ kind: 'quote', text: clause.text });
    if (trace.rules.length > 0) {
      p('Status: regnes ut av ', ...join(trace.rules.map(api)), '.');
    } else {
      p(`Status: kan ikke regnes ut. ${trace.notComputable ?? ''}`);
    }
    if (trace.tests.length > 0) {
      p(`Tester (${trace.tests.length}):`);
      blocks.push({ kind: 'list', items: trace.tests.map((t) => [t]) });
    } else if (trace.rules.length > 0) {
      p('Tester: ingen.');
    }
  }

  h(2, 'Eksempler', 'eksempler');
  p('Eksemplene er regnet ut av koden da håndboken ble laget.');
  const examples = workedExamples(agreement);
  if (examples.length === 0) p('Avtalen har ingen regler som eksemplene kan vise.');
  for (const example of examples) {
    h(3, example.title, example.id);
    blocks.push(...example.blocks);
  }

  h(2, 'Tolkningsregister', 'tolkning');
  for (const note of agreement.interpretations ?? []) {
    h(3, `${note.id} (${note.clauses.join(', ')})`, `tolkning-${note.id}`);
    p(`Spørsmål: ${note.question}`);
    p(
      `Valgt lesning${note.readingId === undefined ? '' : ` («${note.readingId}»)`}: ${note.reading}`,
    );
    if (note.alternatives.length > 0) {
      blocks.push({
        kind: 'table',
        head: ['Alternativ', 'Hva som endres'],
        rows: note.alternatives.map((a) => [
          `${a.id === undefined ? '' : `«${a.id}» `}${a.reading}`,
          a.consequence,
        ]),
      });
    }
  }

  h(2, `Frister ${options.year}`, 'frister');
  const calendar = deadlines(agreement, { year: options.year });
  const refs = agreement.clauses.map((c) => c.ref);
  if (calendar.length === 0) p(`Ingen daterte frister i ${options.year}.`);
  else {
    blocks.push({
      kind: 'table',
      head: ['Frist', 'Hvem', 'Hva', 'Bestemmelse'],
      rows: calendar.map((d) => [
        d.from === null ? formatDateNb(d.due) : `${formatDateNb(d.from)}–${formatDateNb(d.due)}`,
        d.who,
        d.what,
        {
          link: `#${slug(clauseContaining(refs, d.clause) ?? d.clause)}`,
          text: d.clause,
        },
      ]),
    });
  }
  return { markdown: toMarkdown(blocks), html: toHtml(blocks, agreement.title) };
}

function join(parts: readonly Inline[]): Inline[] {
  return parts.flatMap((part, i) =>
    i === 0 ? [part] : [i === parts.length - 1 ? ' og ' : ', ', part],
  );
}

function reasonsList(blocks: Block[], reasons: readonly Reason[]): void {
  blocks.push({ kind: 'list', items: reasons.map((r) => [`${r.clause}: ${r.text.nb}`]) });
}

function organFacts(organ: Organ): Inline[][] {
  const seats = [
    organ.seats.perParty ? 'ett sete per part' : null,
    organ.seats.perRegion ? 'ett sete per region' : null,
    organ.seats.fixed === undefined
      ? null
      : `faste seter: ${organ.seats.fixed.map((s) => s.name).join(', ')}`,
  ].filter((s): s is string => s !== null);
  const quorum =
    organ.quorum.kind === 'none'
      ? 'ingen krav'
      : organ.quorum.kind === 'all-seats'
        ? 'alle seter representert (medlem eller varamedlem)'
        : `minst ${organ.quorum.fraction.numerator}/${organ.quorum.fraction.denominator} av setene til stede, varamedlemmer medregnet`;
  return [
    [`Seter: ${seats.join('; ')} (${organ.seats.clause}).`],
    [
      `Varamedlemmer: ${organ.deputies.allowed ? 'ja' : 'nei'}. Kan avstå: ${organ.abstention.allowed ? 'ja' : 'nei'}.`,
    ],
    [`Vedtaksført: ${quorum}.`],
    ...(organ.chair === undefined
      ? []
      : [
          [
            `Leder: ${organ.chair.title}${organ.chair.appointedBy === undefined ? '' : `, valgt av ${organ.chair.appointedBy}`} (${organ.chair.clause}).`,
          ],
        ]),
    ...(organ.termYears === undefined
      ? []
      : [[`Periode: ${organ.termYears.years} år (${organ.termYears.clause}).`]]),
    ...(organ.meetings === undefined
      ? []
      : [[`Møter: ${organ.meetings.description} (${organ.meetings.clause}).`]]),
    ...(organ.duties ?? []).map((d) => [`${d.text} (${d.clause}).`]),
  ];
}

interface Example {
  readonly id: string;
  readonly title: string;
  readonly blocks: Block[];
}

/** Examples the code can compute for this agreement. */
function workedExamples(agreement: Agreement): Example[] {
  const examples: Example[] = [];
  const start = agreement.validFrom;
  const organ = (agreement.organs ?? []).find(
    (o) => o.seats.perParty && o.quorum.kind === 'fraction-present' && o.matters.length > 0,
  );
  if (organ !== undefined && organ.quorum.kind === 'fraction-present') {
    const seats = agreement.parties
      .filter((p) => isMemberOn(p, start))
      .map((p) => p.municipality.number);
    const required = ceilDiv(
      seats.length * organ.quorum.fraction.numerator,
      organ.quorum.fraction.denominator,
    );
    const chair = seats[0] as string;
    const meeting = (present: readonly string[], against: readonly string[]): Meeting => ({
      date: start,
      presiding: chair,
      attendance: Object.fromEntries(present.map((s) => [s, 'member'])),
      ballots: Object.fromEntries(present.map((s) => [s, against.includes(s) ? 'against' : 'for'])),
    });
    const majority = organ.matters.find(
      (m) => m.rule.kind === 'simple-majority' && m.rule.tie === 'chair-decides',
    );
    const strict = organ.matters.find(
      (m) => m.rule.kind === 'unanimity' || m.rule.kind === 'consensus',
    );
    if (majority !== undefined) {
      const quorate = decide(agreement, {
        organ: organ.id,
        matter: majority.id,
        meeting: meeting(seats.slice(0, required), []),
      });
      const notQuorate = decide(agreement, {
        organ: organ.id,
        matter: majority.id,
        meeting: meeting(seats.slice(0, required - 1), []),
      });
      examples.push(
        decisionExample(
          'vedtaksfort',
          `Et vedtaksført møte: ${required} av ${seats.length} til stede`,
          quorate,
        ),
      );
      examples.push(
        decisionExample(
          'ikke-vedtaksfort',
          `Et møte som ikke er vedtaksført: ${required - 1} av ${seats.length} til stede`,
          notQuorate,
        ),
      );
      const even = seats.slice(0, 2 * Math.ceil(required / 2));
      const tie = decide(agreement, {
        organ: organ.id,
        matter: majority.id,
        meeting: meeting(even, even.slice(even.length / 2)),
      });
      examples.push(
        decisionExample(
          'stemmelikhet',
          `Stemmelikhet avgjort av leders dobbeltstemme (${majority.name})`,
          tie,
        ),
      );
    }
    if (strict !== undefined) {
      const fails = decide(agreement, {
        organ: organ.id,
        matter: strict.id,
        meeting: meeting(seats, [seats.at(-1) as string]),
      });
      examples.push(decisionExample('konsensus', `${strict.name}: én stemme mot`, fails));
    }
  }
  const withdrawal = agreement.lifecycle?.withdrawal;
  const leaver = agreement.parties.filter((p) => isMemberOn(p, start)).at(-1);
  if (withdrawal !== undefined && leaver !== undefined) {
    const notice = addMonths(start, 2);
    const w = withdraw(agreement, { party: leaver.municipality.number, noticeSentOn: notice });
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        parts: [
          `${leaver.municipality.number} ${leaver.municipality.name} sender skriftlig varsel om uttreden ${formatDateNb(notice)}. Uttreden skjer ${formatDateNb(w.effectiveDate)}; siste dag med plikt til finansiering er ${formatDateNb(w.lastFinancedDate)}. Andelene fra ${formatDateNb(w.effectiveDate)}:`,
        ],
      },
      {
        kind: 'table',
        head: ['Nr.', 'Kommune', 'Andel (halv opp)', 'Største rest'],
        rows: w.sharesAfter.parties.map((s) => [
          s.number,
          s.name,
          pct(s.percent),
          pct(s.percentLargestRemainder),
        ]),
        right: [2, 3],
      },
    ];
    reasonsList(blocks, w.reasons);
    examples.push({ id: 'uttreden', title: `Uttreden: ${leaver.municipality.name}`, blocks });

    const year = Number(w.effectiveDate.slice(0, 4));
    const s = settle(agreement, {
      year,
      amount: '10000000.00',
      events: [
        {
          type: 'withdrawal',
          party: leaver.municipality.number,
          noticeSentOn: notice,
          extraCosts: '25000.00',
        },
      ],
    });
    const settleBlocks: Block[] = [
      {
        kind: 'paragraph',
        parts: [
          `Årets kostnad ${year}: 10 000 000,00 kr, og 25 000,00 kr i dokumenterte ekstra kostnader ved uttreden.`,
        ],
      },
      {
        kind: 'table',
        head: ['Nr.', 'Kommune', 'Dager', 'Andel (kr)', 'Ekstra (kr)', 'Faktura (kr)'],
        rows: [
          ...s.parties.map((l) => [
            l.number,
            l.name,
            String(l.days),
            formatNumberNb(l.share),
            formatNumberNb(l.extraCosts),
            formatNumberNb(l.amount),
          ]),
          [
            '',
            'Sum',
            '',
            formatNumberNb(s.amount),
            formatNumberNb(s.extraCosts),
            formatNumberNb(s.sum),
          ],
        ],
        right: [2, 3, 4, 5],
      },
    ];
    reasonsList(settleBlocks, s.reasons);
    examples.push({
      id: 'arsoppgjor',
      title: `Årsoppgjør ${year} med en uttreden`,
      blocks: settleBlocks,
    });
  }
  if (agreement.lifecycle?.admission !== undefined) {
    const date = addMonths(start, 18);
    const a = admit(agreement, {
      municipality: { number: '1811', name: 'Bindal' },
      population: 1400,
      date,
      // The example candidate meets every condition the agreement defines.
      conditions: Object.fromEntries(
        agreement.lifecycle.admission.conditions.map((c) => [c.id, true]),
      ),
    });
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        parts: [
          `Eksempel: 1811 Bindal, med 1 400 innbyggere (et eksempeltall; Bindals folketall står ikke i kildene), søker opptak fra ${formatDateNb(date)}. Kvalifisert: ${a.eligible ? 'ja' : 'nei'}. Vedtas av ${a.procedure.organ} ved ${describeRuleNb(a.procedure.rule)}.`,
        ],
      },
      {
        kind: 'table',
        head: ['Nr.', 'Kommune', 'Andel (halv opp)'],
        rows: a.sharesAfter.parties.map((s) => [s.number, s.name, pct(s.percent)]),
        right: [2],
      },
    ];
    reasonsList(blocks, [...a.reasons, ...a.procedure.reasons]);
    examples.push({ id: 'opptak', title: 'Opptak av en ny kommune', blocks });
  }
  return examples;
}

function decisionExample(id: string, title: string, d: Decision): Example {
  const t = d.tally;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      parts: [
        `Vedtaksfør: ${d.quorate ? 'ja' : 'nei'}. Vedtatt: ${d.adopted ? 'ja' : 'nei'}. Stemmer: ${t.for} for, ${t.against} mot, ${t.absent} fraværende. Dobbeltstemme brukt: ${d.tieBrokenByChair ? 'ja' : 'nei'}. Regel: ${describeRuleNb(d.rule)} (${d.rule.clause}).`,
      ],
    },
  ];
  reasonsList(blocks, d.reasons);
  return { id, title, blocks };
}
