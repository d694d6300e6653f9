/**
 * The store's schema, as versioned migrations the store runs itself on open (inside one
 * transaction, recorded in cw_schema_version). The same SQL serves SQLite and PostgreSQL; a
 * migration is appended, never edited. Events are kept as canonical JSON text (not `jsonb`, which
 * would reorder keys and reformat numbers: the hash is over exact bytes).
 */
export const MIGRATIONS: readonly (readonly string[])[] = [
  [
    `CREATE TABLE cw_checklists (
       hash TEXT PRIMARY KEY, checklist TEXT NOT NULL, version INTEGER NOT NULL, ir TEXT NOT NULL)`,
    `CREATE TABLE cw_sessions (
       id TEXT PRIMARY KEY, checklist TEXT NOT NULL, checklist_version INTEGER NOT NULL,
       ir_hash TEXT NOT NULL REFERENCES cw_checklists (hash), case_data TEXT NOT NULL, created TEXT NOT NULL,
       version INTEGER NOT NULL, head TEXT NOT NULL)`,
    `CREATE INDEX cw_sessions_checklist ON cw_sessions (checklist)`,
    `CREATE TABLE cw_events (
       session_id TEXT NOT NULL REFERENCES cw_sessions (id), seq INTEGER NOT NULL,
       event TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL, PRIMARY KEY (session_id, seq))`,
  ],
];

export const SCHEMA_VERSION = MIGRATIONS.length;

export const VERSION_TABLE = 'cw_schema_version';
export const CREATE_VERSION_TABLE = `CREATE TABLE IF NOT EXISTS ${VERSION_TABLE} (version INTEGER NOT NULL)`;

/** Columns of cw_sessions in the shape of `SessionRow`. */
export const SESSION_COLUMNS =
  'id, checklist, checklist_version AS "checklistVersion", ir_hash AS hash, case_data AS "caseData", created, version, head';
