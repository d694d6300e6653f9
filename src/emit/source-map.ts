/**
 * The IR's `source`: where each id was written (SPEC §4), so tools can point from the IR back
 * to the source. Every id lives in the compiled file, whose path is given relative to its own
 * folder, `/`-separated.
 */
import type { Span } from '../language/span.js';
import type { Step } from '../language/ast.js';
import type { CheckedChecklist } from '../check/model.js';
import type { SourceLocation } from '../ir/types.js';

export function sourceMap(model: CheckedChecklist): Record<string, SourceLocation> {
  const file = fileName(model.file);
  const entries = new Map<string, SourceLocation>();
  // First written wins: an outcome or status may share its id with a step (separate namespaces).
  const add = (id: string, span: Span): void => {
    if (!entries.has(id)) entries.set(id, { file, line: span.line, column: span.column });
  };
  const addSteps = (steps: readonly Step[]): void => {
    for (const step of steps) {
      add(step.id.text, step.id.span);
      for (const item of step.items) add(model.itemId(item), (item.id ?? item).span);
    }
  };
  const checklist = model.checklist;
  add(checklist.id.text, checklist.id.span);
  addSteps(checklist.steps);
  for (const outcome of checklist.outcomes) add(outcome.id.text, outcome.id.span);
  for (const closing of checklist.closing) addSteps(closing.steps);
  for (const status of checklist.lifecycle?.statuses ?? []) add(status.id.text, status.id.span);
  return Object.fromEntries(entries);
}

/** The compiled file relative to its own folder: its base name. */
function fileName(file: string): string {
  const slashed = file.replace(/\\/g, '/');
  return slashed.slice(slashed.lastIndexOf('/') + 1);
}
