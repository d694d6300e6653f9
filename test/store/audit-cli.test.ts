import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/harness.js';
import { demoSession, opened, saved, storeKinds } from './helpers.js';

const kinds = storeKinds();
afterAll(async () => {
  for (const kind of kinds) await kind.cleanup();
});

describe.each(kinds)('checkwright audit on the $name store', (kind) => {
  async function storeWithSession(): Promise<string> {
    const url = kind.freshUrl();
    const store = await opened(url);
    await saved(store, demoSession(), 'case-1');
    await store.close();
    return url;
  }

  it('verify is quiet and exits 0 on an intact store; catches a tampered row with exit 1', async () => {
    const url = await storeWithSession();
    expect(await runCli(tmpdir(), ['audit', 'verify', url])).toEqual({ code: 0, stdout: '', stderr: '' });
    const raw = kind.raw(url);
    await raw.exec(`UPDATE cw_events SET event = replace(event, 'called twice', 'never called') WHERE seq = 2`);
    await raw.close();
    const broken = await runCli(tmpdir(), ['audit', 'verify', url, '--session', 'case-1']);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toBe('case-1: event 2 was changed: its hash does not match its content\n');
    expect(broken.stderr).toContain('1 of 1 session failed verification');
  });

  it('show prints who, when, what and each completed step’s snapshot', async () => {
    const url = await storeWithSession();
    const shown = await runCli(tmpdir(), ['audit', 'show', url, '--session', 'case-1']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/^2 {2}2026-12-07T10:01:00Z {2}bob {4}answer notes = "called twice"$/m);
    expect(shown.stdout).toMatch(/complete step intake, showing:\n +responses\.fraud = true\n +responses\.notes = "called twice"\n/);
    expect(shown.stdout).toContain('completed: intake; outcome: none; status: none');
  });

  it('export writes NDJSON; an unknown session is exit 2', async () => {
    const url = await storeWithSession();
    const exported = await runCli(tmpdir(), ['audit', 'export', url]);
    expect(exported.code).toBe(0);
    expect(exported.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { kind: string }).kind)).toEqual([
      'session',
      'event',
      'event',
      'event',
      'event',
    ]);
    const unknown = await runCli(tmpdir(), ['audit', 'show', url, '--session', 'nope']);
    expect(unknown).toMatchObject({ code: 2, stdout: '' });
    expect(unknown.stderr).toContain('no session nope');
  });
});

describe('checkwright audit: usage and IO problems are exit 2, and nothing is created', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'checkwright-audit-'));

  it('a missing file, a file that is not a store, a malformed URL, a server that is down, a missing --session', async () => {
    const missing = await runCli(dir, ['audit', 'verify', 'missing.db']);
    expect(missing).toMatchObject({ code: 2, stderr: 'checkwright: no such store: missing.db\n' });
    writeFileSync(path.join(dir, 'notes.txt'), 'not a database at all, just some words in a file\n'.repeat(100));
    const notStore = await runCli(dir, ['audit', 'export', 'sqlite:notes.txt']);
    expect(notStore.code).toBe(2);
    expect(notStore.stderr).toContain('is not a Checkwright store');
    expect((await runCli(dir, ['audit', 'verify', 'postgres://[bad'])).code).toBe(2);
    const down = await runCli(dir, ['audit', 'verify', 'postgres://nobody@127.0.0.1:1/none']);
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('cannot use postgres://nobody@127.0.0.1:1/none');
    expect((await runCli(dir, ['audit', 'show', 'missing.db'])).code).toBe(2);
  });
});
