import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import { check } from '../../src/analysis/check.js';
import { ownershipShares } from '../../src/finance/ownership-shares.js';
import { splitCost } from '../../src/finance/split-cost.js';
import { admit } from '../../src/lifecycle/admit.js';
import { citing, type Reason } from '../../src/rules/reason.js';
import { messagesEn } from '../../src/words/en.js';
import { describeDuty, describeRule, explain, explainAll } from '../../src/words/explain.js';
import { messagesNb } from '../../src/words/nb.js';
import { catchInputError, problemsOf } from '../helpers/errors.js';

const cite = citing('test');
const src = fileURLToPath(new URL('../../src/', import.meta.url));

describe('a reason is data: code, agreement, clause, values', () => {
  it('every reason of the results has exactly those four keys, and no words', () => {
    const bindal = admit(helseplattformen, {
      municipality: { number: '1811', name: 'Bindal' },
      population: 1400,
      date: '2026-07-01',
      conditionsMet: {},
    });
    const reasons: Reason[] = [
      ...ownershipShares(helseplattformen).reasons,
      ...splitCost(helseplattformen, '10000000.00').reasons,
      ...bindal.reasons,
      ...bindal.procedure.reasons,
    ];
    expect(reasons.length).toBeGreaterThan(10);
    for (const r of reasons) {
      expect(Object.keys(r).sort()).toEqual(['agreement', 'clause', 'code', 'values']);
    }
    // A finding is a reason with its severity, nothing more.
    for (const f of check(JSON.parse(JSON.stringify(helseplattformen))).findings) {
      expect(Object.keys(f).sort()).toEqual(['agreement', 'clause', 'code', 'severity', 'values']);
    }
    expect(cite('§5', 'tie_rejected', { votes: 3 })).toEqual({
      code: 'tie_rejected',
      agreement: 'test',
      clause: '§5',
      values: { votes: 3 },
    });
  });

  it('the admission vote carries the decision rule itself; each language words it', () => {
    const { procedure } = admit(helseplattformen, {
      municipality: { number: '1811', name: 'Bindal' },
      population: 1400,
      conditionsMet: {},
    });
    expect(procedure.reasons).toEqual([
      {
        code: 'admission_vote',
        agreement: 'helseplattformen',
        clause: procedure.rule.clause,
        values: { organ: 'representantskapet', rule: procedure.rule },
      },
    ]);
    expect(
      explain(
        cite('§14', 'admission_vote', {
          organ: 'styret',
          rule: { kind: 'consensus', clause: '§14' },
        }),
        'nb',
      ),
    ).toBe('Opptak vedtas av styret ved konsensus (ingen stemmer mot).');
    expect(
      explain(
        cite('§14', 'admission_vote', {
          organ: 'styret',
          rule: { kind: 'unanimity', of: 'all-seats', clause: '§14' },
        }),
        'en',
      ),
    ).toBe('Admission is decided by styret: unanimity of all members.');
  });
});

