import { formatDateNb, formatNumberNb } from '../../internal/format-nb.js';
import type { CostKey, Measure } from '../../model/cost-key.js';
import { AgreementInputError } from '../../model/errors.js';
import type { LegalForm } from '../../model/legal-form.js';
import type { Party } from '../../model/party.js';
import type { ServiceArea } from '../../model/service-area.js';
import type { Reason } from '../../rules/reason.js';
import { explain } from '../../words/explain.js';
import type { Block, Inline } from '../blocks.js';
import { ownTitle } from '../traceability.js';

/**
 * Writers of headings and paragraphs onto a section's blocks:
 * `h(2, 'Parter', 'parter')`, `p('text ', { code: 'id' }, '.')`.
 */
export function writer(blocks: Block[]) {
  return {
    h: (level: 1 | 2 | 3, text: string, id: string) =>
      blocks.push({ kind: 'heading', level, text, id }),
    p: (...parts: Inline[]) => blocks.push({ kind: 'paragraph', parts }),
  };
}

/** A percentage in Norwegian: "40,5 %". */
export const pct = (value: string) => `${formatNumberNb(value)} %`;

/** The Norwegian name of each legal form (samarbeidsform), as kommuneloven § 17-1 writes it. */
export const LEGAL_FORM_NB: Readonly<Record<LegalForm, string>> = {
  'interkommunalt-politisk-rad': 'interkommunalt politisk råd',
  'kommunalt-oppgavefellesskap': 'kommunalt oppgavefellesskap',
  vertskommunesamarbeid: 'vertskommunesamarbeid',
  'interkommunalt-selskap': 'interkommunalt selskap (IKS)',
  aksjeselskap: 'aksjeselskap (AS)',
  samvirkeforetak: 'samvirkeforetak (SA)',
  forening: 'forening',
  'avtalebasert-samarbeid': 'avtalebasert samarbeid (uten egen organisasjonsform)',
  'interkommunalt-styre-1992': 'interkommunalt styre (kommuneloven 1992 § 27)',
  'administrativt-vertskommunesamarbeid-1992':
    'administrativt vertskommunesamarbeid (kommuneloven 1992 § 28-1 b)',
  'vertskommunesamarbeid-med-nemnd-1992':
    'vertskommunesamarbeid med felles folkevalgt nemnd (kommuneloven 1992 § 28-1 c)',
};

/** The Norwegian name of each role of a party. */
export const ROLE_NB: Readonly<Record<NonNullable<Party['roles']>[number], string>> = {
  kontorkommune: 'kontorkommune',
  vertskommune: 'vertskommune',
  'ledende-kommune': 'ledende kommune',
};

/** A clause heading: "§9 Eierandel …"; "Vedlegg" once, not "Vedlegg Vedlegg"; "Om KHS: Fakta …" for a reference that is a word. */
export const clauseHeading = (ref: string, title: string) =>
  title === '' || title.toLowerCase() === ref.toLowerCase()
    ? ref
    : ref.startsWith('§')
      ? `${ref} ${title}`
      : `${ref}: ${title}`;

/** "(§5)", or "(avtalen sier ingenting)" when the data gives no clause. */
export const cited = (clause: string | undefined) =>
  clause === undefined ? '(avtalen sier ingenting)' : `(${clause})`;

/** The anchor of a clause: "§9" → "k-9". */
export const slug = (ref: string) =>
  `k-${ref
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}`;

/** Parts joined in Norwegian: "a, b og c". */
export function join(parts: readonly Inline[]): Inline[] {
  return parts.flatMap((part, i) =>
    i === 0 ? [part] : [i === parts.length - 1 ? ' og ' : ', ', part],
  );
}

/** The reasons as a list, each with its clause, in Norwegian. */
export function reasonsList(blocks: Block[], reasons: readonly Reason[]): void {
  blocks.push({ kind: 'list', items: reasons.map((r) => [`${r.clause}: ${explain(r, 'nb')}`]) });
}

/** A cost key in words: "etter folketall", "40 % likt fordelt, 60 % etter folketall" … */
export function describeKeyNb(key: CostKey, measures: readonly Measure[] = []): string {
  const at = 'populationDate' in key ? key.populationDate : undefined;
  return `${describeKindNb(key, measures)}${at === undefined ? '' : ` (${populationDateNb(at)})`}`;
}

