/**
 * compileExplanation against a reference built on json-logic-js 2.0.5: for random rules × random
 * data, `whyNot` is `undefined` exactly when the rule holds, and otherwise reports the clause the
 * spec names (an `and` that is not a lowering shape by its first false operand, recursively;
 * anything else whole), with the values that clause reads. This checks that one run of the
 * program, through the label of the last test it ran, finds the same clause as walking the
 * operands would, and that the values it shows are what the clause's paths hold (a clause that
 * reads one path shows the value its last test read, without reading again).
 */
import fc from 'fast-check';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { checkRule, compileExplanation, conditionData, renderCondition, Slots } from '../../../src/runtime/conditions/index.js';
import { varPaths } from '../../../src/runtime/conditions/description.js';
import { sourceName } from '../../../src/runtime/conditions/render.js';
import { asOperation } from '../../../src/runtime/conditions/rule.js';
import { recognizeTest } from '../../../src/runtime/conditions/shapes.js';
import { irPath, randomConditionData, ruleOf } from './arbitraries.js';

/** One numbering for the whole file, so `conditionData` serves every condition compiled here. */
const slots = new Slots();
const explanationOf = (rule: JsonLogic, own = slots) => compileExplanation(rule, own);

type Data = { case: unknown; responses: unknown; outcome: unknown; status: unknown };

const holds = (rule: unknown, data: Data): boolean => jsonLogic.truthy(jsonLogic.apply(rule as never, data));

/** The clause SPEC §5 item 8 reports for a rule that is false. */
function reportedClause(rule: unknown, data: Data): unknown {
  const operation = asOperation(rule);
  if (operation?.op !== 'and' || recognizeTest(rule) !== undefined) return rule;
  const firstFalse = operation.args.find((operand) => !holds(operand, data));
  return firstFalse === undefined ? rule : reportedClause(firstFalse, data);
}

/** What a why shows for a path: its value through own properties (a string's `length` too), `null` when absent. */
function shownValue(data: Data, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || value === undefined || !Object.prototype.hasOwnProperty.call(value, key)) return null;
    value = (value as Record<string, unknown>)[key];
  }
  return value ?? null;
}

function shownValues(clause: unknown, data: Data): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const path of varPaths(clause)) values[sourceName(path)] = shownValue(data, path);
  return values;
}

describe('compileExplanation agrees with json-logic-js on what is false and which clause to report', () => {
  it('on random rules of the IR subset × random data', () => {
    const rules = ruleOf(irPath).filter((rule) => checkRule(rule).length === 0);
    let explained = 0;
    fc.assert(
      fc.property(rules, fc.array(randomConditionData, { minLength: 8, maxLength: 8 }), (rule, dataSet) => {
        const explanation = explanationOf(rule);
        for (const data of dataSet) {
          let expected: boolean;
          try {
            expected = holds(rule, data);
            reportedClause(rule, data);
          } catch {
            continue; // hostile data that makes json-logic-js throw: the differential test covers it
          }
          for (const probe of [data, conditionData(data.case, data.responses, data.outcome, data.status, slots)]) {
            const why = explanation.whyNot(probe);
            if (expected) {
              expect(why).toBeUndefined();
              continue;
            }
            explained++;
            const clause = reportedClause(rule, data);
            expect(why?.clause, `rule ${JSON.stringify(rule)} data ${JSON.stringify(data)}`).toBe(renderCondition(clause as JsonLogic));
            expect(why?.values).toEqual(shownValues(clause, data));
            expect(Object.isFrozen(why) && Object.isFrozen(why?.values)).toBe(true);
          }
        }
      }),
      { numRuns: 600 },
    );
    expect(explained).toBeGreaterThan(1000);
  });
});
