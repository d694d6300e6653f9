import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { explore, type ExploreOptions, type ExploreReport } from '../../explore/explore.js';
import { testFileText } from '../../explore/generate.js';
import { hasUnreachable, renderJson, renderText } from '../../explore/render.js';
import { reportProblems, type CommandContext, type RegisterCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../io.js';
import { loadChecklistFile } from '../load-checklist.js';
import { describeFsError, displayPath, resolveNamedFile } from '../paths.js';

export const registerExplore: RegisterCommand = (program, context) => {
  program
    .command('explore')
    .description('exact reachability: can each step, item, outcome, transition and the resolution happen (with witnesses)')
    .argument('<file>', 'a .checklist / .checklist.yaml source or a compiled .checklist.json')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--witnesses <dir>', 'write the witnesses as a test file (SPEC §8.1) into this folder')
    .option('--budget <ms>', 'stop deciding after this many milliseconds (undecided answers are unknown)', parseBudget, 10_000)
    .action((file: string, options: ExploreCliOptions) => {
      context.exitCode = exploreCommand(context, file, options);
    });
};

interface ExploreCliOptions {
  readonly format: 'text' | 'json';
  readonly witnesses?: string;
  readonly budget: number;
}

function exploreCommand(context: CommandContext, file: string, options: ExploreCliOptions): number {
  const { io } = context;
  const explored = exploreFile(context, file, { budgetMs: options.budget });
  if (!explored.ok) return EXIT_FAILURE;
  const { report, absolute } = explored;
  io.stdout.write(options.format === 'json' ? renderJson(report) : renderText(report));
  if (options.witnesses !== undefined) {
    const folder = path.resolve(io.cwd, options.witnesses);
    const target = path.join(folder, `${report.checklist}.explore.test.yaml`);
    writeTestFile(context, target, testFileText(report, checklistFrom(folder, absolute)), true);
    io.stderr.write(`checkwright: wrote ${report.witnesses.length} witness test(s) to ${displayPath(io.cwd, target)}\n`);
  }
  return hasUnreachable(report) ? EXIT_FAILURE : EXIT_OK;
}

/** Compiles (or reads) and explores FILE; on failure the problems are reported and `ok` is false. */
export function exploreFile({ io }: CommandContext, file: string, options: ExploreOptions): { ok: true; report: ExploreReport; absolute: string } | { ok: false } {
  const absolute = resolveNamedFile(io.cwd, file).absolute;
  const display = displayPath(io.cwd, absolute);
  const loaded = loadChecklistFile(io.cwd, { absolute, display });
  if (loaded.kind === 'failed') {
    reportProblems(io, loaded.diagnostics, loaded.errors);
    return { ok: false };
  }
  if (loaded.kind === 'no-checklist') {
    io.stderr.write(`checkwright: ${display} holds no checklist (only fields); nothing to explore\n`);
    return { ok: false };
  }
  const explored = explore(loaded.checklist.ir, options);
  if (!explored.ok) {
    reportProblems(io, [], explored.errors);
    return { ok: false };
  }
  return { ok: true, report: explored.report, absolute };
}

/** What a test file in `folder` names as its checklist: the path relative to it, with `/`. */
export function checklistFrom(folder: string, absolute: string): string {
  return path.relative(folder, absolute).split(path.sep).join('/');
}

/** Writes a test file, creating its folder; without `overwrite`, an existing file is a usage error. */
export function writeTestFile({ io }: CommandContext, target: string, text: string, overwrite: boolean): void {
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text, { flag: overwrite ? 'w' : 'wx' });
  } catch (error) {
    const exists = (error as { code?: unknown } | null)?.code === 'EEXIST';
    throw new UsageError(`cannot write ${displayPath(io.cwd, target)}: ${exists ? 'it exists (--force overwrites it)' : describeFsError(error)}`);
  }
}

function parseBudget(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number of milliseconds.');
  return Number(value);
}
