import { readTextFile, writeFileSafely, writeFilesSafely } from './node-io.js';
import { run } from './run.js';

// A reader that stops early (`| head`) closes the pipe: that is not an error.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readTextFile(path),
  writeFiles: writeFilesSafely,
  writeFile: writeFileSafely,
  comingYear: new Date().getUTCFullYear() + 1,
});
