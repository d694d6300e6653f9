import type { Command } from 'commander';
import type { Store, StoreError } from '../../store/index.js';
import { renderTrail } from '../audit-table.js';
import type { RegisterCommand } from '../command.js';
import { openNamedStore } from '../store-url.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, type CliIo } from '../io.js';

export const registerAudit: RegisterCommand = (program, context) => {
  const audit = program.command('audit').description('read and check an audit store (sqlite:PATH, a file path, or postgres://…)');
  subcommand(audit, 'verify', 'check every session’s hash chain (or one session’s); quiet when intact', false, (store, { session }) =>
    verify(context.io, store, session),
  );
  subcommand(audit, 'show', 'a session’s trail as a table: who, when, what, each completed step’s snapshot', true, (store, options) =>
    show(context.io, store, options.session!, permissionList(options.permissions)),
  ).option('--permissions <list>', 'comma-separated permissions of the reader (e.g. note:read.sensitive); without them sensitive values show as [redacted]');
  subcommand(audit, 'export', 'the sessions and their events as NDJSON, chain included', false, (store, { session }) =>
    exportAll(context.io, store, session),
  );

  function subcommand(parent: Command, name: string, description: string, needsSession: boolean, work: (store: Store, options: AuditOptions) => Promise<number>): Command {
    const command = parent.command(name).description(description).argument('<store>', 'the store: sqlite:PATH, a file path, or postgres://…');
    if (needsSession) command.requiredOption('--session <id>', 'the session');
    else command.option('--session <id>', 'only this session');
    command.action(async (url: string, options: AuditOptions) => {
      const store = await openNamedStore(context.io, url);
      try {
        context.exitCode = await work(store, options);
      } finally {
        await store.close();
      }
    });
    return command;
  }
};

interface AuditOptions {
  readonly session?: string;
  readonly permissions?: string;
}

/** The reader's permissions: none unless given, so `audit show` redacts sensitive values by default. */
function permissionList(given: string | undefined): string[] {
  return (given ?? '').split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
}

/** An unknown session or a store that cannot be read is the command line's problem (2); a broken chain or a log that does not replay is 1. */
function failed(io: CliIo, error: StoreError): number {
  io.stderr.write(`checkwright: ${error.message}\n`);
  return error.code === 'corrupt' ? EXIT_FAILURE : EXIT_USAGE;
}

async function sessionIds(store: Store, id: string | undefined): Promise<{ ok: true; ids: string[] } | { ok: false; error: StoreError }> {
  if (id !== undefined) return { ok: true, ids: [id] };
  const listed = await store.list();
  return listed.ok ? { ok: true, ids: listed.value.map((info) => info.id) } : listed;
}

async function verify(io: CliIo, store: Store, id: string | undefined): Promise<number> {
  const ids = await sessionIds(store, id);
  if (!ids.ok) return failed(io, ids.error);
  let broken = 0;
  for (const sessionId of ids.ids) {
    const report = await store.verify(sessionId);
    if (!report.ok) return failed(io, report.error);
    if (report.value.break === undefined) continue;
    broken++;
    io.stdout.write(`${sessionId}: ${report.value.break.message}\n`);
  }
  if (broken > 0) io.stderr.write(`checkwright: ${broken} of ${ids.ids.length} session${ids.ids.length === 1 ? '' : 's'} failed verification\n`);
  return broken > 0 ? EXIT_FAILURE : EXIT_OK;
}

async function show(io: CliIo, store: Store, id: string, permissions: readonly string[]): Promise<number> {
  const loaded = await store.load(id);
  if (!loaded.ok) return failed(io, loaded.error);
  io.stdout.write(renderTrail(loaded.value, permissions));
  return EXIT_OK;
}

async function exportAll(io: CliIo, store: Store, id: string | undefined): Promise<number> {
  const exported = await store.export(id);
  if (!exported.ok) return failed(io, exported.error);
  io.stdout.write(exported.value);
  return EXIT_OK;
}
