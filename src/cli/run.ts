import { parseArgs } from 'node:util';
import {
  AgreementInputError,
  type InputProblem,
  shortenEcho,
  shortenMessage,
} from '../model/errors.js';
import type { Lang } from '../words/explain.js';
import { pathWords, problemMessage, subjectWords } from '../words/input-words.js';
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
import { testCommand } from './commands/test.js';
import { verifyCommand } from './commands/verify.js';
import { commandHelp, globalHelp, WITHOUT_CSV } from './help.js';
import { type CliIo, UsageError } from './io.js';
import { builtInAgreements, loadAgreement } from './load-agreement.js';
import { MESSAGES, nearest } from './messages.js';
import { langOption, toJson } from './output.js';
import { fitWidth, formatOption } from './table.js';
import { forTerminal } from './terminal.js';

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
  invoice: { type: 'string' },
  results: { type: 'string' },
  'api-base': { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  format: { type: 'string' },
  version: { type: 'boolean', short: 'v', default: false },
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
  verify: [
    'agreement',
    'json',
    'lang',
    'invoice',
    'amount',
    'date',
    'service-area',
    'reading',
    'pool',
    'quantities',
    'help',
  ],
  check: ['agreement', 'json', 'lang', 'help'],
  test: ['json', 'lang', 'help'],
  docs: ['agreement', 'out', 'year', 'date', 'results', 'api-base', 'help'],
  export: ['agreement', 'out', 'force', 'help'],
  init: ['form', 'out', 'force', 'help'],
};

/** The options every command takes besides its own: `--format` where it takes `--json`. */
function allowedOf(command: string): readonly string[] {
  const own = COMMANDS[command] as readonly string[];
  return [
    ...own,
    ...(own.includes('json') ? ['format'] : []),
    ...(own.includes('lang') ? [] : ['lang']),
  ];
}

/** What a command prints, and its exit code where it is not 0. */
type CommandResult =
  | string
  | { readonly text: string; readonly exitCode: number; readonly crlf?: boolean };

/**
 * Runs the command line and returns the exit code: 0 success (whatever the
 * outcome), 2 bad input or usage (and `check` of an invalid agreement),
 * 1 internal error or (`test`) a scenario that failed, 3 an invoice that
 * deviates (`verify`). Never throws. With `--json` (or `--format json`) an
 * error is one JSON object on standard error:
 * `{ "error": title, "problems": [{ "path", "code", "message" }] }`.
 */
export function run(argv: readonly string[], host: CliIo): number {
  // Everything printed passes one filter: no control characters or escape
  // sequences; CR only in the CRLF that ends a CSV line.
  const io: CliIo = {
    ...host,
    stdout: (text) => host.stdout(forTerminal(text)),
    stderr: (text) => host.stderr(forTerminal(text)),
  };
  const { lang, json, command } = preScan(argv);
  const t = MESSAGES[lang];
  const fail = (title: string, problems: readonly InputProblem[], text: string) =>
    io.stderr(
      json
        ? toJson({
            error: title,
            problems: problems.map((p) => ({
              path: shortenMessage(p.path),
              code: p.code,
              message: shortenMessage(p.message),
            })),
          })
        : text,
    );
  try {
    const result = execute(argv, io);
    if (typeof result === 'string') {
      io.stdout(result);
      return 0;
    }
    if (result.crlf === true) host.stdout(result.text.split('\r\n').map(forTerminal).join('\r\n'));
    else io.stdout(result.text);
    return result.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      const message = shortenMessage(lang === 'nb' ? (error.nb ?? error.message) : error.message);
      fail(
        t.usageTitle,
        [{ path: error.path, code: error.code, message }],
        `kommunesamarbeid: ${message}\n${t.seeHelp(command)}\n`,
      );
      return 2;
    }
    if (error instanceof AgreementInputError) {
      const subject = (error.message.split('\n')[0] as string).replace(/ \(\d+ problems?\):$/, '');
      const title = subjectWords(subject, lang);
      const problems = error.problems.map((p) => ({
        ...p,
        path: pathWords(p.path, lang),
        message: problemMessage(p, lang),
      }));
      const lines = problems.map(
        (p) =>
          `  ${p.path === '' ? t.wholeInput : shortenMessage(p.path)}: ${shortenMessage(p.message)}`,
      );
      fail(
        title,
        problems,
        `kommunesamarbeid: ${title} (${t.problems(problems.length)}):\n${lines.join('\n')}\n`,
      );
      return 2;
    }
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    fail(
      t.internal,
      [{ path: '', code: 'internal', message: String(error) }],
      `kommunesamarbeid: ${t.internal}:\n${detail}\n`,
    );
    return 1;
  }
}

