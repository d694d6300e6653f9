import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { compileExplanation, conditionData, renderCondition, type ConditionData, Slots } from '../../../src/runtime/conditions/index.js';

/** One numbering for the whole file, so `conditionData` serves every condition compiled here. */
const slots = new Slots();
const explanationOf = (rule: JsonLogic, own = slots) => compileExplanation(rule, own);
const explain = (rule: JsonLogic, data: ConditionData) => explanationOf(rule).explain(data);

const V = { var: 'case.account.balance' };
const Q = { var: 'responses.q' };
const guarded = (op: string, k: JsonLogic): JsonLogic => ({ and: [{ '!=': [V, null] }, { [op]: [V, k] }] });
const empty: JsonLogic = { and: [{ '!': [Q] }, { '!==': [Q, false] }, { '!==': [Q, 0] }] };
const data = (caseData: unknown, responses: unknown = {}, outcome: unknown = null): ConditionData => ({ case: caseData, responses, outcome, status: null });

/** docs/ir.md's lowering table, source text beside the JsonLogic the emitter writes for it. */
const LOWERINGS: ReadonlyArray<readonly [string, JsonLogic]> = [
  ['q', { '!!': [Q] }],
  ['q == "Modified"', { '===': [Q, 'Modified'] }],
  ['q != 3', { '!==': [Q, 3] }],
  ['q == true', { '===': [Q, true] }],
  ['account.balance < 1000', guarded('<', 1000)],
  ['account.balance <= 1.5', guarded('<=', 1.5)],
  ['account.balance > -2', guarded('>', -2)],
  ['account.balance >= 0', guarded('>=', 0)],
  ['opened >= 2024-01-31', { and: [{ '!=': [{ var: 'case.opened' }, null] }, { '>=': [{ var: 'case.opened' }, '2024-01-31'] }] }],
  ['q in ["CA", "NY"]', { in: [Q, ['CA', 'NY']] }],
  ['q not in ["CA", "NY"]', { '!': [{ in: [Q, ['CA', 'NY']] }] }],
  ['q contains "x"', { in: ['x', Q] }],
  ['q is empty', empty],
  ['q is not empty', { '!': [empty] }],
  ['outcome == "fraud"', { '===': [{ var: 'outcome' }, 'fraud'] }],
  ['status != "open"', { '!==': [{ var: 'status' }, 'open'] }],
];

describe('renderCondition', () => {
  it.each(LOWERINGS)('renders %s from its lowering', (source, rule) => {
    expect(renderCondition(rule)).toBe(source);
  });

  it('prints and/or/not with minimal parentheses', () => {
    const a = { '!!': [{ var: 'responses.a' }] };
    const b = { '!!': [{ var: 'responses.b' }] };
    const c = { '!!': [{ var: 'responses.c' }] };
    expect(renderCondition({ or: [a, { and: [b, c] }] })).toBe('a or b and c');
    expect(renderCondition({ and: [a, { or: [b, c] }] })).toBe('a and (b or c)');
    expect(renderCondition({ '!': [{ and: [a, b] }] })).toBe('not (a and b)');
    expect(renderCondition({ '!': [{ '!': [a] }] })).toBe('not not a');
    expect(renderCondition({ and: [{ '!': [a] }, guarded('>', 1000)] })).toBe('not a and account.balance > 1000');
  });

  it('renders the SPEC example condition', () => {
    const rule: JsonLogic = {
      or: [{ '===': [{ var: 'responses.reason' }, 'Modified'] }, { and: [guarded('>', 1000), { in: [{ var: 'case.consumer.state' }, ['CA', 'NY']] }] }],
    };
    expect(renderCondition(rule)).toBe('reason == "Modified" or account.balance > 1000 and consumer.state in ["CA", "NY"]');
  });

  it('falls back to compact JSON for shapes the lowering never writes, and never throws', () => {
    expect(renderCondition({ '<': [V, 5] })).toBe('{"<":[{"var":"case.account.balance"},5]}');
    expect(renderCondition({ and: [{ '==': [Q, 1] }, { '!!': [Q] }] })).toBe('{"==":[{"var":"responses.q"},1]} and q');
    expect(renderCondition({ '+': [1, 2] } as never)).toBe('{"+":[1,2]}');
    const cyclic: { and: unknown[] } = { and: [] };
    cyclic.and.push(cyclic);
    expect(typeof renderCondition(cyclic as never)).toBe('string');
    expect(renderCondition(10n as never)).toBe('(unprintable bigint)');
    let deep: unknown = { '!!': [Q] };
    for (let level = 0; level < 100_000; level++) deep = { '!': [deep] };
    expect(typeof renderCondition(deep as never)).toBe('string');
    expect(typeof explain(deep as never, data({})).text).toBe('string');
  });
});

