/**
 * Running one test (SPEC §8.1): a session (§5.2) from the test's case and optional state, its
 * actions in order, each `expect` checked against what the runtime then returns. The first entry
 * with a failed expectation ends the test (later entries would only repeat it), with every failed
 * expectation of that entry listed.
 */
import type { JsonValue } from '../ir/types.js';
import type { Span } from '../language/span.js';
import type { LoadedChecklist } from '../runtime/load.js';
import { answer, completeStep, evaluateSession, reopenStep, setOutcome, startSession, transition, type EventMeta, type Session, type SessionError, type SessionResult, type SessionState } from '../runtime/session.js';
import type { EvaluationResult } from '../runtime/types.js';
import { checkExpectation } from './expect.js';
import type { Action, Expectation, TestCase, TestState, TestStep } from './model.js';

export interface Failure {
  readonly span: Span;
  readonly expected: string;
  readonly seen: string;
}

export interface TestOutcome {
  readonly failures: readonly Failure[];
}

/** Called with every evaluation the test's session goes through (for coverage). */
export type Observer = (result: EvaluationResult, state: SessionState) => void;

/** Who acts when a step has no `as`. */
export const DEFAULT_ACTOR = 'checkwright-test';
/** Events get a clock of their own: one minute apart from 2000-01-01, so runs are reproducible. */
const CLOCK_START = Date.UTC(2000, 0, 1);

export function runTest(checklist: LoadedChecklist, test: TestCase, caseData: unknown, observe: Observer = () => {}): TestOutcome {
  let session = startFrom(checklist, caseData, test.state?.value);
  let result = evaluateSession(session).result;
  observe(result, session.state);
  let pending: { readonly action: Action; readonly error: SessionError } | undefined;
  for (const step of test.steps) {
    const refusedExpectation = step.expect.find((e) => e.kind === 'refused');
    if (pending && (step.action || !refusedExpectation)) return fail(unexpectedRefusal(pending.action, pending.error));
    if (step.action) {
      const done = perform(session, step.action);
      if (done.ok) {
        session = done.session;
        result = evaluateSession(session).result;
        observe(result, session.state);
        pending = undefined;
      } else {
        pending = { action: step.action, error: done.error };
      }
    }
    const failures = checkStep(step, result, pending?.error);
    if (refusedExpectation) pending = undefined;
    if (failures.length > 0) return { failures };
  }
  return pending ? fail(unexpectedRefusal(pending.action, pending.error)) : { failures: [] };
}

function checkStep(step: TestStep, result: EvaluationResult, refusal: SessionError | undefined): Failure[] {
  const failures: Failure[] = [];
  for (const e of step.expect) {
    const mismatch = e.kind === 'refused' ? checkRefusal(e, refusal, step.action !== undefined) : checkExpectation(e, result);
    if (mismatch) failures.push({ span: e.span, ...mismatch });
  }
  return failures;
}

function checkRefusal(e: Extract<Expectation, { kind: 'refused' }>, refusal: SessionError | undefined, ownAction: boolean) {
  const expected = `the action ${ownAction ? 'of this step' : 'before'} refused with ${e.code}`;
  if (refusal === undefined) return { expected, seen: 'it was done' };
  return refusal.code === e.code ? undefined : { expected, seen: `refused with ${refusal.code}: ${refusal.message}` };
}

function unexpectedRefusal(action: Action, error: SessionError): Failure {
  return { span: action.span, expected: `${action.value.kind} done`, seen: `refused with ${error.code}: ${error.message}` };
}

function fail(failure: Failure): TestOutcome {
  return { failures: [failure] };
}

/**
 * The session a test starts from. A `state` is the state an application saved, taken as it is
 * (completed steps need not be ready, as with a saved state the checklist has since changed);
 * the log starts empty after it.
 */
function startFrom(checklist: LoadedChecklist, caseData: unknown, state: TestState | undefined): Session {
  const started = startSession(checklist, caseData);
  if (state === undefined) return started;
  const responses: Record<string, JsonValue> = Object.create(null) as Record<string, JsonValue>;
  for (const { id, value } of state.responses) if (value !== null) responses[id.value] = value;
  return {
    ...started,
    state: {
      responses,
      completed: [...new Set(state.completed.map((id) => id.value))],
      outcome: state.outcome?.value ?? null,
      status: state.status?.value ?? started.state.status,
    },
  };
}

/** An `answer` of several items is one action: all of it is done, or none (at the first refusal). */
function perform(session: Session, action: Action): SessionResult {
  const meta = (offset: number): EventMeta => ({
    actor: action.actor ?? DEFAULT_ACTOR,
    at: new Date(CLOCK_START + (session.events.length + offset) * 60_000).toISOString(),
  });
  const act = action.value;
  switch (act.kind) {
    case 'answer': {
      let current: SessionResult = { ok: true, session };
      act.answers.forEach(({ id, value }, index) => {
        if (current.ok) current = answer(current.session, id.value, value, meta(index));
      });
      return current;
    }
    case 'complete':
      return completeStep(session, act.step.value, meta(0));
    case 'reopen':
      return reopenStep(session, act.step.value, meta(0));
    case 'outcome':
      return setOutcome(session, act.outcome.value, meta(0));
    case 'transition':
      return transition(session, act.name.value, meta(0));
  }
}
