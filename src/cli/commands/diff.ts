import { Option } from 'commander';
import { diffChecklists, formatDiff, type DiffFormat } from '../../diff/index.js';
import type { CommandContext, RegisterCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK } from '../io.js';
import { loadIrForCommand } from '../load-ir.js';

export const registerDiff: RegisterCommand = (program, context) => {
  program
    .command('diff')
    .description('semantic changes between two versions of a checklist, and what they do to cases in flight')
    .argument('<old>', 'the old version (.checklist, .checklist.yaml or .checklist.json)')
    .argument('<new>', 'the new version')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .action((before: string, after: string, options: { format: DiffFormat }) => {
      context.exitCode = diffCommand(context, before, after, options.format);
    });
};

/** 0 when the two have the same hash (quiet), 1 when they differ (or one does not compile). */
function diffCommand(context: CommandContext, beforeFile: string, afterFile: string, format: DiffFormat): number {
  const before = loadIrForCommand(context, beforeFile, 'compare');
  const after = loadIrForCommand(context, afterFile, 'compare');
  if (before === undefined || after === undefined) return EXIT_FAILURE;
  const result = diffChecklists(before, after);
  if (result.same) {
    if (format === 'json') context.io.stdout.write(formatDiff(result, before, after, format));
    return EXIT_OK;
  }
  context.io.stdout.write(formatDiff(result, before, after, format));
  return EXIT_FAILURE;
}
