import { selectChecklist, type LoadedChecklist } from '../../runtime/index.js';
import { reportProblems, type CommandContext, type RegisterCommand } from '../command.js';
import { discoverFiles, noteIgnored, SOURCE_SUFFIXES } from '../discover.js';
import { EXIT_FAILURE, EXIT_OK } from '../io.js';
import { IR_SUFFIX, loadChecklistFile } from '../load-checklist.js';
import { readJsonOption } from '../read-json.js';

export const registerSelect: RegisterCommand = (program, context) => {
  program
    .command('select')
    .description('print the id of the checklist the assignment rules give a case')
    .argument('<paths...>', 'checklist sources, compiled .checklist.json files, and folders of them')
    .requiredOption('--case <file>', 'case data (JSON)')
    .action((paths: string[], options: { case: string }) => {
      context.exitCode = selectCommand(context, paths, options.case);
    });
};

/**
 * Every candidate must load: a choice made while one of them is broken could be the wrong
 * one, so a compile error fails the command (exit 1, diagnostics on stderr).
 */
function selectCommand({ io, sources }: CommandContext, paths: readonly string[], casePath: string): number {
  const files = discoverFiles(io.cwd, paths, [...SOURCE_SUFFIXES, IR_SUFFIX], noteIgnored(io));
  const caseData = readJsonOption(io.cwd, '--case', casePath);
  const candidates: LoadedChecklist[] = [];
  let failed = false;
  for (const file of files) {
    const loaded = loadChecklistFile(io.cwd, file, sources);
    if (loaded.kind === 'loaded') candidates.push(loaded.checklist);
    if (loaded.kind === 'failed') {
      reportProblems(io, loaded.diagnostics, loaded.errors, sources);
      failed = true;
    }
  }
  if (failed) return EXIT_FAILURE;
  const chosen = selectChecklist(candidates, caseData);
  if (chosen === undefined) {
    io.stderr.write('checkwright: no checklist is assigned to this case\n');
    return EXIT_FAILURE;
  }
  io.stdout.write(`${chosen.ir.checklist}\n`);
  return EXIT_OK;
}
