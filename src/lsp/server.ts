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
  ErrorCodes,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  TextDocumentSyncKind,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './actions.js';
import { complete } from './completion.js';
import { toLspDiagnostic } from './diagnostics.js';
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
  const connection = createConnection(new StreamMessageReader(input), new StreamMessageWriter(output));
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

  const publish = (file: string): void => {
    const document = documentOf(file);
    const text = workspace.textOf(file);
    if (document === undefined || text === undefined) return;
    const { uri, version } = document;
    if (text.length > MAX_DOCUMENT_LENGTH) {
      void connection.sendDiagnostics({ uri, version, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `this file is larger than ${MAX_DOCUMENT_LENGTH} characters: run \`checkwright lint\` on it instead`, source: 'checkwright' }] });
      return;
    }
    const analysis = workspace.analyze(file);
    void connection.sendDiagnostics({ uri, version, diagnostics: analysis.diagnostics.map((d) => toLspDiagnostic(d, text, analysis.names)) });
  };

  const refresh = (uri: string): void => {
    const file = fileOf(uri);
    const document = documents.get(uri);
    if (file === undefined || document === undefined) return;
    workspace.open(file, document.getText());
    publish(file);
    for (const dependent of workspace.dependentsOf(file)) publish(dependent);
  };

  /** The analysis a request reads, or an error answer: never a thrown exception. */
  const withAnalysis = <T>(uri: string, answer: (analysis: Analysis) => T, fallback: T): T | ResponseError<void> => {
    try {
      const file = fileOf(uri);
      const analysis = file === undefined ? undefined : (workspace.analysisOf(file) ?? (workspace.textOf(file) !== undefined ? workspace.analyze(file) : undefined));
      return analysis === undefined ? fallback : answer(analysis);
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `checkwright: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  connection.onInitialize(() => ({
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      completionProvider: { triggerCharacters: ['.', '"', ' ', '['] },
      hoverProvider: true,
      definitionProvider: true,
      documentSymbolProvider: true,
      renameProvider: { prepareProvider: false },
      codeActionProvider: { codeActionKinds: ['quickfix'] },
    },
    serverInfo: { name: 'checkwright' },
  }));

  documents.onDidChangeContent((change) => refresh(change.document.uri));
  documents.onDidClose((event) => {
    const file = fileOf(event.document.uri);
    if (file === undefined) return;
    workspace.close(file);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  connection.onCompletion((params) => withAnalysis(params.textDocument.uri, (a) => complete(a, params.position), []));
  connection.onHover((params) => withAnalysis(params.textDocument.uri, (a) => hover(a, params.position), null));
  connection.onDocumentSymbol((params) => withAnalysis(params.textDocument.uri, (a) => outline(a.symbols), []));
  connection.onDefinition((params) => withAnalysis(params.textDocument.uri, (a) => definition(a, params.position), null));
  connection.onCodeAction((params) =>
    withAnalysis(params.textDocument.uri, () => quickFixes(params.textDocument.uri, params.context.diagnostics, (range) => documents.get(params.textDocument.uri)?.getText(range) ?? ''), []),
  );
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

function definition(analysis: Analysis, position: Position) {
  const imported = analysis.imports.find((i) => spanHolds(i.span, position));
  if (imported !== undefined) {
    return { uri: pathToFileURL(imported.target).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  const target = nameAt(analysis, position)?.definition;
  if (target === undefined) return null;
  return { uri: pathToFileURL(path.resolve(target.file)).href, range: rangeOf(target.span) };
}
