/**
 * The largest file the CLI reads: 10 MiB (10 485 760 bytes). A larger file,
 * device or pipe is refused after reading one byte more than this, so that
 * `--agreement /dev/zero` ends.
 *
 * @example
 * MAX_INPUT_BYTES; //=> 10485760
 */
export const MAX_INPUT_BYTES = 10 * 1024 * 1024;

/**
 * One file for {@link CliIo.writeFiles}: a plain file name (no directory part)
 * and its text.
 *
 * @example
 * const file: OutputFile = { name: 'index.md', text: '# Håndbøker\n' };
 */
export interface OutputFile {
  readonly name: string;
  readonly text: string;
}

/**
 * What a command may touch outside itself; tests pass their own.
 *
 * @example
 * const io: CliIo = { stdout: console.log, stderr: console.error, readFile: () => '{}' };
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /**
   * The text of a file as UTF-8. Failures carry a `code`: the system's
   * (`ENOENT`, `EISDIR`, …), or `EFBIG` for a file larger than
   * {@link MAX_INPUT_BYTES} and `EILSEQ` for bytes that are not UTF-8.
   */
  readonly readFile: (path: string) => string;
  /**
   * Writes files into one directory, creating it if missing; only `docs`
   * writes. Refuses (with a {@link UsageError}) an empty name, a directory
   * that is a symbolic link or not a directory, and any file that exists as
   * anything but a regular file; writes nothing when it refuses.
   */
  readonly writeFiles?: (directory: string, files: readonly OutputFile[]) => void;
  /**
   * Writes one file (`init` and `export --out`). Without `overwrite`, refuses
   * (with a {@link UsageError}) a path where anything exists; with it,
   * replaces only a regular file, never a link, directory or device.
   */
  readonly writeFile?: (path: string, text: string, overwrite: boolean) => void;
  /** The year to call "the coming year" (the CLI's only use of the clock). */
  readonly comingYear?: number;
  /** The package version `--version` prints (the bin reads it from package.json when asked). */
  readonly version?: () => string;
  /**
   * The browser script of the handbook's explorer (`dist/explorer.global.js`,
   * beside the bin), which `docs` inlines in each HTML handbook; `undefined`
   * where it is not built, and the handbooks are then written without it.
   */
  readonly explorerScript?: () => string | undefined;
}

/**
 * Bad usage or input at the command line: exit code 2, message only.
 *
 * @example
 * new UsageError('split needs --amount').name; //=> 'UsageError'
 */
export class UsageError extends Error {
  /** A stable code for programs (`usage` unless told: `unknown_option`, `missing_value`, …). */
  readonly code: string;
  /** The option or argument at fault (`--amount`), or `''`. */
  readonly path: string;
  /** The message in bokmål, where there is one (the CLI prints it unless `--lang en`). */
  readonly nb: string | undefined;

  constructor(
    message: string,
    where: { readonly code?: string; readonly path?: string; readonly nb?: string } = {},
  ) {
    super(message);
    this.name = 'UsageError';
    this.code = where.code ?? 'usage';
    this.path = where.path ?? '';
    this.nb = where.nb;
  }
}

/** `--out ''` where a directory is wanted: the message and its bokmål. */
export const EMPTY_OUT_DIRECTORY = [
  '--out is empty; give the directory to write to',
  { code: 'invalid_value', path: '--out', nb: '--out er tom; gi mappen det skal skrives til' },
] as const;

/** `--out ''` where a file is wanted: the message and its bokmål. */
export const EMPTY_OUT_FILE = [
  '--out is empty; give the file to write',
  { code: 'invalid_value', path: '--out', nb: '--out er tom; gi filen det skal skrives til' },
] as const;
