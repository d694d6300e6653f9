import { describe, expect, it } from 'vitest';
import type { JsonLogic } from '../../../src/ir/types.js';
import { compileCondition, compileExplanation, conditionData, responseSlotData, Slots, type ConditionData } from '../../../src/runtime/conditions/index.js';

/** One numbering for the whole file, so `conditionData` serves every condition compiled here. */
const slots = new Slots();
const compile = (rule: JsonLogic, own = slots) => compileCondition(rule, own);
const explanationOf = (rule: JsonLogic, own = slots) => compileExplanation(rule, own);

/** Case data whose `account.balance` counts how often it is read (a getter: not JSON, just a probe). */
function countingCase(balance: unknown) {
  const reads = { count: 0 };
  const account = {};
  Object.defineProperty(account, 'balance', { enumerable: true, get: () => (reads.count++, balance) });
  return { caseData: { account }, reads };
}

const V = { var: 'case.account.balance' };
const over = (k: number) => compile({ and: [{ '!=': [V, null] }, { '>': [V, k] }] });
const under = (k: number) => compile({ and: [{ '!=': [V, null] }, { '<': [V, k] }] });

describe('conditionData', () => {
  it('reads each case path once, however many conditions read it', () => {
    const { caseData, reads } = countingCase(500);
    const data = conditionData(caseData, {}, null, null, slots);
    expect([over(100)(data), under(1000)(data), over(600)(data)]).toEqual([true, true, false]);
    expect(reads.count).toBe(1);
  });

  it('reads a path through its parent, each prefix once: case.account once for all of case.account.…', () => {
    let accountReads = 0;
    const caseData = {};
    Object.defineProperty(caseData, 'account', { enumerable: true, get: () => (accountReads++, { balance: 5, limit: null }) });
    const data = conditionData(caseData, {}, null, null, slots);
    const read = (path: string) => compile({ '!!': [{ var: path }] })(data);
    expect([read('case.account.balance'), read('case.account.limit'), read('case.account.missing'), read('case.account')]).toEqual([true, false, false, true]);
    expect(compile({ '===': [{ var: 'case.account.limit' }, null] })(data)).toBe(true);
    expect(compile({ '===': [{ var: 'case.account.limit.deeper' }, null] })(data)).toBe(true);
    expect(accountReads).toBe(1);
  });

  it('plain condition data reads every time', () => {
    const { caseData, reads } = countingCase(500);
    const data: ConditionData = { case: caseData, responses: {}, outcome: null, status: null };
    over(100)(data);
    under(1000)(data);
    expect(reads.count).toBe(2);
  });

  it('remembers an absent case field as absent', () => {
    const data = conditionData({}, {}, null, null, slots);
    expect(compile({ '===': [V, null] })(data)).toBe(true);
    expect(compile({ '!!': [V] })(data)).toBe(false);
  });

  it('never remembers responses: an evaluation adds them as items turn out visible', () => {
    const responses: Record<string, unknown> = {};
    const data = conditionData({}, responses, null, null, slots);
    const answered = compile({ '!!': [{ var: 'responses.q' }] });
    expect(answered(data)).toBe(false);
    responses['q'] = true;
    expect(answered(data)).toBe(true);
  });

  it('remembers paths compiled after it was made, too', () => {
    const data = conditionData({ late: { field: 3 } }, {}, null, null, slots);
    expect(compile({ '===': [{ var: 'case.late.field' }, 3] })(data)).toBe(true);
  });
});

describe('responseSlotData', () => {
  const slots = new Slots();
  const holds = (rule: JsonLogic) => explanationOf(rule, slots).holds;
  const answered = holds({ '!!': [{ var: 'responses.slot_q' }] });
  const nested = holds({ '===': [{ var: 'responses.slot_cmp.name' }, 'Ann'] });
  const withDefault = holds({ '===': [{ var: ['responses.slot_q', 'none'] }, 'none'] });

  it('reads responses from its table, by the slot of each id', () => {
    const { data, table } = responseSlotData({}, null, null, slots);
    expect([answered(data), nested(data), withDefault(data)]).toEqual([false, false, true]);
    table[slots.response('slot_q')] = true;
    table[slots.response('slot_cmp')] = { name: 'Ann' };
    expect([answered(data), nested(data), withDefault(data)]).toEqual([true, true, false]);
  });

  it('gives each condition data tables of its own: filling one never reaches the next', () => {
    const first = responseSlotData({ account: { balance: 1 } }, null, null, slots);
    first.table[slots.response('slot_q')] = true;
    expect(answered(first.data)).toBe(true);
    const second = responseSlotData({ account: { balance: 2 } }, null, null, slots);
    expect(answered(second.data)).toBe(false);
    expect(second.table.every((value) => value === undefined)).toBe(true);
    expect(slots.noResponses()).not.toBe(slots.noResponses());
  });

  it('gives readers that do not know slots a responses object of own properties', () => {
    const { data, table } = responseSlotData({}, null, null, slots);
    table[slots.response('slot_cmp')] = { name: 'Ann' };
    expect(Object.getPrototypeOf(data.responses)).toBe(null);
    expect({ ...(data.responses as object) }).toEqual({ slot_cmp: { name: 'Ann' } });
  });

  it('reads a slot past the end of its table as absent, never from Array.prototype', () => {
    const { data } = responseSlotData({}, null, null, slots);
    const late = holds({ '!!': [{ var: 'responses.slot_late' }] });
    const index = slots.response('slot_late');
    const proto = Array.prototype as unknown as Record<number, unknown>;
    proto[index] = true;
    try {
      expect(late(data)).toBe(false);
    } finally {
      delete proto[index];
    }
  });

  it('is read as plain data by conditions numbered by other slots', () => {
    const { data, table } = responseSlotData({ n: 1 }, null, null, slots);
    table[slots.response('slot_q')] = true;
    const elsewhere = new Slots();
    elsewhere.response('other');
    const other = explanationOf({ and: [{ '!!': [{ var: 'responses.slot_q' }] }, { '===': [{ var: 'case.n' }, 1] }] }, elsewhere);
    expect(other.holds(data)).toBe(true);
    expect(compile({ '===': [{ var: 'case.n' }, 1] })(data)).toBe(true);
  });
});
