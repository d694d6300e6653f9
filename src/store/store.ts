/**
 * `openStore(url)` (SPEC §9.1): the checks, the chain and the replay, once, over a driver
 * (sqlite.ts, postgres.ts). Nothing is written unless every check has passed; every operation
 * resolves to `{ ok, value }` or `{ ok: false, error }`, and a driver's throw (database down, disk
 * full, locked too long) becomes `unavailable`.
 */
import { randomUUID } from 'node:crypto';
import { canonicalJson } from '../emit/canonical-json.js';
import { irHash } from '../emit/hash.js';
import type { ChecklistIR } from '../ir/types.js';
import { loadChecklist, type LoadedChecklist } from '../runtime/load.js';
import { isObject, ownValue } from '../runtime/own.js';
import { isJsonValue } from '../runtime/plain-copy.js';
import { replayMigrations } from '../runtime/migrate.js';
import { reduceEvents, replaySession, type SessionEvent } from '../runtime/session.js';
import { genesisOf, linkHash, verifyChain } from './chain.js';
import { SESSION_ID, type Driver, type SessionRow } from './driver.js';
import { failure, messageOf } from './errors.js';
import { eventProblem } from './events.js';
import { exportLines } from './export.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type {
  AppendOptions,
  AppendReceipt,
  CreateSessionInput,
  ListOptions,
  SessionInfo,
  SessionListing,
  Store,
  StoredSession,
  StoreResult,
  VerifyReport,
} from './types.js';
import { parseStoreUrl } from './url.js';

export async function openStore(url: string): Promise<StoreResult<Store>> {
  try {
    const location = parseStoreUrl(url);
    if (!location.ok) return location;
    const opened = location.value.kind === 'sqlite' ? await openSqlite(location.value.file) : await openPostgres(location.value.url);
    return opened.ok ? { ok: true, value: new CheckedStore(opened.value) } : opened;
  } catch (error) {
    return failure('unavailable', `cannot open the store: ${messageOf(error)}`);
  }
}

class CheckedStore implements Store {
  private closed = false;
  /** Loaded checklists by IR hash: loading compiles every condition, once per store is enough. */
  private readonly checklists = new Map<string, LoadedChecklist>();

  constructor(private readonly driver: Driver) {}

  get kind(): 'sqlite' | 'postgres' {
    return this.driver.kind;
  }

  create(input: CreateSessionInput): Promise<StoreResult<SessionInfo>> {
    return this.guard(async () => {
      const checked = checkCreate(input);
      if (!checked.ok) return checked;
      const { ir, caseData, id, created } = checked.value;
      const header = { id, checklist: ir.checklist, checklistVersion: ir.version, hash: ir.hash, created };
      const head = genesisOf(header, caseData);
      const row = { ...header, caseData, version: 0, head, ir: canonicalJson(ir) };
      if (!(await this.driver.insertSession(row))) return failure('duplicate_session', `a session with the id ${id} exists already`);
      return { ok: true, value: infoOf(row) };
    });
  }

  append(sessionId: string, expectedVersion: number, event: unknown, options: AppendOptions = {}): Promise<StoreResult<AppendReceipt>> {
    return this.guard(async () => {
      const badId = idProblem(sessionId);
      if (badId) return badId;
      if (!Number.isSafeInteger(expectedVersion) || expectedVersion < 0) {
        return failure('bad_input', `the expected version must be a whole number ≥ 0, not ${String(expectedVersion)}`);
      }
      const problem = eventProblem(event);
      if (problem !== undefined) return failure('bad_input', problem);
      const text = canonicalJson(event);
      const copy = JSON.parse(text) as unknown;
      const target = await this.storeTarget(copy as SessionEvent, ownValue(options, 'ir'));
      if (!target.ok) return target;
      const outcome = await this.driver.appendEvent(sessionId, expectedVersion, (head) => ({ event: text, hash: linkHash(copy, head) }));
      if (outcome.kind === 'unknown') return unknownSession(sessionId);
      if (outcome.kind === 'conflict') {
        return failure('conflict', `session ${sessionId} is at version ${outcome.version}, not ${expectedVersion}: another writer appended first`);
      }
      return { ok: true, value: { version: outcome.version, hash: outcome.hash } };
    });
  }

