import { expect } from 'vitest';
import type { Checklist, Condition, Item, Step } from '../../src/language/ast.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseChecklistText, parseConditionText } from '../../src/syntax/index.js';

/** Parses a text that must have no diagnostics and hold a checklist. */
export function checklistOf(source: string): Checklist {
  const { file, diagnostics } = parseChecklistText(source, 'test.checklist');
  expect(diagnostics).toEqual([]);
  expect(file.checklist).toBeDefined();
  return file.checklist as Checklist;
}

/** The first step of `checklist c "C" { … }` around `body`. */
export function stepOf(body: string): Step {
  const step = checklistOf(`checklist c "C" {\n${body}\n}`).steps[0];
  expect(step).toBeDefined();
  return step as Step;
}

/** The only item of a step around `item`. */
export function itemOf(item: string): Item {
  const found = stepOf(`step s "S" {\n${item}\n}`).items[0];
  expect(found).toBeDefined();
  return found as Item;
}

export function conditionOf(text: string): Condition {
  const { condition, diagnostics } = parseConditionText(text, 'test.checklist', { line: 1, column: 1 });
  expect(diagnostics).toEqual([]);
  expect(condition).toBeDefined();
  return condition as Condition;
}

/** Conditions without spans, to compare their shape. */
export function shape(condition: Condition | undefined): unknown {
  if (condition === undefined) return undefined;
  switch (condition.kind) {
    case 'test':
      return condition.value === undefined
        ? [condition.ref.text, condition.op]
        : [condition.ref.text, condition.op, condition.value.kind === 'list' ? condition.value.items.map((item) => item.value) : condition.value.value];
    case 'not':
      return { not: shape(condition.operand) };
    default:
      return { [condition.kind]: condition.operands.map(shape) };
  }
}

export function errorsOf(source: string): Diagnostic[] {
  return parseChecklistText(source, 'test.checklist').diagnostics;
}

/** `line:col code message`, the parts a reader of a diagnostic sees first. */
export function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}
