/**
 * Choosing the checklist for a case (SPEC §6 `select`): among the checklists whose `assign.when`
 * holds, the highest `priority`, then the checklist id, ascending.
 */
import type { LoadedChecklist } from './load.js';
import { readableCopy } from './plain-copy.js';

export function selectChecklist(checklists: readonly LoadedChecklist[], caseData: unknown): LoadedChecklist | undefined {
  // As in evaluation: case data that cannot be read as it is (a throwing getter or proxy trap) is
  // copied as plain data, what cannot be read reading as absent.
  try {
    return selectFor(checklists, caseData);
  } catch {
    return selectFor(checklists, readableCopy(caseData));
  }
}

function selectFor(checklists: readonly LoadedChecklist[], caseData: unknown): LoadedChecklist | undefined {
  let best: { checklist: LoadedChecklist; priority: number } | undefined;
  for (const checklist of checklists) {
    const assign = checklist.assign;
    if (assign === undefined) continue;
    const data = { case: checklist.checkCase(caseData).data, responses: {}, outcome: null, status: null };
    if (!assign.holds(data)) continue;
    const ranksFirst =
      best === undefined ||
      assign.priority > best.priority ||
      (assign.priority === best.priority && checklist.ir.checklist < best.checklist.ir.checklist);
    if (ranksFirst) best = { checklist, priority: assign.priority };
  }
  return best?.checklist;
}
