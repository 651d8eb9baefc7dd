import { sumDecimals, toScaled } from '../finance/percent.js';
import { addFraction } from '../internal/gcd.js';
import type { Agreement } from '../model/agreement.js';
import type { Clause } from '../model/clause.js';
import { clauseContaining } from '../model/clause-ref.js';
import type { CostKey, Measure } from '../model/cost-key.js';
import { formatPath, type InputProblem } from '../model/errors.js';
import type { LegalForm } from '../model/legal-form.js';
import { safeParseAgreement } from '../model/parse-agreement.js';
import type { ServiceArea } from '../model/service-area.js';
import type { Finding } from '../rules/finding.js';
import { isMemberOn } from '../rules/membership.js';
import { citing, type Reason, type StatutoryItemId } from '../rules/reason.js';
import type { AnalysisReasonValues } from '../rules/reasons/analysis.js';
import { settingsLeftToStatute, statuteClause, statuteOf } from '../rules/statutory-defaults.js';

/**
 * The outcome of {@link check}: whether the file is a valid agreement, every
 * problem with its path, and the findings on what the agreement says.
 *
 * @example
 * const report: CheckReport = check(helseplattformen);
 * report.valid; //=> true
 */
export interface CheckReport {
  readonly valid: boolean;
  readonly problems: readonly InputProblem[];
  readonly findings: readonly Finding[];
}

interface StatutoryItem {
  readonly item: StatutoryItemId;
  readonly present: (a: Agreement) => boolean;
  /**
   * Whether the item is verified against the statute (LEGAL.md [V]) or not;
   * unset in a checklist none of whose items is verified (the words then say
   * the whole list is unverified).
   */
  readonly verified?: boolean;
  /** The item's own source, where it differs from the checklist's. */
  readonly source?: string;
}

const KO_SOURCE =
  'LEGAL.md §1.2 (kommuneloven § 19-4, UNVERIFIED; eierandeler: Samfunnsbedriftene)';
const VK_SOURCE = 'LEGAL.md §1.3 (kommuneloven kapittel 20, UNVERIFIED)';
const IKS_SOURCE =
  'LEGAL.md §1.7 (IKS-loven § 4: a written selskapsavtale adopted by the kommunestyre itself, verified; the minimum content, UNVERIFIED)';
const IKS_ADOPTION_SOURCE = 'LEGAL.md §1.7 (IKS-loven § 4, verified)';
const IKS_CONTENT_SOURCE =
  'IKS-loven § 4 second paragraph as remembered; not in LEGAL.md (UNVERIFIED)';
/** The one statutory notice period LEGAL.md verifies: one year, kommuneloven 1992 § 27 nr. 3. */
const STYRE_NOTICE_MONTHS = 12;
const STYRE_NOTICE_SOURCE = 'LEGAL.md §1.6 (kommuneloven 1992 § 27 nr. 3, verified)';
/** The forms of kommuneloven 1992 and what took their place in the law of 2018. */
const REPEALED_FORMS: Partial<
  Record<
    LegalForm,
    {
      readonly replacedBy: readonly LegalForm[];
      readonly source: string;
      readonly verified: boolean;
    }
  >
> = {
  'interkommunalt-styre-1992': {
    replacedBy: ['interkommunalt-politisk-rad', 'kommunalt-oppgavefellesskap'],
    source: 'LEGAL.md §1.2 (veileder om interkommunalt samarbeid kap. 6.1, verified)',
    verified: true,
  },
  'administrativt-vertskommunesamarbeid-1992': {
    replacedBy: ['vertskommunesamarbeid'],
    source: 'LEGAL.md §1.3 and §1.6 (kommuneloven kapittel 20, UNVERIFIED)',
    verified: false,
  },
  'vertskommunesamarbeid-med-nemnd-1992': {
    replacedBy: ['vertskommunesamarbeid'],
    source: 'LEGAL.md §1.3 and §1.6 (kommuneloven kapittel 20, UNVERIFIED)',
    verified: false,
  },
};
const text = (a: Agreement) =>
  a.clauses
    .map((c) => `${c.title}\n${c.text}`)
    .join('\n')
    .toLowerCase();
