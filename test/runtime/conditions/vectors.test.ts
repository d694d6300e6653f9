import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { compileCondition, type ConditionData } from '../../../src/runtime/conditions/index.js';
import { JSON_LOGIC_VECTORS } from './json-logic-vectors.js';

describe('the JsonLogic shared test vectors', () => {
  it.each(JSON_LOGIC_VECTORS.map(([rule, data, expected]) => [JSON.stringify(rule), JSON.stringify(data), rule, data, expected]))(
    '%s with %s',
    (_rule, _data, rule, data, expected) => {
      // The fixture is what json-logic-js 2.0.5 answers …
      expect(jsonLogic.apply(rule as never, data)).toEqual(expected);
      // … and a compiled condition is its truthiness.
      expect(compileCondition(rule as JsonLogic)(data as ConditionData)).toBe(jsonLogic.truthy(expected));
    },
  );
});
