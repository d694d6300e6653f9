import type { Condition, TestCondition } from '../language/ast.js';

/**
 * Front ends stop at CW003 (64 levels); this bound only guarantees that a front end that let a
 * deeper tree through cannot overflow the checker's stack.
 */
export const MAX_CONDITION_DEPTH = 64;

/** Every test of a condition, left to right. */
export function forEachTest(condition: Condition, visit: (test: TestCondition) => void, depth = 0): void {
  if (depth > MAX_CONDITION_DEPTH) return;
  switch (condition.kind) {
    case 'test':
      visit(condition);
      return;
    case 'not':
      forEachTest(condition.operand, visit, depth + 1);
      return;
    case 'and':
    case 'or':
      for (const operand of condition.operands) forEachTest(operand, visit, depth + 1);
  }
}
