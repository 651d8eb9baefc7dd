import type { InputProblem } from '../model/errors.js';

/**
 * The bokmål of the engine's input errors, for the command line's default
 * language and the handbook's explorer. The engine words its problems in English, each with a code and a
 * path; the most frequent wordings (a field that is required or unknown, a
 * date, an amount, a whole number, a choice among values) are said here in
 * bokmål. A message this table does not know stays in English, whole, so that
 * nothing is half translated or lost.
 */

/** The subjects of the engine's errors ("Invalid amount (1 problem):"). */
const SUBJECTS: Readonly<Record<string, string>> = {
  'Invalid agreement': 'Ugyldig avtale',
  'Invalid amount': 'Ugyldig beløp',
  'Invalid assignment': 'Ugyldig fordeling av seter',
  'Invalid events': 'Ugyldige hendelser',
  'Invalid invoice': 'Ugyldig faktura',
  'Invalid meeting': 'Ugyldig møte',
  'Invalid options': 'Ugyldige valg',
  'Invalid quantities': 'Ugyldige mengder',
  'Invalid readings': 'Ugyldige lesninger',
  'Invalid regions': 'Ugyldige regioner',
  'Invalid scenario file': 'Ugyldig scenariofil',
  'Invalid test report': 'Ugyldig testrapport',
  'Invalid years': 'Ugyldige år',
  'Invalid input': 'Ugyldig inndata',
  'Cannot apportion': 'Kan ikke fordele',
  'Cannot withdraw': 'Kan ikke tre ut',
  'Cannot date the withdrawal': 'Kan ikke tidfeste uttredenen',
  'Cannot set the new share': 'Kan ikke fastsette den nye andelen',
  'Figures missing': 'Tall mangler',
  'Floors and caps do not fit': 'Gulv og tak går ikke opp',
  'Population missing': 'Folketall mangler',
  'Share missing': 'Andel mangler',
};

const AMOUNT_NB = 'må være et beløp i kroner med høyst to desimaler, f.eks. 1 234,50 eller 1234.50';

/**
 * The wordings, each matched from the start of a message. What follows the
 * match must be nothing or an echo of the value (`: "…"`), which is kept.
 */
