import { parseArgs } from 'node:util';
import { AgreementInputError, shortenMessage } from '../model/errors.js';
import { LEGAL_FORMS } from '../model/legal-form.js';
import { checkCommand } from './commands/check.js';
import { decideCommand } from './commands/decide.js';
import { docsCommand } from './commands/docs.js';
import { exportCommand, initCommand } from './commands/files.js';
import {
  admitCommand,
  deadlinesCommand,
  settleCommand,
  withdrawCommand,
} from './commands/lifecycle.js';
import { sharesCommand } from './commands/shares.js';
import { splitCommand } from './commands/split.js';
import { type CliIo, UsageError } from './io.js';
import { builtInAgreements, LIMIT_TEXT, loadAgreement } from './load-agreement.js';
import { langOption } from './output.js';
import { forTerminal } from './terminal.js';

const USAGE = `Usage: kommunesamarbeid <command> [options]

Commands:
  shares [--date D] [--pool P] [--quantities FILE] [--liability] [--reading NOTE=READING]...
                                 ownership (eierandeler) or cost shares of the parties on D;
                                 --pool/--quantities: the cost shares of a pool's key or of a
                                 key with a measured part; --liability: the share of the
                                 obligations each party answers for (IKS-loven § 3)
  split [--amount A] [--date D] [--service-area S] [--pool P] [--quantities FILE]
        [--reading NOTE=READING]...
                                 split A NOK among the parties (or an area's) by the key;
                                 a rate per inhabitant sets the amount itself (no --amount);
                                 --pool: the key of a cost pool; --quantities: measured
                                 figures for a key with a measured part (JSON, or CSV with
                                 the header measure,kommunenummer,value[,from,to])
  decide --organ O --matter M --meeting FILE [--regions FILE] [--reading NOTE=READING]...
                                 decide a matter at a meeting (schema/meeting.json)
  withdraw --party N --notice-date D [--notice-received D] [--extra-costs A]
                                 when a withdrawal takes effect, and the shares after it
                                 (--notice-received: the day the notice was received, for an
                                 agreement that counts from receipt; then --notice-date may go)
  admit --number N --name S --population P [--date D] [--condition ID]... [--shares FILE]
                                 each admission condition met, not met or unknown (--condition ID:
                                 a condition of the agreement it meets, by id; one not given is
                                 unknown), how it is decided, shares (--shares: the new table of
                                 shares the body decided, JSON kommunenummer → "40.07" or "1/3")
  settle --year Y [--amount A] [--events FILE] [--pool P] [--quantities FILE]
         [--reading NOTE=READING]...
                                 the year's cost by days of membership (events: withdrawals,
                                 admissions); a rate per inhabitant sets the amount itself
  deadlines --year Y [--party N] what each party and body must do that year
  check                          validate an agreement file and report findings on it
  docs --out DIR [--date D] [--year Y] [--results FILE] [--api-base URL]
                                 write the handbooks (Markdown and HTML) of the agreements;
                                 --date: the handbook's date (default: the day the agreement
                                 starts), --year: the deadline calendar's (default: the year of
                                 the date), --results: vitest's JSON report of the test run to
                                 show (npm run docs), --api-base: where the API reference is
  export [--out FILE] [--force]  the agreement as a JSON agreement file (schema/agreement.json)
                                 that parses back to the same agreement
  init [--form FORM] [--out FILE] [--force]
                                 a starting agreement file of the legal form (default
                                 kommunalt-oppgavefellesskap): every section, a $comment on
                                 each, placeholders marked FYLL INN; valid as it is, so check
                                 passes before and after each edit

Options for every command:
  --agreement <id|file.json>     a built-in id or an agreement file (schema/agreement.json);
                                 default helseplattformen
Built-in agreements: ${Object.keys(builtInAgreements).join(', ')}
  --json                         machine-readable output (money and percentages as
                                 dot-decimal strings, dates as YYYY-MM-DD); each reason as
                                 { code, clause, values, text }, text in --lang
  --lang nb|en                   the language of reasons and rules: nb (bokmål, default) or
                                 en (English); tables and headings stay in bokmål (not docs:
                                 the handbook is bokmål)
  -h, --help                     this help

Legal forms (init --form):
${wrap(LEGAL_FORMS, 2, 98)}

Readings: where the agreement can be read more than one way, an interpretation
note names the readings; --reading NOTE=READING chooses one (once per note).
Results show the reading applied and the outcome under the others.

Dates are YYYY-MM-DD (default: the day the agreement starts). Amounts are NOK
with at most two decimals, written 10000000.00, 10000000,00 or 10 000 000,00.

Files: a path, or - for standard input; JSON in UTF-8 (a leading byte order
mark is allowed) of at most ${LIMIT_TEXT}. A larger file, device or
pipe is refused, as is a key given twice in one object. docs writes only inside
--out (created if missing): it refuses an --out that is a symbolic link or not
a directory, and an output file that exists as a symbolic link or anything but
a regular file. export and init print the file, or write it to --out FILE:
never over anything that exists there unless --force is given, and even then
only over a regular file. Control characters and escape sequences are removed from what
is printed.

Exit codes: 0 success, 2 bad input or usage, 1 internal error.
`;

