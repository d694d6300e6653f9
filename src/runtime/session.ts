/**
 * Sessions and the audit trail (SPEC §5.2). A session is its event log: every command checks
 * what it may, then appends one event; the state is the fold of the events (`reduceEvents`), so a
 * log saved as JSON replays to the identical state. Commands are pure: they return a new session
 * or a refusal, never change the one they were given. docs/runtime.md documents the event format.
 */
import type { JsonValue } from '../ir/types.js';
import { runEvaluation, type Evaluation } from './evaluate.js';
import type { LoadedChecklist } from './load.js';
import { cloneJson, isObject, ownValue, setOwn, type JsonObject } from './own.js';
import { describeValue, dottedPath, MAX_DATA_DEPTH, plainCopy, readableCopy } from './plain-copy.js';
import { PERMISSIONS } from './permissions.js';
import { snapshotOf } from './snapshot.js';
import type { EvaluationResult, ItemResult, StepResult } from './types.js';

export interface EventMeta {
  /** Who did it (a user id). */
  readonly actor: string;
  /** When, as the application's clock says (ISO 8601 recommended). */
  readonly at: string;
  /**
   * What the actor may do (SPEC §9.2), e.g. `case:update`. Absent: the application does not use
   * permissions and every command is allowed. Recorded in the event when given, so replay agrees.
   */
  readonly permissions?: readonly string[];
}

export type SessionEvent = EventMeta &
  (
    | { readonly type: 'answer'; readonly item: string; readonly value: JsonValue }
    | { readonly type: 'complete_step'; readonly step: string; readonly snapshot: Record<string, JsonValue> }
    | { readonly type: 'reopen_step'; readonly step: string }
    | { readonly type: 'set_outcome'; readonly outcome: string | null }
    | { readonly type: 'transition'; readonly name: string; readonly from: string | null; readonly to: string }
    /** The session moved to another version of its checklist (SPEC §9.3; src/runtime/migrate.ts). */
    | {
        readonly type: 'migrate';
        readonly from: string;
        readonly to: string;
        readonly dropped: readonly string[];
        readonly reopened: readonly string[];
      }
  );

export interface SessionState {
  readonly responses: Record<string, JsonValue>;
  readonly completed: readonly string[];
  readonly outcome: string | null;
  readonly status: string | null;
}

export interface Session {
  readonly checklist: LoadedChecklist;
  readonly caseData: unknown;
  readonly events: readonly SessionEvent[];
  readonly state: SessionState;
}

export type SessionErrorCode =
  | 'bad_meta'
  | 'bad_value'
  | 'bad_event'
  | 'unknown_item'
  | 'not_answerable'
  | 'item_hidden'
  | 'unknown_step'
  | 'not_ready'
  | 'not_completed'
  | 'unknown_outcome'
  | 'no_lifecycle'
  | 'unknown_transition'
  | 'wrong_status'
  | 'condition_false'
  | 'forbidden'
  | 'other_checklist'
  | 'unknown_version';

export interface SessionError {
  readonly code: SessionErrorCode;
  readonly message: string;
}

export type SessionResult = { ok: true; session: Session } | { ok: false; error: SessionError };

/**
 * The case data is copied as plain data, each property read once: later changes to the caller's
 * object do not reach the session, and a part that cannot be read (a throwing getter or proxy
 * trap, a cycle) is left out, so it reads as absent (and a required field reports as missing).
 */
export function startSession(checklist: LoadedChecklist, caseData: unknown): Session {
  return { checklist, caseData: readableCopy(caseData), events: [], state: initialState(checklist) };
}

/** `value` as plain JSON, or the first reason it is not one (a path and what is wrong there). */
function strictJson(value: unknown): { ok: true; value: JsonValue } | { ok: false; problem: string } {
  let problem: string | undefined;
  const copy = plainCopy(value, (path, message) => (problem ??= `${path.length > 0 ? `at ${dottedPath(path)}: ` : ''}${message}`), {
    strict: true,
    maxDepth: MAX_DATA_DEPTH,
  });
  if (problem !== undefined) return { ok: false, problem };
  return copy === undefined ? { ok: false, problem: 'undefined is not a JSON value' } : { ok: true, value: copy as JsonValue };
}

