/// <reference types="vite/client" />
/**
 * The `@example` blocks of the doc comments are run, and every result they
 * state (`expression; //=> value`) is checked: the documentation cannot drift
 * from the code. Each example runs with every export of `src/` in scope (its
 * `import` lines are dropped), TypeScript stripped by the compiler.
 */
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';

const SRC = new URL('../../src/', import.meta.url);

/** Every export of every module under src/, by name (the first module to export a name wins). */
const modules = import.meta.glob<Record<string, unknown>>(
  ['../../src/**/*.ts', '!../../src/cli/main.ts'],
  { eager: true },
);
const scope: Record<string, unknown> = { z };
for (const exports of Object.values(modules)) {
  for (const [name, value] of Object.entries(exports)) {
    if (!(name in scope)) scope[name] = value;
  }
}

interface Example {
  readonly file: string;
  readonly line: number;
  readonly code: string;
}

function filesUnder(dir: URL, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? filesUnder(new URL(`${entry.name}/`, dir), `${prefix}${entry.name}/`)
      : entry.name.endsWith('.ts')
        ? [`${prefix}${entry.name}`]
        : [],
  );
}

/** The examples of one file: the lines after `@example` up to the next tag or the end of the comment. */
function examplesOf(file: string): Example[] {
  const text = readFileSync(new URL(file, SRC), 'utf8');
  const found: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = (comment[1] ?? '').split('\n').map((l) => l.replace(/^\s*\* ?/, ''));
    const startLine = text.slice(0, comment.index).split('\n').length;
    for (let i = 0; i < lines.length; i++) {
      if (!/^@example\b/.test(lines[i] ?? '')) continue;
      const body: string[] = [];
      let j = i + 1;
      while (j < lines.length && !/^@\w/.test(lines[j] ?? '')) body.push(lines[j++] ?? '');
      const code = body
        .join('\n')
        .replace(/^```\w*$/gm, '')
        .trim();
      if (code !== '') found.push({ file, line: startLine + i, code });
    }
  }
  return found;
}

/** `// throws`, `// throws: text` or `// throws Name: text`; the text is group 1. */
const THROWS = /^\/\/ throws(?: \w+)?(?::\s*(.+))?$/;

/** Whether a text parses as one whole expression. */
const isExpression = (text: string) =>
  ts.transpileModule(`(${text});`, { reportDiagnostics: true }).diagnostics?.length === 0;

/**
 * Rewrites `expr; //=> value` (the result on the same line or on the lines
 * after, continued by `//` lines until it is a whole expression) into a call of `__expect(expr, value)`, and
 * `expr; // throws: text` (or `// throws Name: text`) into
 * `__throws(() => expr, text)`: the error's message contains the text.
 */
function instrument(code: string): { readonly js: string; readonly checks: number } {
  const source = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      edits.push({ start: node.getStart(), end: node.end, text: '' });
    } else if (!ts.isExpressionStatement(node) || !stated(node)) {
      ts.forEachChild(node, visit);
    }
  };
  /** Rewrites a statement followed by a stated result; false when none follows it. */
  const stated = (statement: ts.ExpressionStatement): boolean => {
    // The comments after the statement: on its own line (trailing), then on the lines after.
    const comments = [
      ...(ts.getTrailingCommentRanges(code, statement.end) ?? []),
      ...(ts.getLeadingCommentRanges(code, statement.end) ?? []),
    ].map((c) => code.slice(c.pos, c.end));
    const first = comments.findIndex((c) => c.startsWith('//=>') || THROWS.test(c));
    if (first < 0) return false;
    const expression = statement.expression.getText(source);
    const thrown = THROWS.exec(comments[first] ?? '');
    if (thrown !== null) {
      const text = JSON.stringify(thrown[1] ?? '');
      edits.push({
        start: statement.getStart(),
        end: statement.end,
        text: `__throws(() => (${expression}), ${text});`,
      });
      return true;
    }
    let value = (comments[first] ?? '').slice(4);
    for (const line of comments.slice(first + 1)) {
      if (isExpression(value) || !line.startsWith('//') || line.startsWith('//=>')) break;
      value += `\n${line.slice(2)}`;
    }
    edits.push({
      start: statement.getStart(),
      end: statement.end,
      text: `__expect((${expression}), (${value}));`,
    });
    return true;
  };
  visit(source);
  let rewritten = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    rewritten = rewritten.slice(0, edit.start) + edit.text + rewritten.slice(edit.end);
  }
  const js = ts.transpileModule(rewritten, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  return { js, checks: edits.filter((e) => e.text !== '').length };
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<unknown>;

/**
 * Examples that reach outside the process are shown, not run: they call the
 * network, write files, or read a file of the reader's own.
 */
const reachesOut = (code: string) =>
  /\b(fetch|writeFilesSafely|writeFileSafely|readFileSync)\(/.test(code);

const examples = filesUnder(SRC)
  .filter((file) => !file.endsWith('.generated.ts'))
  .flatMap(examplesOf);

describe('the examples in the doc comments', () => {
  it('are found', () => {
    expect(examples.length).toBeGreaterThan(150);
    expect(examples.filter((e) => e.code.includes('//=>')).length).toBeGreaterThan(80);
  });

  it.each(examples.filter((e) => !reachesOut(e.code)).map((e) => [`${e.file}:${e.line}`, e]))(
    '%s runs and gives the results it states',
    async (_, example) => {
      const { js, checks } = instrument(example.code);
      // Every stated result is checked: none stands where it cannot be (after a declaration).
      expect(checks).toBe(example.code.match(/\/\/=>|\/\/ throws\b/g)?.length ?? 0);
      const names = Object.keys(scope);
      const run = new AsyncFunction('__expect', '__throws', ...names, js);
      await run(
        (actual: unknown, expected: unknown) => {
          expect(actual).toEqual(expected);
        },
        (thrower: () => unknown, text: string) => {
          expect(thrower).toThrow(text);
        },
        ...names.map((n) => scope[n]),
      );
    },
  );
});
