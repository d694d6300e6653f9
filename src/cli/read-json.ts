import { UsageError } from './io.js';
import { describeFsError, resolveNamedFile } from './paths.js';
import { readTextFile } from './text-file.js';

/** A `--case`/`--state` file: missing, unreadable or not JSON is the command line's problem (exit 2). */
export function readJsonOption(cwd: string, flag: string, given: string): unknown {
  let text: string;
  try {
    text = readTextFile(resolveNamedFile(cwd, given).absolute);
  } catch (error) {
    const reason = error instanceof UsageError ? error.message : describeFsError(error);
    throw new UsageError(`${flag}: ${reason}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${flag} ${given} is not JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}