/** The state a log of events folds to. */
export function reduceEvents(checklist: LoadedChecklist, events: readonly SessionEvent[]): SessionState {
  return events.reduce(applyEvent, initialState(checklist));
}

export function answer(session: Session, itemId: string, value: unknown, meta: EventMeta): SessionResult {
  const who = readMeta(meta, PERMISSIONS.update);
  if (!who.ok) return who;
  const entry = typeof itemId === 'string' ? session.checklist.itemsById.get(itemId) : undefined;
  if (entry === undefined) return refuse('unknown_item', `no item has the id ${describeValue(itemId)}`);
  if (entry.item.item.type === 'instructions') return refuse('not_answerable', `${itemId} is an instructions item; it takes no response`);
  const response = strictJson(value);
  if (!response.ok) return refuse('bad_value', `the response to ${itemId} is not a JSON value: ${response.problem}`);
  const shown = findItem(evaluateSession(session).result, itemId);
  if (shown !== undefined && !shown.visible) return refuse('item_hidden', `${itemId} is hidden: ${shown.why?.text ?? ''}`);
  return record(session, { type: 'answer', item: itemId, value: response.value, ...who.meta });
}

export function completeStep(session: Session, stepId: string, meta: EventMeta): SessionResult {
  const who = readMeta(meta, PERMISSIONS.update);
  if (!who.ok) return who;
  const evaluation = evaluateSession(session);
  const step = findStep(evaluation.result, stepId);
  const loaded = typeof stepId === 'string' ? session.checklist.stepsById.get(stepId) : undefined;
  if (step === undefined || loaded === undefined) return refuse('unknown_step', `no step has the id ${describeValue(stepId)}`);
  if (step.status !== 'ready') return refuse('not_ready', notReadyMessage(step));
  const snapshot = snapshotOf(loaded, step, evaluation.data);
  return record(session, { type: 'complete_step', step: stepId, snapshot, ...who.meta });
}

export function reopenStep(session: Session, stepId: string, meta: EventMeta): SessionResult {
  const who = readMeta(meta, PERMISSIONS.update);
  if (!who.ok) return who;
  if (typeof stepId !== 'string' || !session.checklist.stepsById.has(stepId)) {
    return refuse('unknown_step', `no step has the id ${describeValue(stepId)}`);
  }
  if (!session.state.completed.includes(stepId)) return refuse('not_completed', `step ${stepId} is not completed`);
  return record(session, { type: 'reopen_step', step: stepId, ...who.meta });
}

export function setOutcome(session: Session, outcome: string | null, meta: EventMeta): SessionResult {
  const who = readMeta(meta, PERMISSIONS.update);
  if (!who.ok) return who;
  const declared = (session.checklist.ir.outcomes ?? []).map((candidate) => candidate.id);
  if (outcome !== null && (typeof outcome !== 'string' || !declared.includes(outcome))) {
    const expected = declared.length > 0 ? `one of ${declared.join(', ')}` : 'none: the checklist declares no outcomes';
    return refuse('unknown_outcome', `${describeValue(outcome)} is not a declared outcome (${expected})`);
  }
  return record(session, { type: 'set_outcome', outcome, ...who.meta });
}

export function transition(session: Session, name: string, meta: EventMeta): SessionResult {
  const who = readMeta(meta);
  if (!who.ok) return who;
  if (session.checklist.ir.lifecycle === undefined) return refuse('no_lifecycle', 'the checklist declares no lifecycle');
  const guarded = typeof name === 'string' ? session.checklist.transitions.get(name) : undefined;
  if (guarded === undefined) return refuse('unknown_transition', `no transition is named ${describeValue(name)}`);
  const from = session.state.status;
  if (from === null || !guarded.from.includes(from)) {
    return refuse('wrong_status', `${name} goes from ${guarded.from.join(', ')}; the status is ${from ?? 'not set'}`);
  }
  if (guarded.when !== undefined) {
    const { data } = evaluateSession(session);
    const why = guarded.when.explanation.whyNot(data);
    if (why !== undefined) return refuse('condition_false', `${name} is not allowed: ${why.text}`);
  }
  return record(session, { type: 'transition', name, from, to: guarded.to, ...who.meta });
}

