/**
 * A condition in the §2.2 syntax, from its AST. Parentheses are written only where the grammar
 * needs them (`and` binds tighter than `or`, `not` tighter than both), around an `and` inside an
 * `or` (for the reader: the same AST either way), and around a group of the
 * same kind (`a and (b and c)`), which is its own node in the AST and in the IR: dropping those
 * would change the `hash`. So the printed condition parses back to the very same AST.
 */
import type { Condition, Literal, TestCondition } from '../language/ast.js';
import { literalText } from './literals.js';

const TEST_OPS: Readonly<Record<Exclude<TestCondition['op'], 'truthy' | 'empty' | 'not_empty' | 'not_in'>, string>> = {
  '==': '==',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  in: 'in',
  contains: 'contains',
};

export function conditionText(condition: Condition): string {
  switch (condition.kind) {
    case 'test':
      return testText(condition);
    case 'not':
      return `not ${condition.operand.kind === 'test' || condition.operand.kind === 'not' ? conditionText(condition.operand) : `(${conditionText(condition.operand)})`}`;
    case 'and':
      return condition.operands.map((o) => (o.kind === 'and' || o.kind === 'or' ? `(${conditionText(o)})` : conditionText(o))).join(' and ');
    case 'or':
      // `and` binds tighter, so `a or (b and c)` needs no parentheses; they are kept for the reader.
      return condition.operands.map((o) => (o.kind === 'or' || o.kind === 'and' ? `(${conditionText(o)})` : conditionText(o))).join(' or ');
  }
}

function testText(test: TestCondition): string {
  const ref = test.ref.text;
  switch (test.op) {
    case 'truthy':
      return ref;
    case 'empty':
      return `${ref} is empty`;
    case 'not_empty':
      return `${ref} is not empty`;
    case 'not_in':
      return `${ref} not in ${valueText(test.value)}`;
    default:
      return `${ref} ${TEST_OPS[test.op]} ${valueText(test.value)}`;
  }
}

function valueText(value: Literal | undefined): string {
  return value === undefined ? '[]' : literalText(value);
}