describe('explain', () => {
  it('reports a false test with the value it read', () => {
    expect(explain(guarded('>', 1000), data({ account: { balance: 500 } }))).toEqual({
      text: 'account.balance > 1000 was false (account.balance = 500)',
      clause: 'account.balance > 1000',
      values: { 'account.balance': 500 },
    });
  });

  it('says "is absent" for a missing or null value', () => {
    expect(explain(guarded('>', 1000), data({})).text).toBe('account.balance > 1000 was false (account.balance is absent)');
    expect(explain(guarded('>', 1000), data({ account: { balance: null } })).values).toEqual({ 'account.balance': null });
  });

  it('descends into the first false operand of an and', () => {
    const rule: JsonLogic = { and: [{ '!!': [Q] }, { and: [{ '===': [{ var: 'outcome' }, 'fraud'] }, guarded('<', 10)] }] };
    const why = explain(rule, data({ account: { balance: 50 } }, { q: true }, 'fraud'));
    expect(why.clause).toBe('account.balance < 10');
    expect(why.values).toEqual({ 'account.balance': 50 });
  });

  it('reports an or, and a not, as a whole', () => {
    const or: JsonLogic = { or: [{ '===': [Q, 'a'] }, { in: [{ var: 'case.state' }, ['CA']] }] };
    expect(explain(or, data({ state: 'TX' }, { q: 'b' }))).toEqual({
      text: 'q == "a" or state in ["CA"] was false (q = "b", state = "TX")',
      clause: 'q == "a" or state in ["CA"]',
      values: { q: 'b', state: 'TX' },
    });
    const not = { and: [{ '!': [{ and: [{ '!!': [Q] }, { '!!': [{ var: 'status' }] }] }] }] };
    expect(explain(not, data({}, { q: true }, null)).clause).toBe('not (q and status)');
  });

  it('prints list and object values as JSON and keys values by source name', () => {
    const why = explain({ in: ['x', { var: 'case.tags' }] }, data({ tags: ['a', 'b'] }));
    expect(why.text).toBe('tags contains "x" was false (tags = ["a","b"])');
  });

  it('says "was true" when asked about a condition that holds', () => {
    expect(explain({ '!!': [Q] }, data({}, { q: true })).text).toBe('q was true (q = true)');
  });

  it('never throws on a rule outside the subset', () => {
    expect(explain({ '+': [1, { var: 'case.n' }] } as never, data({ n: 1 })).text).toBe('{"+":[1,{"var":"case.n"}]} was false (n = 1)');
  });
});

