/** `diff` (SPEC §7.4): the semantic changes between two compiled checklists, each with its impact on cases in flight. */
import type { ChecklistIR } from '../ir/types.js';
import { checklistChanges, dataChanges, lifecycleChanges, outcomeChanges, resolutionChanges } from './declarations.js';
import type { DiffResult } from './model.js';
import { itemChanges, stepChanges } from './steps.js';

export type { Change, ChangeKind, ChangeTarget, DiffResult, Impact } from './model.js';
export { formatDiff, type DiffFormat } from './format.js';
export { sessionImpacts, type SessionImpact, type SessionInFlight } from './sessions.js';

export function diffChecklists(before: ChecklistIR, after: ChecklistIR): DiffResult {
  if (before.hash === after.hash) return { same: true, changes: [] };
  const changes = [
    ...checklistChanges(before, after),
    ...dataChanges(before, after),
    ...resolutionChanges(before, after),
    ...outcomeChanges(before, after),
    ...stepChanges(before, after),
    ...itemChanges(before, after),
    ...lifecycleChanges(before, after),
  ];
  return { same: false, changes };
}