const WORDINGS: readonly (readonly [RegExp, (...groups: string[]) => string])[] = [
  [/^is required$/, () => 'mangler'],
  [
    /^is required: a cost key is by population$/,
    () => 'mangler: en kostnadsnøkkel er etter folketall',
  ],
  [
    /^is not a known field \(check the spelling against the JSON Schema in schema\/\)/,
    () => 'er ikke et kjent felt (sjekk stavemåten mot JSON Schema i schema/)',
  ],
  [/^must not be empty/, () => 'kan ikke være tom'],
  [/^must not be negative/, () => 'kan ikke være negativ'],
  [/^must be text/, () => 'må være tekst'],
  [/^must be true or false/, () => 'må være true eller false'],
  [/^must be a whole number ≥ (\d+)/, (n) => `må være et helt tall ≥ ${n}`],
  [/^must be a year from (\d+) to (\d+)/, (a, b) => `må være et år fra ${a} til ${b}`],
  [
    /^must be a date YYYY-MM-DD that exists in the calendar/,
    () => 'må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen',
  ],
  [
    /^must be an? (?:[a-z ]+ )?id of lowercase letters, digits and hyphens(?:, e\.g\. ("[^"]*"))?/,
    (example) =>
      `må være en id av små bokstaver, sifre og bindestreker${example === undefined ? '' : `, f.eks. ${example}`}`,
  ],
  [
    /^must be a kommunenummer: four digits as a string, e\.g\. ("\d{4}")/,
    (example) => `må være et kommunenummer: fire sifre som tekst, f.eks. ${example}`,
  ],
  [
    /^must be a percentage like ("[^"]*") or a fraction like ("[^"]*")/,
    (p, f) => `må være en prosent som ${p} eller en brøk som ${f}`,
  ],
  [
    /^must be an amount in NOK as text: digits with a dot before at most two decimals, e\.g\. ("[\d.]+")/,
    (example) =>
      `må være et beløp i kroner som tekst: sifre med punktum foran høyst to desimaler, f.eks. ${example}`,
  ],
  [/^must be an amount in NOK[^:]*(?=:|$)/, () => AMOUNT_NB],
  [/^has more than two decimals/, () => 'har mer enn to desimaler'],
  [
    /^must be a kommunenummer of four digits, e\.g\. (\d{4})/,
    (example) => `må være et kommunenummer på fire sifre, f.eks. ${example}`,
  ],
  [
    /^has no kommunenummer \(a sum line\? verify adds up the lines itself: remove it\)$/,
    () => 'har ikke noe kommunenummer (en sumlinje? verify summerer linjene selv: fjern den)',
  ],
  [/^must be one of:? (.*)$/, (list) => `må være en av: ${list}`],
  [
    /^must be ((?:"[^"]*", )*"[^"]*") or ("[^"]*")$/,
    (some, last) => `må være ${some} eller ${last}`,
  ],
  [
    /^must be at most ([\d {2}]+)( characters)?$/,
    (n, characters) => `kan være høyst ${n}${characters === undefined ? '' : ' tegn'}`,
  ],
  [
    /^must be at least ([\d {2}]+)( characters)?$/,
    (n, characters) => `må være minst ${n}${characters === undefined ? '' : ' tegn'}`,
  ],
  [
    /^names (\S+), which is not among the parties$/,
    (x) => `nevner ${x}, som ikke er blant partene`,
  ],
  [
    /^([a-z0-9-]+) states no notice period for withdrawal$/,
    (id) => `${id} oppgir ingen oppsigelsestid for uttreden`,
  ],
  [/^([a-z0-9-]+) states no rules for admission$/, (id) => `${id} har ingen regler for opptak`],
  [
    /^([a-z0-9-]+) has one seat per region \(([^)]+)\), and ([a-z0-9-]+) gives no region division: supply the regions$/,
    (organ, clause, id) =>
      `${organ} har ett sete per region (${clause}), og ${id} gir ingen regioninndeling: oppgi regionene`,
  ],
  [
    /^the ownership shares \(([^)]+)\) of the (\d+) members on (\d{4}-\d{2}-\d{2}) sum to ([^,]+), not the whole$/,
    (clause, n, date, sum) =>
      `eierandelene (${clause}) til de ${n} medlemmene per ${date} utgjør ${sum}, ikke det hele`,
  ],
  [
    /^states (a share|an ownership share) for (\S+), which is not among the parties$/,
    (what, x) =>
      `oppgir ${what === 'a share' ? 'en andel' : 'en eierandel'} for ${x}, som ikke er blant partene`,
  ],
  [
    /^(\d{4}) holds the seat ([a-z0-9-]+) of ([a-z0-9-]+); the regional seats are for the other municipalities \(([^)]+)\)$/,
    (n, seat, organ, clause) =>
      `${n} har setet ${seat} i ${organ}; setene per region er for de andre kommunene (${clause})`,
  ],
  [/^(\S+) is invoiced on line (\d+) too$/, (x, n) => `${x} er fakturert på linje ${n} også`],
  [
    /^is given twice in one object \(line (\d+), column (\d+); first at line (\d+), column (\d+)\)$/,
    (l, c, fl, fc) =>
      `er gitt to ganger i samme objekt (linje ${l}, kolonne ${c}; første gang linje ${fl}, kolonne ${fc})`,
  ],
];

/** What may follow a matched wording: nothing, or the value echoed (quoted, or a number). */
const ECHO = /^(?:: (?:"(?:[^"\\]|\\.)*"|-?[\d.e+-]+))?$/;

/**
 * A problem's message in the run's language: bokmål where the table knows
 * the wording, otherwise (and in English) the engine's own.
 */
export function problemMessage(problem: InputProblem, lang: 'nb' | 'en'): string {
  if (lang === 'en') return problem.message;
  for (const [pattern, say] of WORDINGS) {
    const match = pattern.exec(problem.message);
    if (match === null) continue;
    const rest = problem.message.slice(match[0].length);
    if (!ECHO.test(rest)) continue;
    return say(...match.slice(1).map((g) => g as string)) + rest;
  }
  return problem.message;
}

/**
 * A problem's path in the run's language: a line of a file (`f.csv, line 2,
 * Beløp`) is a `linje` in bokmål; the rest of a path is data and stays.
 */
export function pathWords(path: string, lang: 'nb' | 'en'): string {
  return lang === 'en' ? path : path.replace(/, line (\d+)(?=,|:|$)/g, ', linje $1');
}

/**
 * An error's subject in the run's language ("Invalid amount" → "Ugyldig
 * beløp"); a subject that names a file (`x.json: Invalid scenario file`) keeps
 * its file.
 */
export function subjectWords(subject: string, lang: 'nb' | 'en'): string {
  if (lang === 'en') return subject;
  const file = /^(.*: )?(.*)$/s.exec(subject) as RegExpExecArray;
  const known = Object.hasOwn(SUBJECTS, file[2] as string)
    ? SUBJECTS[file[2] as string]
    : undefined;
  if (known !== undefined) return `${file[1] ?? ''}${known}`;
  const named = /^(Invalid invoice|Duplicate keys in) (.+)$/s.exec(subject);
  if (named === null) return subject;
  return `${named[1] === 'Invalid invoice' ? 'Ugyldig faktura' : 'Dupliserte nøkler i'} ${named[2]}`;
}
