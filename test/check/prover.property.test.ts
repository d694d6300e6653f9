import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { Condition, Literal, ScalarLiteral, TestOp } from '../../src/language/ast.js';
import { NO_SPAN } from '../../src/language/span.js';
import { prove } from '../../src/check/prover.js';

/** The lowering of docs/ir.md, written out again here so the proof is checked against the table. */
function lower(condition: Condition): unknown {
  switch (condition.kind) {
    case 'and':
      return { and: condition.operands.map(lower) };
    case 'or':
      return { or: condition.operands.map(lower) };
    case 'not':
      return { '!': [lower(condition.operand)] };
    case 'test': {
      const v = { var: condition.ref.text };
      const k = condition.value?.kind === 'list' ? condition.value.items.map((item) => item.value) : condition.value?.value;
      switch (condition.op) {
        case '==':
          return { '===': [v, k] };
        case '!=':
          return { '!==': [v, k] };
        case '<':
        case '<=':
        case '>':
        case '>=':
          return { and: [{ '!=': [v, null] }, { [condition.op]: [v, k] }] };
        case 'in':
          return { in: [v, k] };
        case 'not_in':
          return { '!': [{ in: [v, k] }] };
        default:
          throw new Error(`not generated: ${condition.op}`);
      }
    }
  }
}

const scalar: fc.Arbitrary<ScalarLiteral> = fc.oneof(
  fc.constantFrom('a', 'b', 'c', '', '5', '2024-01-01', '2024-06-01').map((value) => ({ kind: 'string' as const, value, span: NO_SPAN })),
  fc.constantFrom(0, 1, 3, 5, 7, 10).map((value) => ({ kind: 'number' as const, value, span: NO_SPAN })),
  fc.boolean().map((value) => ({ kind: 'boolean' as const, value, span: NO_SPAN })),
);
const list: fc.Arbitrary<Literal> = fc.array(scalar, { maxLength: 3 }).map((items) => ({ kind: 'list', items, span: NO_SPAN }));
const test: fc.Arbitrary<Condition> = fc.oneof(
  fc.tuple(fc.constantFrom<TestOp>('==', '!=', '<', '<=', '>', '>='), scalar).map(([op, value]) => ({ op, value })),
  fc.tuple(fc.constantFrom<TestOp>('in', 'not_in'), list).map(([op, value]) => ({ op, value })),
).map(({ op, value }) => ({ kind: 'test', ref: { text: 'x', span: NO_SPAN }, op, value, span: NO_SPAN }));
const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    test,
    tie('node').map((operand) => ({ kind: 'not' as const, operand, span: NO_SPAN })),
    fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(tie('node'), { minLength: 2, maxLength: 4 })).map(([kind, operands]) => ({ kind, operands, span: NO_SPAN })),
  ),
})).node;

/** Values the reference may hold, absent and off-type ones included. */
const VALUES: readonly unknown[] = [undefined, null, 'a', 'b', 'c', '', '5', '2024-01-01', '2024-03-15', '2024-06-01', 0, 1, 3, 4, 5, 6, 7, 10, 11, -1, true, false, [], ['a'], [5], {}];

describe('the prover, against json-logic-js', () => {
  it('never proves a condition constant that some value makes differ', () => {
    fc.assert(
      fc.property(condition, (node) => {
        const proven = prove(node, (t) => t.ref.text, () => {});
        if (proven === undefined) return;
        const rule = lower(node) as jsonLogic.RulesLogic;
        for (const value of VALUES) {
          const data = value === undefined ? {} : { x: value };
          expect(Boolean(jsonLogic.apply(rule, data)), `${JSON.stringify(rule)} with x = ${JSON.stringify(value)}`).toBe(proven);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('proves the textbook cases', () => {
    const eq = (value: string): Condition => ({ kind: 'test', ref: { text: 'x', span: NO_SPAN }, op: '==', value: { kind: 'string', value, span: NO_SPAN }, span: NO_SPAN });
    const ne = (value: string): Condition => ({ ...eq(value), op: '!=' }) as Condition;
    expect(prove({ kind: 'and', operands: [eq('a'), eq('b')], span: NO_SPAN }, (t) => t.ref.text, () => {})).toBe(false);
    expect(prove({ kind: 'or', operands: [eq('a'), ne('a')], span: NO_SPAN }, (t) => t.ref.text, () => {})).toBe(true);
  });
});
