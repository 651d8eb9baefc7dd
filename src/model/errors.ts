/**
 * One problem found in the input: where it is and what is wrong.
 *
 * @example
 * const problem: InputProblem = {
 *   path: 'parties[3].population',
 *   code: 'invalid_type',
 *   message: 'must be a whole number ≥ 0',
 * };
 */
export interface InputProblem {
  /** Where the problem is, e.g. `parties[3].population`; `''` for the input as a whole. */
  readonly path: string;
  /** A stable code for programs (`invalid_type`, `duplicate_party`, `too_many_decimals`, …). */
  readonly code: string;
  /** What is wrong, in English, for people. */
  readonly message: string;
}

/**
 * The one error thrown for bad input (ugyldig inndata): it lists every problem
 * found, each with its path, so that a whole file can be corrected in one go.
 *
 * A rule outcome that is "no" (not quorate, not adopted) is a result, never
 * this error; this error means the question itself could not be asked.
 *
 * @example
 * try {
 *   splitCost(helseplattformen, '100.005');
 * } catch (error) {
 *   if (error instanceof AgreementInputError) {
 *     error.problems;
 *     //=> [{ path: 'amount', code: 'too_many_decimals', message: 'has more than two decimals: "100.005"' }]
 *   }
 * }
 */
export class AgreementInputError extends Error {
  /** Every problem found, in path order. Never empty. */
  readonly problems: readonly InputProblem[];

  constructor(problems: readonly InputProblem[], subject = 'Invalid input') {
    const sorted = [...problems].sort(compareProblems);
    const lines = sorted.map(
      (p) =>
        `  ${p.path === '' ? '(input)' : shortenMessage(p.path)}: ${shortenMessage(p.message)}`,
    );
    const count = sorted.length === 1 ? '1 problem' : `${sorted.length} problems`;
    super(`${subject} (${count}):\n${lines.join('\n')}`);
    this.name = 'AgreementInputError';
    this.problems = Object.freeze(sorted);
  }
}

/** Path order with list indexes compared as numbers: `parties[5]` before `parties[34]`. */
function compareProblems(a: InputProblem, b: InputProblem): number {
  return compareNatural(a.path, b.path) || compareNatural(a.message, b.message);
}

function compareNatural(a: string, b: string): number {
  const ta = a.match(/\d+|\D+/g) ?? [];
  const tb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const x = ta[i] as string;
    const y = tb[i] as string;
    if (x === y) continue;
    const numeric = /^\d/.test(x) && /^\d/.test(y);
    if (numeric && x.length !== y.length) return x.length - y.length;
    return x < y ? -1 : 1;
  }
  return ta.length - tb.length;
}

/**
 * The most characters of one piece of input (a key, a quoted value) that a
 * message repeats: a 10 MB key is echoed as its first 59 characters and `…`.
 *
 * @example
 * ECHO_LIMIT; //=> 60
 */
export const ECHO_LIMIT = 60;

/** The most characters of a whole message line, whatever it echoes. */
const MESSAGE_LIMIT = 10 * ECHO_LIMIT;

/**
 * Text cut to `limit` characters, the last of them `…`, never between the
 * two halves of a surrogate pair; text within the limit is returned as is.
 *
 * @example
 * shortenEcho('x'.repeat(100)); //=> `${'x'.repeat(59)}…`
 */
export function shortenEcho(text: string, limit: number = ECHO_LIMIT): string {
  if (text.length <= limit) return text;
  let end = limit - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last < 0xdc00) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * A message with each quoted stretch of input (`"…"`, backslash escapes
 * honoured) cut to {@link ECHO_LIMIT} characters, and the whole cut to ten
 * times that: what a message echoes of a hostile file stays readable.
 *
 * @example
 * shortenMessage(`is not a reading: "${'r'.repeat(100)}"`);
 * //=> `is not a reading: "${'r'.repeat(59)}…"`
 */
export function shortenMessage(message: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = message.indexOf('"', from);
    if (open < 0) break;
    let close = open + 1;
    while (close < message.length && message.charCodeAt(close) !== 0x22) {
      close += message.charCodeAt(close) === 0x5c ? 2 : 1;
    }
    out += message.slice(from, open + 1) + shortenEcho(message.slice(open + 1, close));
    // An unclosed quote runs to the end of the message.
    if (close >= message.length) return shortenEcho(out, MESSAGE_LIMIT);
    out += '"';
    from = close + 1;
  }
  return shortenEcho(out + message.slice(from), MESSAGE_LIMIT);
}

/**
 * Writes a path the way a JSON author reads it: `parties[3].municipality.number`.
 *
 * @example
 * formatPath(['parties', 3, 'population']); //=> 'parties[3].population'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  if (!Array.isArray(path)) {
    throw new AgreementInputError(
      [{ path: 'path', code: 'invalid_type', message: 'must be a list of keys and indexes' }],
      'Cannot format the path',
    );
  }
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = shortenEcho(String(key));
      out += /^[A-Za-z_$][\w$]*$/.test(name)
        ? `${out === '' ? '' : '.'}${name}`
        : `[${JSON.stringify(name)}]`;
    }
  }
  return out;
}
