/** The stores the suite runs against, a small checklist, and raw access for tampering. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { compileSource } from '../../src/compile.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { answer, completeStep, startSession, type Session, type SessionResult } from '../../src/runtime/session.js';
import { loadChecklist, type LoadedChecklist } from '../../src/runtime/load.js';
import { openStore, type Store } from '../../src/store/index.js';

export const SOURCE = `checklist store_demo "Store demo" {
  version 2
  step intake "Intake" {
    yes_no fraud "Does the consumer claim fraud?" required
    text notes "Notes"
  }
  step review "Review" {
    select finding "Finding" options ["Accurate", "Inaccurate"] required
  }
}
`;

export function demoIr(source = SOURCE): ChecklistIR {
  const compiled = compileSource(source, 'store_demo.checklist');
  if (compiled.ir === undefined) throw new Error(`the demo checklist does not compile: ${JSON.stringify(compiled.diagnostics)}`);
  return compiled.ir;
}

export function demoChecklist(): LoadedChecklist {
  const loaded = loadChecklist(demoIr());
  if (!loaded.ok) throw new Error(loaded.errors.join('; '));
  return loaded.checklist;
}

export const META = { actor: 'alice', at: '2026-12-07T10:00:00Z' };

export function must(result: SessionResult): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

/** A session with one completed step and an answer after it: every kind of field in the log. */
export function demoSession(): Session {
  let session = startSession(demoChecklist(), { consumer: { name: 'Ada' } });
  session = must(answer(session, 'fraud', true, META));
  session = must(answer(session, 'notes', 'called twice', { actor: 'bob', at: '2026-12-07T10:01:00Z' }));
  session = must(completeStep(session, 'intake', META));
  return must(answer(session, 'finding', 'Inaccurate', META));
}

/** Raw SQL on the store's own tables, behind its back. */
export interface Raw {
  exec(sql: string, params?: unknown[]): Promise<void>;
  /** The first column of the first row. */
  value(sql: string, params?: unknown[]): Promise<unknown>;
  close(): Promise<void>;
}

export interface StoreKind {
  readonly name: 'sqlite' | 'postgres';
  /** A URL naming a fresh, empty store. */
  freshUrl(): string;
  raw(url: string): Raw;
  cleanup(): Promise<void>;
}

const runId = `${process.pid}_${Date.now().toString(36)}`;
let counter = 0;

export function sqliteKind(): StoreKind {
  const dir = mkdtempSync(path.join(tmpdir(), 'checkwright-store-'));
  return {
    name: 'sqlite',
    freshUrl: () => `sqlite:${path.join(dir, `store-${++counter}.db`)}`,
    raw: (url) => {
      const db = new Database(url.slice('sqlite:'.length));
      return {
        exec: async (sql, params = []) => {
          db.prepare(sql.replace(/\$\d+/g, '?')).run(...params);
        },
        value: async (sql, params = []) => db.prepare(sql.replace(/\$\d+/g, '?')).pluck().get(...params),
        close: async () => {
          db.close();
        },
      };
    },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Each store gets its own schema, so runs (and tests) never see each other's rows. */
export function postgresKind(base: string): StoreKind {
  const schemas: string[] = [];
  const withSchema = (schema: string) => {
    const url = new URL(base);
    url.searchParams.set('schema', schema);
    return url.href;
  };
  return {
    name: 'postgres',
    freshUrl: () => {
      const schema = `cw_test_${runId}_${++counter}`;
      schemas.push(schema);
      return withSchema(schema);
    },
    raw: (url) => {
      const schema = new URL(url).searchParams.get('schema')!;
      const pool = new pg.Pool({ connectionString: base, options: `-c search_path=${schema}`, max: 1 });
      return {
        exec: async (sql, params = []) => {
          await pool.query(sql, params);
        },
        value: async (sql, params = []) => {
          const { rows } = await pool.query<Record<string, unknown>>(sql, params);
          return Object.values(rows[0] ?? {})[0];
        },
        close: () => pool.end(),
      };
    },
    cleanup: async () => {
      const pool = new pg.Pool({ connectionString: base, max: 1 });
      for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool.end();
    },
  };
}

/** SQLite always; PostgreSQL when CHECKWRIGHT_TEST_PG_URL names a server (required under CI). */
export function storeKinds(): StoreKind[] {
  const url = process.env.CHECKWRIGHT_TEST_PG_URL;
  if (url === undefined || url === '') {
    if (process.env.CI) throw new Error('CI is set but CHECKWRIGHT_TEST_PG_URL is not: the PostgreSQL store suite must run in CI');
    process.stdout.write('store tests: CHECKWRIGHT_TEST_PG_URL is not set; the PostgreSQL store is skipped\n');
    return [sqliteKind()];
  }
  return [sqliteKind(), postgresKind(url)];
}

/** Runs `work` on a store at a fresh URL of `kind`, closing it afterwards. */
export async function withFreshStore<T>(kind: StoreKind, work: (store: Store, url: string) => Promise<T>): Promise<T> {
  const url = kind.freshUrl();
  const store = await opened(url);
  try {
    return await work(store, url);
  } finally {
    await store.close();
  }
}

export async function opened(url: string): Promise<Store> {
  const result = await openStore(url);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** Creates a session in the store and appends every event of `session`. */
export async function saved(store: Store, session: Session, id: string): Promise<void> {
  const created = await store.create({ id, ir: session.checklist.ir, caseData: session.caseData, created: '2026-12-07T09:00:00Z' });
  if (!created.ok) throw new Error(created.error.message);
  for (const [index, event] of session.events.entries()) {
    const appended = await store.append(id, index, event);
    if (!appended.ok) throw new Error(appended.error.message);
  }
}
