import { handbook } from '../../docs/handbook/index.js';
import { TEST_TITLES } from '../../docs/test-titles.generated.js';
import type { Agreement } from '../../model/agreement.js';
import { type CliIo, type OutputFile, UsageError } from '../io.js';
import { builtInAgreements, loadAgreement } from '../load-agreement.js';

/**
 * `kommunesamarbeid docs --out DIR [--agreement id|file] [--year Y]`: writes
 * the handbook of every built-in agreement (or the one given) as Markdown and
 * HTML, plus an index; prints the files written.
 */
export function docsCommand(
  values: {
    readonly out?: string | undefined;
    readonly agreement?: string | undefined;
    readonly year?: string | undefined;
  },
  io: CliIo,
  coming: number,
): string {
  if (values.out === undefined) {
    throw new UsageError('docs needs --out, the directory to write to', {
      code: 'missing_option',
      nb: 'docs trenger --out, mappen det skal skrives til',
    });
  }
  if (values.out === '') throw new UsageError('--out is empty; give the directory to write to');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new UsageError(`--year must be a year like 2026; got "${values.year}"`, {
      code: 'invalid_value',
      path: '--year',
      nb: `--year må være et år som 2026; fikk "${values.year}"`,
    });
  }
  const writeFiles = io.writeFiles;
  if (writeFiles === undefined) throw new UsageError('docs cannot write files here');
  const year = values.year === undefined ? coming : Number(values.year);
  const agreements: Agreement[] =
    values.agreement === undefined
      ? Object.values(builtInAgreements)
      : [loadAgreement(values.agreement, io)];
  const files: OutputFile[] = [];
  const write = (name: string, text: string) => {
    files.push({ name, text });
  };
  for (const agreement of agreements) {
    const { markdown, html } = handbook(agreement, {
      // An own property only: the id "constructor" must not find Object's.
      testTitles: Object.hasOwn(TEST_TITLES, agreement.id)
        ? (TEST_TITLES[agreement.id] as readonly string[])
        : [],
      year,
      apiBase: '../api',
    });
    write(`${agreement.id}.md`, markdown);
    write(`${agreement.id}.html`, html);
  }
  const links = agreements.map(
    (a) =>
      `<li><a href="${a.id}.html">${escapeHtml(a.title)}</a> (<a href="${a.id}.md">Markdown</a>)</li>`,
  );
  write(
    'index.html',
    `<!doctype html>\n<html lang="nb">\n<head><meta charset="utf-8"><title>Håndbøker</title></head>\n<body>\n<h1>Håndbøker</h1>\n<ul>\n${links.join('\n')}\n</ul>\n<p><a href="../api/index.html">API-referanse</a></p>\n</body>\n</html>\n`,
  );
  write(
    'index.md',
    `# Håndbøker\n\n${agreements.map((a) => `- [${escapeMarkdown(a.title)}](${a.id}.md)`).join('\n')}\n`,
  );
  // Every file is made before the first is written: a failure writes nothing.
  writeFiles(values.out, files);
  return `${files.map(({ name }) => `${values.out}/${name}`).join('\n')}\n`;
}

/** Text for HTML: `&`, `<`, `>` and `"` as entities (a title comes from a file). */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Text for a Markdown link's words: the characters Markdown reads, with a backslash. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}
