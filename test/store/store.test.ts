import { afterAll, describe, expect, it } from 'vitest';
import { startSession, type SessionEvent } from '../../src/runtime/session.js';
import { linkHash } from '../../src/store/chain.js';
import type { Store } from '../../src/store/index.js';
import { demoChecklist, demoIr, demoSession, META, opened, saved, withFreshStore, storeKinds, type Raw } from './helpers.js';

const kinds = storeKinds();
afterAll(async () => {
  for (const kind of kinds) await kind.cleanup();
});

describe.each(kinds)('the $name store', (kind) => {
  const withStore = <T>(work: (store: Store, url: string) => Promise<T>): Promise<T> => withFreshStore(kind, work);

  it('loads a saved session back to the identical state and log', () =>
    withStore(async (store, url) => {
      const session = demoSession();
      await saved(store, session, 'case-1');
      await store.close();
      const again = await opened(url);
      const loaded = await again.load('case-1');
      await again.close();
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      expect(loaded.value.session.state).toEqual(session.state);
      expect(loaded.value.session.events).toEqual(session.events);
      expect(loaded.value.session.caseData).toEqual(session.caseData);
      expect(loaded.value.info).toMatchObject({ id: 'case-1', checklist: 'store_demo', checklistVersion: 2, hash: session.checklist.ir.hash, version: 4 });
    }));

  it('lists sessions with their checklist, hash, version and (on request) state', () =>
    withStore(async (store) => {
      await saved(store, demoSession(), 'b');
      const created = await store.create({ id: 'a', ir: demoIr(), caseData: {}, created: '2026-01-01T00:00:00Z' });
      expect(created.ok).toBe(true);
      const listed = await store.list({ state: true });
      expect(listed.ok && listed.value.map((row) => [row.id, row.version, row.state?.completed])).toEqual([
        ['a', 0, []],
        ['b', 4, ['intake']],
      ]);
      const none = await store.list({ checklist: 'other' });
      expect(none.ok && none.value).toEqual([]);
      const plain = await store.list();
      expect(plain.ok && plain.value[0]).not.toHaveProperty('state');
    }));

  it('refuses an append that does not expect the current version, writing nothing', () =>
    withStore(async (store) => {
      const session = demoSession();
      await saved(store, session, 's');
      const stale = await store.append('s', 3, session.events[0]);
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
      const ahead = await store.append('s', 9, session.events[0]);
      expect(ahead).toMatchObject({ ok: false, error: { code: 'conflict' } });
      const info = await store.info('s');
      expect(info.ok && info.value.version).toBe(4);
    }));

  it('refuses what is not an event, a bad id or version, an unknown session: nothing written', () =>
    withStore(async (store) => {
      await saved(store, demoSession(), 's');
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const throwing = Object.defineProperty({ type: 'answer', actor: 'a', at: 't', value: 1 }, 'item', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const hostile = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
      const notEvents: unknown[] = [
        null,
        'answer',
        [],
        { type: 'answer', item: 'fraud', value: true },
        { ...META, type: 'sing', item: 'fraud' },
        { ...META, type: 'answer', item: 'fraud' },
        { ...META, type: 'answer', item: 'fraud', value: Number.NaN },
        { ...META, type: 'answer', item: 'fraud', value: true, extra: 1 },
        { ...META, type: 'complete_step', step: 'intake', snapshot: cyclic },
        { ...META, type: 'toString' },
        throwing,
        hostile,
      ];
      for (const event of notEvents) expect(await store.append('s', 4, event)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      const event = demoSession().events[0];
      expect(await store.append('nope', 0, event)).toMatchObject({ ok: false, error: { code: 'unknown_session' } });
      expect(await store.append('', 0, event)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.append('s', -1, event)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.append('s', 1.5, event)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.load('nope')).toMatchObject({ ok: false, error: { code: 'unknown_session' } });
      expect(await store.verify('nope')).toMatchObject({ ok: false, error: { code: 'unknown_session' } });
      expect(await store.export('nope')).toMatchObject({ ok: false, error: { code: 'unknown_session' } });
      const info = await store.info('s');
      expect(info.ok && info.value.version).toBe(4);
      const verified = await store.verify('s');
      expect(verified.ok && verified.value.intact).toBe(true);
    }));

  it('refuses a session whose IR does not load or whose hash is not its own, and a duplicate id', () =>
    withStore(async (store) => {
      const ir = demoIr();
      expect(await store.create({ ir: { ...ir, steps: 'none' } as never, caseData: {} })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.create({ ir: { ...ir, version: 99 }, caseData: {} })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.create({ ir, caseData: () => 1 })).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.create(null as never)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
      expect(await store.create({ ir, caseData: {}, id: 'x' })).toMatchObject({ ok: true });
      expect(await store.create({ ir, caseData: { other: 1 }, id: 'x' })).toMatchObject({ ok: false, error: { code: 'duplicate_session' } });
      const listed = await store.list();
      expect(listed.ok && listed.value.map((row) => row.id)).toEqual(['x']);
    }));

  it('makes an id and a created time when none is given', () =>
    withStore(async (store) => {
      const created = await store.create({ ir: demoIr(), caseData: { a: 1 } });
      expect(created.ok).toBe(true);
      if (!created.ok) return;
      expect(created.value.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Number.isNaN(Date.parse(created.value.created))).toBe(false);
      const loaded = await store.load(created.value.id);
      expect(loaded.ok && loaded.value.session.caseData).toEqual({ a: 1 });
    }));

  it('refuses on load a log that does not replay (an event appended out of turn)', () =>
    withStore(async (store) => {
      await store.create({ id: 's', ir: demoIr(), caseData: {} });
      // Well-formed, but the step is not ready: the shape check lets it in, replay refuses it.
      const appended = await store.append('s', 0, { ...META, type: 'complete_step', step: 'review', snapshot: {} });
      expect(appended.ok).toBe(true);
      expect(await store.load('s')).toMatchObject({ ok: false, error: { code: 'corrupt' } });
    }));

  it('exports NDJSON: a session line, then every event with its chain', () =>
    withStore(async (store) => {
      const session = demoSession();
      await saved(store, session, 's');
      await store.create({ id: 't', ir: demoIr(), caseData: {}, created: '2027-01-01T00:00:00Z' });
      const one = await store.export('s');
      expect(one.ok).toBe(true);
      if (!one.ok) return;
      const lines = one.value.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(lines.map((line) => line.kind)).toEqual(['session', 'event', 'event', 'event', 'event']);
      expect(lines[0]).toMatchObject({ id: 's', caseData: session.caseData, version: 4 });
      expect(lines.slice(1).map((line) => line.event)).toEqual(session.events);
      expect(lines[2]!.prev).toBe(lines[1]!.hash);
      const all = await store.export();
      expect(all.ok && all.value.trimEnd().split('\n').length).toBe(6);
    }));

  describe('verify names the first event tampered with behind the store’s back', () => {
    async function tampered(sql: (raw: Raw) => Promise<void>) {
      return withStore(async (store, url) => {
        await saved(store, demoSession(), 's');
        const before = await store.verify('s');
        expect(before).toEqual({ ok: true, value: { session: 's', events: 4, intact: true } });
        const raw = kind.raw(url);
        try {
          await sql(raw);
        } finally {
          await raw.close();
        }
        const after = await store.verify('s');
        if (!after.ok) throw new Error(after.error.message);
        expect(after.value.intact).toBe(false);
        return after.value.break;
      });
    }
    const second = { actor: 'bob', at: '2026-12-07T10:01:00Z', item: 'notes', type: 'answer', value: 'called once' };

    it('an edited row', async () => {
      const found = await tampered((raw) => raw.exec(`UPDATE cw_events SET event = $1 WHERE seq = 2`, [JSON.stringify(second)]));
      expect(found).toMatchObject({ kind: 'changed', event: 2 });
    });

    it('an edited row whose hash was recomputed', async () => {
      const found = await tampered(async (raw) => {
        const prev = String(await raw.value(`SELECT prev FROM cw_events WHERE seq = 2`));
        await raw.exec(`UPDATE cw_events SET event = $1, hash = $2 WHERE seq = 2`, [JSON.stringify(second), linkHash(second, prev)]);
      });
      expect(found).toMatchObject({ kind: 'changed', event: 2 });
    });

    it('a row edited into text that is not JSON', async () => {
      expect(await tampered((raw) => raw.exec(`UPDATE cw_events SET event = 'garbage' WHERE seq = 3`))).toMatchObject({ kind: 'changed', event: 3 });
    });

    it('a deleted row', async () => {
      expect(await tampered((raw) => raw.exec(`DELETE FROM cw_events WHERE seq = 2`))).toMatchObject({ kind: 'removed', event: 2 });
    });

    it('a deleted last row', async () => {
      expect(await tampered((raw) => raw.exec(`DELETE FROM cw_events WHERE seq = 4`))).toMatchObject({ kind: 'removed', event: 4 });
    });

    it('two rows swapped', async () => {
      const found = await tampered(async (raw) => {
        await raw.exec(`UPDATE cw_events SET seq = -2 WHERE seq = 2`);
        await raw.exec(`UPDATE cw_events SET seq = 2 WHERE seq = 3`);
        await raw.exec(`UPDATE cw_events SET seq = 3 WHERE seq = -2`);
      });
      expect(found).toMatchObject({ kind: 'reordered', event: 2 });
    });

    it('a forged row inserted with a valid link', async () => {
      const found = await tampered(async (raw) => {
        await raw.exec(`UPDATE cw_events SET seq = seq + 100 WHERE seq >= 3`);
        const prev = String(await raw.value(`SELECT hash FROM cw_events WHERE seq = 2`));
        await raw.exec(`INSERT INTO cw_events (session_id, seq, event, prev, hash) VALUES ('s', 3, $1, $2, $3)`, [
          JSON.stringify(second),
          prev,
          linkHash(second, prev),
        ]);
        await raw.exec(`UPDATE cw_events SET seq = seq - 99 WHERE seq >= 100`);
      });
      expect(found).toMatchObject({ kind: 'inserted', event: 3 });
    });

    it('the case data as started, edited', async () => {
      expect(await tampered((raw) => raw.exec(`UPDATE cw_sessions SET case_data = '{"consumer":{"name":"Eve"}}'`))).toMatchObject({
        kind: 'header',
        event: 0,
      });
    });
  });

  it('verifies a session with no events, and reopens a store without migrating it again', () =>
    withStore(async (store, url) => {
      await store.create({ id: 'empty', ir: demoIr(), caseData: {} });
      expect(await store.verify('empty')).toEqual({ ok: true, value: { session: 'empty', events: 0, intact: true } });
      const second = await opened(url);
      const listed = await second.list();
      await second.close();
      expect(listed.ok && listed.value.length).toBe(1);
    }));

  it('answers `closed` after close, and closing twice is harmless', async () => {
    const store = await opened(kind.freshUrl());
    await store.close();
    await store.close();
    expect(await store.list()).toMatchObject({ ok: false, error: { code: 'closed' } });
  });

  it('a session started fresh has no events and the initial state', () =>
    withStore(async (store) => {
      const fresh = startSession(demoChecklist(), {});
      await saved(store, fresh, 'f');
      const loaded = await store.load('f');
      expect(loaded.ok && loaded.value.session.state).toEqual(fresh.state);
      expect(loaded.ok && (loaded.value.session.events as SessionEvent[])).toEqual([]);
    }));
});
