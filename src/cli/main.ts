import { existsSync, readFileSync } from 'node:fs';
import { readTextFile, writeFileSafely, writeFilesSafely } from './node-io.js';
import { run } from './run.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

/** The version in the package's own package.json: beside dist/ (the bin), or above src/cli/. */
function packageVersion(): string {
  for (const path of ['../package.json', '../../package.json']) {
    const url = new URL(path, import.meta.url);
    if (existsSync(url))
      return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
  }
  return 'unknown';
}

/** The explorer's browser script: beside the bin in dist/, or in dist/ above src/cli/ (run from source). */
function explorerScript(): string | undefined {
  for (const path of ['./explorer.global.js', '../../dist/explorer.global.js']) {
    const url = new URL(path, import.meta.url);
    if (existsSync(url)) return readFileSync(url, 'utf8');
  }
  return undefined;
}

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readTextFile(path),
  writeFiles: writeFilesSafely,
  writeFile: writeFileSafely,
  comingYear: new Date().getUTCFullYear() + 1,
  version: packageVersion,
  explorerScript,
});
