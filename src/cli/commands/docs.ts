import { handbook } from '../../docs/handbook.js';
import { TEST_TITLES } from '../../docs/test-titles.generated.js';
import type { Agreement } from '../../model/agreement.js';
import { type CliIo, UsageError } from '../io.js';
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
  if (values.out === undefined) throw new UsageError('docs needs --out, the directory to write to');
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new UsageError(`--year must be a year like 2026; got "${values.year}"`);
  }
  if (io.writeFile === undefined) throw new UsageError('docs cannot write files here');
  const year = values.year === undefined ? coming : Number(values.year);
  const agreements: Agreement[] =
    values.agreement === undefined
      ? Object.values(builtInAgreements)
      : [loadAgreement(values.agreement, io)];
  const written: string[] = [];
  const write = (name: string, text: string) => {
    const path = `${values.out}/${name}`;
    io.writeFile?.(path, text);
    written.push(path);
  };
  for (const agreement of agreements) {
    const { markdown, html } = handbook(agreement, {
      testTitles: TEST_TITLES[agreement.id] ?? [],
      year,
      apiBase: '../api',
    });
    write(`${agreement.id}.md`, markdown);
    write(`${agreement.id}.html`, html);
  }
  const links = agreements.map(
    (a) => `<li><a href="${a.id}.html">${a.title}</a> (<a href="${a.id}.md">Markdown</a>)</li>`,
  );
  write(
    'index.html',
    `<!doctype html>\n<html lang="nb">\n<head><meta charset="utf-8"><title>Håndbøker</title></head>\n<body>\n<h1>Håndbøker</h1>\n<ul>\n${links.join('\n')}\n</ul>\n<p><a href="../api/index.html">API-referanse</a></p>\n</body>\n</html>\n`,
  );
  write(
    'index.md',
    `# Håndbøker\n\n${agreements.map((a) => `- [${a.title}](${a.id}.md)`).join('\n')}\n`,
  );
  return `${written.join('\n')}\n`;
}
