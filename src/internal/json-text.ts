/**
 * A key given more than once in the same JSON object, where `JSON.parse`
 * would silently keep the last (en nøkkel gitt to ganger).
 *
 * @example
 * const duplicate: JsonDuplicateKey = {
 *   path: ['parties', 0, 'population'],
 *   line: 4,
 *   column: 5,
 *   firstLine: 3,
 *   firstColumn: 5,
 * };
 */
export interface JsonDuplicateKey {
  /** The path of the repeated key: the keys and list indexes down to it, the key last. */
  readonly path: readonly (string | number)[];
  /** Line (from 1) of the repeated key's opening quote. */
  readonly line: number;
  /** Column (from 1, in UTF-16 code units) of the repeated key's opening quote. */
  readonly column: number;
  /** Line of the first time the key is given in that object. */
  readonly firstLine: number;
  /** Column of the first time the key is given in that object. */
  readonly firstColumn: number;
}

interface ObjectFrame {
  readonly kind: 'object';
  /** Each key seen in this object, with the offset of its first occurrence. */
  readonly keys: Map<string, number>;
  /** The key whose value comes next, or `undefined` while a key is expected. */
  key: string | undefined;
}

interface ArrayFrame {
  readonly kind: 'array';
  index: number;
}

type Frame = ObjectFrame | ArrayFrame;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Every key that is given twice in one object of a JSON text, in text order,
 * with its path and its line and column. Keys are compared as JSON reads
 * them: `"a"` and `"\u0061"` are the same key. `__proto__`, `constructor`
 * and the like are ordinary keys here.
 *
 * The text must be valid JSON (run `JSON.parse` on it first): this scanner
 * only tracks structure and trusts the grammar. It keeps no recursion, so
 * deep nesting cannot overflow the stack.
 *
 * @example
 * findDuplicateKeys('{"a": 1,\n "a": 2}');
 * //=> [{ path: ['a'], line: 2, column: 2, firstLine: 1, firstColumn: 2 }]
 */
export function findDuplicateKeys(text: string): JsonDuplicateKey[] {
  const found: { path: (string | number)[]; at: number; first: number }[] = [];
  const stack: Frame[] = [];
  /** The path to the innermost open container. */
  const path: (string | number)[] = [];
  const open = (frame: Frame) => {
    const parent = stack[stack.length - 1];
    if (parent !== undefined)
      path.push(parent.kind === 'array' ? parent.index : (parent.key as string));
    stack.push(frame);
  };
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    const top = stack[stack.length - 1];
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      // An unclosed string: the text is not JSON, and ends here.
      if (end === text.length) break;
      if (top?.kind === 'object' && top.key === undefined) {
        const raw = text.slice(i + 1, end);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
        const first = top.keys.get(key);
        if (first === undefined) top.keys.set(key, i);
        else found.push({ path: [...path, key], at: i, first });
        top.key = key;
      }
      i = end + 1;
    } else if (c === 0x7b /* { */) {
      open({ kind: 'object', keys: new Map(), key: undefined });
      i++;
    } else if (c === 0x5b /* [ */) {
      open({ kind: 'array', index: 0 });
      i++;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      path.pop();
      i++;
    } else if (c === 0x2c /* , */) {
      if (top?.kind === 'array') top.index++;
      else if (top !== undefined) top.key = undefined;
      i++;
    } else {
      // Whitespace, ':' and the characters of numbers, true, false and null.
      i++;
    }
  }
  if (found.length === 0) return [];
  const lines = lineStarts(text);
  return found.map(({ path: keyPath, at, first }) => {
    const [line, column] = position(lines, at);
    const [firstLine, firstColumn] = position(lines, first);
    return { path: keyPath, line, column, firstLine, firstColumn };
  });
}

/** The offset of the quote that closes the string opening at `start`. */
function stringEnd(text: string, start: number): number {
  let j = start + 1;
  // The length bound only matters for text that is not JSON: it ends the scan.
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j;
    j += c === BACKSLASH ? 2 : 1;
  }
  return text.length;
}

/** The offset where each line starts. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Line and column, both from 1, of an offset. */
function position(starts: readonly number[], offset: number): [number, number] {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] as number) <= offset) low = mid;
    else high = mid - 1;
  }
  return [low + 1, offset - (starts[low] as number) + 1];
}
