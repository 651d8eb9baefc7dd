import { ownershipShares } from '../finance/ownership-shares.js';
import { settle } from '../finance/settle.js';
import { splitCost } from '../finance/split-cost.js';
import { type Decision, decide } from '../governance/decide.js';
import { ceilDiv } from '../internal/ceil-div.js';
import { formatDateNb, formatNumberNb } from '../internal/format-nb.js';
import { addMonths } from '../internal/iso-date.js';
import { admit } from '../lifecycle/admit.js';
import { deadlines } from '../lifecycle/deadlines.js';
import { withdraw } from '../lifecycle/withdraw.js';
import type { Agreement } from '../model/agreement.js';
import { clauseContaining } from '../model/clause-ref.js';
import type { CostKey } from '../model/cost-key.js';
import { AgreementInputError } from '../model/errors.js';
import type { LegalForm } from '../model/legal-form.js';
import type { Meeting } from '../model/meeting.js';
import type { Matter, Organ } from '../model/organ.js';
import type { Party } from '../model/party.js';
import type { ServiceArea } from '../model/service-area.js';
import { isMemberOn } from '../rules/membership.js';
import type { Reason } from '../rules/reason.js';
import { describeDuty, describeRule, explain } from '../words/explain.js';
import { type Block, type Inline, toHtml, toMarkdown } from './blocks.js';
import { clauseCoverage, generalTests, traceClauses } from './traceability.js';

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

/** The Norwegian name of each legal form (samarbeidsform), as kommuneloven § 17-1 writes it. */
const LEGAL_FORM_NB: Readonly<Record<LegalForm, string>> = {
  'interkommunalt-politisk-rad': 'interkommunalt politisk råd',
  'kommunalt-oppgavefellesskap': 'kommunalt oppgavefellesskap',
  vertskommunesamarbeid: 'vertskommunesamarbeid',
  'interkommunalt-selskap': 'interkommunalt selskap (IKS)',
  aksjeselskap: 'aksjeselskap (AS)',
  samvirkeforetak: 'samvirkeforetak (SA)',
  forening: 'forening',
  'avtalebasert-samarbeid': 'avtalebasert samarbeid (uten egen organisasjonsform)',
};

const ROLE_NB: Readonly<Record<NonNullable<Party['roles']>[number], string>> = {
  kontorkommune: 'kontorkommune',
  vertskommune: 'vertskommune',
  'ledende-kommune': 'ledende kommune',
};

/** A clause heading: "§9 Eierandel …"; "Vedlegg" once, not "Vedlegg Vedlegg"; "Om KHS: Fakta …" for a reference that is a word. */
const clauseHeading = (ref: string, title: string) =>
  title === '' || title.toLowerCase() === ref.toLowerCase()
    ? ref
    : ref.startsWith('§')
      ? `${ref} ${title}`
      : `${ref}: ${title}`;

