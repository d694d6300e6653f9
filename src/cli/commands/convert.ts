import path from 'node:path';
import { convertSource, CONVERT_TARGETS } from '../../format/convert.js';
import { reportProblems, type CommandContext, type RegisterCommand } from '../command.js';
import { writeFileAtomically } from '../atomic-write.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../io.js';
import { displayPath, resolveNamedFile } from '../paths.js';
import { formOf } from './fmt.js';

export const registerConvert: RegisterCommand = (program, context) => {
  program
    .command('convert')
    .description('translate a checklist between the text form, the YAML form and the IR, comments carried (stdout without -o)')
    .argument('<file>', 'a .checklist or .checklist.yaml file (- reads the text form from standard input)')
    .requiredOption('--to <form>', `the target: ${CONVERT_TARGETS.join(', ')}`)
    .option('-o, --output <file>', 'write the result to this file (atomically) instead of stdout')
    .action((file: string, options: ConvertOptions) => {
      context.exitCode = convertCommand(context, file, options);
    });
};

interface ConvertOptions {
  readonly to: string;
  readonly output?: string;
}

function convertCommand({ io, sources }: CommandContext, given: string, options: ConvertOptions): number {
  const to = CONVERT_TARGETS.find((target) => target === options.to);
  if (to === undefined) throw new UsageError(`--to ${options.to}: the targets are ${CONVERT_TARGETS.join(', ')}`);
  const named = resolveNamedFile(io.cwd, given);
  const display = displayPath(io.cwd, named.absolute);
  const output = options.output === undefined ? undefined : path.resolve(io.cwd, options.output);
  if (output !== undefined && output === named.absolute) throw new UsageError(`-o ${options.output} is the input; use fmt --write to rewrite a file in place`);
  const result = convertSource(sources.read(display), to, { form: formOf(display), fileName: display, host: sources.host });
  if (!result.ok) {
    reportProblems(io, result.diagnostics, [], sources);
    return EXIT_FAILURE;
  }
  if (output === undefined) io.stdout.write(result.text);
  else writeFileAtomically(output, result.text);
  return EXIT_OK;
}
