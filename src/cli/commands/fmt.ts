import path from 'node:path';
import { sortDiagnostics, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { formatSource, type SourceForm } from '../../format/index.js';
import { reportProblems, type CommandContext, type RegisterCommand } from '../command.js';
import { writeFileAtomically } from '../atomic-write.js';
import { discoverFiles, SOURCE_SUFFIXES } from '../discover.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../io.js';
import { readTextFile } from '../text-file.js';

export const registerFmt: RegisterCommand = (program, context) => {
  program
    .command('fmt')
    .description('print .checklist / .checklist.yaml files in the canonical layout, comments kept (one file to stdout; --write, --check)')
    .argument('<paths...>', 'checklist files and folders (folders are walked; .checkwrightignore applies)')
    .option('--check', 'list the files that are not formatted (exit 1 if any); write nothing')
    .option('--write', 'rewrite the files that are not formatted, in place')
    .action((paths: string[], options: FmtOptions) => {
      context.exitCode = fmtCommand(context, paths, options);
    });
};

interface FmtOptions {
  readonly check?: boolean;
  readonly write?: boolean;
}

/** `.checklist.yaml` / `.yml` files are YAML; every other file is the text form. */
export function formOf(file: string): SourceForm {
  return /\.ya?ml$/i.test(file) ? 'yaml' : 'dsl';
}

function fmtCommand({ io }: CommandContext, paths: readonly string[], options: FmtOptions): number {
  if (options.check === true && options.write === true) throw new UsageError('--check and --write exclude each other');
  const files = discoverFiles(io.cwd, paths, SOURCE_SUFFIXES);
  const toStdout = options.check !== true && options.write !== true;
  if (toStdout && files.length !== 1) throw new UsageError('printing to stdout takes one file; use --check or --write for several');
  const diagnostics: Diagnostic[] = [];
  const unformatted: string[] = [];
  for (const file of files) {
    const text = readTextFile(file.absolute);
    const readImport = (name: string): string => readTextFile(path.resolve(io.cwd, name));
    const result = formatSource(text, { form: formOf(file.display), fileName: file.display, host: { readFile: readImport } });
    if (!result.ok) {
      diagnostics.push(...result.diagnostics);
      continue;
    }
    if (toStdout) io.stdout.write(result.text);
    else if (result.text !== text) {
      unformatted.push(file.display);
      if (options.write === true) writeFileAtomically(file.absolute, result.text);
    }
  }
  reportProblems(io, sortDiagnostics(diagnostics));
  if (options.check === true) for (const display of unformatted) io.stdout.write(`${display}\n`);
  const failed = diagnostics.some((d) => d.severity === 'error') || (options.check === true && unformatted.length > 0);
  return failed ? EXIT_FAILURE : EXIT_OK;
}