describe('compileExplanation', () => {
  const RULES: readonly JsonLogic[] = [
    guarded('>', 1000),
    { and: [{ '!!': [Q] }, { and: [{ '===': [{ var: 'outcome' }, 'fraud'] }, guarded('<', 10)] }] },
    { or: [{ '===': [Q, 'a'] }, { in: [{ var: 'case.state' }, ['CA']] }] },
    { '!': [{ and: [{ '!!': [Q] }, { '!!': [{ var: 'status' }] }] }] },
    { '+': [1, { var: 'case.n' }] } as never,
  ];
  const DATA: readonly ConditionData[] = [
    data({}),
    data({ account: { balance: 5 }, state: 'CA' }, { q: 'a' }, 'fraud'),
    data({ account: { balance: 5000 }, state: 'TX' }, { q: true }, 'fraud'),
  ];

  it('whyNot is undefined when the rule holds and explain otherwise; explain is the same as the cached one', () => {
    for (const rule of RULES) {
      const explanation = explanationOf(rule);
      for (const sample of DATA) {
        expect(explanation.whyNot(sample)).toEqual(explanation.holds(sample) ? undefined : explain(rule, sample));
        expect(explanation.explain(sample)).toEqual(explain(rule, sample));
      }
    }
  });

  it('says "was true" for an and whose operands all hold', () => {
    const rule: JsonLogic = { and: [{ '!!': [Q] }, guarded('>', 1)] };
    expect(explanationOf(rule).explain(data({ account: { balance: 2 } }, { q: true })).text).toBe(
      'q and account.balance > 1 was true (q = true, account.balance = 2)',
    );
  });

  it('reads values afresh on every call (only the text is prepared once)', () => {
    const explanation = explanationOf(guarded('>', 1000));
    expect(explanation.whyNot(data({ account: { balance: 1 } }))?.values).toEqual({ 'account.balance': 1 });
    expect(explanation.whyNot(data({ account: { balance: 2 } }))?.values).toEqual({ 'account.balance': 2 });
  });

  it('reads a case path the condition already read from conditionData, not from the case again', () => {
    let reads = 0;
    const account = {};
    Object.defineProperty(account, 'balance', { enumerable: true, get: () => (reads++, 5) });
    const remembering = conditionData({ account }, {}, null, null, slots);
    const explanation = explanationOf(guarded('>', 1000));
    expect(explanation.whyNot(remembering)?.text).toBe('account.balance > 1000 was false (account.balance = 5)');
    expect(reads).toBe(1);
  });

  it('shows the value its own test read even when reading it ran another condition (a getter in the data)', () => {
    const inner = explanationOf({ '===': [Q, 'x'] });
    const account = {};
    Object.defineProperty(account, 'balance', {
      enumerable: true,
      get: () => (inner.whyNot(data({}, { q: 'inner value' })), 5),
    });
    const why = explanationOf(guarded('>', 1000)).whyNot(conditionData({ account }, {}, null, null, slots));
    expect(why?.values).toEqual({ 'account.balance': 5 });
  });

  it('prints strings as JSON, escapes included', () => {
    const value = 'say "hi"\\\n\ud800é';
    const why = explain({ '===': [Q, 'x'] }, data({}, { q: value }));
    expect(why.text).toBe(`q == "x" was false (q = ${JSON.stringify(value)})`);
  });

  it('keeps a repeated source name once, in the values object\'s own key order', () => {
    const rule: JsonLogic = { and: [{ '===': [{ var: 'responses.b' }, 1] }, { '===': [{ var: 'case.b' }, 1] }, { '===': [{ var: 'responses.1' }, 1] }] };
    const why = explain({ or: [rule] } as never, data({ b: 'case' }, { b: 'answer', 1: 'one' }));
    expect(Object.keys(why.values)).toEqual(['1', 'b']);
    expect(why.text).toMatch(/ \(1 = "one", b = "case"\)$/);
  });

  it('descends into an and that folds to a constant false, like any other and', () => {
    const why = explanationOf({ and: [{ '===': [1, 1] }, { '===': [1, 2] }] }).explain(data({}));
    expect(why.clause).toBe('{"===":[1,2]}');
  });

  describe('whys of false clauses are frozen and shared by the values they show', () => {
    const rule: JsonLogic = { and: [{ '!!': [Q] }, guarded('>', 1000)] };

    it('gives the same frozen why for the same values, and a new one for other values', () => {
      const explanation = explanationOf(rule);
      const first = explanation.whyNot(data({ account: { balance: 5 } }, { q: true }));
      const again = explanation.whyNot(data({ account: { balance: 5 } }, { q: true }));
      const other = explanation.whyNot(data({ account: { balance: 6 } }, { q: true }));
      expect(again).toBe(first);
      expect(other).not.toBe(first);
      expect(other?.values).toEqual({ 'account.balance': 6 });
      for (const why of [first, other]) {
        expect(Object.isFrozen(why)).toBe(true);
        expect(Object.isFrozen(why?.values)).toBe(true);
      }
    });

    it('tells scalars apart as JSON does: "1" and 1, null and absent and false', () => {
      const explanation = explanationOf({ '===': [Q, 'x'] });
      const texts = ['1', 1, null, undefined, false, 0, ''].map((q) => explanation.whyNot(data({}, q === undefined ? {} : { q }))?.text);
      expect(texts).toEqual([
        'q == "x" was false (q = "1")',
        'q == "x" was false (q = 1)',
        'q == "x" was false (q is absent)',
        'q == "x" was false (q is absent)',
        'q == "x" was false (q = false)',
        'q == "x" was false (q = 0)',
        'q == "x" was false (q = "")',
      ]);
    });

    it('keys short lists by their elements, copied and frozen, so a later change to the data cannot reach a why', () => {
      const explanation = explanationOf({ in: ['x', Q] });
      const list = ['a', 'b'];
      const why = explanation.whyNot(data({}, { q: list }));
      list.push('c');
      expect(why?.values).toEqual({ q: ['a', 'b'] });
      expect(Object.isFrozen(why?.values.q)).toBe(true);
      expect(explanation.whyNot(data({}, { q: ['a', 'b'] }))).toBe(why);
      expect(explanation.whyNot(data({}, { q: ['a', 'b', 'c'] }))?.text).toBe('q contains "x" was false (q = ["a","b","c"])');
      expect(explanation.whyNot(data({}, { q: '["a","b"]' }))?.text).toBe('q contains "x" was false (q = "[\\"a\\",\\"b\\"]")');
    });

    it('keeps no why of a long list or an object (each would hold a copy), and tells lists apart', () => {
      const explanation = explanationOf({ in: ['x', Q] });
      const long = Array.from({ length: 5000 }, (_, index) => `f${index}`);
      const why = explanation.whyNot(data({}, { q: long }));
      const again = explanation.whyNot(data({}, { q: [...long] }));
      expect(again).not.toBe(why);
      expect(again).toEqual(why);
      expect(Object.isFrozen(again?.values.q)).toBe(true);
      const object = explanation.whyNot(data({}, { q: { a: 1 } }));
      expect(explanation.whyNot(data({}, { q: { a: 1 } }))).toEqual(object);
      expect(explanation.whyNot(data({}, { q: ['a'] }))).toBe(explanation.whyNot(data({}, { q: ['a'] })));
      expect(explanation.whyNot(data({}, { q: [] }))?.values).toEqual({ q: [] });
      expect(explanation.whyNot(data({}, { q: [[]] }))?.values).toEqual({ q: [[]] });
      expect(explanation.whyNot(data({}, { q: ['1'] }))?.values).toEqual({ q: ['1'] });
      expect(explanation.whyNot(data({}, { q: [1] }))?.values).toEqual({ q: [1] });
    });

    it('keys a clause that reads several values by all of them', () => {
      const explanation = explanationOf({ or: [{ '===': [Q, 1] }, { '===': [{ var: 'case.n' }, 1] }] });
      const a = explanation.whyNot(data({ n: 2 }, { q: 2 }));
      expect(explanation.whyNot(data({ n: 2 }, { q: 3 }))).not.toBe(a);
      expect(explanation.whyNot(data({ n: 3 }, { q: 2 }))).not.toBe(a);
      expect(explanation.whyNot(data({ n: 2 }, { q: 2 }))).toBe(a);
    });

    it('stays right when values never repeat (the cache starts afresh when full)', () => {
      const explanation = explanationOf(guarded('>', 1000));
      for (let balance = 0; balance < 500; balance++) {
        expect(explanation.whyNot(data({ account: { balance } }))?.text).toBe(`account.balance > 1000 was false (account.balance = ${balance})`);
      }
    });
  });
});