/** "(§5)", or "(avtalen sier ingenting)" when the data gives no clause. */
const cited = (clause: string | undefined) =>
  clause === undefined ? '(avtalen sier ingenting)' : `(${clause})`;
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
  const refs = agreement.clauses.map((c) => c.ref);
  const coverage = clauseCoverage(traces);

  const notes = agreement.interpretations ?? [];
  const noteLink = (id: string): Inline => {
    const note = notes.find((n) => n.id === id);
    return note === undefined
      ? { code: id }
      : { link: `#tolkning-${note.id}`, text: `tolkning ${notes.indexOf(note) + 1}` };
  };
  const noteName = (id: string): string => {
    const index = notes.findIndex((n) => n.id === id);
    return index < 0 ? id : `tolkning ${index + 1}`;
  };
  const general = generalTests(agreement, options.testTitles);
  const areas = agreement.serviceAreas ?? [];
  const obligations = agreement.obligations ?? [];

  h(1, agreement.title, 'top');
  const validity = agreement.validityClause;
  const validityNotes =
    validity === undefined ? [] : notes.filter((n) => n.clauses.includes(validity));
  p(
    'Håndbok generert fra de samme dataene og den samme koden som regner ut svarene, for avtalen ',
    { code: agreement.id },
    `. Den skal ikke redigeres for hånd. Samarbeidsform: ${LEGAL_FORM_NB[agreement.legalForm]}${agreement.legalBasis === undefined ? '' : `, jf. ${agreement.legalBasis}`}. Gjelder fra ${formatDateNb(agreement.validFrom)}${agreement.validUntil === undefined ? '' : ` til og med ${formatDateNb(agreement.validUntil)}`} ${cited(validity)}.`,
    ...(validityNotes.length === 0
      ? []
      : [
          ' Datoene bygger på en tolkning, se ',
          ...join(validityNotes.map((n) => noteLink(n.id))),
          '.',
        ]),
  );
  const sections: [string, string][] = [
    ['dekning', 'Dekning'],
    ['parter', 'Parter'],
    ['nokler', 'Kostnadsnøkler'],
    ...(areas.length === 0 ? [] : [['tjenesteomrader', 'Tjenesteområder'] as [string, string]]),
    ['organer', 'Organer'],
    ...(obligations.length === 0 ? [] : [['plikter', 'Plikter'] as [string, string]]),
    ['bestemmelser', 'Bestemmelser'],
    ...(general.length === 0
      ? []
      : [['felles-tester', 'Tester av flere bestemmelser'] as [string, string]]),
    ['eksempler', 'Eksempler'],
    ['tolkning', 'Tolkningsregister'],
    ['kilder', 'Kilder utenfor avtaleteksten'],
    ['frister', `Frister ${options.year}`],
  ];
  blocks.push({ kind: 'list', items: sections.map(([id, text]) => [{ link: `#${id}`, text }]) });

  h(2, 'Dekning', 'dekning');
  blocks.push({
    kind: 'table',
    head: [
      'Bestemmelser',
      'Kan regnes ut',
      'Har regel',
      'Har test',
      'Bare delvis regnet ut',
      'Kan ikke regnes ut',
    ],
    rows: [
      [
        coverage.clauses,
        coverage.computable,
        coverage.implemented,
        coverage.tested,
        coverage.partlyComputed,
        coverage.notComputable,
      ].map(String),
    ],
    right: [0, 1, 2, 3, 4, 5],
  });
  p(
    'En test regnes til en bestemmelse når testens egen tittel nevner bestemmelsen. Tester som gjelder flere bestemmelser samlet (for eksempel «§1–§7»), regnes ikke til noen av dem. Håndboken viser hvilke tester som finnes, ikke om de besto da den ble laget.',
  );

  h(2, 'Parter', 'parter');
  const populationKey = agreement.costKeys.some((k) => k.kind !== 'stated-shares');
  let shares: ReturnType<typeof ownershipShares> | null = null;
  try {
    shares = populationKey ? ownershipShares(agreement) : null;
  } catch (error) {
    if (!(error instanceof AgreementInputError)) throw error;
  }
  if (shares !== null) {
    p(
      `Andelene per ${formatDateNb(shares.date)}, etter kostnadsnøkkelen som gjelder da (se kostnadsnøklene nedenfor).`,
    );
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
        (party.roles ?? []).map((r) => ROLE_NB[r]).join(', '),
      ]),
      right: [2],
    });
  }

  h(2, 'Kostnadsnøkler', 'nokler');
  if (agreement.costKeys.length === 0) p('Avtalen har ingen kostnadsnøkkel i dataene.');
  else {
    p(
      'Hver nøkkel gjelder fra sin dato til neste nøkkel for samme område. En nøkkel med kilde står ikke i avtaleteksten; den bygger på kilden, ikke på bestemmelsen.',
    );
    blocks.push({
      kind: 'table',
      head: ['Fra', 'Nøkkel', 'Gjelder', 'Bestemmelse', 'Kilde'],
      rows: agreement.costKeys.map((key) => [
        `${formatDateNb(key.validFrom)}${key.validUntil === undefined ? '' : ` til og med ${formatDateNb(key.validUntil)}`}`,
        describeKeyNb(key),
        `${
          key.serviceArea === undefined
            ? 'hele avtalen'
            : (areas.find((a) => a.id === key.serviceArea)?.name ?? key.serviceArea)
        }${key.reading === undefined ? '' : `; bare under en lesning som må velges (${noteName(key.reading.note)})`}`,
        key.clause,
        keySource(key) ?? 'avtaleteksten',
      ]),
    });
  }
  if (agreement.populationReferenceDate !== undefined)
    p(`Folketall per ${formatDateNb(agreement.populationReferenceDate)}.`);

  if (areas.length > 0) {
    h(2, 'Tjenesteområder', 'tjenesteomrader');
    const partyName = (n: string) =>
      agreement.parties.find((x) => x.municipality.number === n)?.municipality.name ?? n;
    blocks.push({
      kind: 'table',
      head: ['Område', 'Deltakere', 'Vertskommune', 'Starter', 'Bestemmelse'],
      rows: areas.map((area) => [
        `${area.group === undefined ? '' : `${area.group}: `}${area.name}`,
        [
          area.participants === null
            ? 'ikke oppgitt i avtalen'
            : area.participants.map(partyName).join(', '),
          ...(area.otherParticipants ?? []).map(
            (o) => `${o.municipality.name} (ikke part i avtalen)`,
          ),
        ].join(', '),
        area.host === undefined ? 'ikke oppgitt i dataene' : partyName(area.host),
        startOf(area) ?? '',
        area.clause,
      ]),
    });
    const remarks = areas.filter((a) => a.note !== undefined);
    if (remarks.length > 0)
      blocks.push({
        kind: 'list',
        items: remarks.map((a) => [`${a.name}: ${a.note}`]),
      });
  }

  h(2, 'Organer', 'organer');
  if ((agreement.organs ?? []).length === 0) p('Avtalen har ingen organer i dataene.');
  for (const organ of agreement.organs ?? []) {
    h(3, `${organ.name} (${organ.clause})`, `organ-${organ.id}`);
    blocks.push({ kind: 'list', items: organFacts(organ, noteLink) });
    if (organ.matters.length > 0) {
      blocks.push({
        kind: 'table',
        head: ['Sak', 'Regel', 'Bestemmelse', 'Avhenger av'],
        rows: organ.matters.map((m: Matter) => [
          m.name,
          describeRule(m.rule, 'nb'),
          m.rule.clause,
          m.reading === undefined ? '–' : noteLink(m.reading.note),
        ]),
      });
    }
  }

  if (obligations.length > 0) {
    h(2, 'Plikter', 'plikter');
    blocks.push({
      kind: 'table',
      head: ['Hvem', 'Plikt', 'Bestemmelse'],
      rows: obligations.map((o) => [o.who, o.duty, o.clause]),
    });
  }

  h(2, 'Bestemmelser', 'bestemmelser');
  agreement.clauses.forEach((clause, i) => {
    const trace = traces[i] as (typeof traces)[number];
    h(3, clauseHeading(trace.ref, trace.title), slug(trace.ref));
    if (clause.text !== '') blocks.push({ kind: 'quote', text: clause.text });
    if (trace.rules.length > 0 && trace.notComputedParts.length > 0) {
      p('Status: delvis regnet ut av ', ...join(trace.rules.map(api)), '. Ikke regnet ut:');
      blocks.push({ kind: 'list', items: trace.notComputedParts.map((part) => [part]) });
    } else if (trace.rules.length > 0) {
      p('Status: regnes ut av ', ...join(trace.rules.map(api)), '.');
    } else {
      p(`Status: kan ikke regnes ut. ${trace.notComputable ?? ''}`);
    }
    const keys = agreement.costKeys.filter(
      (k) => (clauseContaining(refs, k.clause) ?? k.clause) === trace.ref,
    );
    if (keys.length > 0 && keys.every((k) => !splitComputes(agreement, k)))
      p(
        `Merk: med dataene slik de er, kan ingen kostnadsnøkkel under ${trace.ref} regnes ut; fordelingen krever opplysninger som mangler i dataene (se kostnadsnøklene).`,
      );
    if (trace.tests.length > 0) {
      p(`Tester (${trace.tests.length}; titlene er på engelsk):`);
      blocks.push({ kind: 'list', items: trace.tests.map((t) => [t]), lang: 'en' });
    } else if (trace.rules.length > 0) {
      p('Tester: ingen.');
    }
  });

  if (general.length > 0) {
    h(2, 'Tester av flere bestemmelser', 'felles-tester');
    p(
      `Disse testene gjelder avtaleteksten som helhet eller flere bestemmelser samlet (overskrifter, rekkefølge, ordrett tekst), og regnes ikke til noen enkelt bestemmelse. Tester (${general.length}; titlene er på engelsk):`,
    );
    blocks.push({ kind: 'list', items: general.map((t) => [t]), lang: 'en' });
  }

  h(2, 'Eksempler', 'eksempler');
  const examples = [...splitExamples(agreement), ...workedExamples(agreement)];
  if (examples.length === 0)
    p(
      'Det lages ingen regnede eksempler for denne avtalen; reglene som gjelder den, står under hver bestemmelse. Eksempler lages bare for fordeling etter en kostnadsnøkkel som dataene kan regne ut, for vedtak i et organ med ett sete per part og en brøk som krav til vedtaksførhet, for uttreden og for opptak.',
    );
  else p('Eksemplene er regnet ut av koden da håndboken ble laget.');
  for (const example of examples) {
    h(3, example.title, example.id);
    blocks.push(...example.blocks);
  }

  h(2, 'Tolkningsregister', 'tolkning');
  /** A note's text names another note by its number, not by its id: «consensus-scope» → «tolkning 4». */
  const named = (text: string) =>
    notes.reduce((t, n, i) => t.replaceAll(`«${n.id}»`, `«tolkning ${i + 1}»`), text);
  if (notes.length === 0) p('Avtalen har ingen tolkningsnotater.');
  notes.forEach((note, i) => {
    h(
      3,
      `Tolkning ${i + 1}${note.clauses.length === 0 ? '' : ` (${note.clauses.join(', ')})`}`,
      `tolkning-${note.id}`,
    );
    p(`Spørsmål: ${named(note.question)}`);
    p(`Valgt lesning: ${named(note.reading)}`);
    const selectable = note.alternatives.some((a) => a.id !== undefined);
    if (note.readingId !== undefined)
      p(
        'Lesningen kan velges i programmet med ',
        { code: `--reading ${note.id}=${note.readingId}` },
        selectable ? '; de andre lesningene med koden i tabellen.' : '.',
      );
    if (note.alternatives.length > 0) {
      blocks.push({
        kind: 'table',
        head: ['Alternativ', 'Hva som endres', ...(selectable ? ['Kode'] : [])],
        rows: note.alternatives.map((a) => [
          named(a.reading),
          named(a.consequence),
          ...(selectable ? [a.id === undefined ? '–' : ({ code: a.id } as Inline)] : []),
        ]),
      });
    }
  });

  h(2, 'Kilder utenfor avtaleteksten', 'kilder');
  const sources = dataSources(agreement);
  if (sources.length === 0) p('Dataene oppgir ingen kilde utenfor avtaleteksten.');
  else {
    p(
      'Disse verdiene står ikke i avtaleteksten; dataene bygger på kilden som er oppgitt, ikke på bestemmelsen.',
    );
    blocks.push({
      kind: 'table',
      head: ['Hva', 'Kilde'],
      rows: sources.map((s) => [s.what, s.source]),
    });
  }

  h(2, `Frister ${options.year}`, 'frister');
  const calendar = attempt(() => deadlines(agreement, { year: options.year }));
  if (calendar === null) p('Fristene kan ikke regnes ut av dataene.');
  else if (calendar.length === 0)
    p(
      `Ingen daterte frister i ${options.year}${agreement.validUntil !== undefined && agreement.validUntil < `${options.year}-01-01` ? `: avtalen gjaldt til og med ${formatDateNb(agreement.validUntil)}` : ''}.`,
    );
  else {
    blocks.push({
      kind: 'table',
      head: ['Frist', 'Hvem', 'Hva', 'Bestemmelse'],
      rows: calendar.map((d) => [
        d.from === null ? formatDateNb(d.due) : `${formatDateNb(d.from)}–${formatDateNb(d.due)}`,
        d.who,
        describeDuty(d.duty, 'nb'),
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
  blocks.push({ kind: 'list', items: reasons.map((r) => [`${r.clause}: ${explain(r, 'nb')}`]) });
}

function organFacts(organ: Organ, noteLink: (id: string) => Inline): Inline[][] {
  const seats = [
    organ.seats.perParty ? 'ett sete per part' : null,
    organ.seats.perRegion ? 'ett sete per region' : null,
    organ.seats.fixed === undefined
      ? null
      : `faste seter: ${organ.seats.fixed.map((s) => s.name).join(', ')}`,
  ].filter((s): s is string => s !== null);
  const yesNo = (allowed: boolean) => (allowed ? 'ja' : 'nei');
  const { deputies, abstention, quorum, chair, termYears } = organ;
  const quorumText =
    quorum.kind === 'none'
      ? 'ingen krav'
      : quorum.kind === 'all-seats'
        ? 'alle seter representert (medlem eller varamedlem)'
        : `minst ${quorum.fraction.numerator}/${quorum.fraction.denominator} av setene til stede, varamedlemmer medregnet`;
  return [
    [`Seter: ${seats.join('; ')} (${organ.seats.clause}).`],
    [
      deputies.clause === undefined
        ? `Varamedlemmer: avtalen sier ingenting; dataene regner med ${yesNo(deputies.allowed)}.`
        : `Varamedlemmer: ${yesNo(deputies.allowed)} (${deputies.clause}).`,
    ],
    abstention.clause === undefined
      ? [`Kan avstå: avtalen sier ingenting; dataene regner med ${yesNo(abstention.allowed)}.`]
      : abstention.note === undefined
        ? [`Kan avstå: ${yesNo(abstention.allowed)} (${abstention.clause}).`]
        : [
            `Kan avstå: ${yesNo(abstention.allowed)} (${abstention.clause}; avhenger av `,
            noteLink(abstention.note),
            ').',
          ],
    [
      quorum.clause === undefined
        ? `Vedtaksførhet: avtalen sier ingenting; dataene stiller ${quorumText === 'ingen krav' ? 'ingen krav' : `kravet ${quorumText}`}.`
        : `Vedtaksført: ${quorumText} (${quorum.clause}).`,
    ],
    ...(chair === undefined
      ? []
      : [
          [
            chair.appointedBy === undefined
              ? `Leder: ${chair.title} (${chair.clause})`
              : `Hvem som er eller velger ${chair.title}: ${chair.appointedBy} (${chair.clause})`,
            ...(chair.standIn === undefined
              ? ['.']
              : [
                  '. Om en annen som leder møtet har dobbeltstemmen, avhenger av ',
                  noteLink(chair.standIn.note),
                  '.',
                ]),
          ],
        ]),
    ...(termYears === undefined
      ? []
      : [
          [
            `Funksjonstid for ${termYears.of === 'chair' ? 'leder' : 'medlemmene'}: ${termYears.years} år (${termYears.clause}).`,
          ],
        ]),
    ...(organ.meetings === undefined
      ? []
      : [[`Møter: ${organ.meetings.description} (${organ.meetings.clause}).`]]),
    ...(organ.duties ?? []).map((d) => [`${d.text} (${d.clause}).`]),
  ];
}

/** A cost key in words: "etter folketall", "40 % likt fordelt, 60 % etter folketall" … */
function describeKeyNb(key: CostKey): string {
  switch (key.kind) {
    case 'population': {
      const table = key.statedTable?.name;
      return table === undefined
        ? 'etter folketall'
        : `etter folketall (som i ${table.charAt(0).toLowerCase()}${table.slice(1)})`;
    }
    case 'fixed-and-population':
      return `${pct(key.fixedPercent)} likt fordelt, ${pct(key.populationPercent)} etter folketall`;
    case 'per-inhabitant':
      return `${formatNumberNb(key.ratePerInhabitant)} kr per innbygger`;
    case 'stated-shares':
      return 'andeler som avtalen oppgir';
  }
}

/** The source of a cost key, when it does not come from the agreement's text. */
function keySource(key: CostKey): string | undefined {
  return key.source;
}

/** When a service area starts, as the data says: a day, or unknown (by a day at the latest). */
function startOf(area: ServiceArea): string | undefined {
  const start = area.start;
  if (start === undefined) return undefined;
  if (start.date !== null) return `${formatDateNb(start.date)} (${start.clause})`;
  return `ukjent${start.noLaterThan === undefined ? '' : `, senest ${formatDateNb(start.noLaterThan)}`} (${start.clause})`;
}

/** Every `source` (or `…Source`) text anywhere under a value of the data. */
function sourcesIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(sourcesIn);
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, v]) =>
    /^sources?$|Sources?$/.test(key)
      ? (Array.isArray(v) ? v : [v]).filter((x): x is string => typeof x === 'string')
      : sourcesIn(v),
  );
}

