/**
 * Witnesses as SPEC §8.1 tests, and their replay through a session (§5.2): a model of the
 * encoding becomes a case and a script (outcome, answers in document order, transitions, step
 * completions); the script runs as a session, an action the session refuses is left out, and what
 * the final evaluation shows is what the witness proves. The lead switches this replay to the
 * shared test runner at merge.
 */
import type { JsonValue } from '../ir/types.js';
import type { LoadedChecklist } from '../runtime/load.js';
import { answer, completeStep, evaluateSession, setOutcome, startSession, transition, type Session, type SessionResult } from '../runtime/session.js';
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
  let session: Session = startSession(loaded, script.caseData);
  const steps: TestStep[] = [];
  const fired = new Set<string>();
  const run = (result: SessionResult, step: TestStep): boolean => {
    if (!result.ok) return false;
    session = result.session;
    steps.push(step);
    return true;
  };
  if (script.outcome !== undefined) run(setOutcome(session, script.outcome, META), { outcome: script.outcome });
  for (const [id, value] of script.answers) run(answer(session, id, value, META), { answer: { [id]: value } });
  for (const name of script.transitions) if (run(transition(session, name, META), { transition: name })) fired.add(name);
  if (script.complete) {
    const order = [...loaded.steps, ...loaded.closing.filter((list) => list.outcome === script.outcome).flatMap((list) => list.steps)];
    for (const step of order) {
      const { result } = evaluateSession(session);
      const shown = [...result.steps, ...Object.values(result.closing).flat()].find((s) => s.id === step.step.id);
      if (shown?.status === 'ready') run(completeStep(session, step.step.id, META), { complete: step.step.id });
    }
  }
  return { steps, result: evaluateSession(session).result, fired };
}

/** Each step's and item's visibility in an evaluation, closing lists included. */
export function visibilityOf(result: EvaluationResult): Map<string, boolean> {
  const shown = new Map<string, boolean>();
  for (const step of [...result.steps, ...Object.values(result.closing).flat()]) {
    shown.set(step.id, step.visible);
    for (const item of step.items) shown.set(item.id, item.visible);
  }
  return shown;
}
