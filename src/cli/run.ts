import { parseArgs } from 'node:util';
import { AgreementInputError } from '../model/errors.js';
import { decideCommand } from './commands/decide.js';
import { sharesCommand } from './commands/shares.js';
import { splitCommand } from './commands/split.js';
import { type CliIo, UsageError } from './io.js';
import { builtInAgreements, loadAgreement } from './load-agreement.js';

const USAGE = `Usage: kommunesamarbeid <command> [options]

Commands:
  shares [--date D]              ownership shares (eierandeler) of the parties on D
  split --amount A [--date D]    split A NOK among the parties by the cost key
  decide --organ O --matter M --meeting FILE [--regions FILE] [--reading NOTE=READING]...
                                 decide a matter at a meeting (schema/meeting.json)

Options for every command:
  --agreement <id|file.json>     built-in id (${Object.keys(builtInAgreements).join(', ')}) or an
                                 agreement file (schema/agreement.json); default helseplattformen
  --json                         machine-readable output (money and percentages as
                                 dot-decimal strings, dates as YYYY-MM-DD)
  -h, --help                     this help

Dates are YYYY-MM-DD (default: the day the agreement starts). Amounts are NOK
with a dot before at most two decimals, e.g. 10000000.00.

Exit codes: 0 success, 2 bad input or usage, 1 internal error.
`;

const OPTIONS = {
  agreement: { type: 'string' },
  json: { type: 'boolean', default: false },
  date: { type: 'string' },
  amount: { type: 'string' },
  organ: { type: 'string' },
  matter: { type: 'string' },
  meeting: { type: 'string' },
  regions: { type: 'string' },
  reading: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const COMMANDS: Readonly<Record<string, readonly string[]>> = {
  shares: ['agreement', 'json', 'date', 'help'],
  split: ['agreement', 'json', 'date', 'amount', 'help'],
  decide: ['agreement', 'json', 'organ', 'matter', 'meeting', 'regions', 'reading', 'help'],
};

/**
 * Runs the command line and returns the exit code: 0 success (whatever the
 * outcome), 2 bad input or usage, 1 internal error. Never throws.
 */
export function run(argv: readonly string[], io: CliIo): number {
  try {
    io.stdout(execute(argv, io));
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`kommunesamarbeid: ${error.message}\nRun "kommunesamarbeid --help" for usage.\n`);
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
  const agreement = loadAgreement(values.agreement, io);
  if (command === 'shares') return sharesCommand(agreement, values);
  if (command === 'decide') return decideCommand(agreement, values, io);
  return splitCommand(agreement, values);
}

function parse(argv: readonly string[]) {
  return parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
}