describe('explain and explainAll: the sentence for the language asked', () => {
  const tie = cite('§5', 'tie_rejected', { votes: 3 });

  it('bokmål by default, English when asked', () => {
    expect(explain(tie)).toBe('Stemmelikhet (3–3): forslaget faller.');
    expect(explain(tie, 'nb')).toBe('Stemmelikhet (3–3): forslaget faller.');
    expect(explain(tie, 'en')).toBe('A tie (3–3): the proposal falls.');
  });

  it('explainAll keeps the order and the language', () => {
    const lot = cite('§5', 'tie_lot', { votes: 2 });
    expect(explainAll([tie, lot], 'en')).toEqual([
      'A tie (3–3): the proposal falls.',
      'A tie (2–2): settled by drawing lots, so the votes cannot tell the outcome.',
    ]);
    expect(explainAll([lot])).toEqual([
      'Stemmelikhet (2–2): avgjøres ved loddtrekning, så utfallet kan ikke regnes ut av stemmene.',
    ]);
    expect(explainAll([], 'en')).toEqual([]);
  });

  it('every code of both tables explains in both languages', () => {
    expect(Object.keys(messagesNb).sort()).toEqual(Object.keys(messagesEn).sort());
    const [first] = splitCost(helseplattformen, '1.00').reasons;
    expect(first === undefined ? [] : [explain(first, 'nb'), explain(first, 'en')]).toEqual([
      '34 kommuner er deltakere per 1. januar 2025.',
      '34 municipalities are parties on 1 January 2025.',
    ]);
  });

  it('a dated duty: the agreement’s own words, or a withdrawal’s duty in each language', () => {
    expect(describeDuty({ kind: 'stated', what: 'Levere årsregnskap' }, 'en')).toBe(
      'Levere årsregnskap',
    );
    expect(describeDuty({ kind: 'last-financed-day' })).toBe(
      'Siste dag med plikt til finansiering',
    );
    expect(describeDuty({ kind: 'last-financed-day' }, 'en')).toBe(
      'Last day of the duty to finance',
    );
    expect(describeDuty({ kind: 'withdrawal-effective' }, 'en')).toBe(
      'The withdrawal takes effect; its share is spread over the remaining parties by adjusted ownership share',
    );
    const due = cite('§12', 'deadline_due', {
      due: '2026-03-01',
      who: '3430 Os',
      duty: { kind: 'withdrawal-effective' },
    });
    expect(explain(due, 'nb')).toBe(
      'Innen 1. mars 2026: 3430 Os – Uttreden trer i kraft; andelen fordeles på de gjenværende etter oppjustert eierandel.',
    );
    expect(explain(due, 'en')).toBe(
      'By 1 March 2026: 3430 Os – The withdrawal takes effect; its share is spread over the remaining parties by adjusted ownership share.',
    );
  });

  it('a rule is worded per language from its data', () => {
    const rule = { kind: 'consensus-else-chair', clause: '§4.3' } as const;
    expect([describeRule(rule), describeRule(rule, 'en')]).toEqual([
      'konsensus, ellers beslutter leder',
      'consensus, else the leader decides',
    ]);
  });

  it('sums that are off name their table, or the stated shares, in each language', () => {
    const table = cite('§9', 'stated_sum_not_100', {
      of: 'table-percents',
      table: 'Tabell 9.1',
      sum: '100.01',
      expected: '100',
      unit: 'percent',
    });
    expect([explain(table, 'nb'), explain(table, 'en')]).toEqual([
      'Prosentene i Tabell 9.1 summerer til 100,01 %, ikke 100 %.',
      'The percentages in Tabell 9.1 sum to 100.01 %, not 100 %.',
    ]);
    const shares = cite('§9', 'stated_sum_not_100', {
      of: 'stated-shares',
      table: null,
      sum: '5/6',
      expected: '1',
      unit: 'fraction',
    });
    expect([explain(shares, 'nb'), explain(shares, 'en')]).toEqual([
      'De oppgitte andelene summerer til 5/6, ikke 1.',
      'The stated shares sum to 5/6, not 1.',
    ]);
    const missing = cite('§9', 'party_not_in_table', { table: null, parties: ['0003 Cby'] });
    expect([explain(missing, 'nb'), explain(missing, 'en')]).toEqual([
      '0003 Cby mangler i avtalens tabell.',
      "0003 Cby is missing from the agreement's table.",
    ]);
  });
});

/** Every `.ts` file under a folder of src. */
function sources(folder: string): string[] {
  return readdirSync(join(src, folder), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => join(src, folder, f));
}

/** The imports of `src/words` in a file's text, as `file → target` (paths relative to src). */
function wordsImports(file: string, text: string): string[] {
  const specifiers = [...text.matchAll(/\b(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
    (m) => m[1] as string,
  );
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) =>
      relative(src, resolve(dirname(file), s))
        .split('\\')
        .join('/'),
    )
    .filter((target) => target === 'words' || target.startsWith('words/'))
    .map((target) => `${relative(src, file).split('\\').join('/')} → ${target}`);
}