/** The date of the population figures a key or a part names, in Norwegian. */
function populationDateNb(at: string): string {
  return POPULATION_DATE_NB[at] ?? `folketall per ${formatDateNb(at)}`;
}

/** The date of the population figures a key names, in Norwegian. */
const POPULATION_DATE_NB: Readonly<Record<string, string>> = {
  'budget-year': 'folketall per 1. januar i budsjettåret',
  'year-before': 'folketall per 1. januar året før budsjettåret',
};

/** A cost key's kind and figures in Norwegian, without the date of its population figures. */
function describeKindNb(key: CostKey, measures: readonly Measure[]): string {
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
    case 'parts':
      return key.parts
        .map(
          (part) =>
            `${part.share.includes('/') ? part.share : pct(part.share)} ${PART_BASIS_NB[part.basis.kind]}${
              part.basis.kind === 'measured'
                ? ` «${measureName(part.basis.measure, measures)}»`
                : ''
            }${part.populationDate === undefined ? '' : ` (${populationDateNb(part.populationDate)})`}${
              part.clause === undefined ? '' : ` (${part.clause})`
            }`,
        )
        .join(', ');
  }
}

/** A measure's name and unit ("Levert vann, m³"), or its id when the agreement does not declare it. */
function measureName(id: string, measures: readonly Measure[]): string {
  const measure = measures.find((m) => m.id === id);
  return measure === undefined ? id : `${measure.name}, ${measure.unit}`;
}

/** The basis of a part of a cost key, in Norwegian. */
const PART_BASIS_NB = {
  equal: 'likt fordelt',
  population: 'etter folketall',
  'stated-shares': 'etter andeler som avtalen oppgir',
  measured: 'etter målt mengde',
} as const;

/** The source of a cost key, when it does not come from the agreement's text. */
export function keySource(key: CostKey): string | undefined {
  return key.source;
}

/** When a service area starts, as the data says: a day, or unknown (by a day at the latest). */
export function startOf(area: ServiceArea): string | undefined {
  const start = area.start;
  if (start === undefined) return undefined;
  if (start.date !== null) return `${formatDateNb(start.date)} (${start.clause})`;
  return `ukjent${start.noLaterThan === undefined ? '' : `, senest ${formatDateNb(start.noLaterThan)}`} (${start.clause})`;
}

/** The result, or null when the data cannot give one (an example is then left out, never a crash). */
export function attempt<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (error instanceof AgreementInputError) return null;
    throw error;
  }
}

/** A test's result in bokmål. */
export const STATUS_NB = { passed: 'bestått', failed: 'feilet', skipped: 'ikke kjørt' } as const;

/**
 * Tests as a list: with results, each with its result first ("Bestått: §9
 * …"); without, the titles alone, after a line that says they were not run
 * here. `label` introduces them ("Tester"); skipped tests follow, apart, as
 * not run and not evidence.
 */
export function testsList(
  blocks: Block[],
  ctx: {
    readonly testsRun: boolean;
    readonly status: (title: string) => 'passed' | 'failed' | 'skipped' | undefined;
  },
  tests: readonly string[],
  skipped: readonly string[],
  id: string,
): void {
  const passed = tests.filter((t) => ctx.status(t) === 'passed').length;
  const failed = tests.filter((t) => ctx.status(t) === 'failed').length;
  if (tests.length === 0) blocks.push({ kind: 'paragraph', parts: ['Tester: ingen ble kjørt.'] });
  else {
    blocks.push({
      kind: 'paragraph',
      parts: [
        ctx.testsRun
          ? `Tester (${passed} av ${tests.length} bestått${failed === 0 ? '' : `, ${failed} feilet`}):`
          : `Tester (${tests.length}; ikke kjørt her):`,
      ],
    });
    blocks.push({
      kind: 'list',
      id,
      items: tests.map((t) => {
        const status = ctx.status(t);
        return [
          status === undefined ? ownTitle(t) : `${capital(STATUS_NB[status])}: ${ownTitle(t)}`,
        ];
      }),
    });
  }
  if (skipped.length > 0) {
    blocks.push({
      kind: 'paragraph',
      parts: [`Ikke kjørt (${skipped.length}; regnes ikke som bevis):`],
    });
    blocks.push({ kind: 'list', items: skipped.map((t) => [ownTitle(t)]) });
  }
}

const capital = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
