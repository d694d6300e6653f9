// Audit store benchmark (docs/store.md, "Performance"). Uses the built entries (dist/store.js,
// dist/index.js): run `node scripts/build.mjs` first.
//   node bench/store.bench.mjs                      SQLite in a temp folder
//   CHECKWRIGHT_BENCH_PG_URL=postgres://… node bench/store.bench.mjs   also PostgreSQL (own schema, dropped after)
//   node bench/store.bench.mjs --quick              fewer operations
// Per store: one writer appending; 8 writers on 8 sessions at once; 8 writers on one session
// (each retries on `conflict`); loads of a 20-event session; then a 10,000-event session loaded
// and verified. The 8 writers are 8 concurrent tasks of this process (each its own store handle,
// so for PostgreSQL its own connections). Latency is wall time per append, p50/p99.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { compileSource } from '../dist/index.js';
import { openStore } from '../dist/store.js';

const quick = process.argv.includes('--quick');
const N = quick ? 100 : 400;
const LONG = 10_000;
const SOURCE = 'checklist bench "Bench" {\n  version 1\n  step s "S" {\n    text notes "Notes"\n    yes_no ok "OK" required\n  }\n}\n';
const { ir } = compileSource(SOURCE, 'bench.checklist');
const event = (i, who = 'bench') => ({ type: 'answer', item: 'notes', value: `note ${i}`, actor: who, at: '2026-12-07T10:00:00Z' });

function must(result) {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
function summary(label, latencies, seconds, extra = '') {
  const sorted = [...latencies].sort((a, b) => a - b);
  const rate = (latencies.length / seconds).toFixed(0);
  console.log(`  ${label.padEnd(34)} ${rate.padStart(6)} appends/s  p50 ${pct(sorted, 50).toFixed(2)} ms  p99 ${pct(sorted, 99).toFixed(2)} ms${extra}`);
}

async function writeMany(store, id, count, who) {
  const latencies = [];
  let version = must(await store.info(id)).version;
  let conflicts = 0;
  while (latencies.length < count) {
    const started = performance.now();
    const appended = await store.append(id, version, event(latencies.length, who));
    if (appended.ok) {
      latencies.push(performance.now() - started);
      version = appended.value.version;
    } else if (appended.error.code === 'conflict') {
      conflicts++;
      version = must(await store.info(id)).version;
    } else throw new Error(appended.error.message);
  }
  return { latencies, conflicts };
}

async function benchStore(name, url) {
  console.log(`${name}:`);
  const store = must(await openStore(url));
  must(await store.create({ id: 'one', ir, caseData: {} }));
  let started = performance.now();
  const single = await writeMany(store, 'one', N, 'w');
  summary('1 writer', single.latencies, (performance.now() - started) / 1000);

  const writers = await Promise.all(Array.from({ length: 8 }, () => openStore(url).then(must)));
  for (let w = 0; w < 8; w++) must(await store.create({ id: `own-${w}`, ir, caseData: {} }));
  started = performance.now();
  const own = await Promise.all(writers.map((writer, w) => writeMany(writer, `own-${w}`, N / 4, `w${w}`)));
  summary('8 writers, 8 sessions', own.flatMap((r) => r.latencies), (performance.now() - started) / 1000);

  must(await store.create({ id: 'shared', ir, caseData: {} }));
  started = performance.now();
  const shared = await Promise.all(writers.map((writer, w) => writeMany(writer, 'shared', N / 8, `w${w}`)));
  const conflicts = shared.reduce((sum, r) => sum + r.conflicts, 0);
  summary('8 writers, 1 session', shared.flatMap((r) => r.latencies), (performance.now() - started) / 1000, `  (${conflicts} conflicts retried)`);
  for (const writer of writers) await writer.close();

  must(await store.create({ id: 'short', ir, caseData: {} }));
  await writeMany(store, 'short', 20, 'w');
  const loads = quick ? 100 : 400;
  started = performance.now();
  for (let i = 0; i < loads; i++) must(await store.load('short'));
  const loadSeconds = (performance.now() - started) / 1000;
  console.log(`  ${'load, 20 events'.padEnd(34)} ${(loads / loadSeconds).toFixed(0).padStart(6)} loads/s`);

  must(await store.create({ id: 'long', ir, caseData: {} }));
  started = performance.now();
  await writeMany(store, 'long', LONG, 'w');
  const buildSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const loaded = must(await store.load('long'));
  const loadMs = performance.now() - started;
  started = performance.now();
  const verified = must(await store.verify('long'));
  const verifyMs = performance.now() - started;
  if (!verified.intact || loaded.session.events.length !== LONG) throw new Error('the long session did not load back whole');
  console.log(`  ${`${LONG} events`.padEnd(34)} load ${loadMs.toFixed(0)} ms, verify ${verifyMs.toFixed(0)} ms (appended in ${buildSeconds.toFixed(1)} s)`);
  await store.close();
}

const dir = mkdtempSync(path.join(tmpdir(), 'checkwright-store-bench-'));
try {
  await benchStore('sqlite (WAL, synchronous=FULL)', `sqlite:${path.join(dir, 'bench.db')}`);
  const pg = process.env.CHECKWRIGHT_BENCH_PG_URL;
  if (pg) {
    const schema = `cw_bench_${process.pid}`;
    const url = new URL(pg);
    url.searchParams.set('schema', schema);
    try {
      await benchStore('postgres', url.href);
    } finally {
      const { default: pgModule } = await import('pg');
      const pool = new pgModule.Pool({ connectionString: pg, max: 1 });
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    }
  } else console.log('postgres: skipped (set CHECKWRIGHT_BENCH_PG_URL)');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
