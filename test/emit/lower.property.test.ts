/**
 * Differential check of the lowering: for random conditions and random case data, json-logic-js
 * on the emitted JsonLogic agrees with SPEC §4's null-safe meaning, written out directly here.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { lowerCondition } from '../../src/emit/lower.js';
import type { Condition, TestOp } from '../../src/language/ast.js';
import { and, list, modelWithCondition, not, or, test } from './fixtures.js';

type Value = unknown;
const FIELDS = ['x', 'y'] as const;
const VALUES: Value[] = [undefined, null, 0, 1, 5, -2.5, '', 'a', 'b', 'ab', true, false, [], ['a'], ['a', 'b']];
const LITERALS = [0, 1, 5, 'a', 'b', true, false] as const;

const present = (v: Value): boolean => v !== undefined && v !== null;
const truthy = (v: Value): boolean => (Array.isArray(v) ? v.length > 0 : Boolean(v));
const empty = (v: Value): boolean => !present(v) || v === '' || (Array.isArray(v) && v.length === 0);

function meaning(condition: Condition, data: Record<string, Value>): boolean {
  switch (condition.kind) {
    case 'and':
      return condition.operands.every((c) => meaning(c, data));
    case 'or':
      return condition.operands.some((c) => meaning(c, data));
    case 'not':
      return !meaning(condition.operand, data);
    case 'test': {
      const v = data[condition.ref.text];
      const k = condition.value?.kind === 'list' ? condition.value.items.map((i) => i.value) : condition.value?.value;
      const ordered = (compare: (a: never, b: never) => boolean): boolean => present(v) && compare(v as never, k as never);
      switch (condition.op) {
        case 'truthy': return truthy(v);
        case '==': return present(v) && v === k;
        case '!=': return !(present(v) && v === k);
        case '<': return ordered((a, b) => a < b);
        case '<=': return ordered((a, b) => a <= b);
        case '>': return ordered((a, b) => a > b);
        case '>=': return ordered((a, b) => a >= b);
        case 'in': return present(v) && (k as Value[]).includes(v);
        case 'not_in': return !(present(v) && (k as Value[]).includes(v));
        case 'contains':
          return Array.isArray(v) ? v.includes(k) : typeof v === 'string' && v.includes(String(k));
        case 'empty': return empty(v);
        case 'not_empty': return !empty(v);
      }
    }
  }
}

const field = fc.constantFrom(...FIELDS);
const literal = fc.constantFrom(...LITERALS);
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.tuple(field, fc.constantFrom<TestOp>('truthy', 'empty', 'not_empty')).map(([f, op]) => test(f, op)),
  fc.tuple(field, fc.constantFrom<TestOp>('==', '!=', '<', '<=', '>', '>='), literal).map(([f, op, k]) => test(f, op, k)),
  fc.tuple(field, fc.constantFrom<TestOp>('in', 'not_in'), fc.array(literal, { minLength: 1, maxLength: 3 }))
    .map(([f, op, ks]) => test(f, op, list(...ks))),
  fc.tuple(field, fc.constantFrom('a', 'b', 1)).map(([f, k]) => test(f, 'contains', k)),
);
const condition = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((operands) => and(...operands)),
    fc.array(tie('node'), { minLength: 2, maxLength: 3 }).map((operands) => or(...operands)),
    tie('node').map(not),
  ),
})).node;

describe('the lowering agrees with json-logic-js on SPEC §4’s meaning', () => {
  it('for random conditions and case data', () => {
    fc.assert(
      fc.property(condition, fc.constantFrom(...VALUES), fc.constantFrom(...VALUES), (c, x, y) => {
        const { when } = lowerCondition(c, modelWithCondition(c));
        const data: Record<string, Value> = {};
        if (x !== undefined) data['x'] = x;
        if (y !== undefined) data['y'] = y;
        const answer = jsonLogic.apply(when as never, { case: data, responses: {} });
        expect(Boolean(answer)).toBe(meaning(c, data));
      }),
      { numRuns: 3000 },
    );
  });
});
