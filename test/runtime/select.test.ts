import { describe, expect, it } from 'vitest';
import { selectChecklist } from '../../src/runtime/index.js';
import { eq, ir, item, load, step, when } from './helpers.js';

const caseSchema = { type: 'object', properties: { dispute: { type: 'object', properties: { type: { type: 'string' } } } } };
const rule = (priority: number) => ({ ...when(eq('case.dispute.type', 'ACDV')), priority });
const checklist = (id: string, assign?: ReturnType<typeof rule>) =>
  load({ ...ir([step(`${id}_s`, [item('checkbox', `${id}_c`)])], { caseSchema, ...(assign && { assign }) }), checklist: id });

describe('selectChecklist', () => {
  const low = checklist('low', rule(1));
  const highB = checklist('high_b', rule(5));
  const highA = checklist('high_a', rule(5));
  const unassigned = checklist('free');

  it('picks the highest priority, then the lowest id', () => {
    expect(selectChecklist([low, highB, highA, unassigned], { dispute: { type: 'ACDV' } })?.ir.checklist).toBe('high_a');
    expect(selectChecklist([low, unassigned], { dispute: { type: 'ACDV' } })?.ir.checklist).toBe('low');
  });

  it('returns undefined when no assignment rule holds', () => {
    expect(selectChecklist([low, highA, unassigned], { dispute: { type: 'AUD' } })).toBeUndefined();
    expect(selectChecklist([], {})).toBeUndefined();
  });

  it('reads case fields that break the declarations as absent', () => {
    const notEqual = checklist('ne', { ...when({ '!==': [{ var: 'case.dispute.type' }, 'AUD'] }), priority: 0 });
    expect(selectChecklist([notEqual], { dispute: { type: 7 } })?.ir.checklist).toBe('ne');
    expect(selectChecklist([low], { dispute: { type: ['ACDV'] } })).toBeUndefined();
  });
});
