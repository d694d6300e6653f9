/** Real processes on one store: concurrent writers, and a writer killed with SIGKILL mid-stream. */
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { demoIr, opened, storeKinds } from './helpers.js';

const kinds = storeKinds();
afterAll(async () => {
  for (const kind of kinds) await kind.cleanup();
});

const CHILD = ['--import', 'tsx', 'test/store/child.ts'];

interface ChildRun {
  readonly lines: string[];
  readonly done: Promise<number | null>;
  kill(): void;
}

function writer(url: string, session: string, name: string, count: number, onLine?: (line: string) => void): ChildRun {
  const child = spawn(process.execPath, [...CHILD, url, session, name, String(count)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let pending = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const complete = pending.split('\n');
    pending = complete.pop()!;
    for (const line of complete) {
      lines.push(line);
      onLine?.(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<number | null>((resolve) =>
    child.on('close', (code, signal) => {
      if (code !== 0 && signal === null) process.stderr.write(`child ${name} exited ${code}: ${stderr}\n`);
      resolve(code);
    }),
  );
  return { lines, done, kill: () => child.kill('SIGKILL') };
}

/** Every acknowledged append is in the log at its version, nothing else is, and the chain holds. */
async function expectLogOf(url: string, session: string, acks: readonly string[]) {
  const store = await opened(url);
  try {
    const loaded = await store.load(session);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const logged = loaded.value.session.events.map((event, index) => `ack ${index + 1} ${event.type === 'answer' ? String(event.value) : ''}`);
    expect([...acks].sort()).toEqual([...logged].sort());
    expect(await store.verify(session)).toMatchObject({ ok: true, value: { intact: true, events: acks.length } });
  } finally {
    await store.close();
  }
}

describe.each(kinds)('processes on the $name store', (kind) => {
  it('four writers on one session: each append lands with a unique version or is refused conflict', async () => {
    const url = kind.freshUrl();
    const store = await opened(url);
    await store.create({ id: 'shared', ir: demoIr(), caseData: {} });
    await store.close();
    const children = ['w1', 'w2', 'w3', 'w4'].map((name) => writer(url, 'shared', name, 15));
    expect(await Promise.all(children.map((child) => child.done))).toEqual([0, 0, 0, 0]);
    const lines = children.flatMap((child) => child.lines);
    expect(lines).toHaveLength(60);
    const acks = lines.filter((line) => line.startsWith('ack '));
    expect(lines.filter((line) => line !== 'conflict' && !line.startsWith('ack '))).toEqual([]);
    const versions = acks.map((line) => Number(line.split(' ')[1]));
    expect(new Set(versions).size).toBe(acks.length);
    await expectLogOf(url, 'shared', acks);
  });

  it('a writer killed with SIGKILL mid-stream loses nothing acknowledged and leaves nothing torn', async () => {
    const url = kind.freshUrl();
    const store = await opened(url);
    await store.create({ id: 'crash', ir: demoIr(), caseData: {} });
    await store.close();
    let acked = 0;
    let killed = false;
    const child = writer(url, 'crash', 'doomed', 100_000, (line) => {
      if (line.startsWith('ack ') && ++acked >= 40 && !killed) {
        killed = true;
        child.kill();
      }
    });
    await child.done;
    expect(killed).toBe(true);
    const acks = child.lines.filter((line) => line.startsWith('ack '));
    const again = await opened(url);
    const info = await again.info('crash');
    await again.close();
    if (!info.ok) throw new Error(info.error.message);
    // An append may have committed after its ack was written but before the kill reached the
    // parent; none may be missing, and every event stored must be whole.
    expect(info.value.version).toBeGreaterThanOrEqual(acks.length);
    expect(info.value.version).toBeLessThanOrEqual(acks.length + 1);
    const stored = await opened(url);
    const loaded = await stored.load('crash');
    expect(await stored.verify('crash')).toMatchObject({ ok: true, value: { intact: true } });
    await stored.close();
    if (!loaded.ok) throw new Error(loaded.error.message);
    const values = loaded.value.session.events.map((event) => (event.type === 'answer' ? event.value : null));
    expect(values.slice(0, acks.length)).toEqual(acks.map((line) => line.split(' ')[2]));
  });
});
