/**
 * The shared store: PostgreSQL through `pg` (loaded only when a `postgres://` URL is opened). Every
 * append is one transaction that locks the session's row (`SELECT … FOR UPDATE`) before it reads
 * the version: a second writer waits, then sees the new version and is refused `conflict`. The
 * primary key (session, seq) stands behind it. A `schema` query parameter puts the tables in their
 * own schema (created when missing); the default is `public`.
 */
import type { Pool, PoolClient } from 'pg';
import type { EventRow } from './chain.js';
import type { AppendOutcome, Driver, NewEvent, NewSession, SessionRow, StoredChecklist } from './driver.js';
import { failure, messageOf } from './errors.js';
import { CREATE_VERSION_TABLE, MIGRATIONS, SCHEMA_VERSION, SESSION_COLUMNS, VERSION_TABLE } from './schema.js';
import type { StoreResult } from './types.js';

const CONNECT_TIMEOUT_MS = 5_000;
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

export async function openPostgres(url: URL): Promise<StoreResult<Driver>> {
  const schema = url.searchParams.get('schema') ?? 'public';
  if (!SCHEMA_NAME.test(schema)) return failure('bad_url', `schema ${JSON.stringify(schema)} is not a plain SQL name`);
  const connection = new URL(url.href);
  connection.searchParams.delete('schema');
  const { default: pg } = await import('pg');
  const pool = new pg.Pool({
    connectionString: connection.href,
    options: `-c search_path=${schema}`,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    max: 4,
  });
  // An idle client that loses its server emits here; the next query reports it as a value.
  pool.on('error', () => undefined);
  try {
    const migrated = await transaction(pool, (client) => migrate(client, schema));
    if (!migrated.ok) {
      await pool.end();
      return migrated;
    }
    return { ok: true, value: new PostgresDriver(pool) };
  } catch (error) {
    await pool.end().catch(() => undefined);
    return failure('unavailable', `cannot use ${redacted(connection)}: ${messageOf(error)}`);
  }
}

/** The URL without its password, for messages. */
function redacted(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password !== '') shown.password = '***';
  return shown.href;
}

async function transaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

async function migrate(client: PoolClient, schema: string): Promise<StoreResult<null>> {
  // Two servers opening a new store at once: the second waits here, then finds the tables made.
  await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`checkwright-store:${schema}`]);
  await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
  await client.query(CREATE_VERSION_TABLE);
  const { rows } = await client.query<{ version: number | null }>(`SELECT MAX(version) AS version FROM ${VERSION_TABLE}`);
  const current = rows[0]?.version ?? 0;
  if (current > SCHEMA_VERSION) return failure('not_a_store', `the store has schema version ${current}; this Checkwright knows ${SCHEMA_VERSION}`);
  for (let version = current + 1; version <= SCHEMA_VERSION; version++) {
    for (const statement of MIGRATIONS[version - 1]!) await client.query(statement);
    await client.query(`INSERT INTO ${VERSION_TABLE} (version) VALUES ($1)`, [version]);
  }
  return { ok: true, value: null };
}

class PostgresDriver implements Driver {
  readonly kind = 'postgres';

  constructor(private readonly pool: Pool) {}

  async insertChecklist(checklist: StoredChecklist): Promise<void> {
    await this.pool.query('INSERT INTO cw_checklists (hash, checklist, version, ir) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING', [
      checklist.hash,
      checklist.checklist,
      checklist.checklistVersion,
      checklist.ir,
    ]);
  }

  insertSession(session: NewSession): Promise<boolean> {
    return transaction(this.pool, async (client) => {
      await client.query('INSERT INTO cw_checklists (hash, checklist, version, ir) VALUES ($1, $2, $3, $4) ON CONFLICT (hash) DO NOTHING', [
        session.hash,
        session.checklist,
        session.checklistVersion,
        session.ir,
      ]);
      const inserted = await client.query(
        'INSERT INTO cw_sessions (id, checklist, checklist_version, ir_hash, case_data, created, version, head) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING',
        [session.id, session.checklist, session.checklistVersion, session.hash, session.caseData, session.created, session.version, session.head],
      );
      return inserted.rowCount === 1;
    });
  }

  appendEvent(sessionId: string, expected: number, link: (head: string) => NewEvent): Promise<AppendOutcome> {
    return transaction(this.pool, async (client): Promise<AppendOutcome> => {
      const { rows } = await client.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM cw_sessions WHERE id = $1 FOR UPDATE`, [sessionId]);
      const current = rows[0];
      if (current === undefined) return { kind: 'unknown' };
      if (current.version !== expected) return { kind: 'conflict', version: current.version };
      const row = link(current.head);
      const version = expected + 1;
      await client.query('INSERT INTO cw_events (session_id, seq, event, prev, hash) VALUES ($1, $2, $3, $4, $5)', [
        sessionId,
        version,
        row.event,
        current.head,
        row.hash,
      ]);
      await client.query('UPDATE cw_sessions SET version = $1, head = $2 WHERE id = $3', [version, row.hash, sessionId]);
      return { kind: 'appended', version, hash: row.hash };
    });
  }

  async session(sessionId: string): Promise<SessionRow | undefined> {
    const { rows } = await this.pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM cw_sessions WHERE id = $1`, [sessionId]);
    return rows[0];
  }

  async checklistIr(hash: string): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ ir: string }>('SELECT ir FROM cw_checklists WHERE hash = $1', [hash]);
    return rows[0]?.ir;
  }

  async events(sessionId: string): Promise<EventRow[]> {
    const { rows } = await this.pool.query<EventRow>('SELECT seq, event, prev, hash FROM cw_events WHERE session_id = $1 ORDER BY seq', [sessionId]);
    return rows;
  }

  async sessions(checklist?: string): Promise<SessionRow[]> {
    const { rows } =
      checklist === undefined
        ? await this.pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM cw_sessions ORDER BY created, id`)
        : await this.pool.query<SessionRow>(`SELECT ${SESSION_COLUMNS} FROM cw_sessions WHERE checklist = $1 ORDER BY created, id`, [checklist]);
    return rows;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
