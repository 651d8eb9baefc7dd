import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES, UsageError } from '../../src/cli/io.js';
import { readTextFile, writeFileSafely, writeFilesSafely } from '../../src/cli/node-io.js';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'ks-node-io-'));
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** The `code` a read failure carries. */
const codeOf = (fn: () => unknown): unknown => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: unknown }).code;
  }
  return 'no error';
};

describe('readTextFile: files are read within a size limit, as UTF-8', () => {
  it('the limit is 10 MiB, 10 485 760 bytes', () => {
    expect(MAX_INPUT_BYTES).toBe(10 * 1024 * 1024);
    expect(MAX_INPUT_BYTES).toBe(10_485_760);
  });

  it('reads a UTF-8 file whole, Norwegian letters included, and drops a leading byte order mark', () => {
    const path = join(root, 'a.json');
    writeFileSync(path, '\uFEFF{"navn": "Holtålen – Røros"}');
    expect(readTextFile(path)).toBe('{"navn": "Holtålen – Røros"}');
  });

  it('a file of exactly the limit is read; one byte more is refused with EFBIG', () => {
    const path = join(root, 'a.txt');
    writeFileSync(path, 'x'.repeat(10));
    expect(readTextFile(path, 10)).toBe('xxxxxxxxxx');
    writeFileSync(path, 'x'.repeat(11));
    expect(codeOf(() => readTextFile(path, 10))).toBe('EFBIG');
  });

  it('an endless device (/dev/zero) ends at the limit with EFBIG instead of hanging', () => {
    expect(codeOf(() => readTextFile('/dev/zero'))).toBe('EFBIG');
  });

  it('an empty device (/dev/null) reads as empty text', () => {
    expect(readTextFile('/dev/null')).toBe('');
  });

  it.each([
    ['a lone 0xFF byte', [0x7b, 0xff, 0x7d]],
    ['an overlong encoding of "/"', [0xc0, 0xaf]],
    ['a cut-off two-byte letter (half an "ø")', [0x22, 0xc3]],
    ['Latin-1 "ø" (one byte 0xF8)', [0x22, 0xf8, 0x22]],
    ['an encoded surrogate half', [0xed, 0xa0, 0x80]],
  ])('bytes that are not UTF-8 are refused with EILSEQ: %s', (_, bytes) => {
    const path = join(root, 'bad.json');
    writeFileSync(path, new Uint8Array(bytes));
    expect(codeOf(() => readTextFile(path))).toBe('EILSEQ');
  });

  it('a missing file and a directory give the system’s code', () => {
    expect(codeOf(() => readTextFile(join(root, 'missing.json')))).toBe('ENOENT');
    expect(codeOf(() => readTextFile(root))).toBe('EISDIR');
  });
});

