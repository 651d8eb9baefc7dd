import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every export of every entry of the package has a doc comment with an
 * @example: read from each entry file and the files it re-exports from,
 * following re-exports to the declaration.
 */
const ENTRIES = {
  kommunesamarbeid: 'index.ts',
  'kommunesamarbeid/agreements': 'agreements/index.ts',
  'kommunesamarbeid/docs': 'docs/index.ts',
  'kommunesamarbeid/ssb': 'ssb/index.ts',
  'kommunesamarbeid/deflator': 'deflator/index.ts',
  'kommunesamarbeid/words': 'words/index.ts',
  'kommunesamarbeid/analysis': 'analysis/index.ts',
};

const src = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');

/** The names a file re-exports, each with the file it re-exports it from. */
function reExports(file: string): { name: string; file: string }[] {
  return [
    ...src(file).matchAll(/export (?:type )?\{([^}]*)\} from '(\.{1,2}\/[^']+)\.js'/g),
  ].flatMap((m) =>
    (m[1] ?? '')
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim())
      .filter((name) => name !== '')
      .map((name) => ({
        name,
        file: posix.join(posix.dirname(file), `${m[2]}.ts`),
      })),
  );
}

/** The doc comment of `name`'s declaration, following re-exports; undefined if none. */
function docComment(name: string, file: string): string | undefined {
  const declaration = new RegExp(
    `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:declare )?(?:const|function|interface|type|class) ${name}\\b`,
  ).exec(src(file));
  if (declaration !== null) return declaration[1] ?? '';
  const next = reExports(file).find((e) => e.name === name);
  return next === undefined ? undefined : docComment(name, next.file);
}

const exports = Object.entries(ENTRIES).flatMap(([entry, file]) =>
  reExports(file).map((e) => ({ entry, ...e })),
);

describe('the public API', () => {
  it('has exports to check in every entry', () => {
    expect(exports.length).toBeGreaterThan(100);
    for (const entry of Object.keys(ENTRIES))
      expect(exports.filter((e) => e.entry === entry).length, entry).toBeGreaterThan(0);
  });

  it('follows a re-export to its declaration', () => {
    expect(docComment('MUNICIPAL_DEFLATOR', 'deflator/index.ts')).toContain('@example');
    expect(docComment('nothing-here', 'deflator/index.ts')).toBeUndefined();
  });

  it.each(exports)('$entry: $name ($file) has a doc comment with an @example', ({ name, file }) => {
    const comment = docComment(name, file);
    expect(comment, `${name} has no doc comment in ${file}`).toBeDefined();
    expect(comment ?? '').toContain('@example');
  });
});
