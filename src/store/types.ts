/** The store's public types (SPEC §9.1). Every operation resolves to a value; none throws. */
import type { ChecklistIR } from '../ir/types.js';
import type { Session, SessionState } from '../runtime/session.js';

export type StoreErrorCode =
  /** The URL names no store this module can open. */
  | 'bad_url'
  /** The file or database exists but is not a Checkwright store (or one of a newer schema). */
  | 'not_a_store'
  /** The database cannot be reached or refused the operation (down, locked, disk full…). */
  | 'unavailable'
  /** An argument is not what the operation takes (an event that is not an event, a bad id…). */
  | 'bad_input'
  | 'unknown_session'
  | 'duplicate_session'
  /** Another writer appended first: the expected version is not the session's version. */
  | 'conflict'
  /** Stored rows that do not load (not JSON, an IR that no longer loads, a log that does not replay). */
  | 'corrupt'
  | 'closed';

export interface StoreError {
  readonly code: StoreErrorCode;
  readonly message: string;
}

export type StoreResult<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: StoreError };

/** A session's header row: what `list` returns, without replaying anything. */
export interface SessionInfo {
  readonly id: string;
  /** The checklist's id, version and IR hash the session runs on. */
  readonly checklist: string;
  readonly checklistVersion: number;
  readonly hash: string;
  /** When the session was created (ISO 8601, as given to `create`, or the store's clock). */
  readonly created: string;
  /** The number of events appended: what the next `append` must expect. */
  readonly version: number;
  /** The hash of the last event (the chain's genesis while there is none). */
  readonly head: string;
}

/** `list({ state: true })` adds the fold of each session's events (no evaluation, no replay). */
export interface SessionListing extends SessionInfo {
  readonly state?: SessionState;
  /** With `state`: the IR hash the session runs on now (its last `migrate` event's, else `hash`). */
  readonly runsOn?: string;
}

export interface CreateSessionInput {
  /** The IR the session runs on: stored once per hash, so `load` needs nothing else. */
  readonly ir: ChecklistIR;
  readonly caseData: unknown;
  /** A new id is made when absent. */
  readonly id?: string;
  /** Defaults to the store's clock. */
  readonly created?: string;
}

export interface StoredSession {
  readonly info: SessionInfo;
  /** Replayed with `replaySession`: the identical state the appended events fold to. */
  readonly session: Session;
}

export interface AppendOptions {
  /** For a `migrate` event: the IR the session moves to, unless the store holds it already. */
  readonly ir?: ChecklistIR;
}

export interface AppendReceipt {
  /** The event's number in its session (1 for the first): the version the next append expects. */
  readonly version: number;
  readonly hash: string;
}

export type ChainBreakKind = 'changed' | 'removed' | 'inserted' | 'reordered' | 'header';

export interface ChainBreak {
  readonly kind: ChainBreakKind;
  /** The event's number (1-based) where the chain first breaks; 0 for the session header. */
  readonly event: number;
  readonly message: string;
}

export interface VerifyReport {
  readonly session: string;
  /** Event rows found. */
  readonly events: number;
  readonly intact: boolean;
  /** The first break, when not intact. */
  readonly break?: ChainBreak;
}

export interface ListOptions {
  readonly checklist?: string;
  readonly state?: boolean;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  create(input: CreateSessionInput): Promise<StoreResult<SessionInfo>>;
  append(sessionId: string, expectedVersion: number, event: unknown, options?: AppendOptions): Promise<StoreResult<AppendReceipt>>;
  /** The session's header and version, without its events. */
  info(sessionId: string): Promise<StoreResult<SessionInfo>>;
  load(sessionId: string): Promise<StoreResult<StoredSession>>;
  list(options?: ListOptions): Promise<StoreResult<SessionListing[]>>;
  verify(sessionId: string): Promise<StoreResult<VerifyReport>>;
  /** NDJSON: one `session` line, then one `event` line per event, for one session or all of them. */
  export(sessionId?: string): Promise<StoreResult<string>>;
  close(): Promise<void>;
}
