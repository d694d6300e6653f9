import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  CodeActionRequest,
  CompletionRequest,
  CompletionResolveRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  RenameRequest,
  type CompletionItem,
  type CompletionList,
  type DocumentSymbol,
  type Hover,
  type Location,
  type MarkupContent,
  type Position,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, type RunningServer } from './client.js';
import { DICTIONARY, folderWith, MAIN, MAIN_YAML, positionOf } from './fixtures.js';

let server: RunningServer;
let folder: string;
let main: string;

beforeAll(async () => {
  folder = folderWith({ 'dictionary.checklist': DICTIONARY });
  main = path.join(folder, 'main.checklist');
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});
/** Each test starts from the clean checklist (a whole-text change, as an editor's "revert"). */
beforeEach(async () => {
  if (server.opened(main)) expect(await server.change(main, [{ text: MAIN }])).toEqual([]);
  else expect(await server.open(main, MAIN)).toEqual([]);
});

const at = (needle: string, offset = 0): Position => positionOf(MAIN, needle, offset);
const labels = (items: CompletionItem[] | CompletionList | null): string[] =>
  (items === null ? [] : Array.isArray(items) ? items : items.items).map((i) => i.label);
const complete = async (file: string, position: Position) =>
  labels(await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(file) }, position }));
const hoverText = async (file: string, position: Position): Promise<string | undefined> => {
  const hover: Hover | null = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(file) }, position });
  return hover === null ? undefined : (hover.contents as MarkupContent).value;
};