describe('the words functions refuse what plain JavaScript may hand them', () => {
  // biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid
  type Untyped = any;
  const tie = cite('§5', 'tie_rejected', { votes: 3 });
  const rule = { kind: 'consensus', clause: '§6' } as const;
  const duty = { kind: 'last-financed-day' } as const;

  it('a language other than nb or en, in every function', () => {
    const calls: [string, (lang: Untyped) => unknown][] = [
      ['explain', (lang) => explain(tie, lang)],
      ['explainAll', (lang) => explainAll([tie], lang)],
      ['describeRule', (lang) => describeRule(rule, lang)],
      ['describeDuty', (lang) => describeDuty(duty, lang)],
    ];
    for (const [name, call] of calls) {
      for (const [lang, shown] of [
        ['no', '"no"'],
        ['nn', '"nn"'],
        ['NB', '"NB"'],
        [null, 'object'],
        [1, 'number'],
      ] as const) {
        const error = catchInputError(() => call(lang));
        expect(error.problems, name).toEqual([
          { path: 'lang', code: 'invalid_type', message: `must be "nb" or "en": ${shown}` },
        ]);
        expect(error.message.startsWith('Cannot word (1 problem)')).toBe(true);
      }
    }
    expect(
      catchInputError(() => explain(tie, 'x'.repeat(30) as Untyped)).problems[0]?.message,
    ).toBe(`must be "nb" or "en": "${'x'.repeat(20)}"`);
  });

  it('explain: something that is not a reason with a known code', () => {
    for (const reason of [
      null,
      'tie_rejected',
      {},
      { code: 'no_such_code' },
      { code: 'toString' },
    ]) {
      expect(problemsOf(() => explain(reason as Untyped))).toEqual([['reason', 'invalid_type']]);
    }
    expect(catchInputError(() => explain({} as Untyped)).problems[0]?.message).toBe(
      'must be a reason as the library gives it, with a known code',
    );
    expect(problemsOf(() => explainAll(tie as Untyped))).toEqual([['reasons', 'invalid_type']]);
    expect(catchInputError(() => explainAll('x' as Untyped)).problems[0]?.message).toBe(
      'must be a list of reasons',
    );
  });

  it('describeRule and describeDuty: something without a kind', () => {
    for (const value of [null, 'consensus', {}, { kind: 1 }]) {
      expect(catchInputError(() => describeRule(value as Untyped)).problems).toEqual([
        {
          path: 'rule',
          code: 'invalid_type',
          message: 'must be a rule as the library gives it, with its kind',
        },
      ]);
      expect(catchInputError(() => describeDuty(value as Untyped)).problems).toEqual([
        {
          path: 'duty',
          code: 'invalid_type',
          message: 'must be a duty as the library gives it, with its kind',
        },
      ]);
    }
  });
});

describe('the engine has no words', () => {
  it('src/model, rules, finance, governance, lifecycle and internal import nothing from src/words', () => {
    const engine = ['model', 'rules', 'finance', 'governance', 'lifecycle', 'internal'].flatMap(
      sources,
    );
    expect(engine.length).toBeGreaterThan(30);
    expect(engine.flatMap((file) => wordsImports(file, readFileSync(file, 'utf8')))).toEqual([]);
  });

  it('the check sees an import of the words layer in any form, and only that', () => {
    const file = join(src, 'rules', 'x.ts');
    expect(
      wordsImports(
        file,
        [
          "import { explain } from '../words/explain.js';",
          'import type { Lang } from "../words/explain.js";',
          "export * from '../words/nb.js';",
          "const en = await import('../words/en.js');",
          "import { reason } from './reason.js';",
          "import { z } from 'zod';",
        ].join('\n'),
      ),
    ).toEqual([
      'rules/x.ts → words/explain.js',
      'rules/x.ts → words/explain.js',
      'rules/x.ts → words/nb.js',
      'rules/x.ts → words/en.js',
    ]);
  });
});
