/** The server fed a whole input at once and then its end, as `… | checkwright lsp --stdio` does. */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN } from './client.js';

function frame(message: object): string {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

function piped(...messages: (object | string)[]) {
  const input = messages.map((m) => (typeof m === 'string' ? `Content-Length: ${Buffer.byteLength(m)}\r\n\r\n${m}` : frame(m))).join('');
  const run = spawnSync(process.execPath, [BIN, 'lsp', '--stdio'], { input, encoding: 'utf8', timeout: 30_000 });
  const answers = run.stdout.split(/Content-Length: \d+\r\n\r\n/).filter((t) => t !== '').map((t) => JSON.parse(t) as { id?: unknown; result?: unknown; error?: { code: number } });
  return { status: run.status, stderr: run.stderr, answers };
}

const INITIALIZE = { id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } };

describe('a session piped in as a whole', () => {
  it('answers every request, the shutdown included, before `exit` ends it with 0', () => {
    const run = piped(INITIALIZE, { method: 'initialized', params: {} }, { id: 2, method: 'shutdown' }, { method: 'exit' });
    expect(run.answers.map((a) => a.id)).toEqual([1, 2]);
    expect(run.answers[1]).toMatchObject({ id: 2, result: null });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it('exits 1 on `exit` without a shutdown, as LSP says', () => {
    expect(piped(INITIALIZE, { method: 'exit' }).status).toBe(1);
  });

  it('answers a bad message that is the last thing on its input, then exits 1 without a stack trace', () => {
    const run = piped('{}');
    expect(run.answers).toEqual([expect.objectContaining({ id: null, error: expect.objectContaining({ code: -32600 }) })]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });
});
