import { describe, expect, it } from 'vitest';
import { checkRule, compileCondition, ConditionError } from '../../../src/runtime/conditions/index.js';

describe('checkRule', () => {
  it('accepts every lowering shape and their combinations', () => {
    const v = { var: 'case.account.balance' };
    const rule = {
      or: [
        { '!!': [{ var: 'responses.q' }] },
        { and: [{ and: [{ '!=': [v, null] }, { '<': [v, 1000] }] }, { in: [{ var: 'case.state' }, ['CA', 'NY']] }] },
        { '!': [{ and: [{ '!': [v] }, { '!==': [v, false] }, { '!==': [v, 0] }] }] },
        { '===': [{ var: 'outcome' }, 'fraud'] },
        { '!==': [{ var: 'status' }, 'open'] },
        { in: ['x', { var: 'case.tags' }] },
      ],
    };
    expect(checkRule(rule)).toEqual([]);
  });

  it('accepts literals, scalar arguments, var defaults and 3-argument between', () => {
    expect(checkRule(true)).toEqual([]);
    expect(checkRule({ '!': { var: 'responses.q' } })).toEqual([]);
    expect(checkRule({ var: ['case.a', 5] })).toEqual([]);
    expect(checkRule({ '<=': [0, { var: 'case.n' }, 10] })).toEqual([]);
  });

  it.each([
    [{ '+': [1, 2] }, '/+: unknown operator "+"'],
    [{ and: [{ if: [true, 1, 2] }] }, '/and/0/if: unknown operator "if"'],
    [{ '==': [1] }, '/==: == takes 2 arguments, got 1'],
    [{ '>': [1, 2, 3] }, '/>: > takes 2 arguments, got 3'],
    [{ '<': [1, 2, 3, 4] }, '/<: < takes 2 to 3 arguments, got 4'],
    [{ '!': [] }, '/!: ! takes 1 argument, got 0'],
    [{ and: [] }, '/and: and takes at least 1 argument, got 0'],
    [{ var: [] }, '/var: var takes 1 to 2 arguments, got 0'],
    [{ var: { var: 'case.p' } }, '/var/0: a var path must be a literal string'],
    [{ var: 'case.constructor' }, 'reserved segment "constructor"'],
    [{ var: 'responses.__proto__' }, 'reserved segment "__proto__"'],
    [{ var: 'case.account.toString' }, 'reserved segment "toString"'],
    [{ var: 'case.a..b' }, 'bad segment ""'],
    [{ var: 'case.0' }, 'bad segment "0"'],
    [{ var: 'account.balance' }, 'must start with case, responses, outcome or status'],
    [{ var: 'case' }, 'must name a field under case'],
    [{ var: 'outcome.id' }, 'outcome has no fields'],
    [{ a: 1, b: 2 }, '(root): an object must have exactly one key'],
    [{}, '(root): an object must have exactly one key'],
    [{ '==': [Number.NaN, 1] }, '/==/0: NaN is not a JSON number'],
    [{ '==': [undefined, 1] }, '/==/0: undefined is not a JSON value'],
    [{ 'a/b~': 1 }, '/a~1b~0: unknown operator'],
  ])('rejects %j', (rule, problem) => {
    const problems = checkRule(rule);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(problem);
  });

  it('reports every problem, each at its own location', () => {
    expect(checkRule({ and: [{ var: 'case.constructor' }, { '+': [1] }] })).toEqual([
      '/and/0/var/0: var path "case.constructor" has the reserved segment "constructor"',
      expect.stringContaining('/and/1/+: unknown operator "+"'),
    ]);
  });

  it('stops at a depth limit instead of overflowing the stack, cycles included', () => {
    let deep: unknown = true;
    for (let level = 0; level < 10_000; level++) deep = { '!': [deep] };
    expect(checkRule(deep)[0]).toMatch(/nested deeper than \d+ levels/);
    const cyclic: { and: unknown[] } = { and: [] };
    cyclic.and.push(cyclic);
    expect(checkRule(cyclic)[0]).toMatch(/nested deeper than/);
  });

  it('is what compileCondition enforces, the IR path rules included', () => {
    expect(() => compileCondition({ '+': [1, 2] } as never)).toThrow(ConditionError);
    expect(() => compileCondition({ var: 'anything.0' })).toThrow(ConditionError);
    expect(() => compileCondition({ var: 'case.a' })).not.toThrow();
  });
});
