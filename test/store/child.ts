/**
 * A writer in its own process, for the concurrency and crash tests: appends `count` answers to one
 * session, each after reading the session's version, and prints one line per attempt —
 * `ack VERSION VALUE` once the store has acknowledged it, `conflict` when another writer was first.
 * Usage: node --import tsx test/store/child.ts URL SESSION NAME COUNT
 */
import { openStore } from '../../src/store/index.js';

const [url, session, name, count] = process.argv.slice(2) as [string, string, string, string];
const opened = await openStore(url);
if (!opened.ok) {
  process.stderr.write(`${opened.error.code}: ${opened.error.message}\n`);
  process.exit(2);
}
const store = opened.value;
for (let attempt = 0; attempt < Number(count); attempt++) {
  const info = await store.info(session);
  if (!info.ok) throw new Error(info.error.message);
  const value = `${name}-${attempt}`;
  const event = { type: 'answer', item: 'notes', value, actor: name, at: new Date().toISOString() };
  const appended = await store.append(session, info.value.version, event);
  if (appended.ok) process.stdout.write(`ack ${appended.value.version} ${value}\n`);
  else if (appended.error.code === 'conflict') process.stdout.write('conflict\n');
  else throw new Error(appended.error.message);
}
await store.close();
