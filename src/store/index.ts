/** `checkwright/store` (Node only): the durable, tamper-evident audit store of SPEC §9.1. */
export { openStore } from './store.js';
export type * from './types.js';
// Moving cases in flight is a server's job, next to the store: kept out of the browser runtime.
export { migrateSession, replayMigrations } from '../runtime/migrate.js';
export type { MigrationReport, MigrationResult } from '../runtime/migrate.js';
export { PERMISSIONS, REDACTED, evaluateSessionFor, mayRead, readPermissionOf, redactPaths, redactResult } from '../runtime/permissions.js';
export type { Permissions } from '../runtime/permissions.js';
