import type { Command } from 'commander';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { formatText, wantsColor } from '../diagnostics/format/text.js';
import type { CliIo } from './io.js';
import type { RunSources } from './sources.js';

/** What a command's action reads and sets; `run` returns `exitCode` once the action is done. */
export interface CommandContext {
  readonly io: CliIo;
  exitCode: number;
  /** What the run has read, so diagnostics can show their source lines. */
  readonly sources: RunSources;
}

/** One module per command exports one of these; commands/index.ts lists them. */
export type RegisterCommand = (program: Command, context: CommandContext) => void;

/** Diagnostics and load errors of checklists a command could not use, in text form on stderr. */
export function reportProblems(io: CliIo, diagnostics: readonly Diagnostic[], errors: readonly string[] = [], sources?: RunSources): void {
  io.stderr.write(formatText(diagnostics, { source: sources?.lookup, color: wantsColor(io.stderr, io.env ?? process.env) }));
  for (const line of errors) io.stderr.write(`${line}\n`);
}
