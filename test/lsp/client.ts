/**
 * An editor's side of the conversation: spawns the built `checkwright lsp --stdio` and talks to
 * it with vscode-languageserver-protocol over the child's stdio, as VS Code's client does.
 */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const BIN = path.join(repo, 'bin/checkwright.js');

/** The newest modification time under `folder`. */
function newest(folder: string): number {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((latest, name) => Math.max(latest, statSync(path.join(folder, name)).mtimeMs), 0);
}

/** `npm test` builds first; a targeted `vitest run test/lsp` rebuilds a missing or stale bundle. */
function ensureBuilt(): void {
  const bundle = path.join(repo, 'dist/cli.js');
  let built = 0;
  try {
    built = statSync(bundle).mtimeMs;
  } catch {
    // Not built yet.
  }
  if (built > newest(path.join(repo, 'src'))) return;
  const build = spawnSync(process.execPath, [path.join(repo, 'scripts/build.mjs')], { cwd: repo, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`build failed:\n${build.stderr}`);
}

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

export interface RunningServer {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: ProtocolConnection;
  readonly initialized: InitializeResult;
  /** What the server wrote to stderr (it must stay empty of stack traces). */
  stderr(): string;
  /** Resolves with the next diagnostics for `uri` that satisfy `accept` (the latest already received counts). */
  diagnostics(uri: string, accept?: (params: PublishDiagnosticsParams) => boolean): Promise<readonly Diagnostic[]>;
  open(file: string, text: string): Promise<readonly Diagnostic[]>;
  opened(file: string): boolean;
  change(file: string, changes: TextDocumentContentChangeEvent[]): Promise<readonly Diagnostic[]>;
  close(file: string): void;
  /** `shutdown` then `exit`; resolves with the process's exit code. */
  stop(): Promise<number | null>;
}

export async function startServer(): Promise<RunningServer> {
  ensureBuilt();
  const child = spawn(process.execPath, [BIN, 'lsp', '--stdio'], { cwd: repo, env: { ...process.env, CHECKWRIGHT_DEBUG: '' } });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));

  const latest = new Map<string, PublishDiagnosticsParams>();
  const waiting: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (d: readonly Diagnostic[]) => void }[] = [];
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    latest.set(params.uri, params);
    for (const waiter of [...waiting]) {
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiting.splice(waiting.indexOf(waiter), 1);
        waiter.resolve(params.diagnostics);
      }
    }
  });
  connection.listen();

  const initialized = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uriOf(repo), capabilities: {}, workspaceFolders: null });
  await connection.sendNotification(InitializedNotification.type, {});

  const versions = new Map<string, number>();
  const diagnostics = (uri: string, accept: (p: PublishDiagnosticsParams) => boolean = () => true): Promise<readonly Diagnostic[]> => {
    const known = latest.get(uri);
    if (known !== undefined && accept(known)) return Promise.resolve(known.diagnostics);
    return new Promise((resolve) => waiting.push({ uri, accept, resolve }));
  };
  const ofVersion = (uri: string, version: number) => diagnostics(uri, (p) => p.version === version);

  return {
    child,
    connection,
    initialized,
    stderr: () => stderr,
    diagnostics,
    async open(file, text) {
      const uri = uriOf(file);
      versions.set(uri, 1);
      const languageId = /\.ya?ml$/.test(file) ? 'yaml' : 'checklist';
      await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
      return ofVersion(uri, 1);
    },
    opened: (file) => versions.has(uriOf(file)),
    async change(file, changes) {
      const uri = uriOf(file);
      const version = (versions.get(uri) ?? 1) + 1;
      versions.set(uri, version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
      return ofVersion(uri, version);
    },
    close(file) {
      versions.delete(uriOf(file));
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: uriOf(file) } });
    },
    async stop() {
      if (child.exitCode === null) {
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
      }
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
