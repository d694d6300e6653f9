import type { EvaluationResult, ItemResult, StepResult } from '../runtime/index.js';

/**
 * `eval --format text`: a header with the checklist's status and progress, a table of steps and
 * items (status, errors, and why a hidden one is hidden), then resolution, invalidated steps and
 * data errors. Meant for a person at a terminal; scripts read `--format json`.
 */
export function renderEvaluation(result: EvaluationResult): string {
  const { progress } = result;
  const current = progress.current === null ? '' : `, current step: ${progress.current}`;
  const sections: Section[] = [{ heading: '', rows: [HEADER, ...stepRows(result.steps)] }];
  for (const [outcome, steps] of Object.entries(result.closing)) {
    if (steps.length > 0) sections.push({ heading: `closing steps for outcome ${outcome}:`, rows: stepRows(steps) });
  }
  const widths = columnWidths(sections.flatMap((section) => section.rows));
  const lines = [`${result.checklist} v${result.version}: ${result.status} (${progress.completed} of ${progress.total} steps completed${current})`];
  for (const { heading, rows } of sections) lines.push('', ...(heading === '' ? [] : [heading]), ...rows.map((row) => renderRow(row, widths)));
  if (hasRequiredItem(result)) lines.push('', '* required');
  lines.push(...summaryLines(result));
  return `${lines.join('\n')}\n`;
}

interface Section {
  readonly heading: string;
  readonly rows: readonly Row[];
}

type Row = readonly [string, string, string, string];

const HEADER: Row = ['STEP / ITEM', 'TYPE', 'STATUS', 'DETAILS'];

function stepRows(steps: readonly StepResult[]): Row[] {
  return steps.flatMap((step) => [
    [step.id, 'step', step.status, step.why?.text ?? ''] as Row,
    ...step.items.map(itemRow),
  ]);
}

function itemRow(item: ItemResult): Row {
  const id = `  ${item.id}${item.required ? ' *' : ''}`;
  if (!item.visible) return [id, item.type, 'hidden', item.why?.text ?? ''];
  if (item.valid) return [id, item.type, 'valid', ''];
  return [id, item.type, 'invalid', item.errors.map((e) => `${e.code}: ${e.message}`).join('; ')];
}

/** One set of widths for every section, so the main and closing tables line up. */
function columnWidths(rows: readonly Row[]): number[] {
  return [0, 1, 2].map((column) => rows.reduce((widest, row) => Math.max(widest, row[column]!.length), 0));
}

/** The last column is left ragged, and no line ends in spaces. */
function renderRow(row: Row, widths: readonly number[]): string {
  return row
    .map((cell, column) => (column < widths.length ? cell.padEnd(widths[column]! + 2) : cell))
    .join('')
    .trimEnd();
}

function hasRequiredItem(result: EvaluationResult): boolean {
  const steps = [...result.steps, ...Object.values(result.closing).flat()];
  return steps.some((step) => step.items.some((item) => item.required));
}

function summaryLines(result: EvaluationResult): string[] {
  const lines: string[] = [];
  const { resolution } = result;
  if (resolution !== null) {
    const verdict = resolution.allowed ? 'allowed' : 'not allowed';
    const review = resolution.qaReview ? ' (goes to QA review)' : '';
    lines.push('', `resolution: ${verdict}${review}`);
    for (const blocker of resolution.blockedBy) lines.push(`  blocked by ${blocker.kind} ${blocker.id}: ${blocker.why}`);
  }
  if (result.invalidated.length > 0) {
    lines.push('', `invalidated (marked complete, no longer ready): ${result.invalidated.join(', ')}`);
  }
  if (result.dataErrors.length > 0) {
    lines.push('', 'data errors:');
    for (const error of result.dataErrors) lines.push(`  ${error.source} ${error.path}: ${error.message}`);
  }
  return lines;
}
