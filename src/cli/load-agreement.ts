import { digitrondelag } from '../agreements/digitrondelag/index.js';
import { helseplattformen } from '../agreements/helseplattformen/index.js';
import { khsVestreViken } from '../agreements/khs-vestre-viken/index.js';
import { rorosOsHoltalen } from '../agreements/roros-os-holtalen/index.js';
import type { Agreement } from '../model/agreement.js';
import { parseAgreement } from '../model/parse-agreement.js';
import { type CliIo, UsageError } from './io.js';

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
  if (!/[/\\]|\.json$/i.test(idOrPath)) {
    throw new UsageError(
      `unknown agreement "${idOrPath}": built-in ids are ${Object.keys(builtInAgreements).join(', ')}; or give the path of a JSON file`,
    );
  }
  return parseAgreement(readJson(idOrPath, io));
}

/** Reads and parses a JSON file, turning every failure into a usage error. */
export function readJson(path: string, io: CliIo): unknown {
  let text: string;
  try {
    text = io.readFile(path);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : String(code ?? error);
    throw new UsageError(`cannot read ${path}: ${why}`);
  }
  try {
    // A byte order mark, as some Windows editors write, is not part of the JSON.
    return JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
  } catch (error) {
    throw new UsageError(`${path} is not valid JSON: ${(error as Error).message}`);
  }
}
