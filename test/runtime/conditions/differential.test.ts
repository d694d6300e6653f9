/**
 * compileCondition against the pinned json-logic-js 2.0.5: random rules of the subset (the
 * lowering shapes among them, randomly nested) × random data, zero disagreements.
 */
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { checkRule, compileCondition, conditionData, Slots } from '../../../src/runtime/conditions/index.js';
import { irPath, randomConditionData, ruleOf } from './arbitraries.js';

/** One numbering for the whole file, so `conditionData` serves every condition compiled here. */
const slots = new Slots();
const compile = (rule: JsonLogic, own = slots) => compileCondition(rule, own);

const DATA_PER_RULE = 10;

function differential(rules: fc.Arbitrary<JsonLogic>, numRuns: number) {
  const tally = { evaluations: 0, referenceThrew: 0 };
  fc.assert(
    fc.property(rules, fc.array(randomConditionData, { minLength: DATA_PER_RULE, maxLength: DATA_PER_RULE }), (rule, dataSet) => {
      const ruleBefore = JSON.stringify(rule);
      const condition = compile(rule);
      for (const data of dataSet) {
        const dataBefore = JSON.stringify(data);
        let expected: boolean;
        try {
          expected = jsonLogic.truthy(jsonLogic.apply(rule as never, data));
        } catch {
          // Only hostile data makes json-logic-js throw; we must still answer without throwing.
          tally.referenceThrew++;
          expect(typeof condition(data)).toBe('boolean');
          continue;
        }
        tally.evaluations++;
        expect(condition(data), `rule ${ruleBefore} data ${dataBefore}`).toBe(expected);
        const remembering = conditionData(data.case, data.responses, data.outcome, data.status, slots);
        expect(condition(remembering)).toBe(expected);
        expect(condition(remembering), 'a second call answers from remembered case reads').toBe(expected);
        expect(JSON.stringify(data)).toBe(dataBefore);
      }
      expect(JSON.stringify(rule)).toBe(ruleBefore);
    }),
    { numRuns },
  );
  return tally;
}

describe('compileCondition agrees with json-logic-js 2.0.5', () => {
  it('on random rules of the IR subset × random data', () => {
    const checked = ruleOf(irPath).filter((rule) => checkRule(rule).length === 0);
    const tally = differential(checked, 2500);
    console.log(`differential (IR subset): ${tally.evaluations} evaluations agreed, ${tally.referenceThrew} where json-logic-js threw`);
    expect(tally.evaluations).toBeGreaterThanOrEqual(20_000);
  });

});
