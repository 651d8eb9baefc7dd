import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The layers of DESIGN.md ("Architecture"), as a rule: each folder of src/
 * imports only from the folders listed for it, all of them below it. Type-only
 * imports count. `.` is the main entry (src/index.ts), the engine alone.
 *
 * internal → model → rules → finance → governance / lifecycle → analysis,
 * ssb, deflator → words → docs → cli, and words → explorer (the page in the
 * browser); agreements are content and import the
 * model's types; an agreement's own rule code (a file that defines an
 * `AgreementRule`, the extension point) may also use internal, model and rules.
 */
const ENGINE = ['internal', 'model', 'rules', 'finance', 'governance', 'lifecycle'];
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  internal: [],
  model: ['internal'],
  rules: ['internal', 'model'],
  finance: ['internal', 'model', 'rules'],
  governance: ['internal', 'model', 'rules', 'finance'],
  lifecycle: ['internal', 'model', 'rules', 'finance'],
  analysis: [...ENGINE],
  ssb: ['internal', 'model', 'rules'],
  deflator: ['internal', 'model', 'rules', 'finance'],
  words: [...ENGINE, 'analysis', 'ssb', 'deflator'],
  docs: [...ENGINE, 'analysis', 'ssb', 'deflator', 'words', 'agreements'],
  cli: [...ENGINE, 'analysis', 'ssb', 'deflator', 'words', 'docs', 'agreements'],
  // The handbook's page in the browser: an edge like the CLI, whose terminal is the DOM.
  explorer: [...ENGINE, 'analysis', 'words', 'agreements'],
  agreements: ['internal', 'model', 'rules'],
  '.': [...ENGINE],
};

/** Packages, and the only folders that may import them. */
const PACKAGES: Readonly<Record<string, readonly string[]>> = {
  zod: ['model', 'ssb'],
  'decimal.js': ['deflator'],
  '@noble/hashes': ['internal'],
  '@date-fns/utc': ['internal'],
  'date-fns': ['internal'],
};

/** Cycles between files that are known and accepted: none. */
const KNOWN_FILE_CYCLES: readonly (readonly string[])[] = [];

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [relative(SRC, path).split(sep).join('/')] : [];
  });
}

/** The folder a file of src/ belongs to: its top folder, or `.` for src/*.ts. */
const folderOf = (file: string) => (file.includes('/') ? (file.split('/')[0] as string) : '.');

