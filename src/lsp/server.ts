/**
 * `checkwright lsp --stdio`: the language server (SPEC §7.6) for `.checklist` and
 * `.checklist.yaml` files. Each open document is analysed on every change (workspace.ts); an edit
 * of a file that others import re-checks them. Every handler answers from the last analysis and
 * never throws: a request that fails is answered with an error, and the server keeps running.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import {
  createConnection,
  DiagnosticSeverity,
  ErrorCodes,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type Diagnostic as LspDiagnostic,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './actions.js';
import { complete, resolveEntry } from './completion.js';
import { toLspDiagnostic } from './diagnostics.js';
import { formatEdits } from './format.js';
import { stdioTransport } from './transport.js';
import { hover } from './hover.js';
import { nameAt } from './lookup.js';
import { outline } from './outline.js';
import { rangeOf, spanHolds } from './positions.js';
import { rename } from './rename.js';
import { Workspace, type Analysis } from './workspace.js';

/** Larger documents are not analysed (a diagnostic says so): a 10 MB paste must not stall the editor. */
const MAX_DOCUMENT_LENGTH = 5_000_000;

/**
 * Serves until the input ends, then resolves with the exit code LSP asks for: 0 after `shutdown`,
 * 1 without (the `exit` notification ends the process itself, with the same codes). The streams
 * are wrapped in message readers so that the library does not `process.exit` as soon as the input
 * ends: messages already read (`printf … | checkwright lsp --stdio`) are still answered.
 */
export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<number> {
  const { reader, writer } = stdioTransport(input, output);
  const connection = createConnection(reader, writer);
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();

  const fileOf = (uri: string): string | undefined => {
    try {
      return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined;
    } catch {
      return undefined;
    }
  };
  const documentOf = (file: string) => documents.all().find((d) => fileOf(d.uri) === file);
  const tooLarge = (file: string): boolean => (workspace.textOf(file)?.length ?? 0) > MAX_DOCUMENT_LENGTH;

  const publish = (file: string): void => {
    const document = documentOf(file);
    const text = workspace.textOf(file);
    if (document === undefined || text === undefined) return;
    const { uri, version } = document;
    const send = (diagnostics: LspDiagnostic[]) => void connection.sendDiagnostics({ uri, version, diagnostics });
    if (tooLarge(file)) {
      send([notice(`this file is larger than ${MAX_DOCUMENT_LENGTH} characters; the editor does not check it: run \`checkwright lint\` on it`)]);
      return;
    }
    try {
      const analysis = workspace.analyze(file);
      send(analysis.diagnostics.map((d) => toLspDiagnostic(d, text, analysis.names)));
      // The names index (completion, hover, rename) is built once the diagnostics are out, before the next request.
      setImmediate(() => analysis.names);
    } catch (error) {
      send([notice(`checkwright could not check this file (a bug; please report it): ${messageOf(error)}`)]);
    }
  };

  /** Re-checks the open documents that read `file` (an imported dictionary), besides itself. */
  const publishDependents = (file: string): void => {
    for (const dependent of workspace.dependentsOf(file)) publish(dependent);
  };

  const refresh = (uri: string): void => {
    const file = fileOf(uri);
    const document = documents.get(uri);
    if (file === undefined || document === undefined) return;
    workspace.open(file, document.getText());
    publish(file);
    publishDependents(file);
  };

  /** The analysis a request reads, or an error answer: never a thrown exception. */
  const withAnalysis = <T>(uri: string, answer: (analysis: Analysis) => T, fallback: T): T | ResponseError<void> => {
    try {
      const file = fileOf(uri);
      if (file === undefined || workspace.textOf(file) === undefined || tooLarge(file)) return fallback;
      return answer(workspace.analysisOf(file) ?? workspace.analyze(file));
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `checkwright: ${messageOf(error)}`);
    }
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['.', '"', ' ', '['], resolveProvider: true },
      hoverProvider: true,
      definitionProvider: true,
      documentSymbolProvider: true,
      documentFormattingProvider: true,
      renameProvider: { prepareProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    },
    serverInfo: { name: 'checkwright' },
  }));

  documents.onDidChangeContent((change) => refresh(change.document.uri));
  // A file changed on disk (the editor watches them): the open documents that import it are stale.
  connection.onDidChangeWatchedFiles((params) => {
    for (const change of params.changes) {
      const file = fileOf(change.uri);
      if (file !== undefined && documents.get(change.uri) === undefined) publishDependents(file);
    }
  });
  documents.onDidClose((event) => {
    const file = fileOf(event.document.uri);
    if (file === undefined) return;
    workspace.close(file);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  // The editor resolves items of the list it last asked for: the document that list completed.
  let lastCompleted = '';
  connection.onCompletion((params) => {
    lastCompleted = params.textDocument.uri;
    return withAnalysis(params.textDocument.uri, (a) => complete(a, params.position), []);
  });
  connection.onCompletionResolve((item) => {
    const answer = withAnalysis(lastCompleted, (a) => resolveEntry(a, item), item);
    return answer instanceof ResponseError ? item : answer;
  });
  connection.onHover((params) => withAnalysis(params.textDocument.uri, (a) => hover(a, params.position), null));
  connection.onDocumentSymbol((params) => withAnalysis(params.textDocument.uri, (a) => outline(a.symbols), []));
  connection.onDefinition((params) => withAnalysis(params.textDocument.uri, (a) => definition(a, params.position), null));
  connection.onCodeAction((params) =>
    withAnalysis(params.textDocument.uri, () => quickFixes(params.textDocument.uri, params.context.diagnostics, (range) => documents.get(params.textDocument.uri)?.getText(range) ?? ''), []),
  );
  connection.onDocumentFormatting((params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return [];
    return withAnalysis(params.textDocument.uri, (a) => formatEdits(a.file, document, workspace.host()), []);
  });
  connection.onRenameRequest((params) => {
    const result = withAnalysis(params.textDocument.uri, (a) => rename(a, params.position, params.newName), undefined);
    if (result instanceof ResponseError || result === undefined) return result ?? null;
    return result.ok ? result.edit : new ResponseError(ErrorCodes.InvalidRequest, result.message);
  });

  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  documents.listen(connection);
  connection.listen();
  return new Promise((resolve) => {
    input.once('end', () => resolve(shutdown ? 0 : 1));
    input.once('close', () => resolve(shutdown ? 0 : 1));
  });
}

function notice(message: string): LspDiagnostic {
  return { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Warning, source: 'checkwright', message };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function definition(analysis: Analysis, position: Position) {
  const imported = analysis.imports.find((i) => spanHolds(i.span, position));
  if (imported !== undefined) {
    return { uri: pathToFileURL(imported.target).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  const target = nameAt(analysis, position)?.definition;
  if (target === undefined) return null;
  return { uri: pathToFileURL(path.resolve(target.file)).href, range: rangeOf(target.span) };
}
