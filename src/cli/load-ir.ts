import type { ChecklistIR } from '../ir/types.js';
import { reportProblems, type CommandContext } from './command.js';
import { loadChecklistFile } from './load-checklist.js';
import { displayPath, resolveNamedFile } from './paths.js';

/**
 * The IR of a file named on the command line (a source, compiled, or a `.checklist.json`,
 * validated): what `graph` and `diff` read. Problems go to stderr and give undefined (exit 1);
 * a missing file is a UsageError (exit 2).
 */
export function loadIrForCommand({ io }: CommandContext, given: string, what: string): ChecklistIR | undefined {
  const absolute = resolveNamedFile(io.cwd, given).absolute;
  const display = displayPath(io.cwd, absolute);
  const loaded = loadChecklistFile(io.cwd, { absolute, display });
  if (loaded.kind === 'loaded') return loaded.checklist.ir;
  if (loaded.kind === 'failed') reportProblems(io, loaded.diagnostics, loaded.errors);
  else io.stderr.write(`checkwright: ${display} holds no checklist (only fields); nothing to ${what}\n`);
  return undefined;
}
