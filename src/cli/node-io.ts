import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  type Stats,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  EMPTY_OUT_DIRECTORY,
  EMPTY_OUT_FILE,
  MAX_INPUT_BYTES,
  type OutputFile,
  UsageError,
} from './io.js';

/**
 * Reads a file, device or pipe as UTF-8 text, never more than `limit` bytes:
 * the loop stops one byte past the limit, so `/dev/zero` ends. A leading byte
 * order mark is dropped; `-` reads standard input. Throws an error with `code` `EFBIG` when the input is
 * larger than the limit, `EILSEQ` when its bytes are not UTF-8, and the
 * system's error (`ENOENT`, `EISDIR`, …) when it cannot be read.
 *
 * @example
 * JSON.parse(readTextFile('package.json')).name; //=> 'kommunesamarbeid'
 */
export function readTextFile(path: string, limit: number = MAX_INPUT_BYTES): string {
  const buffer = new Uint8Array(limit + 1);
  let length = 0;
  // `-` is standard input, read from its descriptor (a socket or a pipe
  // cannot always be opened again by name), and left open.
  const stdin = path === '-';
  const fd = stdin ? 0 : openSync(path, 'r');
  try {
    while (length < buffer.length) {
      const read = readChunk(fd, buffer, length);
      if (read === 0) break;
      length += read;
    }
  } finally {
    if (!stdin) closeSync(fd);
  }
  if (length > limit) throw coded('EFBIG', `${path} is larger than ${limit} bytes`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, length));
  } catch {
    throw coded('EILSEQ', `${path} is not UTF-8`);
  }
}

/**
 * Writes files into `directory` without ever writing outside it or through a
 * link: the directory is created if missing, and refused if it is a symbolic
 * link or not a directory; a file that exists as a symbolic link, a
 * directory, a device or a pipe is refused; each file is written to a new
 * temporary file (`O_CREAT | O_EXCL | O_NOFOLLOW`) in the directory and then
 * renamed over its name, so an existing hard link elsewhere is never changed.
 * Every check is made before the first write, so a refusal writes nothing.
 * Refusals and system errors are {@link UsageError}s (exit code 2).
 *
 * @example
 * writeFilesSafely('site', [{ name: 'index.md', text: '# Håndbøker\n' }]);
 */
export function writeFilesSafely(directory: string, files: readonly OutputFile[]): void {
  if (directory === '') throw new UsageError(...EMPTY_OUT_DIRECTORY);
  const names = new Set<string>();
  for (const { name } of files) {
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) || name.includes('..')) {
      throw new UsageError(`refusing to write "${name}": not a plain file name`, {
        nb: `skriver ikke "${name}": ikke et enkelt filnavn`,
      });
    }
    if (names.has(name)) {
      throw new UsageError(`refusing to write ${name} twice in one run`, {
        nb: `skriver ikke ${name} to ganger i én kjøring`,
      });
    }
    names.add(name);
  }
  withSystemErrors(directory, () => {
    const stats = lstat(directory);
    if (stats === undefined) mkdirSync(directory, { recursive: true });
    else if (stats.isSymbolicLink()) {
      throw new UsageError(
        `--out ${directory} is a symbolic link; give the directory it points to`,
        { path: '--out', nb: `--out ${directory} er en symbolsk lenke; gi mappen den peker til` },
      );
    } else if (!stats.isDirectory()) {
      throw new UsageError(`--out ${directory} exists and is not a directory`, {
        path: '--out',
        nb: `--out ${directory} finnes og er ikke en mappe`,
      });
    }
    for (const { name } of files) {
      const existing = lstat(join(directory, name));
      if (existing === undefined || existing.isFile()) continue;
      const link = existing.isSymbolicLink();
      throw new UsageError(
        `refusing to write ${join(directory, name)}: it exists as ${link ? 'a symbolic link' : 'something other than a regular file'}`,
        {
          nb: `skriver ikke ${join(directory, name)}: den finnes som ${link ? 'en symbolsk lenke' : 'noe annet enn en vanlig fil'}`,
        },
      );
    }
    for (const [index, { name, text }] of files.entries()) {
      const temporary = join(directory, `.${name}.${process.pid}.${index}.tmp`);
      const fd = openSync(
        temporary,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o644,
      );
      writeAllAndClose(fd, text);
      renameSync(temporary, join(directory, name));
    }
  });
}

/**
 * Writes one file at `path`. Without `overwrite`, the file must not exist:
 * it is created with `O_CREAT | O_EXCL | O_NOFOLLOW`, so that nothing that
 * exists under the name — a file, a link, a directory — is ever replaced or
 * followed, and a refusal names `--force`. With `overwrite`, the file is
 * written as {@link writeFilesSafely} writes (a new file renamed over a
 * regular file; a link, directory or device refused). Refusals and system
 * errors are {@link UsageError}s (exit code 2).
 *
 * @example
 * writeFileSafely('min-avtale.json', '{}\n', false);
 */
export function writeFileSafely(path: string, text: string, overwrite: boolean): void {
  if (path === '') throw new UsageError(...EMPTY_OUT_FILE);
  if (overwrite) {
    writeFilesSafely(dirname(path), [{ name: basename(path), text }]);
    return;
  }
  withSystemErrors(path, () => {
    let fd: number;
    try {
      fd = openSync(
        path,
        constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW,
        0o644,
      );
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
      throw new UsageError(`${path} exists; give --force to overwrite it`, {
        code: 'file_exists',
        path: '--out',
        nb: `${path} finnes; gi --force for å skrive over den`,
      });
    }
    writeAllAndClose(fd, text);
  });
}

/** One read into `buffer` from `offset`; waits and retries where a non-blocking input has no data yet. */
function readChunk(fd: number, buffer: Uint8Array, offset: number): number {
  for (;;) {
    try {
      return readSync(fd, buffer, offset, buffer.length - offset, null);
    } catch (error) {
      if ((error as { code?: unknown }).code !== 'EAGAIN') throw error;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
    }
  }
}

/** `lstat`, or `undefined` where nothing exists under the name. */
function lstat(path: string): Stats | undefined {
  return lstatSync(path, { throwIfNoEntry: false });
}

/** Runs `write`, turning a system error (one with a `code`) into a usage error. */
function withSystemErrors(directory: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    if (error instanceof UsageError || typeof code !== 'string') throw error;
    throw new UsageError(`cannot write to ${directory}: ${code}`, {
      nb: `kan ikke skrive til ${directory}: ${code}`,
    });
  }
}

function coded(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Writes all of `text` (UTF-8) to the open file `fd`, however many writes it takes, then closes it. */
function writeAllAndClose(fd: number, text: string): void {
  try {
    const bytes = Buffer.from(text, 'utf8');
    for (let written = 0; written < bytes.length; ) {
      written += writeSync(fd, bytes, written, bytes.length - written);
    }
  } finally {
    closeSync(fd);
  }
}