/**
 * What the error framing needs before the command line is parsed (it may
 * not parse): the language of `--lang` (bokmål unless `en`), whether
 * `--json` or `--format json` is given, and the command, if known.
 */
function preScan(argv: readonly string[]): {
  lang: Lang;
  json: boolean;
  command: string | undefined;
} {
  const end = argv.indexOf('--');
  const args = end < 0 ? argv : argv.slice(0, end);
  const optionValue = (name: string): string | undefined => {
    let value: string | undefined;
    args.forEach((arg, i) => {
      if (arg === `--${name}`) value = args[i + 1];
      else if (arg.startsWith(`--${name}=`)) value = arg.slice(name.length + 3);
    });
    return value;
  };
  return {
    lang: optionValue('lang') === 'en' ? 'en' : 'nb',
    json: args.includes('--json') || optionValue('format') === 'json',
    // The first argument that names a command, wherever the options put it.
    command: args.find((arg) => Object.hasOwn(COMMANDS, arg)),
  };
}

function execute(argv: readonly string[], io: CliIo): CommandResult {
  const { tokens } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const [command, ...extra] = positionals;
  const lang = preScan(argv).lang;
  const t = MESSAGES[lang];
  const names = Object.keys(COMMANDS);
  if (command === 'help') {
    const [topic, ...more] = extra;
    if (more.length > 0) throw unexpected(more[0] as string, lang);
    if (topic === undefined) return globalHelp(names, Object.keys(builtInAgreements), lang);
    return helpOf(topic, lang);
  }
  if (command !== undefined && !Object.hasOwn(COMMANDS, command)) {
    throw unknownCommand(command, lang);
  }
  checkOptions(tokens, command, lang);
  // test takes its scenario files as arguments; no other command takes any.
  if (extra.length > 0 && command !== 'test') throw unexpected(extra[0] as string, lang);
  const { values } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
    strict: true,
  });
  if (values.version) return `${io.version?.() ?? 'unknown'}\n`;
  if (command === undefined) {
    if (values.help) return globalHelp(names, Object.keys(builtInAgreements), lang);
    throw new UsageError(t.noCommand, { code: 'no_command' });
  }
  if (values.help) return helpOf(command, lang);
  langOption(values.lang);
  // decide, verify and test print no table of parties to a spreadsheet: table or json.
  const format = formatOption(values.format, values.json, !WITHOUT_CSV.has(command));
  const given = { ...values, format, json: format === 'json' };
  if (command === 'check') {
    const report = checkCommand(values.agreement, format, io, lang);
    return { ...report, crlf: format === 'csv' || format === 'csv-nb' };
  }
  if (command === 'test') {
    const ran = testCommand(extra, given, io, lang);
    return format === 'table' ? { ...ran, text: fitWidth(ran.text) } : ran;
  }
  if (command === 'docs') return docsCommand(values, io);
  if (command === 'export') return exportCommand(values, io);
  if (command === 'init') return initCommand(values, io, io.comingYear ?? 2026);
  const agreement = loadAgreement(values.agreement, io);
  const output = (text: string): CommandResult =>
    format === 'table'
      ? fitWidth(text)
      : format === 'json'
        ? text
        : { text, exitCode: 0, crlf: true };
  if (command === 'shares') return output(sharesCommand(agreement, given, io, lang));
  if (command === 'decide') return output(decideCommand(agreement, given, io, lang));
  if (command === 'withdraw') return output(withdrawCommand(agreement, given, lang));
  if (command === 'admit') return output(admitCommand(agreement, given, io, lang));
  if (command === 'settle') return output(settleCommand(agreement, given, io, lang));
  if (command === 'deadlines') return output(deadlinesCommand(agreement, given, lang));
  if (command === 'verify') {
    const checked = verifyCommand(agreement, given, io, lang);
    return format === 'table' ? { ...checked, text: fitWidth(checked.text) } : checked;
  }
  return output(splitCommand(agreement, given, io, lang));
}

