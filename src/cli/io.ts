/** Where a run writes and where it runs; tests pass their own, `main.ts` passes the process's. */
export interface CliIo {
  readonly stdout: TextSink;
  readonly stderr: TextSink;
  /** Relative paths on the command line are resolved against this folder. */
  readonly cwd: string;
  /** Read for `CHECKWRIGHT_DEBUG`; defaults to `process.env`. */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Standard input's whole text, for `-` as a file; defaults to reading the process's. */
  readonly stdin?: () => string;
}

export interface TextSink {
  write(text: string): unknown;
  /** A terminal gets colour (process.stdout has it; see `wantsColor`). */
  readonly isTTY?: boolean;
}

/** SPEC §6: 0 success, 1 a problem in the checklists, 2 a problem with the command line itself. */
export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/**
 * A problem with the command line itself (a bad flag value, a named path that does not exist,
 * a case file that is not JSON): `run` prints its one-line message and exits 2.
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
