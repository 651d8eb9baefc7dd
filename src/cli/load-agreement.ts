import { digitrondelag } from '../agreements/digitrondelag/index.js';
import { helseplattformen } from '../agreements/helseplattformen/index.js';
import { khsVestreViken } from '../agreements/khs-vestre-viken/index.js';
import { rorosOsHoltalen } from '../agreements/roros-os-holtalen/index.js';
import { formatNumberEn } from '../internal/format-nb.js';
import { findDuplicateKeys } from '../internal/json-text.js';
import type { Agreement } from '../model/agreement.js';
import { AgreementInputError, formatPath } from '../model/errors.js';
import { parseAgreement } from '../model/parse-agreement.js';
import { type CliIo, MAX_INPUT_BYTES, UsageError } from './io.js';

/** The agreements the CLI knows by id. */
export const builtInAgreements: Readonly<Record<string, Agreement>> = {
  helseplattformen,
  digitrondelag,
  'roros-os-holtalen': rorosOsHoltalen,
  'khs-vestre-viken': khsVestreViken,
};

/**
 * `--agreement <id|path.json>`: a built-in id, or a JSON file that is parsed
 * and validated like any agreement file.
 */
export function loadAgreement(value: string | undefined, io: CliIo): Agreement {
  const idOrPath = value ?? 'helseplattformen';
  const builtIn = Object.hasOwn(builtInAgreements, idOrPath)
    ? builtInAgreements[idOrPath]
    : undefined;
  if (builtIn !== undefined) return builtIn;
  if (idOrPath !== '-' && !/[/\\]|\.json$/i.test(idOrPath)) {
    const ids = Object.keys(builtInAgreements).join(', ');
    throw new UsageError(
      `unknown agreement "${idOrPath}": built-in ids are ${ids}; or give the path of a JSON file, or - for standard input`,
      {
        code: 'unknown_agreement',
        path: '--agreement',
        nb: `ukjent avtale "${idOrPath}": de innebygde er ${ids}; eller gi stien til en JSON-fil, eller - for standard inn`,
      },
    );
  }
  return parseAgreement(readJson(idOrPath, io));
}

/**
 * Reads and parses a JSON file. A file that cannot be read, is larger than
 * {@link MAX_INPUT_BYTES}, is not UTF-8 or not JSON is a usage error; a key
 * given twice in one object is an {@link AgreementInputError} naming each
 * repeated key's path, line and column.
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error, readFile: () => '{ "date": "2025-03-12" }' };
 * readJson('meeting.json', io); //=> { date: '2025-03-12' }
 */
export function readJson(path: string, io: CliIo): unknown {
  const text = readText(path, io);
  // A byte order mark, as some Windows editors write, is not part of the JSON.
  const json = text.replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    const why = (error as Error).message;
    throw new UsageError(`${path} is not valid JSON: ${why}`, {
      code: 'invalid_json',
      path,
      nb: `${path} er ikke gyldig JSON: ${why}`,
    });
  }
  const duplicates = findDuplicateKeys(json);
  if (duplicates.length > 0) {
    throw new AgreementInputError(
      duplicates.map((d) => ({
        path: formatPath(d.path),
        code: 'duplicate_key',
        message: `is given twice in one object (line ${d.line}, column ${d.column}; first at line ${d.firstLine}, column ${d.firstColumn})`,
      })),
      `Duplicate keys in ${path}`,
    );
  }
  return value;
}

/**
 * The text of a file (`-` for standard input), or a {@link UsageError}
 * saying why it cannot be read.
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error, readFile: () => 'a,b' };
 * readText('quantities.csv', io); //=> 'a,b'
 */
export function readText(path: string, io: CliIo): string {
  try {
    return io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const known: Readonly<Record<string, readonly [string, string]>> = {
      ENOENT: ['no such file', 'filen finnes ikke'],
      EISDIR: ['it is a directory', 'det er en mappe'],
      EFBIG: [
        `it is larger than the limit of ${LIMIT_TEXT}`,
        `den er større enn grensen på ${LIMIT_TEXT}`,
      ],
      EILSEQ: ['it is not UTF-8 text', 'den er ikke UTF-8-tekst'],
    };
    const other = String(code ?? error);
    const [why, nb] =
      typeof code === 'string' && Object.hasOwn(known, code)
        ? (known[code] as readonly [string, string])
        : [other, other];
    throw new UsageError(`cannot read ${path}: ${why}`, {
      code: 'unreadable_file',
      path,
      nb: `kan ikke lese ${path}: ${nb}`,
    });
  }
}

/** The size limit in words: `10 MiB (10 485 760 bytes)`. */
export const LIMIT_TEXT = `${MAX_INPUT_BYTES / 1024 / 1024} MiB (${formatNumberEn(MAX_INPUT_BYTES)} bytes)`;
