/** What a command may touch outside itself; tests pass their own. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  /** Writes a file, creating its directory; only `docs` writes. */
  readonly writeFile?: (path: string, text: string) => void;
  /** The year to call "the coming year" (the CLI's only use of the clock). */
  readonly comingYear?: number;
}

/** Bad usage or input at the command line: exit code 2, message only. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
