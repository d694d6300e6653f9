/**
 * `diff OLD NEW --sessions STORE` (SPEC §9.3): which sessions in flight on the old version each
 * change would reopen steps of or drop answers of. A session is read by its state alone (the fold
 * of its log): a change reopens it when one of the change's `reopens` steps is completed there,
 * and drops answers of it when one of the change's `drops` ids is answered (or is its outcome or
 * status) there.
 */
import type { SessionState } from '../runtime/session.js';
import type { Change } from './model.js';

export interface SessionInFlight {
  readonly id: string;
  readonly state: SessionState;
}

export interface SessionImpact {
  /** Session ids. */
  readonly reopens: readonly string[];
  readonly drops: readonly string[];
}

/** One entry per change, in the changes' order. */
export function sessionImpacts(changes: readonly Change[], sessions: readonly SessionInFlight[]): SessionImpact[] {
  return changes.map((entry) => ({
    reopens: sessions.filter(({ state }) => entry.reopens.some((step) => state.completed.includes(step))).map(({ id }) => id),
    drops: sessions.filter(({ state }) => entry.drops.some((id) => holds(state, id))).map(({ id }) => id),
  }));
}

function holds(state: SessionState, id: string): boolean {
  return Object.hasOwn(state.responses, id) || state.outcome === id || state.status === id;
}