const statedShares = (a: Agreement) =>
  a.ownership !== undefined ||
  a.costKeys.some(
    (k) =>
      (k.kind === 'population' && k.statedTable?.percents !== undefined) ||
      k.kind === 'stated-shares',
  );

/** The items a vertskommune agreement is expected to state (LEGAL.md §1.3; not verified against the statute). */
const VERTSKOMMUNE_ITEMS: readonly StatutoryItem[] = [
  { item: 'participants', present: (a) => a.parties.length > 0 },
  { item: 'host-municipality', present: (a) => /vertskommune/.test(text(a)) },
  {
    item: 'delegated-tasks',
    present: (a) => (a.serviceAreas ?? []).length > 0 || /oppgave/.test(text(a)),
  },
  { item: 'financial-settlement', present: (a) => a.costKeys.length > 0 },
  {
    item: 'withdrawal-and-termination',
    present: (a) => a.lifecycle?.withdrawal !== undefined || /oppsig|uttre/.test(text(a)),
  },
];

/** The minimum content of an IKS's selskapsavtale as remembered: every item unverified. */
const unverifiedIks = (item: StatutoryItemId, present: (a: Agreement) => boolean) => ({
  item,
  present,
  verified: false,
  source: IKS_CONTENT_SOURCE,
});

/** What each statutory form's agreement is expected to state (LEGAL.md §1.2–§1.7; verified only where an item says so). */
const CHECKLISTS: Partial<
  Record<LegalForm, { readonly source: string; readonly items: readonly StatutoryItem[] }>
> = {
  'kommunalt-oppgavefellesskap': {
    source: KO_SOURCE,
    items: [
      { item: 'name', present: (a) => a.title.trim() !== '' },
      { item: 'participants', present: (a) => a.parties.length > 0 },
      {
        item: 'office-municipality',
        present: (a) => a.parties.some((p) => p.roles?.includes('kontorkommune')),
      },
      { item: 'tasks-and-authority', present: (a) => /oppgave|myndighet/.test(text(a)) },
      {
        item: 'council-members-per-participant',
        present: (a) => (a.organs ?? []).some((o) => o.id.includes('representantskap')),
      },
      {
        item: 'contributions',
        present: (a) => /innskudd|finansier/.test(text(a)),
      },
      { item: 'shares-stated', present: statedShares },
      { item: 'borrowing', present: (a) => /\blån\b/.test(text(a)) },
    ],
  },
  'interkommunalt-politisk-rad': {
    source: 'LEGAL.md §1.4 (kommuneloven kapittel 18, UNVERIFIED)',
    items: [
      { item: 'name', present: (a) => a.title.trim() !== '' },
      { item: 'participants', present: (a) => a.parties.length > 0 },
      {
        item: 'council',
        present: (a) => (a.organs ?? []).some((o) => o.id.includes('representantskap')),
      },
    ],
  },
  vertskommunesamarbeid: { source: VK_SOURCE, items: VERTSKOMMUNE_ITEMS },
  'administrativt-vertskommunesamarbeid-1992': { source: VK_SOURCE, items: VERTSKOMMUNE_ITEMS },
  'vertskommunesamarbeid-med-nemnd-1992': { source: VK_SOURCE, items: VERTSKOMMUNE_ITEMS },
  'interkommunalt-selskap': {
    source: IKS_SOURCE,
    items: [
      {
        item: 'adopted-by-council',
        present: (a) => /kommunestyre|bystyre|fylkesting/.test(text(a)),
        verified: true,
        source: IKS_ADOPTION_SOURCE,
      },
      unverifiedIks('name', (a) => a.title.trim() !== ''),
      unverifiedIks('participants', (a) => a.parties.length > 0),
      unverifiedIks(
        'head-office',
        (a) =>
          a.parties.some((p) => p.roles?.includes('kontorkommune')) ||
          /hovedkontor|forretningskontor/.test(text(a)),
      ),
      unverifiedIks('purpose', (a) => /formål/.test(text(a))),
      unverifiedIks('shares-stated', statedShares),
      unverifiedIks('contributions', (a) => /innskudd/.test(text(a))),
      unverifiedIks('council-members-per-participant', (a) =>
        (a.organs ?? []).some((o) => o.id.includes('representantskap')),
      ),
    ],
  },
};

