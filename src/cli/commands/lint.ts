import { InvalidArgumentError, Option } from 'commander';
import { sortDiagnostics } from '../../diagnostics/diagnostic.js';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../../diagnostics/format/index.js';
import { wantsColor } from '../../diagnostics/format/text.js';
import type { CommandContext, RegisterCommand } from '../command.js';
import { compileInFolder } from '../compile-checklist.js';
import { discoverFiles, noteIgnored, SOURCE_SUFFIXES } from '../discover.js';
import { EXIT_FAILURE, EXIT_OK } from '../io.js';

export const registerLint: RegisterCommand = (program, context) => {
  program
    .command('lint')
    .description('report diagnostics for every checklist under the paths (quiet when clean)')
    .argument('<paths...>', 'checklist files and folders (folders are walked; .checkwrightignore applies)')
    .addOption(new Option('--format <format>', 'output format').choices(FORMAT_NAMES).default('text'))
    .option('--max-warnings <n>', 'fail when there are more than N warnings', parseCount)
    .action((paths: string[], options: LintOptions) => {
      context.exitCode = lintCommand(context, paths, options);
    });
};

interface LintOptions {
  readonly format: FormatName;
  readonly maxWarnings?: number;
}

function lintCommand({ io, sources }: CommandContext, paths: readonly string[], options: LintOptions): number {
  const files = discoverFiles(io.cwd, paths, SOURCE_SUFFIXES, noteIgnored(io));
  const diagnostics = sortDiagnostics(files.flatMap((file) => compileInFolder(io.cwd, file.display, sources).diagnostics));
  const color = options.format === 'text' && wantsColor(io.stdout, io.env ?? process.env);
  io.stdout.write(FORMATTERS[options.format](diagnostics, { source: sources.lookup, color }));
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.length - errors;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr.write(`checkwright: ${warnings} warnings, more than --max-warnings ${options.maxWarnings}\n`);
    return EXIT_FAILURE;
  }
  return errors > 0 ? EXIT_FAILURE : EXIT_OK;
}

function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError('Expected a whole number, 0 or more.');
  return Number(value);
}