  info(sessionId: string): Promise<StoreResult<SessionInfo>> {
    return this.guard(async () => {
      const found = await this.sessionRow(sessionId);
      return found.ok ? { ok: true, value: infoOf(found.value) } : found;
    });
  }

  load(sessionId: string): Promise<StoreResult<StoredSession>> {
    return this.guard(async () => {
      const found = await this.sessionWithEvents(sessionId);
      if (!found.ok) return found;
      const { row, checklist, events } = found.value;
      // Every version the session moved to, loaded before the (synchronous) replay asks for it.
      for (const event of events) {
        if (event.type !== 'migrate') continue;
        const target = await this.checklist(event.to);
        if (!target.ok) return target;
      }
      const versions = replayMigrations((hash) => this.checklists.get(hash));
      const replayed = replaySession(checklist, JSON.parse(row.caseData), events, versions);
      if (!replayed.ok) return failure('corrupt', `session ${sessionId} does not replay: ${replayed.error.message}`);
      return { ok: true, value: { info: infoOf(row), session: replayed.session } };
    });
  }

  list(options: ListOptions = {}): Promise<StoreResult<SessionListing[]>> {
    return this.guard(async () => {
      const checklist = ownValue(options, 'checklist');
      if (checklist !== undefined && typeof checklist !== 'string') return failure('bad_input', 'list({ checklist }) takes a checklist id');
      const rows = await this.driver.sessions(checklist);
      if (ownValue(options, 'state') !== true) return { ok: true, value: rows.map(infoOf) };
      const listed: SessionListing[] = [];
      for (const row of rows) {
        const found = await this.sessionWithEvents(row.id);
        if (!found.ok) return found;
        const { checklist: loaded, events } = found.value;
        const runsOn = events.reduce((hash, event) => (event.type === 'migrate' ? event.to : hash), row.hash);
        listed.push({ ...infoOf(row), state: reduceEvents(loaded, events), runsOn });
      }
      return { ok: true, value: listed };
    });
  }

  verify(sessionId: string): Promise<StoreResult<VerifyReport>> {
    return this.guard(async () => {
      const found = await this.sessionRow(sessionId);
      if (!found.ok) return found;
      const row = found.value;
      const rows = await this.driver.events(sessionId);
      let genesis: string;
      try {
        genesis = genesisOf(row, row.caseData);
      } catch {
        genesis = 'the header does not parse';
      }
      return { ok: true, value: verifyChain(infoOf(row), genesis, rows) };
    });
  }

