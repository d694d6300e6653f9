/**
 * The client: starts `checkwright lsp --stdio` (server.ts says which one) for both forms, the
 * `.checklist` language and `*.checklist.yaml` files (whose language stays `yaml`, so the YAML
 * extension's schema validation works next to it).
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { chooseServer } from './server.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  // Trusting the folder later may pick another server (its own node_modules/checkwright): restart.
  context.subscriptions.push(
    vscode.workspace.onDidGrantWorkspaceTrust(async () => {
      await client?.stop();
      await startClient(context);
    }),
  );
  await startClient(context);
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  // An untrusted folder must not run its own code: only the bundled server then (package.json, restrictedConfigurations).
  const trusted = vscode.workspace.isTrusted;
  const setting = trusted ? vscode.workspace.getConfiguration('checkwright').get<string>('server.path') || undefined : undefined;
  const folders = trusted ? (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.fsPath) : [];
  const server = chooseServer(setting, folders, context.extensionPath);
  // TransportKind.stdio appends `--stdio`: the server runs as `checkwright lsp --stdio`, on VS Code's own Node.
  const run = { module: server.module, args: ['lsp'], transport: TransportKind.stdio };
  const serverOptions: ServerOptions = { run, debug: run };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'checklist' },
      { scheme: 'file', pattern: '**/*.checklist.yaml' },
      { scheme: 'file', pattern: '**/*.checklist.yml' },
    ],
    // The server re-checks the open files that import a dictionary changed on disk.
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/*.{checklist,checklist.yaml,checklist.yml}') },
  };
  client = new LanguageClient('checkwright', 'Checkwright', serverOptions, clientOptions);
  client.outputChannel.appendLine(`checkwright: language server from ${server.source}: ${server.module}`);
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
