/**
 * The warnings exact reachability proves (SPEC §2.4): CW101 (a step that can be shown but none of
 * whose items ever can), CW104 (a step or item never visible, with the clause that rules it out)
 * and CW105 (a resolution or checklist completion never reachable). Only "no" answers warn: an
 * `unknown` (budget, an open value class) gives no warning, so no warning is ever false.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { ChecklistIR } from '../ir/types.js';
import type { Span } from '../language/span.js';
import { explore, type ExploreOptions, type NodeAnswer } from './explore.js';

/**
 * Small enough for every compile, and no clock: the same file always gives the same warnings, on
 * any machine (a time budget would make `lint` flaky). A larger checklist, or one whose questions
 * take more solver calls, leaves the undecided answers to `explore` (they are `unknown`: no warning).
 */
export const LINT_LIMITS: ExploreOptions = { budgetMs: Infinity, maxSteps: 400, maxSolverCalls: 4_000 };

export function reachabilityDiagnostics(ir: ChecklistIR, file: string, already: readonly Diagnostic[], options: ExploreOptions = LINT_LIMITS): Diagnostic[] {
  const explored = explore(ir, options);
  if (!explored.ok) return [];
  const { report } = explored;
  const spanOf = (id: string): Span => {
    const at = ir.source[id];
    return at === undefined ? { line: 1, column: 1, endLine: 1, endColumn: 1 } : { line: at.line, column: at.column, endLine: at.line, endColumn: at.column + id.length };
  };
  const reported = new Set(already.filter((d) => d.code === 'CW101').map((d) => `${d.line}:${d.column}`));
  // A condition CW100 already proves false, on the node's own line, needs no second warning.
  const provenFalse = new Set(already.filter((d) => d.code === 'CW100').map((d) => d.line));
  const out: Diagnostic[] = [];
  const never = new Set(report.nodes.filter((node) => node.visible === 'no').map((node) => node.id));
  const itemsOf = (step: string): NodeAnswer[] => report.nodes.filter((node) => node.step === step);
  for (const node of report.nodes) {
    if (node.visible !== 'no') {
      const items = node.step === undefined ? itemsOf(node.id) : [];
      const span = spanOf(node.id);
      if (items.length > 0 && items.every((item) => never.has(item.id)) && !reported.has(`${span.line}:${span.column}`)) {
        out.push(diag(Diagnostics.StepItemsNeverShown, file, span, [node.id]));
      }
      continue;
    }
    // Report the cause once: a never-visible step, not each of its items; not a CW101 step's items.
    if (node.step !== undefined && (never.has(node.step) || itemsOf(node.step).every((item) => never.has(item.id)))) continue;
    if (provenFalse.has(spanOf(node.id).line)) continue;
    const what = node.step === undefined ? 'step' : 'item';
    out.push(diag(Diagnostics.NeverVisible, file, spanOf(node.id), [what, node.id, node.clause ?? 'its condition is never true']));
  }
  if (report.completion.answer === 'no') {
    out.push(diag(Diagnostics.NeverCompleted, file, spanOf(ir.checklist), [ir.checklist]));
  }
  if (report.resolution?.answer === 'no') {
    out.push(diag(Diagnostics.NeverResolved, file, spanOf(report.resolution.id), [report.resolution.id]));
  }
  return out;
}
