import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CompletionRequest,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  RenameRequest,
  type Diagnostic,
  type Hover,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { startServer, uriOf, type RunningServer } from './client.js';
import { DICTIONARY, folderWith, MAIN, positionOf } from './fixtures.js';

let server: RunningServer;
let folder: string;
let main: string;

beforeAll(async () => {
  folder = folderWith({ 'dictionary.checklist': DICTIONARY });
  main = path.join(folder, 'main.checklist');
  server = await startServer();
  expect(await server.open(main, MAIN)).toEqual([]);
});
afterAll(async () => {
  expect(await server.stop()).toBe(0);
  expect(server.stderr()).not.toMatch(/\bat .*\.js:\d+/);
});

/** The server still answers: a hover on `has_report` in the main document. */
async function stillAnswers(): Promise<void> {
  const hover: Hover | null = await server.connection.sendRequest(HoverRequest.type, {
    textDocument: { uri: uriOf(main) },
    position: positionOf(MAIN, 'when has_report', 6),
  });
  expect((hover?.contents as MarkupContent | undefined)?.value).toMatch(/`has_report`/);
}

/** Frames `body` as the protocol does and writes it straight to the server's stdin. */
function sendRaw(body: string): void {
  server.child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** The next raw message the server writes whose text matches `pattern`. */
function nextOutput(pattern: RegExp): Promise<string> {
  return new Promise((resolve) => {
    const listen = (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      if (!pattern.test(text)) return;
      server.child.stdout.off('data', listen);
      resolve(text);
    };
    server.child.stdout.on('data', listen);
  });
}

describe('the language server on bad input', () => {
  it('answers a body that is not JSON with a parse error, and keeps serving', async () => {
    const answer = nextOutput(/-32700/);
    sendRaw('{"jsonrpc": "2.0", "id": 1, "method": ');
    expect(JSON.parse((await answer).replace(/^[^{]*/, ''))).toMatchObject({ jsonrpc: '2.0', id: null, error: { code: -32700 } });
    await stillAnswers();
  });

  it('answers messages that are JSON but not JSON-RPC with InvalidRequest, and survives params of the wrong shape', async () => {
    const batch = nextOutput(/-32600/);
    sendRaw('[1, 2, 3]');
    expect(JSON.parse((await batch).replace(/^[^{]*/, ''))).toMatchObject({ id: null, error: { code: -32600 } });
    const idOnly = nextOutput(/"id":4242/);
    sendRaw('{"jsonrpc": "2.0", "id": 4242}');
    expect(JSON.parse((await idOnly).replace(/^[^{]*/, ''))).toMatchObject({ id: 4242, error: { code: -32600 } });
    await expect(server.connection.sendRequest(HoverRequest.type.method, 'not an object')).rejects.toThrow();
    expect(await server.connection.sendRequest(CompletionRequest.type.method, { textDocument: { uri: 42 }, position: null })).toEqual([]);
    await stillAnswers();
  });

  it('answers an unknown method with MethodNotFound', async () => {
    await expect(server.connection.sendRequest('checkwright/noSuchMethod', {})).rejects.toMatchObject({ code: -32601 });
    await server.connection.sendNotification('checkwright/noSuchNotification', {});
    await stillAnswers();
  });

  it('answers requests for documents it does not know, or positions past the end', async () => {
    const unknown = { textDocument: { uri: uriOf(path.join(folder, 'never-opened.checklist')) }, position: { line: 0, character: 0 } };
    expect(await server.connection.sendRequest(HoverRequest.type, unknown)).toBeNull();
    expect(await server.connection.sendRequest(CompletionRequest.type, { ...unknown, textDocument: { uri: 'untitled:Untitled-1' } })).toEqual([]);
    const far = { textDocument: { uri: uriOf(main) }, position: { line: 100_000, character: 100_000 } };
    expect(await server.connection.sendRequest(HoverRequest.type, far)).toBeNull();
    expect(await server.connection.sendRequest(CompletionRequest.type, far)).toEqual(expect.any(Array));
    expect(await server.connection.sendRequest(HoverRequest.type, { ...far, position: { line: -1, character: -5 } })).toBeNull();
    await expect(server.connection.sendRequest(RenameRequest.type, { ...far, newName: 'x' })).rejects.toThrow(/nothing here to rename|no step/);
  });

  it('applies an edit whose range lies past the end (clamped, as the protocol says) and checks the result', async () => {
    const diagnostics = await server.change(main, [{ range: { start: { line: 5000, character: 0 }, end: { line: 6000, character: 9 } }, text: '\nchecklist second "Second" {\n}\n' }]);
    expect(diagnostics.map((d: Diagnostic) => d.code)).toContain('CW004');
    expect(await server.change(main, [{ text: MAIN }])).toEqual([]);
    await stillAnswers();
  });

  it('does not check a 10 MB document but says so, and answers requests on it', async () => {
    const huge = path.join(folder, 'huge.checklist');
    const line = '// padding padding padding padding padding padding padding padding padding padding\n';
    const diagnostics = await server.open(huge, line.repeat(Math.ceil(10_000_000 / line.length)));
    expect(diagnostics).toEqual([expect.objectContaining({ severity: 2, message: expect.stringMatching(/larger than .*`checkwright lint`/) })]);
    const position = { line: 10, character: 3 };
    expect(await server.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: uriOf(huge) }, position })).toEqual([]);
    expect(await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf(huge) }, position })).toBeNull();
    server.close(huge);
    await stillAnswers();
  });

  it('reports an imported file deleted under it, on the next edit and when the editor says it is gone', async () => {
    const dictionary = path.join(folder, 'dictionary.checklist');
    rmSync(dictionary);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf(dictionary), type: FileChangeType.Deleted }] });
    const gone = await server.diagnostics(uriOf(main), (p) => p.diagnostics.some((d) => d.code === 'CW002'));
    expect(gone.find((d) => d.code === 'CW002')?.range.start.line).toBe(0);
    await stillAnswers();
    writeFileSync(dictionary, DICTIONARY);
    expect(await server.change(main, [{ text: MAIN }])).toEqual([]);
  });
});
