/**
 * What a database backend provides (sqlite.ts, postgres.ts): rows in and out, each write one
 * transaction. The checks, hashing and replay live once, in store.ts, above this line. A driver may
 * throw; store.ts turns every throw into an error value.
 */
import type { EventRow } from './chain.js';

export interface SessionRow {
  readonly id: string;
  readonly checklist: string;
  readonly checklistVersion: number;
  readonly hash: string;
  readonly caseData: string;
  readonly created: string;
  readonly version: number;
  readonly head: string;
}

export interface StoredChecklist {
  readonly hash: string;
  readonly checklist: string;
  readonly checklistVersion: number;
  /** The IR's canonical JSON. */
  readonly ir: string;
}

export interface NewSession extends SessionRow {
  /** The IR's canonical JSON, stored once per hash. */
  readonly ir: string;
}

/** Made inside the append's transaction from the session's current head. */
export interface NewEvent {
  readonly event: string;
  readonly hash: string;
}

export type AppendOutcome = { readonly kind: 'appended'; readonly version: number; readonly hash: string } | { readonly kind: 'unknown' } | { readonly kind: 'conflict'; readonly version: number };

export interface Driver {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores an IR once per hash (a version a session migrates to); a hash stored already is left as it is. */
  insertChecklist(checklist: StoredChecklist): Promise<void>;
  /** `false` when a session with that id exists already. */
  insertSession(session: NewSession): Promise<boolean>;
  /** Appends when the session's version is `expected`; `link(head)` makes the row. */
  appendEvent(sessionId: string, expected: number, link: (head: string) => NewEvent): Promise<AppendOutcome>;
  session(sessionId: string): Promise<SessionRow | undefined>;
  checklistIr(hash: string): Promise<string | undefined>;
  /** In seq order. */
  events(sessionId: string): Promise<EventRow[]>;
  /** By created, then id. */
  sessions(checklist?: string): Promise<SessionRow[]>;
  close(): Promise<void>;
}

/** Ids the store accepts: what fits in a URL segment and a file name without quoting. */
export const SESSION_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,199}$/;
