import { describe, expect, it } from 'vitest';
import jsonLogic from 'json-logic-js';
import { lowerCondition } from '../../src/emit/lower.js';
import type { Condition } from '../../src/language/ast.js';
import type { JsonLogic } from '../../src/ir/types.js';
import { and, date, list, modelWithCondition, not, or, test } from './fixtures.js';

const lower = (condition: Condition) => lowerCondition(condition, modelWithCondition(condition));
const V = { var: 'case.x' };

describe('the lowering table of docs/ir.md', () => {
  const rows: [string, Condition, JsonLogic][] = [
    ['r (truthy)', test('x', 'truthy'), { '!!': [V] }],
    ['r == k', test('x', '==', 'a'), { '===': [V, 'a'] }],
    ['r != k', test('x', '!=', 3), { '!==': [V, 3] }],
    ['r < k', test('x', '<', 5), { and: [{ '!=': [V, null] }, { '<': [V, 5] }] }],
    ['r <= k', test('x', '<=', 5), { and: [{ '!=': [V, null] }, { '<=': [V, 5] }] }],
    ['r > k', test('x', '>', 5), { and: [{ '!=': [V, null] }, { '>': [V, 5] }] }],
    ['r >= date', test('x', '>=', date('2024-01-31')), { and: [{ '!=': [V, null] }, { '>=': [V, '2024-01-31'] }] }],
    ['r in L', test('x', 'in', list('a', 'b')), { in: [V, ['a', 'b']] }],
    ['r not in L', test('x', 'not_in', list('a')), { '!': [{ in: [V, ['a']] }] }],
    ['r contains k', test('x', 'contains', 'a'), { in: ['a', V] }],
    ['r is empty', test('x', 'empty'), { and: [{ '!': [V] }, { '!==': [V, false] }, { '!==': [V, 0] }] }],
    ['r is not empty', test('x', 'not_empty'), { '!': [{ and: [{ '!': [V] }, { '!==': [V, false] }, { '!==': [V, 0] }] }] }],
    ['not a', not(test('x', 'truthy')), { '!': [{ '!!': [V] }] }],
    ['a and b', and(test('x', 'truthy'), test('x', '==', 1)), { and: [{ '!!': [V] }, { '===': [V, 1] }] }],
    ['a or b', or(test('x', 'truthy'), test('x', '==', 1)), { or: [{ '!!': [V] }, { '===': [V, 1] }] }],
  ];
  it.each(rows)('%s', (_row, condition, expected) => {
    expect(lower(condition).when).toEqual(expected);
  });

  it('flattens nested ands and ors of the source, but never merges a leaf’s own `and`', () => {
    const a = test('a', 'truthy');
    const b = test('b', '<', 1);
    const c = test('c', 'truthy');
    expect(lower(and(a, and(b, c))).when).toEqual({
      and: [{ '!!': [{ var: 'case.a' }] }, { and: [{ '!=': [{ var: 'case.b' }, null] }, { '<': [{ var: 'case.b' }, 1] }] }, { '!!': [{ var: 'case.c' }] }],
    });
    expect(lower(or(or(a, c), b)).when).toMatchObject({ or: [{}, {}, {}] });
    expect(lower(and(a, or(b, c))).when).toMatchObject({ and: [{}, { or: [{}, {}] }] });
  });

  it('reads a response, `outcome` and case data through the model', () => {
    const m = modelWithCondition(test('x', 'truthy'));
    const response = test('probe', '==', true);
    expect(lowerCondition(response, m).when).toEqual({ '===': [{ var: 'responses.probe' }, true] });
    expect(lowerCondition(test('outcome', '==', 'won'), m).when).toEqual({ '===': [{ var: 'outcome' }, 'won'] });
  });

  it('shares no objects in the emitted tree', () => {
    const when = lower(test('x', 'empty')).when as { and: { [op: string]: JsonLogic[] }[] };
    expect(when.and[0]!['!']![0]).not.toBe(when.and[1]!['!==']![0]);
  });
});

