import { version } from '../../../package.json';
import { toHtml } from '../../docs/blocks.js';
import { handbook } from '../../docs/handbook/index.js';
import { readTestResults, type TestRun } from '../../docs/test-results.js';
import { TEST_TITLES } from '../../docs/test-titles.generated.js';
import { isIsoDate } from '../../internal/iso-date.js';
import type { Agreement } from '../../model/agreement.js';
import { type CliIo, EMPTY_OUT_DIRECTORY, type OutputFile, UsageError } from '../io.js';
import { builtInAgreements, loadAgreement, readJson } from '../load-agreement.js';

/**
 * `kommunesamarbeid docs --out DIR [--agreement id|file] [--date D] [--year Y]
 * [--results FILE] [--api-base URL]`: writes the handbook of every built-in
 * agreement (or the one given) as Markdown and HTML, plus an index; prints
 * the files written. Nothing comes from the clock: the handbook's date is
 * `--date` or the day the agreement starts, the calendar's year `--year` or
 * the year of that date. `--results`: vitest's JSON report of the run, whose
 * results the handbook shows; without it, the handbook says the tests were
 * not run. `--api-base`: the address of the API reference, for links from
 * each rule; without it, none.
 */
export function docsCommand(
  values: {
    readonly out?: string | undefined;
    readonly agreement?: string | undefined;
    readonly year?: string | undefined;
    readonly date?: string | undefined;
    readonly results?: string | undefined;
    readonly 'api-base'?: string | undefined;
  },
  io: CliIo,
): string {
  if (values.out === undefined) {
    throw new UsageError('docs needs --out, the directory to write to', {
      code: 'missing_option',
      nb: 'docs trenger --out, mappen det skal skrives til',
    });
  }
  if (values.out === '') throw new UsageError(...EMPTY_OUT_DIRECTORY);
  if (values.year !== undefined && !/^\d{4}$/.test(values.year)) {
    throw new UsageError(`--year must be a year like 2026; got "${values.year}"`, {
      code: 'invalid_value',
      path: '--year',
      nb: `--year må være et år som 2026; fikk "${values.year}"`,
    });
  }
  if (values.date !== undefined && !isIsoDate(values.date)) {
    throw new UsageError(
      `--date must be a date YYYY-MM-DD that exists in the calendar; got "${values.date}"`,
      {
        code: 'invalid_value',
        path: '--date',
        nb: `--date må være en dato ÅÅÅÅ-MM-DD som finnes i kalenderen; fikk "${values.date}"`,
      },
    );
  }
  const apiBase = values['api-base'];
  if (apiBase !== undefined && !/^(?:https?:\/\/|\.{0,2}\/)?[^\s"<>]+$/.test(apiBase)) {
    throw new UsageError(
      `--api-base must be an address like https://example.org/api or ../api; got "${apiBase}"`,
      {
        code: 'invalid_value',
        path: '--api-base',
        nb: `--api-base må være en adresse som https://example.org/api eller ../api; fikk "${apiBase}"`,
      },
    );
  }
  const writeFiles = io.writeFiles;
  if (writeFiles === undefined) {
    throw new UsageError('docs cannot write files here', { nb: 'docs kan ikke skrive filer her' });
  }
  const run: TestRun | undefined =
    values.results === undefined ? undefined : readTestResults(readJson(values.results, io));
  const agreements: Agreement[] =
    values.agreement === undefined
      ? Object.values(builtInAgreements)
      : [loadAgreement(values.agreement, io)];
  const explorerScript = io.explorerScript?.();
  const files: OutputFile[] = [];
  const write = (name: string, text: string) => {
    files.push({ name, text });
  };
  for (const agreement of agreements) {
    const date = values.date ?? agreement.validFrom;
    // An own property only: the id "constructor" must not find Object's.
    const results =
      run === undefined
        ? undefined
        : Object.hasOwn(run.byAgreement, agreement.id)
          ? run.byAgreement[agreement.id]
          : [];
    const { markdown, html } = handbook(agreement, {
      // An own property only: the id "constructor" must not find Object's.
      testTitles: Object.hasOwn(TEST_TITLES, agreement.id)
        ? (TEST_TITLES[agreement.id] as readonly string[])
        : [],
      year: values.year === undefined ? Number(date.slice(0, 4)) : Number(values.year),
      ...(values.date === undefined ? {} : { date: values.date }),
      version,
      ...(results === undefined ? {} : { results }),
      ...(run?.date === undefined ? {} : { testedOn: run.date }),
      ...(apiBase === undefined ? {} : { apiBase }),
      ...(explorerScript === undefined ? {} : { explorerScript }),
    });
    write(`${agreement.id}.md`, markdown);
    write(`${agreement.id}.html`, html);
  }
  write(
    'index.html',
    toHtml(
      [
        { kind: 'heading', level: 1, text: 'Håndbøker', id: 'top' },
        {
          kind: 'list',
          items: agreements.map((a) => [
            { link: `${a.id}.html`, text: a.title },
            ' (',
            { link: `${a.id}.md`, text: 'Markdown' },
            ')',
          ]),
        },
        {
          kind: 'paragraph',
          parts: [
            `Laget av kommunesamarbeid ${version}.`,
            ...(apiBase === undefined
              ? []
              : [' ', { link: `${apiBase.replace(/\/$/, '')}/index.html`, text: 'API-referanse' }]),
          ],
        },
      ],
      'Håndbøker',
      `kommunesamarbeid ${version}`,
    ),
  );
  write(
    'index.md',
    `# Håndbøker\n\n${agreements.map((a) => `- [${escapeMarkdown(a.title)}](${a.id}.md)`).join('\n')}\n`,
  );
  // Every file is made before the first is written: a failure writes nothing.
  writeFiles(values.out, files);
  return `${files.map(({ name }) => `${values.out}/${name}`).join('\n')}\n`;
}

/** Text for a Markdown link's words: the characters Markdown reads, with a backslash. */
function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]|<>])/g, '\\$1');
}
