import { Option } from 'commander';
import { evaluate } from '../../runtime/index.js';
import { reportProblems, type CommandContext, type RegisterCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../io.js';
import { renderEvaluation } from '../eval-table.js';
import { loadChecklistFile } from '../load-checklist.js';
import { displayPath, resolveNamedFile } from '../paths.js';
import { readJsonOption } from '../read-json.js';

export const registerEval: RegisterCommand = (program, context) => {
  program
    .command('eval')
    .description('evaluate a checklist against case data and a state')
    .argument('<file>', 'a .checklist / .checklist.yaml source or a compiled .checklist.json')
    .requiredOption('--case <file>', 'case data (JSON)')
    .option('--state <file>', 'state: { responses, completed, outcome, status } (JSON)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action((file: string, options: EvalOptions) => {
      context.exitCode = evalCommand(context, file, options);
    });
};

interface EvalOptions {
  readonly case: string;
  readonly state?: string;
  readonly format: 'text' | 'json';
}

function evalCommand({ io, sources }: CommandContext, file: string, options: EvalOptions): number {
  const absolute = resolveNamedFile(io.cwd, file).absolute;
  const caseData = readJsonOption(io.cwd, '--case', options.case);
  const state = options.state === undefined ? undefined : readJsonOption(io.cwd, '--state', options.state);
  const display = displayPath(io.cwd, absolute);
  const loaded = loadChecklistFile(io.cwd, { absolute, display }, sources);
  if (loaded.kind === 'failed') {
    reportProblems(io, loaded.diagnostics, loaded.errors, sources);
    return EXIT_FAILURE;
  }
  if (loaded.kind === 'no-checklist') {
    io.stderr.write(`checkwright: ${display} holds no checklist (only fields); nothing to evaluate\n`);
    return EXIT_FAILURE;
  }
  const result = evaluate(loaded.checklist, caseData, state);
  io.stdout.write(options.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderEvaluation(result));
  return EXIT_OK;
}
