/**
 * Witnesses as SPEC §8.1 tests, and their confirmation by the runtime (§5, §5.2): a model of the
 * encoding becomes a case and a script (outcome, answers in document order, transitions, step
 * completions), and the runtime's evaluation of where that script ends is what the witness proves.
 *
 * The script is not run action by action (each session action evaluates the whole checklist, so
 * that replay is quadratic in the items: 80 % of the time at 300 items). It is confirmed with one
 * evaluation per phase, which gives exactly what the session would (CW013: a condition reads only
 * case data and earlier items):
 * - answers: the session accepts an answer iff its item is visible when it is given; given in
 *   document order, that depends only on earlier answers, so it is the item's visibility in one
 *   evaluation with every answer set (a hidden item's answer reads as absent, SPEC §5 item 2);
 * - transitions: each through the session's own `transition` (its `from` and guard), in order;
 * - completions: a step is completed iff it is ready when its turn comes; completion changes no
 *   visibility, so marking every step completed at once and evaluating once shows exactly the
 *   steps that would be (`completed` needs ready and not locked: the same prefix rule).
 * The tests replay every witness action by action through a session (test/explore/run-witness.ts).
 */
import type { JsonValue } from '../ir/types.js';
import type { LoadedChecklist } from '../runtime/load.js';
import { allSteps, evaluateSession, startSession, transition, type Session } from '../runtime/session.js';
import type { EvaluationResult } from '../runtime/types.js';

export interface Expect {
  visible?: string[];
  hidden?: string[];
  checklist?: 'in_progress' | 'complete';
  resolution?: { allowed: boolean };
}

export type TestStep =
  | { readonly answer: Record<string, JsonValue> }
  | { readonly complete: string }
  | { readonly outcome: string }
  | { readonly transition: string }
  | { readonly expect: Expect };

export interface WitnessTest {
  readonly name: string;
  readonly case: Record<string, unknown>;
  readonly steps: TestStep[];
}

/** What a model asks the session to do. */
export interface Script {
  readonly caseData: Record<string, unknown>;
  readonly outcome?: string;
  /** In document order. */
  readonly answers: readonly (readonly [string, JsonValue])[];
  readonly transitions: readonly string[];
  /** Complete every step that is ready, in order (main steps, then the outcome's closing steps). */
  readonly complete: boolean;
}

export interface Replayed {
  readonly steps: TestStep[];
  readonly result: EvaluationResult;
  /** The transitions the session took. */
  readonly fired: ReadonlySet<string>;
}

const META = { actor: 'explore', at: '2026-01-01T00:00:00Z' };

export function replay(loaded: LoadedChecklist, script: Script): Replayed {
  const start = startSession(loaded, script.caseData);
  const outcome = script.outcome ?? null;
  const given: Record<string, JsonValue> = {};
  for (const [id, value] of script.answers) if (value !== null) given[id] = value;
  let session: Session = { ...start, state: { ...start.state, outcome, responses: given } };
  const shown = visibilityOf(evaluateSession(session).result);
  const responses: Record<string, JsonValue> = {};
  const steps: TestStep[] = script.outcome === undefined ? [] : [{ outcome: script.outcome }];
  for (const [id, value] of script.answers) {
    if (shown.get(id) !== true) continue;
    if (value !== null) responses[id] = value;
    steps.push({ answer: { [id]: value } });
  }
  session = { ...session, state: { ...session.state, responses } };
  const fired = new Set<string>();
  for (const name of script.transitions) {
    const result = transition(session, name, META);
    if (!result.ok) continue;
    session = result.session;
    fired.add(name);
    steps.push({ transition: name });
  }
  if (script.complete) {
    const order = [...loaded.steps, ...loaded.closing.filter((list) => list.outcome === script.outcome).flatMap((list) => list.steps)].map((step) => step.step.id);
    const marked = evaluateSession({ ...session, state: { ...session.state, completed: order } }).result;
    const completed = new Set(allSteps(marked).filter((step) => step.status === 'completed').map((step) => step.id));
    const done = order.filter((id) => completed.has(id));
    for (const id of done) steps.push({ complete: id });
    session = { ...session, state: { ...session.state, completed: done } };
  }
  return { steps, result: evaluateSession(session).result, fired };
}

/** Each step's and item's visibility in an evaluation, closing lists included. */
export function visibilityOf(result: EvaluationResult): Map<string, boolean> {
  const shown = new Map<string, boolean>();
  for (const step of allSteps(result)) {
    shown.set(step.id, step.visible);
    for (const item of step.items) shown.set(item.id, item.visible);
  }
  return shown;
}
