import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { printIr } from '../../compile.js';
import { hasErrors, sortDiagnostics } from '../../diagnostics/diagnostic.js';
import type { ChecklistIR } from '../../ir/types.js';
import { reportProblems, type CommandContext, type RegisterCommand } from '../command.js';
import { compileInFolder } from '../compile-checklist.js';
import { EXIT_FAILURE, EXIT_OK, UsageError, type CliIo } from '../io.js';
import { describeFsError, displayPath, resolveNamedFile } from '../paths.js';

export const registerCompile: RegisterCommand = (program, context) => {
  program
    .command('compile')
    .description('compile .checklist / .checklist.yaml files to IR JSON (stdout for one file without -o)')
    .argument('<files...>', 'checklist files')
    .option('-o, --output <path>', 'a file, or a folder (existing, or ending in /) that gets one <id>.checklist.json per input')
    .action((files: string[], options: { output?: string }) => {
      context.exitCode = compileCommand(context, files, options.output);
    });
};

type Target =
  | { readonly kind: 'stdout' }
  | { readonly kind: 'file'; readonly absolute: string }
  | { readonly kind: 'folder'; readonly absolute: string };

interface Compiled {
  readonly display: string;
  readonly ir: ChecklistIR;
}

function compileCommand({ io, sources }: CommandContext, files: readonly string[], output: string | undefined): number {
  const inputs = [...new Set(files.map((given) => displayPath(io.cwd, resolveNamedFile(io.cwd, given).absolute)))];
  const target = outputTarget(io.cwd, output, inputs.length);
  if (target.kind === 'file' && inputs.includes(displayPath(io.cwd, target.absolute))) {
    throw new UsageError(`-o ${output} is an input; writing the IR there would overwrite its source`);
  }
  const results = inputs.map((display) => ({ display, result: compileInFolder(io.cwd, display, sources) }));
  const diagnostics = sortDiagnostics(results.flatMap(({ result }) => result.diagnostics));
  reportProblems(io, diagnostics, [], sources);
  const compiled: Compiled[] = [];
  for (const { display, result } of results) {
    if (hasErrors(result.diagnostics)) continue;
    if (result.ir === undefined) io.stderr.write(`checkwright: ${display} holds no checklist (only fields); nothing to write\n`);
    else compiled.push({ display, ir: result.ir });
  }
  write(io, target, compiled);
  return hasErrors(diagnostics) ? EXIT_FAILURE : EXIT_OK;
}

/** `-o` names a folder when it exists as one or ends in a separator; anything else is a file. */
function outputTarget(cwd: string, output: string | undefined, inputCount: number): Target {
  if (output === undefined) {
    if (inputCount > 1) throw new UsageError('compiling several files needs -o FOLDER/ (stdout takes one file)');
    return { kind: 'stdout' };
  }
  const absolute = path.resolve(cwd, output);
  const namesFolder = output.endsWith('/') || output.endsWith(path.sep) || statSync(absolute, { throwIfNoEntry: false })?.isDirectory() === true;
  if (namesFolder) return { kind: 'folder', absolute };
  if (inputCount > 1) throw new UsageError(`-o ${output} is a file but there are ${inputCount} inputs; name a folder (end it with /)`);
  return { kind: 'file', absolute };
}

function write(io: CliIo, target: Target, compiled: readonly Compiled[]): void {
  if (target.kind === 'stdout') {
    for (const { ir } of compiled) io.stdout.write(printIr(ir));
    return;
  }
  if (target.kind === 'file') {
    for (const { ir } of compiled) writeOutput(target.absolute, printIr(ir));
    return;
  }
  const byOutput = new Map<string, string>();
  for (const { display, ir } of compiled) {
    const name = `${ir.checklist}.checklist.json`;
    const earlier = byOutput.get(name);
    if (earlier !== undefined) {
      throw new UsageError(`${earlier} and ${display} both define checklist ${ir.checklist}; they would both be written to ${name}`);
    }
    byOutput.set(name, display);
  }
  for (const { ir } of compiled) writeOutput(path.join(target.absolute, `${ir.checklist}.checklist.json`), printIr(ir));
}

function writeOutput(absolute: string, text: string): void {
  try {
    mkdirSync(path.dirname(absolute), { recursive: true });
    writeFileSync(absolute, text);
  } catch (error) {
    throw new UsageError(`cannot write ${absolute}: ${describeFsError(error)}`);
  }
}
