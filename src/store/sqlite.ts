/**
 * The embedded store: one SQLite file through better-sqlite3 (loaded only when a `sqlite:` URL is
 * opened, so the CLI starts without it). WAL lets readers run beside the one writer; every append
 * is one `BEGIN IMMEDIATE` transaction (the write lock is taken before the version is read, so two
 * processes cannot both see the same version), with `synchronous = FULL`: an acknowledged event is
 * on disk, through a process kill or a power cut. Writers wait up to `busy_timeout` for the lock.
 */
import { statSync } from 'node:fs';
import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { EventRow } from './chain.js';
import type { AppendOutcome, Driver, NewEvent, NewSession, SessionRow, StoredChecklist } from './driver.js';
import { CREATE_VERSION_TABLE, MIGRATIONS, SCHEMA_VERSION, SESSION_COLUMNS, VERSION_TABLE } from './schema.js';
import { failure, messageOf } from './errors.js';
import type { StoreResult } from './types.js';

const BUSY_TIMEOUT_MS = 10_000;

export async function openSqlite(file: string): Promise<StoreResult<Driver>> {
  const { default: Database } = await import('better-sqlite3');
  const existing = sizeOf(file);
  let db: SqliteDatabase;
  try {
    db = new Database(file, { fileMustExist: existing !== undefined });
  } catch (error) {
    return failure('unavailable', `cannot open ${file}: ${messageOf(error)}`);
  }
  try {
    if (existing !== undefined && existing > 0 && !isStore(db)) {
      db.close();
      return failure('not_a_store', `${file} is not a Checkwright store (it has no ${VERSION_TABLE} table)`);
    }
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const migrated = migrate(db);
    if (!migrated.ok) {
      db.close();
      return migrated;
    }
    return { ok: true, value: new SqliteDriver(db) };
  } catch (error) {
    db.close();
    const code = (error as { code?: unknown }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return failure('not_a_store', `${file} is not a Checkwright store (${messageOf(error)})`);
    return failure('unavailable', `cannot open ${file}: ${messageOf(error)}`);
  }
}

function sizeOf(file: string): number | undefined {
  try {
    return statSync(file).size;
  } catch {
    return undefined;
  }
}

/** Reads the header: throws SQLITE_NOTADB for a file that is not a database at all. */
function isStore(db: SqliteDatabase): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(VERSION_TABLE) !== undefined;
}

function migrate(db: SqliteDatabase): StoreResult<null> {
  return db
    .transaction((): StoreResult<null> => {
      db.exec(CREATE_VERSION_TABLE);
      const row = db.prepare(`SELECT MAX(version) AS version FROM ${VERSION_TABLE}`).get() as { version: number | null };
      const current = row.version ?? 0;
      if (current > SCHEMA_VERSION) return failure('not_a_store', `the store has schema version ${current}; this Checkwright knows ${SCHEMA_VERSION}`);
      for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
        for (const statement of MIGRATIONS[version - 1]!) db.exec(statement);
        db.prepare(`INSERT INTO ${VERSION_TABLE} (version) VALUES (?)`).run(version);
      }
      return { ok: true, value: null };
    })
    .immediate();
}

class SqliteDriver implements Driver {
  readonly kind = 'sqlite';
  private readonly statements;

  constructor(private readonly db: SqliteDatabase) {
    this.statements = {
      insertChecklist: db.prepare('INSERT INTO cw_checklists (hash, checklist, version, ir) VALUES (?, ?, ?, ?) ON CONFLICT (hash) DO NOTHING'),
      insertSession: db.prepare(
        'INSERT INTO cw_sessions (id, checklist, checklist_version, ir_hash, case_data, created, version, head) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
      ),
      session: db.prepare(`SELECT ${SESSION_COLUMNS} FROM cw_sessions WHERE id = ?`),
      sessions: db.prepare(`SELECT ${SESSION_COLUMNS} FROM cw_sessions ORDER BY created, id`),
      sessionsOf: db.prepare(`SELECT ${SESSION_COLUMNS} FROM cw_sessions WHERE checklist = ? ORDER BY created, id`),
      checklistIr: db.prepare('SELECT ir FROM cw_checklists WHERE hash = ?').pluck(),
      events: db.prepare('SELECT seq, event, prev, hash FROM cw_events WHERE session_id = ? ORDER BY seq'),
      insertEvent: db.prepare('INSERT INTO cw_events (session_id, seq, event, prev, hash) VALUES (?, ?, ?, ?, ?)'),
      moveHead: db.prepare('UPDATE cw_sessions SET version = ?, head = ? WHERE id = ?'),
    };
  }

  async insertChecklist(checklist: StoredChecklist): Promise<void> {
    this.statements.insertChecklist.run(checklist.hash, checklist.checklist, checklist.checklistVersion, checklist.ir);
  }

  async insertSession(session: NewSession): Promise<boolean> {
    const { statements } = this;
    return this.db
      .transaction(() => {
        statements.insertChecklist.run(session.hash, session.checklist, session.checklistVersion, session.ir);
        const { changes } = statements.insertSession.run(
          session.id,
          session.checklist,
          session.checklistVersion,
          session.hash,
          session.caseData,
          session.created,
          session.version,
          session.head,
        );
        return changes === 1;
      })
      .immediate();
  }

  async appendEvent(sessionId: string, expected: number, link: (head: string) => NewEvent): Promise<AppendOutcome> {
    const { statements } = this;
    return this.db
      .transaction((): AppendOutcome => {
        const current = statements.session.get(sessionId) as SessionRow | undefined;
        if (current === undefined) return { kind: 'unknown' };
        if (current.version !== expected) return { kind: 'conflict', version: current.version };
        const row = link(current.head);
        const version = expected + 1;
        statements.insertEvent.run(sessionId, version, row.event, current.head, row.hash);
        statements.moveHead.run(version, row.hash, sessionId);
        return { kind: 'appended', version, hash: row.hash };
      })
      .immediate();
  }

  async session(sessionId: string): Promise<SessionRow | undefined> {
    return this.statements.session.get(sessionId) as SessionRow | undefined;
  }

  async checklistIr(hash: string): Promise<string | undefined> {
    return this.statements.checklistIr.get(hash) as string | undefined;
  }

  async events(sessionId: string): Promise<EventRow[]> {
    return this.statements.events.all(sessionId) as EventRow[];
  }

  async sessions(checklist?: string): Promise<SessionRow[]> {
    const rows = checklist === undefined ? this.statements.sessions.all() : this.statements.sessionsOf.all(checklist);
    return rows as SessionRow[];
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}
