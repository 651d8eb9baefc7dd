import { spawnSync } from 'node:child_process';
import {
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
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { helseplattformen } from '../../src/agreements/helseplattformen/index.js';
import type { CliIo, OutputFile } from '../../src/cli/io.js';
import { writeFilesSafely } from '../../src/cli/node-io.js';
import { run } from '../../src/cli/run.js';
import { forTerminal } from '../../src/cli/terminal.js';

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the CLI in-process with files in memory; `extra` adds to or replaces the host's I/O. */
function cli(
  argv: string[],
  files: Record<string, string> = {},
  extra: Partial<CliIo> = {},
): Outcome {
  let stdout = '';
  let stderr = '';
  const code = run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: (path) => {
      if (Object.hasOwn(files, path)) return files[path] as string;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    ...extra,
  });
  return { code, stdout, stderr };
}

/** Line and column (from 1) of an offset, counted here by splitting the text. */
const lineColumn = (text: string, offset: number): [number, number] => {
  const lines = text.slice(0, offset).split('\n');
  return [lines.length, (lines.at(-1) as string).length + 1];
};

const seats = helseplattformen.parties.map((p) => p.municipality.number);
const DECIDE = [
  'decide',
  '--organ',
  'representantskap',
  '--matter',
  'budget',
  '--meeting',
  'm.json',
];
const meeting = JSON.stringify({
  date: '2025-03-12',
  presiding: '5001',
  attendance: Object.fromEntries(seats.map((s) => [s, 'member'])),
  ballots: Object.fromEntries(seats.map((s) => [s, 'for'])),
});

describe('duplicate keys in a JSON file are an error with path, line and column', () => {
  it('an agreement file giving Kristiansund’s population twice: exit 2, the path, both places', () => {
    const pretty = JSON.stringify(helseplattformen, null, 2);
    const once = '"population": 24404';
    const at = pretty.indexOf(once);
    const text = `${pretty.slice(0, at)}${once},\n      "population": 99999${pretty.slice(at + once.length)}`;
    const [firstLine, firstColumn] = lineColumn(text, at);
    const [line, column] = lineColumn(text, text.indexOf('"population": 99999'));
    expect(line).toBe(firstLine + 1);
    const { code, stdout, stderr } = cli(['shares', '--agreement', 'a.json'], { 'a.json': text });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toBe(
      `kommunesamarbeid: Dupliserte nøkler i a.json (1 feil):\n  parties[1].population: er gitt to ganger i samme objekt (linje ${line}, kolonne ${column}; første gang linje ${firstLine}, kolonne ${firstColumn})\n`,
    );
  });

  it('a meeting file recording one municipality’s vote twice: exit 2, not the last vote silently', () => {
    const text = meeting.replace('"5001":"for"', '"5001":"for","5001":"against"');
    expect(text).not.toBe(meeting);
    const { code, stderr } = cli(DECIDE, { 'm.json': text });
    expect(code).toBe(2);
    expect(stderr).toContain(
      `kommunesamarbeid: Dupliserte nøkler i m.json (1 feil):\n  ballots["5001"]: er gitt to ganger i samme objekt (linje 1, kolonne ${text.lastIndexOf('"5001"') + 1}; første gang linje 1, kolonne ${text.indexOf('"5001":"for"') + 1})`,
    );
  });

  it('a regions file and an events file with a key given twice: exit 2 each, with the path', () => {
    const regions = '[{"id":"alle","name":"Alle","name":"Alle igjen","municipalities":["5001"]}]';
    const styre = JSON.stringify({
      date: '2025-03-12',
      presiding: 'alle',
      attendance: { alle: 'member' },
      ballots: { alle: 'for' },
    });
    const r = cli(
      [
        'decide',
        '--organ',
        'styre',
        '--matter',
        'decision',
        '--meeting',
        's.json',
        '--regions',
        'r.json',
      ],
      { 's.json': styre, 'r.json': regions },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      `  [0].name: er gitt to ganger i samme objekt (linje 1, kolonne ${regions.lastIndexOf('"name"') + 1}; første gang linje 1, kolonne ${regions.indexOf('"name"') + 1})`,
    );
    const events =
      '[{"type":"withdrawal","party":"5001","party":"1505","noticeSentOn":"2025-03-15"}]';
    const e = cli(['settle', '--year', '2026', '--amount', '100', '--events', 'e.json'], {
      'e.json': events,
    });
    expect(e.code).toBe(2);
    expect(e.stderr).toContain(
      `  [0].party: er gitt to ganger i samme objekt (linje 1, kolonne ${events.lastIndexOf('"party"') + 1}; første gang linje 1, kolonne ${events.indexOf('"party"') + 1})`,
    );
  });

  it('check reads through the same reader: a duplicate key is exit 2, not a valid agreement', () => {
    const text = JSON.stringify(helseplattformen).replace('{"id":', '{"id":"x","id":');
    const { code, stderr } = cli(['check', '--agreement', 'a.json'], { 'a.json': text });
    expect(code).toBe(2);
    // `{"id":"x",` is 10 characters: the second "id" opens at column 11.
    expect(stderr).toContain(
      '  id: er gitt to ganger i samme objekt (linje 1, kolonne 11; første gang linje 1, kolonne 2)',
    );
  });
});

