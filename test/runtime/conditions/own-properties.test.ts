/** Paths read own properties only: nothing inherited, whatever the rule or the prototype chain. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkRule, compileCondition, explain, type ConditionData } from '../../../src/runtime/conditions/index.js';
import type { JsonLogic } from '../../../src/ir/types.js';

const data = (caseData: unknown, responses: unknown = {}): ConditionData => ({ case: caseData, responses, outcome: null, status: null });

describe('own-property reads', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('rejects {"var":"case.constructor"} at load, and compiled directly it reads nothing inherited', () => {
    const rule = { var: 'case.constructor' };
    expect(checkRule(rule)).not.toEqual([]);
    expect(compileCondition(rule)(data({}))).toBe(false);
    expect(compileCondition({ '!!': [{ var: 'case.toString' }] })(data({}))).toBe(false);
    expect(compileCondition({ '===': [{ var: 'case.a.__proto__' }, null] })(data({ a: {} }))).toBe(true);
    expect(compileCondition({ '!!': [{ var: 'case.n.toFixed' }] })(data({ n: 5 }))).toBe(false);
    expect(compileCondition({ '!!': [{ var: 'case.s.toUpperCase' }] })(data({ s: 'x' }))).toBe(false);
  });

  it('reads own keys named like inherited ones when the data holds them (JSON.parse makes them own)', () => {
    const hostile = JSON.parse('{"__proto__": {"x": 1}, "constructor": "yes"}') as unknown;
    expect(compileCondition({ '===': [{ var: 'case.constructor' }, 'yes'] })(data(hostile))).toBe(true);
    expect(compileCondition({ '===': [{ var: 'case.__proto__.x' }, 1] })(data(hostile))).toBe(true);
  });

  it('ignores a polluted Object.prototype', () => {
    (Object.prototype as Record<string, unknown>)['polluted'] = 'yes';
    expect(compileCondition({ '===': [{ var: 'case.polluted' }, 'yes'] })(data({}))).toBe(false);
    expect(compileCondition({ '!!': [{ var: 'polluted' }] })(data({}))).toBe(false);
    expect(explain({ '===': [{ var: 'case.polluted' }, 'yes'] }, data({})).values).toEqual({ polluted: null });
  });

  it('indexes arrays and strings by own index and length, as json-logic-js does', () => {
    expect(compileCondition({ '===': [{ var: 'case.list.1' }, 'b'] })(data({ list: ['a', 'b'] }))).toBe(true);
    expect(compileCondition({ '===': [{ var: 'case.s.0' }, 'x'] })(data({ s: 'xy' }))).toBe(true);
    expect(compileCondition({ '===': [{ var: 'case.list.length' }, 2] })(data({ list: ['a', 'b'] }))).toBe(true);
    expect(compileCondition({ '===': [{ var: 'case.list.5' }, null] })(data({ list: ['a'] }))).toBe(true);
  });

  it('answers without throwing where json-logic-js throws on hostile data', () => {
    const hostile = JSON.parse('{"o": {"toString": 1}, "h": {"indexOf": 1}}') as unknown;
    expect(compileCondition({ '==': [{ var: 'case.o' }, 'x'] })(data(hostile))).toBe(false);
    expect(compileCondition({ in: ['x', { var: 'case.h' }] })(data(hostile))).toBe(false);
  });

  it('mutates neither the rule nor the data', () => {
    const rule: JsonLogic = { and: [{ '!=': [{ var: 'case.n' }, null] }, { '<': [{ var: 'case.n' }, 3] }] };
    const input = data({ n: 1 });
    const [ruleBefore, dataBefore] = [JSON.stringify(rule), JSON.stringify(input)];
    compileCondition(rule)(input);
    explain(rule, input);
    expect([JSON.stringify(rule), JSON.stringify(input)]).toEqual([ruleBefore, dataBefore]);
  });
});
