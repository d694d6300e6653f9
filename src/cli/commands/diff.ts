import { Option } from 'commander';
import { diffChecklists, formatDiff, sessionImpacts, type DiffFormat, type SessionInFlight } from '../../diff/index.js';
import type { ChecklistIR } from '../../ir/types.js';
import { openNamedStore } from '../store-url.js';
import type { CommandContext, RegisterCommand } from '../command.js';
import { EXIT_FAILURE, EXIT_OK, UsageError } from '../io.js';
import { loadIrForCommand } from '../load-ir.js';

export const registerDiff: RegisterCommand = (program, context) => {
  program
    .command('diff')
    .description('semantic changes between two versions of a checklist, and what they do to cases in flight')
    .argument('<old>', 'the old version (.checklist, .checklist.yaml or .checklist.json)')
    .argument('<new>', 'the new version')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'markdown']).default('text'))
    .option('--sessions <store>', 'an audit store (sqlite:PATH, a file path, postgres://…): list the sessions on the old version each change affects')
    .action(async (before: string, after: string, options: { format: DiffFormat; sessions?: string }) => {
      context.exitCode = await diffCommand(context, before, after, options);
    });
};

/** 0 when the two have the same hash (quiet), 1 when they differ (or one does not compile). */
async function diffCommand(context: CommandContext, beforeFile: string, afterFile: string, options: { format: DiffFormat; sessions?: string }): Promise<number> {
  const { format } = options;
  const before = loadIrForCommand(context, beforeFile, 'compare');
  const after = loadIrForCommand(context, afterFile, 'compare');
  if (before === undefined || after === undefined) return EXIT_FAILURE;
  const result = diffChecklists(before, after);
  if (result.same && format !== 'json') return EXIT_OK;
  const sessions = options.sessions === undefined ? undefined : sessionImpacts(result.changes, await sessionsOn(context, options.sessions, before));
  context.io.stdout.write(formatDiff(result, before, after, format, sessions));
  return result.same ? EXIT_OK : EXIT_FAILURE;
}

/** The sessions in the store that run on `ir` now (a session migrated away no longer counts). */
async function sessionsOn(context: CommandContext, url: string, ir: ChecklistIR): Promise<SessionInFlight[]> {
  const store = await openNamedStore(context.io, url);
  try {
    const listed = await store.list({ checklist: ir.checklist, state: true });
    if (!listed.ok) throw new UsageError(listed.error.message);
    return listed.value.flatMap((row) => (row.runsOn === ir.hash && row.state !== undefined ? [{ id: row.id, state: row.state }] : []));
  } finally {
    await store.close();
  }
}