/**
 * Rebuilds a session from a saved log (for instance `JSON.parse(JSON.stringify(session.events))`),
 * re-running every event as the command that made it; each must record exactly what the log says
 * (so the state stays the fold of the log). Snapshots are kept as recorded: they are the audit
 * trail of what was shown then.
 */
export interface ReplayOptions {
  /**
   * Re-runs a `migrate` event: `replayMigrations(versions)` (src/runtime/migrate.ts; exported by
   * `checkwright/store`). Kept out of this module so the browser runtime does not carry it.
   */
  readonly migrate?: (session: Session, toHash: string, meta: EventMeta) => SessionResult;
}

export function replaySession(checklist: LoadedChecklist, caseData: unknown, hostileEvents: unknown, options: ReplayOptions = {}): SessionResult {
  // The log is read once, as plain JSON: a log that cannot be read (a throwing getter, a proxy, a
  // cycle, a BigInt, absurd nesting) is refused, never thrown.
  const log = strictJson(hostileEvents);
  if (!log.ok) return refuse('bad_event', `the events cannot be read: ${log.problem}`);
  const events = log.value;
  if (!Array.isArray(events)) return refuse('bad_event', 'the events must be a list');
  let session = startSession(checklist, caseData);
  for (const [index, event] of events.entries()) {
    const replayed = replayOne(session, event, options);
    if (!replayed.ok) return refuse(replayed.error.code, `event ${index}: ${replayed.error.message}`);
    const recomputed = replayed.session.events.at(-1)!;
    const mismatch = differingKey(recomputed, event as JsonObject);
    if (mismatch !== undefined) {
      return refuse('bad_event', `event ${index}: ${mismatch} differs from what ${recomputed.type} records`);
    }
    const recorded = cloneJson(event) as SessionEvent;
    session = { ...replayed.session, events: [...session.events, recorded] };
  }
  return { ok: true, session };
}

/** The first key (other than `snapshot`) on which a logged event differs from the replayed one. */
function differingKey(replayed: SessionEvent, logged: JsonObject): string | undefined {
  const keys = new Set([...Object.keys(replayed), ...Object.keys(logged)]);
  for (const key of keys) {
    if (key === 'snapshot') continue;
    const expected = ownValue(replayed, key);
    if (JSON.stringify(expected) !== JSON.stringify(cloneJson(ownValue(logged, key)))) return key;
  }
  return undefined;
}

function replayOne(session: Session, event: unknown, options: ReplayOptions): SessionResult {
  if (!isObject(event)) return refuse('bad_event', 'an event must be an object');
  const permissions = ownValue(event, 'permissions');
  const meta = { actor: ownValue(event, 'actor'), at: ownValue(event, 'at'), ...(permissions !== undefined && { permissions }) } as EventMeta;
  switch (ownValue(event, 'type')) {
    case 'answer':
      return answer(session, ownValue(event, 'item') as string, ownValue(event, 'value'), meta);
    case 'complete_step':
      return completeStep(session, ownValue(event, 'step') as string, meta);
    case 'reopen_step':
      return reopenStep(session, ownValue(event, 'step') as string, meta);
    case 'set_outcome':
      return setOutcome(session, ownValue(event, 'outcome') as string | null, meta);
    case 'transition':
      return transition(session, ownValue(event, 'name') as string, meta);
    case 'migrate':
      return options.migrate?.(session, ownValue(event, 'to') as string, meta) ?? refuse('unknown_version', 'migrate needs replayMigrations');
    default:
      return refuse('bad_event', `unknown event type ${describeValue(ownValue(event, 'type'))}`);
  }
}