/**
 * The mark of a value still to be filled in, as `kommunesamarbeid init`
 * writes it in a starting file: `check` reports every text that still has it.
 *
 * @example
 * FILL_IN; //=> 'FYLL INN'
 */
export const FILL_IN = 'FYLL INN';

/** The path of every text in `value` that contains {@link FILL_IN}, `$comment` apart, in document order. */
function fillInPaths(
  value: unknown,
  path: readonly (string | number)[] = [],
): (string | number)[][] {
  if (typeof value === 'string') return value.includes(FILL_IN) ? [[...path]] : [];
  if (Array.isArray(value)) return value.flatMap((item, i) => fillInPaths(item, [...path, i]));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value)
      .filter(([key]) => key !== '$comment')
      .flatMap(([key, item]) => fillInPaths(item, [...path, key]));
  }
  return [];
}

/** Percent × 10^6 as a dot-decimal without trailing zeros: 100 010 000 → '100.01'. */
function formatPercent(scaled: bigint): string {
  const digits = String(scaled).padStart(7, '0');
  return `${digits.slice(0, -6)}.${digits.slice(-6)}`.replace(/\.?0+$/, '');
}

/**
 * The exact sum of stated shares, percentages and fractions alike, as the
 * values of a `stated_sum_not_100` finding; `undefined` when they make up
 * the whole.
 */
function statedSum(
  shares: Readonly<Record<string, string>>,
): AnalysisReasonValues['stated_sum_not_100'] | undefined {
  const [num, den] = Object.values(shares).reduce<[bigint, bigint]>(
    (total, share) =>
      addFraction(
        total,
        share.includes('/')
          ? (share.split('/').map((part) => BigInt(part)) as [bigint, bigint])
          : [toScaled(share, 6), 100_000_000n],
      ),
    [0n, 1n],
  );
  if (num === den) return undefined;
  const percent = (num * 100_000_000n) % den === 0n;
  return {
    of: 'stated-shares',
    table: null,
    sum: percent ? formatPercent((num * 100_000_000n) / den) : `${num}/${den}`,
    expected: percent ? '100' : '1',
    unit: percent ? 'percent' : 'fraction',
  };
}

/**
 * The participants a key splits among on the day it starts: the members of
 * the agreement then, or of the key's service area (its parties who are
 * members then, and its participants outside the agreement); none known for
 * an area that does not list its participants.
 */
function participantsAtStart(
  a: Agreement,
  key: CostKey,
): readonly { readonly number: string; readonly name: string }[] {
  const members = (numbers: ReadonlySet<string> | null) =>
    a.parties
      .filter(
        (p) =>
          (numbers === null || numbers.has(p.municipality.number)) && isMemberOn(p, key.validFrom),
      )
      .map((p) => p.municipality);
  if (key.serviceArea === undefined) return members(null);
  // parseAgreement has checked that the key's service area exists.
  const area = (a.serviceAreas as readonly ServiceArea[]).find(
    (s) => s.id === key.serviceArea,
  ) as ServiceArea;
  if (area.participants === null) return [];
  return [
    ...members(new Set(area.participants)),
    ...(area.otherParticipants ?? []).map((o) => o.municipality),
  ];
}

/**
 * The clause the agreement's legal form rests on: the clause its
 * `legalBasis` names in closing brackets ("kommuneloven kapittel 19 (§1.2)"),
 * when that is one of its clauses; otherwise none (`''`): the form is then
 * an inference of the encoding, not a clause of the text.
 */
function legalFormClause(a: Agreement): string {
  const named = /\(([^()]+)\)\s*$/.exec(a.legalBasis ?? '')?.[1];
  if (named === undefined) return '';
  return clauseContaining(
    a.clauses.map((c) => c.ref),
    named,
  ) === undefined
    ? ''
    : named;
}

