import { renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './io.js';
import { describeFsError } from './paths.js';

/**
 * Replaces a file's content in one step: the text goes to a temporary file beside it, which is
 * then renamed over it, so a crash or a full disk never leaves half a file.
 */
export function writeFileAtomically(absolute: string, text: string): void {
  const temporary = path.join(path.dirname(absolute), `.${path.basename(absolute)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, text);
    renameSync(temporary, absolute);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${absolute}: ${describeFsError(error)}`);
  }
}