/** Every module specifier a file imports or re-exports (comments ignored, type-only included). */
function specifiers(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

/** A relative specifier as the src/ file it names. */
function resolve(from: string, specifier: string): string {
  return join(dirname(from), specifier).split(sep).join('/').replace(/\.js$/, '.ts');
}

const files = sourceFiles(SRC);
const imports = new Map(
  files.map((file) => {
    const all = specifiers(file);
    return [
      file,
      {
        // The package's own package.json (the CLI's version) is data, not a layer.
        local: all
          .filter((s) => s.startsWith('.') && !/^(?:\.\.\/)+package\.json$/.test(s))
          .map((s) => resolve(file, s)),
        packages: all.filter((s) => !s.startsWith('.') && !s.startsWith('node:')),
      },
    ] as const;
  }),
);

/** The strongly connected components with more than one node (or a self-edge): the cycles. */
function cycles(edges: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, next);
    low.set(node, next);
    next++;
    stack.push(node);
    onStack.add(node);
    for (const to of edges.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node) as number, low.get(to) as number));
      } else if (onStack.has(to)) {
        low.set(node, Math.min(low.get(node) as number, index.get(to) as number));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1 || edges.get(node)?.has(node)) found.push(component.sort());
    }
  };
  for (const node of edges.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('the layers of src/', () => {
  it('reads the imports of every source file, type-only ones and re-exports included', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.get('index.ts')?.local).toContain('finance/split-cost.ts');
    // a type-only import and a re-export
    expect(specifiers('agreements/helseplattformen/board.ts')).toContain('../../rules/finding.js');
    expect(imports.get('agreements/index.ts')?.local).toContain(
      'agreements/helseplattformen/index.ts',
    );
  });

  it('every folder of src/ has its place in the table', () => {
    expect(
      [...new Set(files.map(folderOf))].filter((folder) => !Object.hasOwn(ALLOWED, folder)),
    ).toEqual([]);
  });

  it('every import names a file that exists', () => {
    const missing = [...imports].flatMap(([file, { local }]) =>
      local.filter((to) => !imports.has(to)).map((to) => `${file} → ${to}`),
    );
    expect(missing).toEqual([]);
  });

  it('each folder imports only from the folders below it', () => {
    const wrong = [...imports].flatMap(([file, { local }]) => {
      const from = folderOf(file);
      return local
        .filter((to) => folderOf(to) !== from && !ALLOWED[from]?.includes(folderOf(to)))
        .map((to) => `${from}: ${file} → ${to}`);
    });
    expect(wrong).toEqual([]);
  });

  it('the table itself has no cycle between folders', () => {
    const edges = new Map(Object.entries(ALLOWED).map(([from, to]) => [from, new Set(to)]));
    expect(cycles(edges)).toEqual([]);
  });

  it('no cycle between folders', () => {
    const edges = new Map<string, Set<string>>();
    for (const [file, { local }] of imports) {
      const from = folderOf(file);
      const targets = edges.get(from) ?? new Set<string>();
      for (const to of local) if (folderOf(to) !== from) targets.add(folderOf(to));
      edges.set(from, targets);
    }
    expect(cycles(edges)).toEqual([]);
  });

  it('no cycle between files', () => {
    const edges = new Map([...imports].map(([file, { local }]) => [file, new Set(local)]));
    const known = (cycle: readonly string[]) =>
      KNOWN_FILE_CYCLES.some((k) => k.join() === cycle.join());
    expect(cycles(edges).filter((cycle) => !known(cycle))).toEqual([]);
  });

  it('finds a cycle, and a file that imports itself', () => {
    const edges = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set<string>()],
      ['e', new Set(['e'])],
    ]);
    expect(cycles(edges)).toEqual([['a', 'b', 'c'], ['e']]);
  });

  it('each package is imported only where it belongs', () => {
    const wrong = [...imports].flatMap(([file, { packages }]) =>
      packages
        .filter((name) => {
          const owner = Object.keys(PACKAGES).find((p) => name === p || name.startsWith(`${p}/`));
          return owner === undefined || !PACKAGES[owner]?.includes(folderOf(file));
        })
        .map((name) => `${file} → ${name}`),
    );
    expect(wrong).toEqual([]);
  });

  it('agreements take from the engine only the types of the model and the builtIn marker, except their own rules', () => {
    const valueImports = (file: string) =>
      [
        ...readFileSync(join(SRC, file), 'utf8').matchAll(
          /^(?:import|export) (?!type\b)[^;]*?from '(\.[^']+)'/gm,
        ),
      ].map((m) => resolve(file, m[1] as string));
    // the check sees value imports and not type-only ones
    expect(
      valueImports('agreements/helseplattformen/index.ts').filter((to) => to.startsWith('model/')),
    ).toEqual(['model/trusted.ts']);
    /** An agreement's own rule: a file that defines an AgreementRule (src/model/extension.ts). */
    const ownRule = (file: string) =>
      /\bAgreementRule\b/.test(readFileSync(join(SRC, file), 'utf8'));
    expect(ownRule('agreements/helseplattformen/board.ts')).toBe(true);
    const wrong = files
      .filter((file) => folderOf(file) === 'agreements' && !ownRule(file))
      .flatMap((file) =>
        valueImports(file)
          .filter((to) => folderOf(to) !== 'agreements' && to !== 'model/trusted.ts')
          .map((to) => `${file} → ${to}`),
      );
    expect(wrong).toEqual([]);
  });
});