/** The evaluation of a session's current state. */
export function evaluateSession(session: Session): Evaluation {
  return runEvaluation(session.checklist, session.caseData, session.state);
}

function initialState(checklist: LoadedChecklist): SessionState {
  return { responses: {}, completed: [], outcome: null, status: checklist.ir.lifecycle?.initial ?? null };
}

function applyEvent(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'answer': {
      const responses: JsonObject = {};
      for (const id of Object.keys(state.responses)) if (id !== event.item) setOwn(responses, id, state.responses[id]);
      if (event.value !== null) setOwn(responses, event.item, event.value);
      return { ...state, responses: responses as Record<string, JsonValue> };
    }
    case 'complete_step':
      return state.completed.includes(event.step) ? state : { ...state, completed: [...state.completed, event.step] };
    case 'reopen_step':
      return { ...state, completed: state.completed.filter((id) => id !== event.step) };
    case 'set_outcome':
      return { ...state, outcome: event.outcome };
    case 'transition':
      return { ...state, status: event.to };
    case 'migrate': {
      const responses: JsonObject = {};
      for (const id of Object.keys(state.responses)) if (!event.dropped.includes(id)) setOwn(responses, id, state.responses[id]);
      return { ...state, responses: responses as Record<string, JsonValue>, completed: state.completed.filter((id) => !event.reopened.includes(id)) };
    }
  }
}

export function record(session: Session, event: SessionEvent): SessionResult {
  return { ok: true, session: { ...session, events: [...session.events, event], state: applyEvent(session.state, event) } };
}

export function refuse(code: SessionErrorCode, message: string): { ok: false; error: SessionError } {
  return { ok: false, error: { code, message } };
}

/**
 * `{ actor, at, permissions? }`, each read once (a getter could answer differently twice), or the
 * refusal: `bad_meta`, or `forbidden` when the meta carries permissions without `needs`.
 */
export function readMeta(meta: unknown, needs?: string): { ok: true; meta: EventMeta } | { ok: false; error: SessionError } {
  let actor: unknown;
  let at: unknown;
  let permissions: unknown;
  try {
    actor = ownValue(meta, 'actor');
    at = ownValue(meta, 'at');
    permissions = ownValue(meta, 'permissions');
  } catch {
    return refuse('bad_meta', 'the { actor, at } of the command cannot be read');
  }
  if (typeof actor !== 'string' || actor === '' || typeof at !== 'string' || at === '') {
    return refuse('bad_meta', 'every command needs { actor, at }: non-empty strings');
  }
  if (permissions === undefined) return { ok: true, meta: { actor, at } };
  // Copied as plain JSON: the list is read once and the event cannot share it with the caller.
  const granted = strictJson(permissions);
  if (!granted.ok || !Array.isArray(granted.value) || !granted.value.every((entry) => typeof entry === 'string' && entry !== '')) {
    return refuse('bad_meta', 'permissions: a list of non-empty strings');
  }
  const list = granted.value as string[];
  if (needs !== undefined && !list.includes(needs)) return refuse('forbidden', `${actor} lacks ${needs}`);
  return { ok: true, meta: { actor, at, permissions: list } };
}

export function allSteps(result: EvaluationResult): StepResult[] {
  return [...result.steps, ...Object.values(result.closing).flat()];
}

export function findStep(result: EvaluationResult, stepId: string): StepResult | undefined {
  return allSteps(result).find((step) => step.id === stepId);
}

export function findItem(result: EvaluationResult, itemId: string): ItemResult | undefined {
  for (const step of allSteps(result)) {
    const item = step.items.find((candidate) => candidate.id === itemId);
    if (item !== undefined) return item;
  }
  return undefined;
}

function notReadyMessage(step: StepResult): string {
  if (step.status === 'open') {
    const invalid = step.items.filter((item) => !item.valid);
    const reasons = invalid.map((item) => `${item.id}: ${item.errors.map((error) => error.message).join('; ')}`);
    return `step ${step.id} is open, not ready (${reasons.join(' | ')})`;
  }
  return `step ${step.id} is ${step.status}, not ready`;
}