describe('whenMode', () => {
  it('is basic for one test of any operator', () => {
    expect(lower(test('x', 'truthy')).whenMode).toBe('basic');
    expect(lower(test('x', '<', 1)).whenMode).toBe('basic');
    expect(lower(test('x', 'not_empty')).whenMode).toBe('basic');
  });
  it('is advanced for `not x`, `and` and `or`', () => {
    expect(lower(not(test('x', 'truthy'))).whenMode).toBe('advanced');
    expect(lower(and(test('x', 'truthy'), test('y', 'truthy'))).whenMode).toBe('advanced');
    expect(lower(or(test('x', 'truthy'), test('y', 'truthy'))).whenMode).toBe('advanced');
  });
  it('is basic for a parenthesised test (parens leave no node in the AST)', () => {
    // `(x)` and a one-element `all` both reach the emitter as the bare test.
    expect(lower(test('x', '==', 'a'))).toEqual(lower(test('x', '==', 'a')));
    expect(lower(test('x', '==', 'a')).whenMode).toBe('basic');
  });
});

describe('deps', () => {
  it('are the sorted, distinct var paths read', () => {
    const condition = or(test('b', 'truthy'), and(test('a', '<', 1), test('b', '==', 2)), test('Z', 'empty'));
    expect(lower(condition).deps).toEqual(['case.Z', 'case.a', 'case.b']);
  });
});

describe('null safety agrees with json-logic-js (SPEC §4)', () => {
  const evaluate = (condition: Condition, x: unknown): unknown =>
    jsonLogic.apply(lower(condition).when as never, { case: x === undefined ? {} : { x }, responses: {} });
  const absent = [undefined, null];

  it('`absent < 5` (and every ordering) is false', () => {
    for (const op of ['<', '<=', '>', '>='] as const) {
      for (const x of absent) expect(evaluate(test('x', op, 5), x)).toBeFalsy();
    }
    expect(evaluate(test('x', '<', 5), 3)).toBeTruthy();
    expect(evaluate(test('x', '>=', 5), 5)).toBeTruthy();
  });
  it('`absent != k` is true and `absent == k` false', () => {
    for (const x of absent) {
      expect(evaluate(test('x', '!=', 'a'), x)).toBe(true);
      expect(evaluate(test('x', '==', 'a'), x)).toBe(false);
    }
  });
  it('`in` and `contains` with an absent field are false, `not in` true', () => {
    for (const x of absent) {
      expect(evaluate(test('x', 'in', list('a')), x)).toBe(false);
      expect(evaluate(test('x', 'contains', 'a'), x)).toBe(false);
      expect(evaluate(test('x', 'not_in', list('a')), x)).toBe(true);
    }
    expect(evaluate(test('x', 'in', list('a', 'b')), 'b')).toBe(true);
    expect(evaluate(test('x', 'contains', 'a'), ['b', 'a'])).toBe(true);
  });
  it('a bare reference is true only for a truthy value', () => {
    for (const x of [undefined, null, false, 0, '', []]) expect(evaluate(test('x', 'truthy'), x)).toBe(false);
    for (const x of [true, 1, 'a', ['a'], '0']) expect(evaluate(test('x', 'truthy'), x)).toBe(true);
  });
  it('`is empty` is true for absent, null, "" and [], never for false or 0', () => {
    for (const x of [undefined, null, '', []]) {
      expect(evaluate(test('x', 'empty'), x)).toBeTruthy();
      expect(evaluate(test('x', 'not_empty'), x)).toBe(false);
    }
    for (const x of [false, 0, 'a', [1], 5]) {
      expect(evaluate(test('x', 'empty'), x)).toBeFalsy();
      expect(evaluate(test('x', 'not_empty'), x)).toBe(true);
    }
  });
});
