import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/**
 * Every export of the public API has a doc comment with an @example: read
 * from src/index.ts and the files it re-exports from.
 */
const src = (path: string) => readFileSync(new URL(`../../src/${path}`, import.meta.url), 'utf8');
const index = src('index.ts');
const exports = [...index.matchAll(/export (?:type )?\{([^}]*)\} from '\.\/([^']+)\.js'/g)].flatMap(
  (m) =>
    (m[1] ?? '')
      .split(',')
      .map((name) => name.replace(/^\s*type\s+/, '').trim())
      .filter((name) => name !== '')
      .map((name) => ({ name, file: `${m[2]}.ts` })),
);

describe('the public API', () => {
  it('has exports to check', () => {
    expect(exports.length).toBeGreaterThan(100);
  });

  it.each(exports)('$name ($file) has a doc comment with an @example', ({ name, file }) => {
    const code = src(file);
    const declaration = new RegExp(
      `/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:declare )?(?:const|function|interface|type|class) ${name}\\b`,
    ).exec(code);
    expect(declaration, `${name} has no doc comment in ${file}`).not.toBeNull();
    expect(declaration?.[1] ?? '').toContain('@example');
  });
});