/** A command's own help, or a usage error for a command that does not exist. */
function helpOf(command: string, lang: Lang): string {
  if (!Object.hasOwn(COMMANDS, command)) throw unknownCommand(command, lang);
  return commandHelp(command, allowedOf(command), lang);
}

/** "unknown command", naming the commands and the nearest within an edit distance of 2. */
function unknownCommand(command: string, lang: Lang): UsageError {
  const t = MESSAGES[lang];
  const names = Object.keys(COMMANDS);
  const guess = nearest(command, [...names, 'help']);
  const shown = shortenEcho(command);
  return new UsageError(
    `${t.unknownCommand(shown, names.join(', '))}${guess === undefined ? '' : `; ${t.didYouMean(guess)}`}`,
    { code: 'unknown_command', path: shown },
  );
}

/** "unexpected argument", for a positional argument after the command. */
function unexpected(argument: string, lang: Lang): UsageError {
  const shown = shortenEcho(argument);
  return new UsageError(MESSAGES[lang].unexpected(shown), {
    code: 'unexpected_argument',
    path: shown,
  });
}

/**
 * Each option given: known, taken by the command, with a value where it
 * needs one and none where it takes none, given once unless it may repeat.
 * Our own messages, with "did you mean" for an option within an edit
 * distance of 2 of one the command takes.
 */
function checkOptions(
  tokens: ReturnType<typeof parseArgs>['tokens'] & {},
  command: string | undefined,
  lang: Lang,
): void {
  const t = MESSAGES[lang];
  // Without a command, any known option waits for the "no command" message.
  const allowed = command === undefined ? Object.keys(OPTIONS) : [...allowedOf(command), 'version'];
  const seen = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const { name } = token;
    const rawName = shortenEcho(token.rawName);
    const known = Object.hasOwn(OPTIONS, name);
    if (!known || !allowed.includes(name)) {
      const guess = rawName.startsWith('--') ? nearest(name, allowed) : undefined;
      const message = known ? t.notTaken(command as string, rawName) : t.unknownOption(rawName);
      throw new UsageError(
        `${message}${guess === undefined ? '' : `; ${t.didYouMean(`--${guess}`)}`}`,
        { code: known ? 'option_not_taken' : 'unknown_option', path: rawName },
      );
    }
    const option = OPTIONS[name as keyof typeof OPTIONS];
    if (option.type === 'string') {
      const value = token.value;
      const optionLike = !token.inlineValue && value !== undefined && /^-./.test(value);
      if (value === undefined || optionLike) {
        throw new UsageError(t.missingValue(`--${name}`, optionLike ? value : undefined), {
          code: 'missing_value',
          path: `--${name}`,
        });
      }
    } else if (token.value !== undefined) {
      throw new UsageError(t.noValue(`--${name}`), { code: 'unexpected_value', path: `--${name}` });
    }
    if (seen.has(name) && !('multiple' in option)) {
      throw new UsageError(t.twice(`--${name}`), { code: 'given_twice', path: `--${name}` });
    }
    seen.add(name);
  }
}
