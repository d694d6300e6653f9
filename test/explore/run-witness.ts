/**
 * An independent runner of a witness test's steps (SPEC §8.1 subset the witnesses use), so the
 * tests do not trust the explorer's own replay: every action must be accepted, every `expect` hold.
 */
import type { LoadedChecklist } from '../../src/runtime/load.js';
import { answer, completeStep, evaluateSession, setOutcome, startSession, transition, type SessionResult } from '../../src/runtime/session.js';
import type { WitnessTest } from '../../src/explore/witness.js';

const META = { actor: 'tester', at: '2026-01-02T00:00:00Z' };

/** The problems found; empty when the witness passes. */
export function runWitness(loaded: LoadedChecklist, witness: WitnessTest): string[] {
  let session = startSession(loaded, witness.case);
  const problems: string[] = [];
  const apply = (result: SessionResult, what: string): void => {
    if (result.ok) session = result.session;
    else problems.push(`${what} refused: ${result.error.message}`);
  };
  for (const step of witness.steps) {
    if ('answer' in step) for (const [id, value] of Object.entries(step.answer)) apply(answer(session, id, value, META), `answer ${id}`);
    else if ('complete' in step) apply(completeStep(session, step.complete, META), `complete ${step.complete}`);
    else if ('outcome' in step) apply(setOutcome(session, step.outcome, META), `outcome ${step.outcome}`);
    else if ('transition' in step) apply(transition(session, step.transition, META), `transition ${step.transition}`);
    else {
      const { result } = evaluateSession(session);
      const shown = new Map<string, boolean>();
      for (const s of [...result.steps, ...Object.values(result.closing).flat()]) {
        shown.set(s.id, s.visible);
        for (const item of s.items) shown.set(item.id, item.visible);
      }
      for (const id of step.expect.visible ?? []) if (shown.get(id) !== true) problems.push(`${id} is not visible`);
      for (const id of step.expect.hidden ?? []) if (shown.get(id) !== false) problems.push(`${id} is not hidden`);
      if (step.expect.checklist !== undefined && result.status !== step.expect.checklist) problems.push(`checklist is ${result.status}`);
      if (step.expect.resolution !== undefined && result.resolution?.allowed !== step.expect.resolution.allowed) problems.push('resolution differs');
    }
  }
  return problems;
}
