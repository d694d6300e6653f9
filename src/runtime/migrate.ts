/**
 * Moving a case in flight to a new version of its checklist (SPEC §9.3). Answers are kept by item
 * id where the new item still accepts them (its JSON type fits), dropped otherwise; completed steps
 * that are no longer ready in the new version reopen. The log records one `migrate` event naming
 * what was dropped and reopened, so the state stays the fold of the log and replay re-derives it.
 */
import type { JsonValue } from '../ir/types.js';
import { runEvaluation } from './evaluate.js';
import type { LoadedChecklist } from './load.js';
import { setOwn, type JsonObject } from './own.js';
import { PERMISSIONS } from './permissions.js';
import {
  allSteps,
  evaluateSession,
  findStep,
  readMeta,
  record,
  refuse,
  type EventMeta,
  type Session,
  type ReplayOptions,
  type SessionError,
  type SessionState,
} from './session.js';
import { responseFits } from './validity.js';
import type { EvaluationResult } from './types.js';

export interface MigrationReport {
  /** Item ids whose answers carried over. */
  readonly kept: string[];
  /** Item ids whose answers the new version does not accept (the item is gone, or takes another type). */
  readonly dropped: string[];
  /** Steps that were completed and are not any more (no longer ready, or gone). */
  readonly reopened: string[];
  /** Items that now need an answer and did not before (new, newly required, or newly shown). */
  readonly newlyRequired: string[];
}

export type MigrationResult =
  | { readonly ok: true; readonly session: Session; readonly report: MigrationReport }
  | { readonly ok: false; readonly error: SessionError };

export function migrateSession(session: Session, newChecklist: LoadedChecklist, meta: EventMeta): MigrationResult {
  const who = readMeta(meta, PERMISSIONS.update);
  if (!who.ok) return who;
  const from = session.checklist.ir;
  const to = newChecklist?.ir;
  if (to === undefined || typeof to.checklist !== 'string') return refuse('other_checklist', 'the new version is not a loaded checklist');
  if (to.checklist !== from.checklist) {
    return refuse('other_checklist', `the session runs ${from.checklist}; ${to.checklist} is another checklist, not a new version of it`);
  }
  const kept: string[] = [];
  const dropped: string[] = [];
  const responses: JsonObject = {};
  for (const [id, value] of Object.entries(session.state.responses)) {
    const entry = newChecklist.itemsById.get(id);
    if (entry !== undefined && responseFits(entry.item.item, entry.item.validity, value)) {
      kept.push(id);
      setOwn(responses, id, value);
    } else dropped.push(id);
  }
  const state: SessionState = { ...session.state, responses: responses as Record<string, JsonValue> };
  const completed = stillCompleted(newChecklist, session.caseData, state);
  const reopened = session.state.completed.filter((id) => !completed.includes(id));
  const moved = record(
    { ...session, checklist: newChecklist },
    { type: 'migrate', from: from.hash, to: to.hash, dropped, reopened, ...who.meta },
  );
  if (!moved.ok) return moved;
  const newlyRequired = missingItems(evaluateSession(moved.session).result).filter((id) => !missingBefore(session).has(id));
  return { ok: true, session: moved.session, report: { kept, dropped, reopened, newlyRequired } };
}

/** What `replaySession` needs to re-run `migrate` events: the checklist versions by IR hash. */
export function replayMigrations(versions: (hash: string) => LoadedChecklist | undefined): ReplayOptions {
  return {
    migrate: (session, toHash, meta) => {
      const target = versions(toHash);
      if (target === undefined) return refuse('unknown_version', `the checklist ${toHash} the session moved to is not known`);
      const moved = migrateSession(session, target, meta);
      return moved.ok ? { ok: true, session: moved.session } : moved;
    },
  };
}

/**
 * The completed steps that stay completed: each must still exist and be ready with the others
 * still completed; one reopening can make another not ready (strict ordering), so to a fixpoint.
 */
function stillCompleted(checklist: LoadedChecklist, caseData: unknown, state: SessionState): string[] {
  let completed = state.completed.filter((id) => checklist.stepsById.has(id));
  for (let changed = true; changed; ) {
    changed = false;
    for (const id of completed) {
      const others = completed.filter((other) => other !== id);
      const shown = findStep(runEvaluation(checklist, caseData, { ...state, completed: others }).result, id);
      if (shown?.status !== 'ready') {
        completed = others;
        changed = true;
        break;
      }
    }
  }
  return completed;
}

function missingItems(result: EvaluationResult): string[] {
  return allSteps(result).flatMap((step) => step.items.filter((item) => item.visible && item.errors.some((error) => error.code === 'missing')).map((item) => item.id));
}

function missingBefore(session: Session): Set<string> {
  return new Set(missingItems(evaluateSession(session).result));
}