describe('writeFilesSafely: docs writes only inside --out, never through a link', () => {
  const files = [
    { name: 'helseplattformen.md', text: '# Håndbok\n' },
    { name: 'index.html', text: '<!doctype html>\n' },
  ];
  const refusal = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    return 'no error';
  };

  it('creates the directory, with its parents, and writes each file; no temporary file is left', () => {
    const out = join(root, 'a', 'b', 'site');
    writeFilesSafely(out, files);
    expect(readdirSync(out).sort()).toEqual(['helseplattformen.md', 'index.html']);
    expect(readFileSync(join(out, 'helseplattformen.md'), 'utf8')).toBe('# Håndbok\n');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<!doctype html>\n');
  });

  it('replaces regular files written before (docs run again into the same directory)', () => {
    writeFileSync(join(root, 'index.html'), 'old, and longer than the new text');
    writeFilesSafely(root, files);
    expect(readFileSync(join(root, 'index.html'), 'utf8')).toBe('<!doctype html>\n');
    expect(readdirSync(root).sort()).toEqual(['helseplattformen.md', 'index.html']);
  });

  it('an output file that is a hard link to a file elsewhere is replaced, the file elsewhere unchanged', () => {
    const outside = join(root, 'outside.txt');
    const out = join(root, 'out');
    mkdirSync(out);
    writeFileSync(outside, 'keep me');
    linkSync(outside, join(out, 'index.html'));
    writeFilesSafely(out, files);
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<!doctype html>\n');
  });

  it('refuses an empty --out', () => {
    expect(refusal(() => writeFilesSafely('', files))).toBe(
      '--out is empty; give the directory to write to',
    );
  });

  it('refuses an --out that is an existing file, and leaves it alone', () => {
    const path = join(root, 'file.txt');
    writeFileSync(path, 'keep me');
    expect(refusal(() => writeFilesSafely(path, files))).toBe(
      `--out ${path} exists and is not a directory`,
    );
    expect(readFileSync(path, 'utf8')).toBe('keep me');
  });

  it('refuses an --out that is a symbolic link, even to a directory, and writes nothing there', () => {
    const target = join(root, 'target');
    mkdirSync(target);
    const link = join(root, 'link');
    symlinkSync(target, link);
    expect(refusal(() => writeFilesSafely(link, files))).toBe(
      `--out ${link} is a symbolic link; give the directory it points to`,
    );
    expect(readdirSync(target)).toEqual([]);
  });

  it('refuses an output file that is a symbolic link (out/helseplattformen.md → a file outside), writing nothing at all', () => {
    const outside = join(root, 'x');
    writeFileSync(outside, 'keep me');
    const out = join(root, 'out');
    mkdirSync(out);
    symlinkSync(outside, join(out, 'helseplattformen.md'));
    expect(refusal(() => writeFilesSafely(out, files))).toBe(
      `refusing to write ${join(out, 'helseplattformen.md')}: it exists as a symbolic link`,
    );
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    // The check comes before the first write: index.html was not written either.
    expect(readdirSync(out)).toEqual(['helseplattformen.md']);
  });

  it('refuses a dangling symbolic link, which a plain write would follow to create its target', () => {
    const out = join(root, 'out');
    mkdirSync(out);
    const target = join(root, 'created-outside');
    symlinkSync(target, join(out, 'index.html'));
    expect(refusal(() => writeFilesSafely(out, files))).toContain('it exists as a symbolic link');
    expect(readdirSync(root).sort()).toEqual(['out']);
  });

  it('refuses an output file that exists as a directory', () => {
    mkdirSync(join(root, 'index.html'));
    expect(refusal(() => writeFilesSafely(root, files))).toBe(
      `refusing to write ${join(root, 'index.html')}: it exists as something other than a regular file`,
    );
  });

  it.each([
    ['../escape.md', 'refusing to write "../escape.md": not a plain file name'],
    ['a/b.md', 'refusing to write "a/b.md": not a plain file name'],
    ['.hidden', 'refusing to write ".hidden": not a plain file name'],
    ['a..md', 'refusing to write "a..md": not a plain file name'],
    ['', 'refusing to write "": not a plain file name'],
  ])('refuses a name that is not a plain file name: %j', (name, message) => {
    expect(refusal(() => writeFilesSafely(root, [{ name, text: 'x' }]))).toBe(message);
    expect(readdirSync(root)).toEqual([]);
  });

  it('refuses to write one name twice in a run (an agreement with the id "index")', () => {
    const twice = [
      { name: 'index.md', text: 'handbook' },
      { name: 'index.md', text: 'index' },
    ];
    expect(refusal(() => writeFilesSafely(root, twice))).toBe(
      'refusing to write index.md twice in one run',
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it('a directory the system will not write in (/proc) is a usage error naming its code', () => {
    expect(refusal(() => writeFilesSafely('/proc', files))).toMatch(
      /^cannot write to \/proc: E[A-Z]+$/,
    );
    expect(refusal(() => writeFilesSafely('/proc/self/fd', files))).toMatch(
      /^cannot write to \/proc\/self\/fd: E[A-Z]+$/,
    );
    expect(refusal(() => writeFilesSafely('/proc/self', files))).toBe(
      '--out /proc/self is a symbolic link; give the directory it points to',
    );
  });

  it('a directory whose parent is a file cannot be created: a usage error with ENOTDIR', () => {
    writeFileSync(join(root, 'file'), '');
    expect(refusal(() => writeFilesSafely(join(root, 'file', 'out'), files))).toBe(
      `cannot write to ${join(root, 'file', 'out')}: ENOTDIR`,
    );
  });
});

describe('writeFileSafely: init and export write one file, never over anything without --force', () => {
  const refusal = (fn: () => unknown): string => {
    try {
      fn();
    } catch (error) {
      expect(error).toBeInstanceOf(UsageError);
      return (error as Error).message;
    }
    return 'no error';
  };

  it('writes a new file whole, Norwegian letters included', () => {
    const path = join(root, 'avtale.json');
    writeFileSafely(path, '{"navn": "Holtålen"}\n', false);
    expect(readFileSync(path, 'utf8')).toBe('{"navn": "Holtålen"}\n');
    expect(readdirSync(root)).toEqual(['avtale.json']);
  });

  it('refuses an existing file without overwrite, naming --force, and leaves it alone; replaces it with', () => {
    const path = join(root, 'avtale.json');
    writeFileSync(path, 'keep me');
    expect(refusal(() => writeFileSafely(path, 'new', false))).toBe(
      `${path} exists; give --force to overwrite it`,
    );
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    writeFileSafely(path, 'new', true);
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['avtale.json']);
  });

  it('never follows a symbolic link, dangling or not, with or without overwrite', () => {
    const outside = join(root, 'outside.txt');
    writeFileSync(outside, 'keep me');
    const link = join(root, 'link.json');
    symlinkSync(outside, link);
    expect(refusal(() => writeFileSafely(link, 'x', false))).toBe(
      `${link} exists; give --force to overwrite it`,
    );
    expect(refusal(() => writeFileSafely(link, 'x', true))).toContain(
      'it exists as a symbolic link',
    );
    const dangling = join(root, 'dangling.json');
    symlinkSync(join(root, 'created-outside'), dangling);
    expect(refusal(() => writeFileSafely(dangling, 'x', false))).toBe(
      `${dangling} exists; give --force to overwrite it`,
    );
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readdirSync(root).sort()).toEqual(['dangling.json', 'link.json', 'outside.txt']);
  });

  it('refuses an empty path, and a missing directory is a usage error with the system code', () => {
    expect(refusal(() => writeFileSafely('', 'x', false))).toBe(
      '--out is empty; give the file to write',
    );
    const path = join(root, 'missing', 'a.json');
    expect(refusal(() => writeFileSafely(path, 'x', false))).toBe(
      `cannot write to ${path}: ENOENT`,
    );
  });
});
