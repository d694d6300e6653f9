/** `explore`'s text table and JSON object (docs/explore.md). */
import type { Answer, ExploreReport } from './explore.js';

/** Whether anything can never happen: `explore` exits 1. */
export function hasUnreachable(report: ExploreReport): boolean {
  return (
    report.nodes.some((node) => node.visible === 'no') ||
    [report.completion, ...(report.resolution === null ? [] : [report.resolution]), ...report.outcomes, ...report.transitions].some((goal) => goal.answer === 'no')
  );
}

export function renderText(report: ExploreReport): string {
  const rows: string[][] = [['node', 'id', 'visible', 'hidden', 'witness / why']];
  for (const node of report.nodes) {
    const kind = node.outcome === undefined ? node.kind : `${node.kind} (${node.outcome})`;
    const note = node.visible === 'no' ? `never visible: ${node.clause ?? ''}` : [node.witness.visible, node.witness.hidden].filter(Boolean).join(', ');
    rows.push([kind, node.id, node.visible, node.hidden, note]);
  }
  const goal = (kind: string, id: string, answer: Answer, witness?: string): string[] => [kind, id, answer, '', witness ?? ''];
  rows.push(goal('completion', report.checklist, report.completion.answer, report.completion.witness));
  if (report.resolution !== null) rows.push(goal('resolution', report.resolution.id, report.resolution.answer, report.resolution.witness));
  for (const outcome of report.outcomes) rows.push(goal('outcome', outcome.id, outcome.answer, outcome.witness));
  for (const transition of report.transitions) rows.push(goal('transition', transition.id, transition.answer, transition.witness));
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
  const tail = report.budgetExceeded ? ['', 'the budget ran out: answers marked unknown were not decided'] : [];
  return `${[...lines, ...tail].join('\n')}\n`;
}

export function renderJson(report: ExploreReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
