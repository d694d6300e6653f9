import { CommanderError } from 'commander';
import { createProgram } from './program.js';
import { RunSources } from './sources.js';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js';

/**
 * The whole CLI as a function: parses `argv` (without the node and script paths), runs the
 * command, returns the exit code (SPEC §6). Never throws: a usage problem is a one-line message
 * and 2; anything unexpected is a one-line message and 2, with the stack only under
 * `CHECKWRIGHT_DEBUG`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const context = { io, exitCode: EXIT_OK, sources: new RunSources(io) };
  try {
    await createProgram(context).parseAsync([...argv], { from: 'user' });
    return context.exitCode;
  } catch (error) {
    return exitCodeFor(error, io);
  }
}

function exitCodeFor(error: unknown, io: CliIo): number {
  // Commander has already printed its message (or the help or version it was asked for).
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
  if (error instanceof UsageError) {
    writeError(io, `checkwright: ${error.message}\n`);
    return EXIT_USAGE;
  }
  const env = io.env ?? process.env;
  const debug = env['CHECKWRIGHT_DEBUG'] !== undefined && env['CHECKWRIGHT_DEBUG'] !== '';
  const message = error instanceof Error ? error.message : String(error);
  writeError(io, `checkwright: unexpected error: ${message}\n`);
  if (debug && error instanceof Error && error.stack !== undefined) writeError(io, `${error.stack}\n`);
  else writeError(io, 'checkwright: this is a bug; set CHECKWRIGHT_DEBUG=1 to see the stack trace and please report it\n');
  return EXIT_USAGE;
}

/** The last word must not throw: a broken stderr leaves only the exit code to tell. */
function writeError(io: CliIo, text: string): void {
  try {
    io.stderr.write(text);
  } catch {
    // Nothing left to report to.
  }
}
