import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { compileCondition, type ConditionData } from '../../../src/runtime/conditions/index.js';
import { JSON_LOGIC_VECTORS } from './json-logic-vectors.js';

/** The vector's rule, reading its data under `case` (IR paths start at a data root). */
function underCase(rule: unknown): unknown {
  if (Array.isArray(rule)) return rule.map(underCase);
  if (typeof rule !== 'object' || rule === null) return rule;
  const [[op, args]] = Object.entries(rule) as [[string, unknown]];
  if (op !== 'var') return { [op]: underCase(args) };
  const [path, ...fallback] = Array.isArray(args) ? args : [args];
  return { var: [`case.${String(path)}`, ...fallback] };
}

describe('the JsonLogic shared test vectors', () => {
  it.each(JSON_LOGIC_VECTORS.map(([rule, data, expected]) => [JSON.stringify(rule), JSON.stringify(data), rule, data, expected]))(
    '%s with %s',
    (_rule, _data, rule, data, expected) => {
      // The fixture is what json-logic-js 2.0.5 answers …
      expect(jsonLogic.apply(rule as never, data)).toEqual(expected);
      // … and a compiled condition is its truthiness.
      const asIr = underCase(rule) as JsonLogic;
      expect(compileCondition(asIr)({ case: data, responses: {}, outcome: null, status: null } as ConditionData)).toBe(jsonLogic.truthy(expected));
    },
  );
});