describe('files: the size limit and UTF-8, as the reader reports them', () => {
  const failing = (code: string) => ({
    readFile: () => {
      throw Object.assign(new Error(code), { code });
    },
  });

  it('a file larger than the limit: exit 2, naming the limit', () => {
    const { code, stderr } = cli(['shares', '--agreement', 'big.json'], {}, failing('EFBIG'));
    expect([code, stderr]).toEqual([
      2,
      'kommunesamarbeid: kan ikke lese big.json: den er større enn grensen på 10 MiB (10,485,760 bytes)\nKjør «kommunesamarbeid shares --help» for hjelp.\n',
    ]);
  });

  it('a file that is not UTF-8: exit 2', () => {
    const { code, stderr } = cli(['decide', ...DECIDE.slice(1)], {}, failing('EILSEQ'));
    expect(code).toBe(2);
    expect(stderr).toContain('kan ikke lese m.json: den er ikke UTF-8-tekst');
  });

  it('--help states the limit and the rules for --out', () => {
    const oneLine = (text: string) => text.replace(/\s+/g, ' ');
    const help = oneLine(cli(['--help', '--lang', 'en']).stdout);
    expect(help).toContain(
      'at most 10 MiB (10,485,760 bytes): a larger file, device or pipe is refused',
    );
    expect(oneLine(cli(['--help']).stdout)).toContain(
      'høyst 10 MiB (10,485,760 bytes): en større fil, enhet eller rør avvises',
    );
    expect(oneLine(cli(['docs', '--help', '--lang', 'en']).stdout)).toContain(
      'docs writes only inside --out (created if missing)',
    );
  });

  it('a 1 MB unknown key is echoed as 59 characters and …, in the error and in check', () => {
    const key = 'k'.repeat(1_000_000);
    const text = JSON.stringify({ ...helseplattformen, [key]: 1 });
    const shown = `["${'k'.repeat(59)}…"]: er ikke et kjent felt`;
    const shares = cli(['shares', '--agreement', 'a.json'], { 'a.json': text });
    expect(shares.code).toBe(2);
    expect(shares.stderr).toContain(`\n  ${shown}`);
    expect(shares.stderr.length).toBeLessThan(300);
    const check = cli(['check', '--agreement', 'a.json'], { 'a.json': text });
    expect(check.code).toBe(2);
    expect(check.stdout).toContain(`\n  ${shown}`);
    expect(check.stdout.length).toBeLessThan(300);
    const checkJson = cli(['check', '--agreement', 'a.json', '--json'], { 'a.json': text });
    const problems = (JSON.parse(checkJson.stdout) as { problems: { path: string }[] }).problems;
    expect(problems.map((p) => p.path)).toEqual([`["${'k'.repeat(59)}…"]`]);
  });

  it('a usage error echoing a long argument is shortened too', () => {
    const { code, stderr } = cli(['shares', 'a'.repeat(5000)]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `kommunesamarbeid: uventet argument «${'a'.repeat(59)}…»\nKjør «kommunesamarbeid shares --help» for hjelp.\n`,
    );
  });
});

