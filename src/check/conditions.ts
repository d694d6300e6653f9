import type { Condition, TestCondition } from '../language/ast.js';
import { MAX_CONDITION_TREE_DEPTH } from '../language/limits.js';


/** Every test of a condition, left to right. */
export function forEachTest(condition: Condition, visit: (test: TestCondition) => void, depth = 0): void {
  if (depth > MAX_CONDITION_TREE_DEPTH) return;
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