  export(sessionId?: string): Promise<StoreResult<string>> {
    return this.guard(async () => {
      let rows: SessionRow[];
      if (sessionId === undefined) rows = await this.driver.sessions();
      else {
        const found = await this.sessionRow(sessionId);
        if (!found.ok) return found;
        rows = [found.value];
      }
      const lines: string[] = [];
      for (const row of rows) lines.push(...exportLines(row, await this.driver.events(row.id)));
      return { ok: true, value: lines.map((line) => `${line}\n`).join('') };
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.close().catch(() => undefined);
  }

  private async sessionWithEvents(
    sessionId: string,
  ): Promise<StoreResult<{ row: SessionRow; checklist: LoadedChecklist; events: SessionEvent[] }>> {
    const found = await this.sessionRow(sessionId);
    if (!found.ok) return found;
    const row = found.value;
    const checklist = await this.checklist(row.hash);
    if (!checklist.ok) return checklist;
    const rows = await this.driver.events(sessionId);
    try {
      return { ok: true, value: { row, checklist: checklist.value, events: rows.map((event) => JSON.parse(event.event) as SessionEvent) } };
    } catch (error) {
      return failure('corrupt', `session ${sessionId} holds an event that is not JSON: ${messageOf(error)}`);
    }
  }

  /**
   * A `migrate` event names the IR the session moves to: it must be stored already or given
   * (`append(…, { ir })`, then stored once per hash), so the session still loads from the store alone.
   */
  private async storeTarget(event: SessionEvent, ir: unknown): Promise<StoreResult<undefined>> {
    if (event.type !== 'migrate') return { ok: true, value: undefined };
    if (ir === undefined) {
      const known = await this.checklist(event.to);
      return known.ok ? { ok: true, value: undefined } : failure('bad_input', `a migrate event needs the IR of ${event.to}: pass append(…, { ir })`);
    }
    const checked = checkedIr(ir);
    if (!checked.ok) return checked;
    if (checked.value.hash !== event.to) return failure('bad_input', `the IR given has the hash ${checked.value.hash}, not the ${event.to} the event moves to`);
    const { hash, checklist, version } = checked.value;
    await this.driver.insertChecklist({ hash, checklist, checklistVersion: version, ir: canonicalJson(checked.value) });
    return { ok: true, value: undefined };
  }

  private async sessionRow(sessionId: unknown): Promise<StoreResult<SessionRow>> {
    const badId = idProblem(sessionId);
    if (badId) return badId;
    const row = await this.driver.session(sessionId as string);
    return row === undefined ? unknownSession(sessionId as string) : { ok: true, value: row };
  }

  private async checklist(hash: string): Promise<StoreResult<LoadedChecklist>> {
    const cached = this.checklists.get(hash);
    if (cached !== undefined) return { ok: true, value: cached };
    const text = await this.driver.checklistIr(hash);
    if (text === undefined) return failure('corrupt', `the store has no checklist with the hash ${hash}`);
    let loaded;
    try {
      loaded = loadChecklist(JSON.parse(text));
    } catch (error) {
      return failure('corrupt', `the stored checklist ${hash} is not JSON: ${messageOf(error)}`);
    }
    if (!loaded.ok) return failure('corrupt', `the stored checklist ${hash} does not load: ${loaded.errors.join('; ')}`);
    this.checklists.set(hash, loaded.checklist);
    return { ok: true, value: loaded.checklist };
  }

  private async guard<T>(work: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    if (this.closed) return failure('closed', 'the store is closed');
    try {
      return await work();
    } catch (error) {
      return failure('unavailable', `the ${this.driver.kind} database refused the operation: ${messageOf(error)}`);
    }
  }
}

interface CheckedCreate {
  readonly ir: ChecklistIR;
  readonly caseData: string;
  readonly id: string;
  readonly created: string;
}

/** The IR must load (so the session loads again) and carry its own hash (what the session names). */
function checkCreate(input: unknown): StoreResult<CheckedCreate> {
  if (!isObject(input)) return failure('bad_input', 'create takes { ir, caseData, id?, created? }');
  const id = ownValue(input, 'id') ?? randomUUID();
  const badId = idProblem(id);
  if (badId) return badId;
  const created = ownValue(input, 'created') ?? new Date().toISOString();
  if (typeof created !== 'string' || created === '') return failure('bad_input', 'created must be a non-empty string (ISO 8601)');
  const caseData = ownValue(input, 'caseData');
  if (!isJsonValue(caseData)) return failure('bad_input', 'the case data must be a JSON value');
  const ir = checkedIr(ownValue(input, 'ir'));
  if (!ir.ok) return ir;
  return { ok: true, value: { ir: ir.value, caseData: canonicalJson(caseData), id: id as string, created } };
}

/** An IR that loads and carries its own hash: what a session may run on. */
function checkedIr(given: unknown): StoreResult<ChecklistIR> {
  const loaded = loadChecklist(given);
  if (!loaded.ok) return failure('bad_input', `the IR does not load: ${loaded.errors.slice(0, 3).join('; ')}`);
  const ir = loaded.checklist.ir;
  if (irHash(ir) !== ir.hash) return failure('bad_input', `the IR's hash ${ir.hash} does not match its content`);
  return { ok: true, value: ir };
}

function idProblem(id: unknown): { ok: false; error: { code: 'bad_input'; message: string } } | undefined {
  if (typeof id === 'string' && SESSION_ID.test(id)) return undefined;
  const shown = typeof id === 'string' ? JSON.stringify(id.slice(0, 80)) : typeof id;
  return { ok: false, error: { code: 'bad_input', message: `${shown} is not a session id (letters, digits, . _ : -; at most 200)` } };
}

function unknownSession(id: string): { ok: false; error: { code: 'unknown_session'; message: string } } {
  return { ok: false, error: { code: 'unknown_session', message: `the store has no session ${id}` } };
}

function infoOf(row: SessionRow): SessionInfo {
  return {
    id: row.id,
    checklist: row.checklist,
    checklistVersion: Number(row.checklistVersion),
    hash: row.hash,
    created: row.created,
    version: Number(row.version),
    head: row.head,
  };
}