describe('--reading: one reading per note, and only notes and readings that exist', () => {
  const amend = [...DECIDE.slice(0, 4), 'agreement-amendment', ...DECIDE.slice(5)];

  it.each([
    [
      'the same note twice with different readings',
      ['consensus-scope=present', 'consensus-scope=all-seats'],
      '--reading nevner notatet consensus-scope to ganger (present og all-seats); gi én lesning per notat',
    ],
    [
      'the same note twice with the same reading',
      ['consensus-scope=present', 'consensus-scope=present'],
      '--reading nevner notatet consensus-scope to ganger (present og present); gi én lesning per notat',
    ],
    [
      'a note the agreement does not have',
      ['no-such-note=x'],
      'readings["no-such-note"]: names no interpretation note',
    ],
    [
      'a note called "constructor"',
      ['constructor=x'],
      'readings.constructor: names no interpretation note',
    ],
    [
      'a reading the note does not have',
      ['consensus-scope=most'],
      'readings["consensus-scope"]: "most" is not a reading of consensus-scope',
    ],
  ])('%s: exit 2, nothing printed on stdout', (_, readings, message) => {
    const argv = [...amend, ...readings.flatMap((r) => ['--reading', r])];
    const { code, stdout, stderr } = cli(argv, { 'm.json': meeting });
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('output: nothing printed can steer the terminal; index files escape titles', () => {
  const titled = (title: string) => JSON.stringify({ ...helseplattformen, title });

  it('a title with escape sequences and C1 controls is printed without them', () => {
    const file = titled('Avtale\u001b]0;pwned\u0007\u001b[2J om \u009b31mIT\u0085\r');
    const { code, stdout } = cli(['shares', '--agreement', 'a.json'], { 'a.json': file });
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('Avtale om IT');
    expect(stdout).toBe(forTerminal(stdout));
  });

  it('--json keeps a name’s value: C1 controls as \\u escapes, read back unchanged', () => {
    const name = 'Trond\u0085heim \u009b31m';
    const [first, ...rest] = helseplattformen.parties;
    const file = JSON.stringify({
      ...helseplattformen,
      parties: [{ ...first, municipality: { ...first?.municipality, name } }, ...rest],
    });
    const { code, stdout } = cli(['shares', '--agreement', 'a.json', '--json'], { 'a.json': file });
    expect(code).toBe(0);
    expect(stdout).toContain('"name": "Trond\\u0085heim \\u009b31m"');
    const out = JSON.parse(stdout) as { parties: { name: string }[] };
    expect(out.parties[0]?.name).toBe(name);
  });

  it('error messages are filtered too: an unknown agreement named with an escape sequence', () => {
    const { code, stderr } = cli(['shares', '--agreement', 'x\u001b[2Jy']);
    expect(code).toBe(2);
    expect(stderr).toContain('ukjent avtale "xy"');
  });

  it('docs escapes a title in index.html and index.md', () => {
    const files = new Map<string, string>();
    const writeFiles = (directory: string, list: readonly OutputFile[]) => {
      for (const { name, text } of list) files.set(`${directory}/${name}`, text);
    };
    const { code } = cli(
      ['docs', '--out', 'o', '--agreement', 'a.json'],
      { 'a.json': titled('<script>alert("x")</script> & [lenke](javascript:)') },
      { writeFiles },
    );
    expect(code).toBe(0);
    expect(files.get('o/index.html')).toContain(
      '<a href="helseplattformen.html">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; [lenke](javascript:)</a>',
    );
    expect(files.get('o/index.md')).toContain(
      '- [\\<script\\>alert("x")\\</script\\> & \\[lenke\\](javascript:)](helseplattformen.md)',
    );
  });
});

describe('docs --out, and ids named like Object.prototype, with the real file writer', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ks-docs-'));
  });
  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });
  const docs = (argv: string[], files: Record<string, string> = {}) =>
    cli(['docs', ...argv], files, { writeFiles: writeFilesSafely, comingYear: 2026 });

  it('--out "" is refused with exit 2 before anything is made', () => {
    const { code, stdout, stderr } = docs(['--out', '']);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toContain('--out er tom; gi mappen det skal skrives til');
  });

  it('an agreement whose id is "constructor" gets its handbook (no test titles of Object’s)', () => {
    const file = JSON.stringify({ ...helseplattformen, id: 'constructor' });
    const out = join(root, 'site');
    const { code, stdout, stderr } = docs(['--out', out, '--agreement', 'a.json'], {
      'a.json': file,
    });
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toBe(
      ['constructor.md', 'constructor.html', 'index.html', 'index.md']
        .map((n) => `${out}/${n}\n`)
        .join(''),
    );
    expect(readdirSync(out).sort()).toEqual([
      'constructor.html',
      'constructor.md',
      'index.html',
      'index.md',
    ]);
    expect(readFileSync(join(out, 'index.md'), 'utf8')).toContain('(constructor.md)');
  });

  it('an agreement whose id is "index" would overwrite the index: exit 2, nothing written', () => {
    const file = JSON.stringify({ ...helseplattformen, id: 'index' });
    const out = join(root, 'site');
    const { code, stderr } = docs(['--out', out, '--agreement', 'a.json'], { 'a.json': file });
    expect(code).toBe(2);
    expect(stderr).toContain('skriver ikke index.html to ganger i én kjøring');
    expect(readdirSync(root)).toEqual([]);
  });

  it('a symbolic link inside --out (helseplattformen.md → a file outside): exit 2, the file outside unchanged', () => {
    const outside = join(root, 'x');
    writeFileSync(outside, 'keep me');
    const out = join(root, 'out');
    mkdirSync(out);
    symlinkSync(outside, join(out, 'helseplattformen.md'));
    const { code, stderr } = docs(['--out', out, '--agreement', 'helseplattformen']);
    expect(code).toBe(2);
    expect(stderr).toContain('den finnes som en symbolsk lenke');
    expect(readFileSync(outside, 'utf8')).toBe('keep me');
    expect(readdirSync(out)).toEqual(['helseplattformen.md']);
  });

  it('--out naming an existing file: exit 2, the file unchanged', () => {
    const file = join(root, 'f');
    writeFileSync(file, 'keep me');
    const { code, stderr } = docs(['--out', file, '--agreement', 'helseplattformen']);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${file} finnes og er ikke en mappe`);
    expect(readFileSync(file, 'utf8')).toBe('keep me');
  });

  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])(
    'a command named %s is an unknown command, exit 2',
    (name) => {
      const { code, stderr } = cli([name]);
      expect(code).toBe(2);
      expect(stderr).toContain(`ukjent kommando «${name}»`);
    },
  );

  it('--agreement constructor is an unknown built-in id, exit 2', () => {
    const { code, stderr } = cli(['shares', '--agreement', 'constructor']);
    expect(code).toBe(2);
    expect(stderr).toContain('ukjent avtale "constructor"');
  });
});

// Each run starts node with tsx: seconds each on a loaded machine, so more time than the default.
describe('the bin as a process, with the real file system', { timeout: 60_000 }, () => {
  const main = fileURLToPath(new URL('../../src/cli/main.ts', import.meta.url));
  const bin = (args: string[], input?: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', main, ...args], {
      encoding: 'utf8',
      timeout: 20_000,
      ...(input === undefined ? {} : { input }),
    });
  const tooLarge =
    'den er større enn grensen på 10 MiB (10,485,760 bytes)\nKjør «kommunesamarbeid shares --help» for hjelp.\n';

  it('--agreement /dev/zero ends with exit 2 instead of hanging', () => {
    const result = bin(['shares', '--agreement', '/dev/zero']);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`kommunesamarbeid: kan ikke lese /dev/zero: ${tooLarge}`);
  });

  it('standard input (-) is read within the limit: a valid agreement works, 10 MiB + 1 byte does not', () => {
    const ok = bin(['shares', '--agreement', '-', '--json'], JSON.stringify(helseplattformen));
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { agreement: string }).agreement).toBe('helseplattformen');
    const big = bin(['shares', '--agreement', '-'], ' '.repeat(10 * 1024 * 1024 + 1));
    expect(big.status).toBe(2);
    expect(big.stderr).toBe(`kommunesamarbeid: kan ikke lese -: ${tooLarge}`);
  });

  it('a file in Latin-1 (not UTF-8): exit 2', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ks-bin-'));
    try {
      const path = join(dir, 'latin1.json');
      writeFileSync(path, Buffer.from('{"title": "Ørland"}', 'latin1'));
      const result = bin(['shares', '--agreement', path]);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`kan ikke lese ${path}: den er ikke UTF-8-tekst`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('docs --out /proc/self (a link) and --out /proc (no files allowed): exit 2, no stack trace', () => {
    for (const out of ['/proc/self', '/proc']) {
      const result = bin(['docs', '--out', out, '--agreement', 'khs-vestre-viken']);
      expect(result.status).toBe(2);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });
});
