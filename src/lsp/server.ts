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
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Position,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { quickFixes } from './actions.js';
import { complete } from './completion.js';
import { toLspDiagnostic } from './diagnostics.js';
import { hover } from './hover.js';
import { occurrenceAt } from './lookup.js';
import { outline } from './outline.js';
import { rangeOf, spanHolds } from './positions.js';
import { rename } from './rename.js';
import { Workspace, type Analysis } from './workspace.js';

/** Larger documents are not analysed (a diagnostic says so): a 10 MB paste must not stall the editor. */
const MAX_DOCUMENT_LENGTH = 5_000_000;

export function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Connection {
  const connection = createConnection(input, output);
  const documents = new TextDocuments(TextDocument);
  const workspace = new Workspace();

  const fileOf = (uri: string): string | undefined => {
    try {
      return uri.startsWith('file:') ? path.resolve(fileURLToPath(uri)) : undefined;
    } catch {
      return undefined;
    }
  };
  const uriOf = (file: string): string | undefined => documents.all().find((d) => fileOf(d.uri) === file)?.uri;

  const publish = (file: string): void => {
    const uri = uriOf(file);
    const text = workspace.textOf(file);
    if (uri === undefined || text === undefined) return;
    if (text.length > MAX_DOCUMENT_LENGTH) {
      void connection.sendDiagnostics({ uri, diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: `this file is larger than ${MAX_DOCUMENT_LENGTH} characters: run \`checkwright lint\` on it instead`, source: 'checkwright' }] });
      return;
    }
    const analysis = workspace.analyze(file);
    void connection.sendDiagnostics({ uri, diagnostics: analysis.diagnostics.map(toLspDiagnostic) });
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

  documents.listen(connection);
  connection.listen();
  return connection;
}

function definition(analysis: Analysis, position: Position) {
  const imported = analysis.imports.find((i) => spanHolds(i.span, position));
  if (imported !== undefined) {
    return { uri: pathToFileURL(imported.target).href, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
  }
  const occurrence = occurrenceAt(analysis, position);
  if (occurrence === undefined) return null;
  const target = occurrence.definition;
  return { uri: pathToFileURL(path.resolve(target.file)).href, range: rangeOf(target.span) };
}
