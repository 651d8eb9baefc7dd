import { LEGAL_FORMS } from '../../model/legal-form.js';
import { parseAgreement } from '../../model/parse-agreement.js';
import { initTemplate, isLegalForm } from '../init-template.js';
import { type CliIo, EMPTY_OUT_FILE, UsageError } from '../io.js';
import { loadAgreement } from '../load-agreement.js';

/** The options of `export` and `init`. */
interface FileOptions {
  readonly agreement?: string | undefined;
  readonly form?: string | undefined;
  readonly out?: string | undefined;
  readonly force?: boolean | undefined;
}

/**
 * `kommunesamarbeid export --agreement ID [--out FILE] [--force]`: a
 * built-in agreement (or an agreement file, validated) as a JSON agreement
 * file that parses back to the same agreement and validates against
 * schema/agreement.json. Printed, or written to FILE (never over an
 * existing file without --force).
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error, readFile: () => '{}' };
 * JSON.parse(exportCommand({ agreement: 'digitrondelag' }, io)).id; //=> 'digitrondelag'
 */
export function exportCommand(values: FileOptions, io: CliIo): string {
  const agreement = loadAgreement(values.agreement, io);
  // Read again as a file is read: the fields come out in the schema's order,
  // so that exporting an exported file gives the same text.
  const canonical = parseAgreement(JSON.parse(JSON.stringify(agreement)));
  return deliver(`${JSON.stringify(canonical, null, 2)}\n`, values, io);
}

/**
 * `kommunesamarbeid init [--form FORM] [--out FILE] [--force]`: a starting
 * agreement file of the form (default kommunalt-oppgavefellesskap) with
 * every section and a `$comment` on each; valid as it is, placeholders
 * marked "FYLL INN". Printed, or written to FILE (never over an existing
 * file without --force).
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error, readFile: () => '{}' };
 * JSON.parse(initCommand({ form: 'forening' }, io, 2027)).legalForm; //=> 'forening'
 */
export function initCommand(values: FileOptions, io: CliIo, year: number): string {
  const form = values.form ?? 'kommunalt-oppgavefellesskap';
  if (!isLegalForm(form)) {
    throw new UsageError(`unknown --form "${form}"; forms: ${LEGAL_FORMS.join(', ')}`, {
      code: 'invalid_value',
      path: '--form',
      nb: `ukjent --form "${form}"; samarbeidsformene er ${LEGAL_FORMS.join(', ')}`,
    });
  }
  return deliver(`${JSON.stringify(initTemplate(form, year), null, 2)}\n`, values, io);
}

/** The text on standard output, or written to `--out` with a line saying so. */
function deliver(text: string, values: FileOptions, io: CliIo): string {
  if (values.out === undefined) {
    if (values.force === true) {
      throw new UsageError('--force needs --out, the file to write', {
        code: 'missing_option',
        nb: '--force trenger --out, filen det skal skrives til',
      });
    }
    return text;
  }
  if (values.out === '') throw new UsageError(...EMPTY_OUT_FILE);
  const writeFile = io.writeFile;
  if (writeFile === undefined) {
    throw new UsageError('cannot write files here', { nb: 'kan ikke skrive filer her' });
  }
  writeFile(values.out, text, values.force === true);
  return `${values.out}\n`;
}
