import { describe, expect, it } from 'vitest';
import { compileCondition, conditionData, type ConditionData } from '../../../src/runtime/conditions/index.js';

/** Case data whose `account.balance` counts how often it is read (a getter: not JSON, just a probe). */
function countingCase(balance: unknown) {
  const reads = { count: 0 };
  const account = {};
  Object.defineProperty(account, 'balance', { enumerable: true, get: () => (reads.count++, balance) });
  return { caseData: { account }, reads };
}

const V = { var: 'case.account.balance' };
const over = (k: number) => compileCondition({ and: [{ '!=': [V, null] }, { '>': [V, k] }] });
const under = (k: number) => compileCondition({ and: [{ '!=': [V, null] }, { '<': [V, k] }] });

describe('conditionData', () => {
  it('reads each case path once, however many conditions read it', () => {
    const { caseData, reads } = countingCase(500);
    const data = conditionData(caseData, {}, null, null);
    expect([over(100)(data), under(1000)(data), over(600)(data)]).toEqual([true, true, false]);
    expect(reads.count).toBe(1);
  });

  it('plain condition data reads every time', () => {
    const { caseData, reads } = countingCase(500);
    const data: ConditionData = { case: caseData, responses: {}, outcome: null, status: null };
    over(100)(data);
    under(1000)(data);
    expect(reads.count).toBe(2);
  });

  it('remembers an absent case field as absent', () => {
    const data = conditionData({}, {}, null, null);
    expect(compileCondition({ '===': [V, null] })(data)).toBe(true);
    expect(compileCondition({ '!!': [V] })(data)).toBe(false);
  });

  it('never remembers responses: an evaluation adds them as items turn out visible', () => {
    const responses: Record<string, unknown> = {};
    const data = conditionData({}, responses, null, null);
    const answered = compileCondition({ '!!': [{ var: 'responses.q' }] });
    expect(answered(data)).toBe(false);
    responses['q'] = true;
    expect(answered(data)).toBe(true);
  });

  it('remembers paths compiled after it was made, too', () => {
    const data = conditionData({ late: { field: 3 } }, {}, null, null);
    expect(compileCondition({ '===': [{ var: 'case.late.field' }, 3] })(data)).toBe(true);
  });
});