/** Every data source named anywhere in the agreement's data, with what it is the source of. */
function dataSources(agreement: Agreement): { readonly what: string; readonly source: string }[] {
  const from = (what: string, value: unknown) =>
    sourcesIn(value).map((source) => ({ what, source }));
  const {
    parties,
    costKeys,
    serviceAreas,
    organs,
    regions,
    obligations,
    lifecycle,
    clauses,
    interpretations,
    ...rest
  } = agreement;
  return [
    ...from('Avtalen', rest),
    ...parties.flatMap((p) => from(`${p.municipality.number} ${p.municipality.name}`, p)),
    ...costKeys.flatMap((k) =>
      from(`Kostnadsnøkkelen fra ${formatDateNb(k.validFrom)} (${describeKeyNb(k)})`, k),
    ),
    ...(serviceAreas ?? []).flatMap((a) => from(`Tjenesteområdet ${a.name}`, a)),
    ...(organs ?? []).flatMap((o) => from(o.name, o)),
    ...(regions ?? []).flatMap((r) => from(`Regionen ${r.name}`, r)),
    ...(obligations ?? []).flatMap((o) => from(`Plikten «${o.duty}»`, o)),
    ...from('Uttreden, opptak, endring og andre regler over tid', lifecycle),
    ...clauses.flatMap((c) => from(`Bestemmelsen ${c.ref}`, c)),
    ...(interpretations ?? []).flatMap((n, i) => from(`Tolkning ${i + 1}`, n)),
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
  const notice = addMonths(start, 2);
  const w =
    withdrawal === undefined || leaver === undefined
      ? null
      : attempt(() =>
          withdraw(agreement, { party: leaver.municipality.number, noticeSentOn: notice }),
        );
  if (w !== null && leaver !== undefined) {
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
    const s = attempt(() =>
      settle(agreement, {
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
      }),
    );
    if (s !== null) {
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
  }
  const admission = agreement.lifecycle?.admission;
  if (admission !== undefined) {
    const date = addMonths(start, 18);
    // A newcomer made up for the example: no municipality named in the data, a number no party has.
    const numbers = new Set(agreement.parties.map((p) => p.municipality.number));
    let n = 9999;
    while (numbers.has(String(n))) n--;
    const newcomer = { number: String(n), name: 'Eksempelkommune' };
    // A body's name mid-sentence is a common noun: "vedtas av representantskapet" (an acronym such as "KS" is kept).
    const organName = (id: string) => {
      const name = (agreement.organs ?? []).find((o) => o.id === id)?.name ?? id;
      return /^\p{Lu}\p{Ll}/u.test(name) ? `${name.charAt(0).toLowerCase()}${name.slice(1)}` : name;
    };
    const a = attempt(() =>
      admit(agreement, {
        municipality: newcomer,
        population: 1400,
        date,
        // The example candidate meets every condition the agreement defines.
        conditionsMet: Object.fromEntries(
          (agreement.lifecycle?.admission?.conditions ?? []).map((c) => [c.id, true]),
        ),
      }),
    );
    if (a !== null) {
      const blocks: Block[] = [
        {
          kind: 'paragraph',
          parts: [
            `Eksempel: en tenkt kommune, ${newcomer.number} ${newcomer.name}, med 1 400 innbyggere (kommunen og tallene er laget for eksempelet), søker opptak fra ${formatDateNb(date)}, og vilkårene i dataene regnes som oppfylt. Oppfyller alle vilkårene: ${a.eligible === true ? 'ja' : a.eligible === false ? 'nei' : 'ukjent'}. Vedtas av ${organName(a.procedure.organ)} ved ${describeRule(a.procedure.rule, 'nb')} (${a.procedure.rule.clause}).`,
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
  }
  return examples;
}

/** The result, or null when the data cannot give one (an example is then left out, never a crash). */
function attempt<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AgreementInputError) return null;
    throw error;
  }
}

/** A split of 1 000 000,00 kr by the key, on the day it starts, or null when the data cannot give one. */
function splitByKey(agreement: Agreement, key: CostKey) {
  const date = keyExampleDate(agreement, key);
  return attempt(() =>
    splitCost(agreement, '1000000.00', {
      date,
      ...(key.serviceArea === undefined ? {} : { serviceArea: key.serviceArea }),
      ...(key.reading === undefined
        ? {}
        : { readings: { [key.reading.note]: key.reading.reading } }),
    }),
  );
}

/** The day a key's example is split on: the key's first day, or its area's, if that is later and known. */
function keyExampleDate(agreement: Agreement, key: CostKey): string {
  const area = (agreement.serviceAreas ?? []).find((a) => a.id === key.serviceArea);
  const start = area?.start?.date ?? undefined;
  return start !== undefined && start > key.validFrom ? start : key.validFrom;
}

/** Whether the data can split a cost by the key. */
function splitComputes(agreement: Agreement, key: CostKey): boolean {
  return splitByKey(agreement, key) !== null;
}

/** One split of 1 000 000,00 kr by each cost key the data can compute, on the day it starts. */
function splitExamples(agreement: Agreement): Example[] {
  const examples: Example[] = [];
  agreement.costKeys.forEach((key, i) => {
    const area = (agreement.serviceAreas ?? []).find((a) => a.id === key.serviceArea);
    const split = splitByKey(agreement, key);
    if (split === null) return;
    const source = keySource(key);
    const blocks: Block[] = [
      {
        kind: 'paragraph',
        parts: [
          `1 000 000,00 kr fordelt ${formatDateNb(split.date)} etter nøkkelen fra ${formatDateNb(key.validFrom)}: ${describeKeyNb(key)} (${key.clause}${source === undefined ? '' : `; verdiene står ikke i avtaleteksten, kilde: ${source}`}).`,
        ],
      },
      {
        kind: 'table',
        head: ['Nr.', 'Kommune', 'Beløp (kr)'],
        rows: [
          ...split.parties.map((l) => [l.number, l.name, formatNumberNb(l.amount)]),
          ['', 'Sum', formatNumberNb(split.sum)],
        ],
        right: [2],
      },
    ];
    reasonsList(blocks, split.reasons);
    examples.push({
      id: `fordeling-${i + 1}`,
      title: `Fordeling etter nøkkelen fra ${formatDateNb(key.validFrom)}${area === undefined ? '' : ` (${area.name})`}`,
      blocks,
    });
  });
  return examples;
}

function decisionExample(id: string, title: string, d: Decision): Example {
  const t = d.tally;
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      parts: [
        `Vedtaksfør: ${d.quorate ? 'ja' : 'nei'}. Vedtatt: ${d.adopted ? 'ja' : 'nei'}. Stemmer: ${t.for} for, ${t.against} mot, ${t.absent} fraværende. Dobbeltstemme brukt: ${d.tieBrokenByChair ? 'ja' : 'nei'}. Regel: ${describeRule(d.rule, 'nb')} (${d.rule.clause}).`,
      ],
    },
  ];
  reasonsList(blocks, d.reasons);
  return { id, title, blocks };
}
