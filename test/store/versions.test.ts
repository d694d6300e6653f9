import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { printIr } from '../../src/compile.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { loadChecklist, type LoadedChecklist } from '../../src/runtime/load.js';
import { answer, completeStep, startSession, type Session } from '../../src/runtime/session.js';
import { migrateSession, type Store } from '../../src/store/index.js';
import { runCli } from '../cli/harness.js';
import { demoIr, demoSession, META, must, opened, saved, SOURCE, storeKinds, withFreshStore } from './helpers.js';

const kinds = storeKinds();
afterAll(async () => {
  for (const kind of kinds) await kind.cleanup();
});

/** v3 of the demo: `notes` is gone and intake asks for a new required `consent`. */
const V3_SOURCE = SOURCE.replace('version 2', 'version 3').replace('    text notes "Notes"\n', '    checkbox consent "Consent" required\n');

function loaded(ir: ChecklistIR): LoadedChecklist {
  const result = loadChecklist(ir);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.checklist;
}

const SENSITIVE_SOURCE = SOURCE.replace('text notes "Notes"', 'text notes "Notes" sensitive');

describe.each(kinds)('versions and permissions on the $name store', (kind) => {
  const withStore = <T>(work: (store: Store, url: string) => Promise<T>): Promise<T> => withFreshStore(kind, work);

  it('stores a migrate event with the new IR; the session loads on the new version, verifies, and lists as running on it', () =>
    withStore(async (store, url) => {
      const session = demoSession();
      await saved(store, session, 'case-1');
      const v3 = demoIr(V3_SOURCE);
      const moved = migrateSession(session, loaded(v3), META);
      if (!moved.ok) throw new Error(moved.error.message);
      expect(moved.report).toMatchObject({ dropped: ['notes'], reopened: ['intake'], newlyRequired: ['consent'] });
      const event = moved.session.events.at(-1)!;
      expect(await store.append('case-1', 4, event)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.append('case-1', 4, event, { ir: demoIr() })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.append('case-1', 4, event, { ir: v3 })).toMatchObject({ ok: true, value: { version: 5 } });
      await store.close();
      const again = await opened(url);
      try {
        const back = await again.load('case-1');
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        expect(back.value.session.checklist.ir.hash).toBe(v3.hash);
        expect(back.value.session.state).toEqual(moved.session.state);
        expect(back.value.session.events).toEqual(moved.session.events);
        expect(await again.verify('case-1')).toMatchObject({ ok: true, value: { intact: true, events: 5 } });
        const listed = await again.list({ state: true });
        expect(listed.ok && listed.value.map((row) => [row.id, row.runsOn])).toEqual([['case-1', v3.hash]]);
        // A second session moving to the same version needs no IR: the store holds it now.
        await saved(again, demoSession(), 'case-2');
        const second = migrateSession(demoSession(), loaded(v3), META);
        if (!second.ok) throw new Error(second.error.message);
        expect(await again.append('case-2', 4, second.session.events.at(-1))).toMatchObject({ ok: true });
      } finally {
        await again.close();
      }
    }));

  it('accepts events carrying permissions and refuses malformed permissions, writing nothing', () =>
    withStore(async (store) => {
      const checklist = loaded(demoIr());
      const session = must(answer(startSession(checklist, {}), 'fraud', true, { ...META, permissions: ['case:update'] }));
      await saved(store, session, 'case-p');
      const loadedBack = await store.load('case-p');
      expect(loadedBack.ok && loadedBack.value.session.events).toEqual(session.events);
      for (const permissions of ['case:update', [''], [3]]) {
        const bad = { type: 'answer', item: 'notes', value: 'x', ...META, permissions };
        expect(await store.append('case-p', 1, bad)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      }
      expect(await store.append('case-p', 1, { type: 'migrate', from: 'a', to: 'b', dropped: 'x', reopened: [], ...META })).toMatchObject({
        ok: false,
        error: { code: 'bad_input' },
      });
      expect(await store.info('case-p')).toMatchObject({ ok: true, value: { version: 1 } });
    }));

  it('audit show redacts sensitive values unless the reader has the permission; the stored log keeps them', () =>
    withStore(async (store, url) => {
      const checklist = loaded(demoIr(SENSITIVE_SOURCE));
      let session: Session = startSession(checklist, {});
      session = must(answer(session, 'fraud', true, META));
      session = must(answer(session, 'notes', 'called twice', META));
      session = must(completeStep(session, 'intake', META));
      await saved(store, session, 'case-s');
      await store.close();
      const shown = await runCli(tmpdir(), ['audit', 'show', url, '--session', 'case-s']);
      expect(shown.code).toBe(0);
      expect(shown.stdout).toContain('answer notes = "[redacted]"');
      expect(shown.stdout).toMatch(/responses\.notes = "\[redacted\]"/);
      expect(shown.stdout).not.toContain('called twice');
      const reader = await runCli(tmpdir(), ['audit', 'show', url, '--session', 'case-s', '--permissions', 'note:read.sensitive']);
      expect(reader.stdout).toContain('answer notes = "called twice"');
      expect(reader.stdout).toMatch(/responses\.notes = "called twice"/);
      const exported = await runCli(tmpdir(), ['audit', 'export', url]);
      expect(exported.stdout).toContain('called twice');
    }));

  it('diff OLD NEW --sessions STORE names the sessions each change would reopen or drop answers of', () =>
    withStore(async (store, url) => {
      await saved(store, demoSession(), 'case-done');
      await saved(store, must(answer(startSession(loaded(demoIr()), {}), 'fraud', false, META)), 'case-fresh');
      await store.close();
      const dir = mkdtempSync(path.join(tmpdir(), 'checkwright-diff-sessions-'));
      writeFileSync(path.join(dir, 'old.checklist'), SOURCE);
      writeFileSync(path.join(dir, 'new.checklist'), V3_SOURCE);
      writeFileSync(path.join(dir, 'old.checklist.json'), printIr(demoIr()));
      const text = await runCli(dir, ['diff', 'old.checklist', 'new.checklist', '--sessions', url]);
      expect(text.code).toBe(1);
      expect(text.stdout).toMatch(/item removed +notes.*\n +sessions: drops answers of case-done\n/);
      expect(text.stdout).toMatch(/item added +consent.*\n +sessions: reopens case-done\n/);
      const json = await runCli(dir, ['diff', 'old.checklist.json', 'new.checklist', '--sessions', url, '--format', 'json']);
      const changes = (JSON.parse(json.stdout) as { changes: { id: string; sessions: { reopens: string[]; drops: string[] } }[] }).changes;
      expect(changes.find((entry) => entry.id === 'notes')?.sessions).toEqual({ reopens: [], drops: ['case-done'] });
      expect(await runCli(dir, ['diff', 'old.checklist', 'new.checklist', '--sessions', path.join(dir, 'missing.db')])).toMatchObject({ code: 2 });
    }));
});
