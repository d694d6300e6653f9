/** Paths read own properties only: nothing inherited, whatever the rule or the prototype chain. */
import { afterEach, describe, expect, it } from 'vitest';
import { checkRule, compileCondition, compileExplanation, ConditionError, type ConditionData, Slots } from '../../../src/runtime/conditions/index.js';
import type { JsonLogic } from '../../../src/ir/types.js';

/** One numbering for the whole file, so `conditionData` serves every condition compiled here. */
const slots = new Slots();
const compile = (rule: JsonLogic, own = slots) => compileCondition(rule, own);
const explain = (rule: JsonLogic, data: ConditionData) => compileExplanation(rule, slots).explain(data);

const data = (caseData: unknown, responses: unknown = {}): ConditionData => ({ case: caseData, responses, outcome: null, status: null });

describe('own-property reads', () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>)['polluted'];
  });

  it('refuses reserved segments, so no path can name what every object inherits', () => {
    for (const path of ['case.constructor', 'case.toString', 'case.a.__proto__', 'responses.q.valueOf']) {
      expect(checkRule({ var: path })).not.toEqual([]);
      expect(() => compile({ '!!': [{ var: path }] })).toThrow(ConditionError);
    }
  });

  it('reads nothing inherited from numbers and strings', () => {
    expect(compile({ '!!': [{ var: 'case.n.toFixed' }] })(data({ n: 5 }))).toBe(false);
    expect(compile({ '!!': [{ var: 'case.s.toUpperCase' }] })(data({ s: 'x' }))).toBe(false);
  });

  it('ignores a polluted Object.prototype', () => {
    (Object.prototype as Record<string, unknown>)['polluted'] = 'yes';
    expect(compile({ '===': [{ var: 'case.polluted' }, 'yes'] })(data({}))).toBe(false);
    expect(explain({ '===': [{ var: 'case.polluted' }, 'yes'] }, data({})).values).toEqual({ polluted: null });
  });

  it('reads the own length of arrays and strings, as json-logic-js does; numeric segments are outside the subset', () => {
    expect(compile({ '===': [{ var: 'case.list.length' }, 2] })(data({ list: ['a', 'b'] }))).toBe(true);
    expect(compile({ '===': [{ var: 'case.s.length' }, 2] })(data({ s: 'xy' }))).toBe(true);
    expect(() => compile({ '===': [{ var: 'case.list.1' }, 'b'] })).toThrow(ConditionError);
  });

  it('answers without throwing where json-logic-js throws on hostile data', () => {
    const hostile = JSON.parse('{"o": {"toString": 1}, "h": {"indexOf": 1}}') as unknown;
    expect(compile({ '==': [{ var: 'case.o' }, 'x'] })(data(hostile))).toBe(false);
    expect(compile({ in: ['x', { var: 'case.h' }] })(data(hostile))).toBe(false);
  });

  it('mutates neither the rule nor the data', () => {
    const rule: JsonLogic = { and: [{ '!=': [{ var: 'case.n' }, null] }, { '<': [{ var: 'case.n' }, 3] }] };
    const input = data({ n: 1 });
    const [ruleBefore, dataBefore] = [JSON.stringify(rule), JSON.stringify(input)];
    compile(rule)(input);
    explain(rule, input);
    expect([JSON.stringify(rule), JSON.stringify(input)]).toEqual([ruleBefore, dataBefore]);
  });
});