/** Items joined by ", " in lines of at most `width` columns, each indented by `indent`. */
function wrap(items: readonly string[], indent: number, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const item of items) {
    const next = line === '' ? item : `${line}, ${item}`;
    if (indent + next.length + 1 > width && line !== '') {
      lines.push(`${line},`);
      line = item;
    } else line = next;
  }
  lines.push(line);
  return lines.map((l) => `${' '.repeat(indent)}${l}`).join('\n');
}

const OPTIONS = {
  agreement: { type: 'string' },
  json: { type: 'boolean', default: false },
  lang: { type: 'string' },
  date: { type: 'string' },
  amount: { type: 'string' },
  organ: { type: 'string' },
  matter: { type: 'string' },
  meeting: { type: 'string' },
  regions: { type: 'string' },
  reading: { type: 'string', multiple: true },
  'service-area': { type: 'string' },
  party: { type: 'string' },
  'notice-date': { type: 'string' },
  'notice-received': { type: 'string' },
  'extra-costs': { type: 'string' },
  number: { type: 'string' },
  name: { type: 'string' },
  population: { type: 'string' },
  condition: { type: 'string', multiple: true },
  shares: { type: 'string' },
  year: { type: 'string' },
  events: { type: 'string' },
  out: { type: 'string' },
  form: { type: 'string' },
  force: { type: 'boolean', default: false },
  pool: { type: 'string' },
  quantities: { type: 'string' },
  liability: { type: 'boolean', default: false },
  results: { type: 'string' },
  'api-base': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  shares: [
    'agreement',
    'json',
    'lang',
    'date',
    'reading',
    'pool',
    'quantities',
    'liability',
    'help',
  ],
  split: [
    'agreement',
    'json',
    'lang',
    'date',
    'amount',
    'service-area',
    'reading',
    'pool',
    'quantities',
    'help',
  ],
  decide: ['agreement', 'json', 'lang', 'organ', 'matter', 'meeting', 'regions', 'reading', 'help'],
  withdraw: [
    'agreement',
    'json',
    'lang',
    'party',
    'notice-date',
    'notice-received',
    'extra-costs',
    'help',
  ],
  admit: [
    'agreement',
    'json',
    'lang',
    'number',
    'name',
    'population',
    'date',
    'condition',
    'shares',
    'help',
  ],
  settle: [
    'agreement',
    'json',
    'lang',
    'year',
    'amount',
    'events',
    'reading',
    'pool',
    'quantities',
    'help',
  ],
  deadlines: ['agreement', 'json', 'lang', 'year', 'party', 'help'],
  check: ['agreement', 'json', 'lang', 'help'],
  docs: ['agreement', 'out', 'year', 'date', 'results', 'api-base', 'help'],
  export: ['agreement', 'out', 'force', 'help'],
  init: ['form', 'out', 'force', 'help'],
};

/**
 * Runs the command line and returns the exit code: 0 success (whatever the
 * outcome), 2 bad input or usage, 1 internal error. Never throws.
 */
export function run(argv: readonly string[], host: CliIo): number {
  // Everything printed passes one filter: no control characters or escape sequences.
  const io: CliIo = {
    ...host,
    stdout: (text) => host.stdout(forTerminal(text)),
    stderr: (text) => host.stderr(forTerminal(text)),
  };
  try {
    io.stdout(execute(argv, io));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `kommunesamarbeid: ${shortenMessage(error.message)}\nRun "kommunesamarbeid --help" for usage.\n`,
      );
      return 2;
    }
    if (error instanceof AgreementInputError) {
      io.stderr(`kommunesamarbeid: ${error.message}\n`);
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.stderr(`kommunesamarbeid: internal error, please report it:\n${detail}\n`);
    return 1;
  }
}

function execute(argv: readonly string[], io: CliIo): string {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const [command, ...extra] = positionals;
  if (command === undefined) {
    if (values.help) return USAGE;
    throw new UsageError('no command given');
  }
  const allowed = COMMANDS[command];
  if (allowed === undefined || !Object.hasOwn(COMMANDS, command)) {
    throw new UsageError(
      `unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`,
    );
  }
  if (values.help) return USAGE;
  if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
  for (const name of Object.keys(values)) {
    const given = (values as Record<string, unknown>)[name];
    if (given !== undefined && given !== false && !allowed.includes(name)) {
      throw new UsageError(`${command} does not take --${name}`);
    }
  }
  const lang = langOption(values.lang);
  if (command === 'check') return checkCommand(values.agreement, values.json, io, lang);
  if (command === 'docs') return docsCommand(values, io);
  if (command === 'export') return exportCommand(values, io);
  if (command === 'init') return initCommand(values, io, io.comingYear ?? 2026);
  const agreement = loadAgreement(values.agreement, io);
  if (command === 'shares') return sharesCommand(agreement, values, io, lang);
  if (command === 'decide') return decideCommand(agreement, values, io, lang);
  if (command === 'withdraw') return withdrawCommand(agreement, values, lang);
  if (command === 'admit') return admitCommand(agreement, values, io, lang);
  if (command === 'settle') return settleCommand(agreement, values, io, lang);
  if (command === 'deadlines') return deadlinesCommand(agreement, values, lang);
  return splitCommand(agreement, values, io, lang);
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}
