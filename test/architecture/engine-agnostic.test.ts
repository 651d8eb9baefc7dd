import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtInAgreements } from '../../src/cli/load-agreement.js';
import { run } from '../../src/cli/run.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ENGINE = ['model', 'rules', 'finance', 'governance', 'lifecycle', 'internal'];

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The code without its comments: strings, template literals (with their
 * `${…}` parts) and regular code are kept; `//` and block comments become
 * spaces (a doc comment's example may name an agreement).
 */
function withoutComments(source: string): string {
  let out = '';
  // A stack of what we are inside: code at a brace depth, or a template literal.
  const stack: ('template' | number)[] = [0];
  let i = 0;
  while (i < source.length) {
    const c = source[i] as string;
    const next = source[i + 1];
    const top = stack[stack.length - 1];
    if (top === 'template') {
      if (c === '\\') {
        out += c + (next ?? '');
        i += 2;
      } else if (c === '`') {
        stack.pop();
        out += c;
        i++;
      } else if (c === '$' && next === '{') {
        stack.push(0);
        out += '${';
        i += 2;
      } else {
        out += c;
        i++;
      }
      continue;
    }
    if (c === '/' && next === '/') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (c === '/' && next === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      out += ' ';
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < source.length && source[j] !== c && source[j] !== '\n') {
        j += source[j] === '\\' ? 2 : 1;
      }
      out += source.slice(i, j + 1);
      i = j + 1;
    } else if (c === '`') {
      stack.push('template');
      out += c;
      i++;
    } else if (c === '{') {
      stack[stack.length - 1] = (top as number) + 1;
      out += c;
      i++;
    } else if (c === '}') {
      if (top === 0 && stack.length > 1) stack.pop();
      else stack[stack.length - 1] = (top as number) - 1;
      out += c;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Names and ids of the built-in agreements, their parties' places and their admission conditions. */
const FORBIDDEN: readonly RegExp[] = [
  /helseplattformen/i,
  /digitr(?:o|ø)ndelag/i,
  /r(?:o|ø)ros/i,
  /\bkhs\b/i,
  /vestre[\s-]viken/i,
  /samarbeidsavtalen/i,
  /tjenesteavtale/i,
  /bindal/i,
  /holt(?:a|å)len/i,
  // An agreement's clause ("§9", "§4 A"); a statute is written "§ 17-1", with a space.
  /§\d/,
  ...Object.keys(builtInAgreements).map((id) => new RegExp(`\\b${id}\\b`)),
];

describe('the engine names no agreement', () => {
  it('strips comments but keeps strings and template literals', () => {
    expect(
      withoutComments(
        `const a = 'x // y'; // Helseplattformen\n/* §6 */ const b = \`a \${f({ c: '§1' })} // b\`;`,
      ),
    ).toBe(`const a = 'x // y'; \n  const b = \`a \${f({ c: '§1' })} // b\`;`);
    expect(withoutComments('const s = "a\\"b"; /** §9 */')).toBe('const s = "a\\"b";  ');
  });

  const files = ENGINE.flatMap((folder) => filesUnder(join(ROOT, 'src', folder)));

  it('reads every engine folder', () => {
    for (const folder of ENGINE) {
      expect(files.some((f) => relative(ROOT, f).startsWith(`src/${folder}/`))).toBe(true);
    }
  });

  it.each(files.map((f) => relative(ROOT, f)))(
    '%s: no agreement id, name, condition or clause number outside comments',
    (file) => {
      const code = withoutComments(readFileSync(join(ROOT, file), 'utf8'))
        // A clause reference as a format example in a description is no clause of an agreement.
        .replace(/e\.g\. \\?"§[^"\\]*\\?"(?: or \\?"§[^"\\]*\\?")?/g, 'e.g. "…"');
      const hits = code
        .split('\n')
        .flatMap((line) => FORBIDDEN.filter((re) => re.test(line)).map(() => line.trim()));
      expect(hits).toEqual([]);
    },
  );

  it('the CLI has no agreement-specific option: no flag names an agreement or one of its conditions', () => {
    const cli = (argv: string[]) => {
      let out = '';
      const code = run(argv, {
        stdout: (t) => {
          out += t;
        },
        stderr: (t) => {
          out += t;
        },
        readFile: () => {
          throw new Error('no files');
        },
      });
      return { code, out };
    };
    // Every flag any command's help names.
    const commands = [...cli(['--help']).out.matchAll(/^ {2}([a-z]+) /gm)].map((m) => m[1]);
    const help = commands.map((c) => cli(['help', c as string]).out).join('\n');
    const flags = [...help.matchAll(/--([a-z][a-z-]*)/g)].map((m) => m[1] as string);
    expect(flags).toContain('condition');
    const specific = new Set(
      Object.entries(builtInAgreements).flatMap(([id, a]) => [
        id,
        ...(a.lifecycle?.admission?.conditions ?? []).map((c) => c.id),
        ...a.parties.map((p) => p.municipality.name.toLowerCase()),
      ]),
    );
    expect(flags.filter((f) => specific.has(f))).toEqual([]);
    for (const flag of ['--samarbeidsavtalen', '--tjenesteavtale']) {
      const { code, out } = cli(['admit', flag]);
      expect([code, out]).toEqual([2, expect.stringContaining(flag)]);
    }
  });
});