describe('the language server, as an editor drives it', () => {
  it('announces its capabilities', () => {
    const capabilities = server.initialized.capabilities;
    expect(capabilities).toMatchObject({ hoverProvider: true, definitionProvider: true, documentSymbolProvider: true, textDocumentSync: 2 });
    expect(capabilities.renameProvider).toBeTruthy();
    expect(capabilities.completionProvider).toBeTruthy();
    expect(capabilities.codeActionProvider).toBeTruthy();
    expect(capabilities.documentFormattingProvider).toBe(true);
  });

  it('publishes no diagnostics for a clean file, and the compiler\'s on a change', async () => {
    const range = { start: at('when has_report', 5), end: at('when has_report', 15) };
    const diagnostics = await server.change(main, [{ range, text: 'has_reprt' }]);
    expect(diagnostics).toHaveLength(1);
    const [unknown] = diagnostics;
    const typed = { start: range.start, end: { line: range.start.line, character: range.start.character + 9 } };
    expect(unknown).toMatchObject({ code: 'CW011', severity: 1, source: 'checkwright', range: typed, data: { hint: 'did you mean `has_report`?' } });
    expect(unknown?.codeDescription?.href).toMatch(/^file:\/\/.*\/docs\/diagnostics\.md#cw011$/);
    const fixed = await server.change(main, [{ range: typed, text: 'has_report' }]);
    expect(fixed).toEqual([]);
  });

  it('relates a duplicate id to its first declaration', async () => {
    const line = at('    text notes').line;
    const diagnostics = await server.change(main, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: '    checkbox channel "Again"\n' }]);
    const duplicate = diagnostics.find((d) => d.code === 'CW010');
    expect(duplicate?.relatedInformation).toEqual([
      { location: { uri: uriOf(main), range: { start: at('channel "Channel"'), end: at('channel "Channel"', 7) } }, message: '`channel` is declared here' },
    ]);
    expect(await server.change(main, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }])).toEqual([]);
  });

  it('offers a quick fix from a "did you mean" hint', async () => {
    const range = { start: at('when has_report', 5), end: at('when has_report', 15) };
    const [diagnostic] = await server.change(main, [{ range, text: 'has_reprt' }]);
    if (diagnostic === undefined) throw new Error('no diagnostic');
    const actions = await server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: uriOf(main) }, range: diagnostic.range, context: { diagnostics: [diagnostic] } });
    expect(actions).toEqual([
      expect.objectContaining({ title: 'Change to `has_report`', kind: 'quickfix', isPreferred: true, edit: { changes: { [uriOf(main)]: [{ range: diagnostic.range, newText: 'has_report' }] } } }),
    ]);
    const end = { line: range.start.line, character: range.start.character + 9 };
    expect(await server.change(main, [{ range: { start: range.start, end }, text: 'has_report' }])).toEqual([]);
  });

  it('completes, in a condition, only the earlier items and the declared data', async () => {
    const inStep = await complete(main, at('when has_report', 5));
    expect(inStep).toEqual(expect.arrayContaining(['has_report', 'channel', 'dispute.type', 'dispute.amount']));
    expect(inStep).not.toContain('report_date');
    expect(inStep).not.toContain('notes');
    const inItem = await complete(main, at('when dispute.type', 5));
    expect(inItem).toEqual(expect.arrayContaining(['has_report', 'channel', 'report_date', 'dispute.type']));
    expect(inItem).not.toContain('notes');
  });

  it('documents a completed name when the editor resolves it', async () => {
    const list = await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(main) }, position: at('when has_report', 5) });
    const item = (Array.isArray(list) ? list : (list?.items ?? [])).find((i) => i.label === 'dispute.type');
    if (item === undefined) throw new Error('dispute.type not offered');
    expect(item.documentation).toBeUndefined();
    const resolved = await server.connection.sendRequest(CompletionResolveRequest.type, item);
    expect(resolved.documentation).toEqual({ kind: 'markdown', value: 'case data `dispute.type`: choice("ACDV", "AUD"), required — Dispute type' });
  });

  it('completes a select\'s and a choice\'s values after == and in', async () => {
    expect(await complete(main, at('== "Mail"', 3))).toEqual(['"Mail"', '"Phone"']);
    expect(await complete(main, at('== "ACDV"', 3))).toEqual(['"ACDV"', '"AUD"']);
  });

  it('completes keywords, content types and option names where they fit', async () => {
    const stepBody = await complete(main, { line: at('    yes_no has_report').line, character: 4 });
    expect(stepBody).toEqual(expect.arrayContaining(['yes_no', 'select', 'data_compare', 'instructions', 'checkbox']));
    expect(stepBody).not.toContain('checklist');
    const checklistBody = await complete(main, { line: at('  version 1').line, character: 2 });
    expect(checklistBody).toEqual(expect.arrayContaining(['step', 'data', 'outcomes', 'lifecycle']));
    const options = await complete(main, at('"Channel" ', 10));
    expect(options).toEqual(expect.arrayContaining(['options', 'multiple', 'required', 'when']));
    expect(options).not.toContain('max_files');
  });

  it('completes on a half-typed line that does not parse', async () => {
    const line = at('    text notes').line;
    const typed = '    text draft "Draft" when dispute.type == ';
    const diagnostics = await server.change(main, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: `${typed}\n` }]);
    expect(diagnostics.some((d) => d.code === 'CW001')).toBe(true);
    expect(await complete(main, { line, character: typed.length })).toEqual(['"ACDV"', '"AUD"']);
    const readable = await complete(main, { line, character: typed.length - 'dispute.type == '.length });
    expect(readable).toContain('has_report');
    expect(await hoverText(main, { line, character: typed.indexOf('dispute.type') + 2 })).toMatch(/case data `dispute.type`: choice/);
    expect(await server.change(main, [{ range: { start: { line, character: 0 }, end: { line: line + 1, character: 0 } }, text: '' }])).toEqual([]);
  });

  it('hovers an item, a data path and an operator', async () => {
    expect(await hoverText(main, at('when has_report', 6))).toBe('**yes_no** `has_report`, required — Did the consumer send a report? (conditions read it as a boolean)');
    expect(await hoverText(main, at('dispute.type ==', 3))).toBe('case data `dispute.type`: choice("ACDV", "AUD"), required — Dispute type');
    expect(await hoverText(main, at('== "Mail"', 1))).toMatch(/^`==` equals/);
    expect(await hoverText(main, at('version 1', 9))).toBeUndefined();
  });

  it('goes from a reference to its item, from a data path to its declaration and from an import to its file', async () => {
    const definition = (position: Position) =>
      server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(main) }, position }) as Promise<Location | null>;
    expect(await definition(at('when has_report', 7))).toEqual({ uri: uriOf(main), range: { start: at('has_report "Did'), end: at('has_report "Did', 10) } });
    const dictionary = path.join(folder, 'dictionary.checklist');
    expect(await definition(at('dispute.type ==', 2))).toEqual({
      uri: uriOf(dictionary),
      range: { start: positionOf(DICTIONARY, 'dispute.type'), end: positionOf(DICTIONARY, 'dispute.type', 12) },
    });
    expect(await definition(at('"dictionary', 3))).toMatchObject({ uri: uriOf(dictionary) });
    expect(await definition(at('version 1', 2))).toBeNull();
  });

  it('outlines the checklist, its steps and their items', async () => {
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(main) } })) as DocumentSymbol[];
    const shape = (s: DocumentSymbol): unknown => ({ name: s.name, ...(s.children?.length ? { children: s.children.map(shape) } : {}) });
    expect(symbols.map(shape)).toEqual([
      { name: 'review', children: [
        { name: 'intake', children: [{ name: 'has_report' }, { name: 'channel' }] },
        { name: 'followup', children: [{ name: 'report_date' }, { name: 'notes' }] },
      ] },
    ]);
  });

  it('renames an id with every reference, and refuses a reserved or taken name', async () => {
    const rename = (newName: string) =>
      server.connection.sendRequest(RenameRequest.type, { textDocument: { uri: uriOf(main) }, position: at('when channel', 6), newName }) as Promise<WorkspaceEdit | null>;
    const edit = await rename('contact_channel');
    const edits = edit?.changes?.[uriOf(main)] ?? [];
    expect(edits.map((e) => e.range.start).sort((a, b) => a.line - b.line)).toEqual([at('channel "Channel"'), at('when channel', 5)]);
    expect(edits.every((e) => e.newText === 'contact_channel')).toBe(true);
    await expect(rename('has_report')).rejects.toThrow(/already the id of a item|already the id/);
    await expect(rename('toString')).rejects.toThrow(/every JavaScript object inherits/);
    await expect(rename('when')).rejects.toThrow(/condition word/);
    await expect(rename('two words')).rejects.toThrow(/not an identifier/);
  });

  it('serves the YAML form: diagnostics, hover, definition and outline', async () => {
    const yaml = path.join(folder, 'main.checklist.yaml');
    expect(await server.open(yaml, MAIN_YAML)).toEqual([]);
    const position = positionOf(MAIN_YAML, 'field: has_report', 7);
    expect(await hoverText(yaml, position)).toMatch(/^\*\*yes_no\*\* `has_report`/);
    const location = (await server.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: uriOf(yaml) }, position })) as Location | null;
    expect(location?.range.start).toEqual(positionOf(MAIN_YAML, 'has_report\n'));
    const symbols = (await server.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf(yaml) } })) as DocumentSymbol[];
    expect(symbols[0]?.children?.map((s) => s.name)).toEqual(['intake', 'followup']);
    const broken = await server.change(yaml, [{ range: { start: position, end: { line: position.line, character: position.character + 10 } }, text: 'has_reprt' }]);
    expect(broken).toEqual([expect.objectContaining({ code: 'CW011', data: { hint: 'did you mean `has_report`?' } })]);
  });
});