/**
 * Checks an agreement file: schema validation (every problem with its path),
 * then findings on what the agreement says, each with a severity, the clause
 * and the message — stated shares that do not sum to 100 % (a key's, a
 * table's or a part's of a key made of parts), members on a key's start
 * missing from a part's stated shares, a part split by a measured quantity
 * (information: a split needs the quantities), parties named in
 * the parties clause or a share table but not in the data (or the reverse),
 * bodies with no decision rule, no seats or a quorum that can never be
 * reached, the settings a body leaves to the statute (its quorum, ties,
 * deputies, abstention: the statute's rules apply, marked unverified where
 * LEGAL.md marks them), the items the statutory form is expected to state (not verified
 * against the statute's text: each such finding says so and names its
 * source), and every entry of the interpretation register, as information.
 *
 * @see LEGAL.md §1.2–§1.4
 * @example
 * check(helseplattformen).findings.filter((f) => f.severity !== 'info').map((f) => f.code);
 * //=> ['stated_sum_not_100']
 * check({ id: 'x' }).valid; //=> false
 */
export function check(input: unknown): CheckReport {
  const parsed = safeParseAgreement(input);
  if (!parsed.success) return { valid: false, problems: parsed.error.problems, findings: [] };
  const a = parsed.data;
  const cite = citing(a.id);
  const findings: Finding[] = [];
  const add = (severity: Finding['severity'], reason: Reason) =>
    findings.push({ ...reason, severity });
  const formClause = legalFormClause(a);

  for (const path of fillInPaths(a)) {
    // A text inside a clause cites that clause; any other, none.
    const clause = path[0] === 'clauses' ? (a.clauses[path[1] as number] as Clause).ref : '';
    add('warning', cite(clause, 'fill_in_left', { path: formatPath(path), mark: FILL_IN }));
  }

  for (const key of a.costKeys) {
    if (key.kind === 'population' && key.statedTable?.percents !== undefined) {
      const table = key.statedTable;
      const percents = key.statedTable.percents;
      const name = table.name ?? null;
      const sum = sumDecimals(Object.values(percents));
      const expected = table.totalPercent ?? '100';
      if (toScaled(sum, 6) !== toScaled(expected, 6)) {
        add(
          'warning',
          cite(key.clause, 'stated_sum_not_100', {
            of: 'table-percents',
            table: name,
            sum,
            expected,
            unit: 'percent',
          }),
        );
      }
      const missing = a.parties
        .filter(
          (p) => isMemberOn(p, key.validFrom) && !Object.hasOwn(percents, p.municipality.number),
        )
        .map((p) => `${p.municipality.number} ${p.municipality.name}`);
      if (missing.length > 0)
        add('warning', cite(key.clause, 'party_not_in_table', { table: name, parties: missing }));
    }
    if (key.kind === 'stated-shares') {
      const sum = statedSum(key.shares);
      if (sum !== undefined) {
        add(
          key.scaleToWhole === true ? 'info' : 'error',
          cite(key.clause, 'stated_sum_not_100', sum),
        );
      }
    }
    if (key.kind === 'parts') {
      // Parse lets through what only a split on a day finds: a part's stated
      // shares that do not make up the whole, or that leave out a member, and
      // a part that needs measured quantities the file cannot hold.
      const atStart = participantsAtStart(a, key);
      key.parts.forEach((part, index) => {
        const { basis } = part;
        if (basis.kind === 'stated-shares') {
          const sum = statedSum(basis.shares);
          if (sum !== undefined) {
            add(
              basis.scaleToWhole === true ? 'info' : 'error',
              cite(key.clause, 'stated_sum_not_100', { ...sum, part: index }),
            );
          }
          const missing = atStart.filter((p) => !Object.hasOwn(basis.shares, p.number));
          if (missing.length > 0) {
            add(
              'error',
              cite(key.clause, 'party_not_in_table', {
                table: null,
                parties: missing.map((p) => `${p.number} ${p.name}`),
                part: index,
              }),
            );
          }
        }
        if (basis.kind === 'measured') {
          // parseAgreement has checked that the measure is declared.
          const measure = (a.measures as readonly Measure[]).find(
            (m) => m.id === basis.measure,
          ) as Measure;
          add(
            'info',
            cite(key.clause, 'quantities_needed', {
              measure: measure.id,
              name: measure.name,
              unit: measure.unit,
              part: index,
            }),
          );
        }
      });
    }
  }

  if (a.partiesClause !== undefined) {
    // parseAgreement has checked that the parties clause is among the clauses.
    const clauseText = (a.clauses.find((c) => c.ref === a.partiesClause) as Clause).text;
    const named = new Set(
      [...clauseText.matchAll(/\b(\d{4}) [A-ZÆØÅ]/g)].map((m) => m[1] as string),
    );
    if (named.size > 0) {
      const numbers = new Set(a.parties.map((p) => p.municipality.number));
      const notParties = [...named].filter((n) => !numbers.has(n));
      const notInClause = a.parties
        .filter((p) => p.membership.joined === a.validFrom && !named.has(p.municipality.number))
        .map((p) => `${p.municipality.number} ${p.municipality.name}`);
      if (notParties.length > 0 || notInClause.length > 0) {
        add(
          'warning',
          cite(a.partiesClause, 'clause_parties_differ', {
            clause: a.partiesClause,
            notParties,
            notInClause,
          }),
        );
      }
    }
  }

  const partiesAtStart = a.parties.filter((p) => isMemberOn(p, a.validFrom)).length;
  for (const organ of a.organs ?? []) {
    if (organ.matters.length === 0)
      add('info', cite(organ.clause, 'organ_without_rule', { organ: organ.name }));
    // A seat per region depends on a division the agreement may not state, so it is never "no seats".
    const seats = (organ.seats.perParty ? partiesAtStart : 0) + (organ.seats.fixed?.length ?? 0);
    if (seats === 0 && !organ.seats.perRegion)
      add('error', cite(organ.clause, 'organ_without_seats', { organ: organ.name }));
    // What the body leaves unstated, filled by the statute's rules (as decide applies them).
    const settings = settingsLeftToStatute(organ);
    if (settings.length > 0) {
      const statutes = [...new Set(settings.map(statuteOf))];
      add(
        'info',
        cite(organ.clause, 'statutory_defaults_apply', {
          organ: organ.name,
          settings,
          source: statutes.map(statuteClause).join('; '),
          verified: statutes.every((statute) => statute.verified),
        }),
      );
    }
  }

  const checklist = CHECKLISTS[a.legalForm];
  if (checklist !== undefined) {
    for (const item of checklist.items) {
      if (!item.present(a)) {
        add(
          'warning',
          cite(formClause, 'statutory_item_missing', {
            form: a.legalForm,
            item: item.item,
            source: item.source ?? checklist.source,
            ...(item.verified === undefined ? {} : { verified: item.verified }),
          }),
        );
      }
    }
    const verifiedItems = checklist.items.filter((item) => item.verified === true).length;
    add(
      'info',
      cite(formClause, 'statutory_checklist', {
        form: a.legalForm,
        items: checklist.items.length,
        source: checklist.source,
        ...(verifiedItems === 0 ? {} : { verifiedItems }),
      }),
    );
  }
  const repealed = REPEALED_FORMS[a.legalForm];
  if (repealed !== undefined) {
    add(
      'info',
      cite(formClause, 'form_of_repealed_law', {
        form: a.legalForm,
        replacedBy: repealed.replacedBy,
        source: repealed.source,
        verified: repealed.verified,
      }),
    );
  }
  const withdrawal = a.lifecycle?.withdrawal;
  const noticeMonths =
    withdrawal === undefined
      ? 0
      : 'months' in withdrawal.notice
        ? withdrawal.notice.months
        : withdrawal.notice.years * 12;
  if (a.legalForm === 'interkommunalt-styre-1992' && noticeMonths > STYRE_NOTICE_MONTHS) {
    add(
      'warning',
      cite(withdrawal?.clause ?? formClause, 'notice_longer_than_statute', {
        form: a.legalForm,
        months: noticeMonths,
        statutoryMonths: STYRE_NOTICE_MONTHS,
        source: STYRE_NOTICE_SOURCE,
        verified: true,
      }),
    );
  }
  if (a.legalForm === 'avtalebasert-samarbeid') {
    add(
      'info',
      cite(formClause, 'outside_statutory_forms', {
        form: a.legalForm,
        inferred: formClause === '',
      }),
    );
  }
  for (const note of a.interpretations ?? []) {
    add(
      'info',
      // A note names at least one clause (the schema requires it).
      cite(note.clauses[0] as string, 'interpretation_open', {
        note: note.id,
        question: note.question,
      }),
    );
  }
  return { valid: true, problems: [], findings };
}
