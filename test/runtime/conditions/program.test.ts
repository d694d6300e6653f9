import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { compileCondition } from '../../../src/runtime/conditions/index.js';

/** Case data whose fields count their reads. */
function counting(values: Record<string, unknown>): { data: { case: object; responses: object; outcome: null; status: null }; reads: Record<string, number> } {
  const reads: Record<string, number> = {};
  const caseData = {};
  for (const [key, value] of Object.entries(values)) {
    reads[key] = 0;
    Object.defineProperty(caseData, key, { enumerable: true, get: () => (reads[key]!++, value) });
  }
  return { data: { case: caseData, responses: {}, outcome: null, status: null }, reads };
}

const truthy = (name: string): JsonLogic => ({ '!!': [{ var: `case.${name}` }] });

describe('conditions run as branching programs', () => {
  it('run each test only when short-circuit evaluation reaches it', () => {
    const rule: JsonLogic = { or: [{ and: [truthy('a'), truthy('b')] }, { '!': [{ or: [truthy('c'), truthy('d')] }] }] };
    const { data, reads } = counting({ a: false, b: true, c: true, d: true });
    expect(compileCondition(rule)(data)).toBe(false);
    expect(reads).toEqual({ a: 1, b: 0, c: 1, d: 0 });
  });

  it('read each source test at most once, however deep the and/or/not nesting, and agree with json-logic-js', () => {
    let rule: JsonLogic = truthy('x0');
    for (let index = 1; index < 60; index++) {
      const leaf = truthy(`x${index}`);
      rule = index % 3 === 0 ? { '!': [{ and: [rule, leaf] }] } : index % 3 === 1 ? { or: [leaf, rule] } : { and: [rule, leaf] };
    }
    const condition = compileCondition(rule);
    for (let seed = 0; seed < 16; seed++) {
      const values = Object.fromEntries(Array.from({ length: 60 }, (_, index) => [`x${index}`, ((index * 7 + seed * 13) % 5) < 2]));
      const { data, reads } = counting(values);
      expect(condition(data)).toBe(jsonLogic.truthy(jsonLogic.apply(rule as never, { case: values })));
      expect(Math.max(...Object.values(reads))).toBeLessThanOrEqual(1);
    }
  });

  it('agree with the and/or/not they come from on every assignment of three tests', () => {
    const rule: JsonLogic = { and: [{ or: [truthy('a'), { '!': [truthy('b')] }] }, { '!': [{ and: [truthy('b'), truthy('c')] }] }] };
    const condition = compileCondition(rule);
    for (let bits = 0; bits < 8; bits++) {
      const [a, b, c] = [bits & 1, bits & 2, bits & 4].map(Boolean) as [boolean, boolean, boolean];
      const data = { case: { a, b, c }, responses: {}, outcome: null, status: null };
      expect(condition(data)).toBe((a || !b) && !(b && c));
    }
  });
});
