import { describe, expect, it } from 'vitest';
import { evaluate, loadChecklist } from '../../src/runtime/index.js';
import { deepFreeze, eq, ir, item, load, step, when } from './helpers.js';

const valid = ir([step('s1', [item('checkbox', 'c')]), step('s2', [item('text', 't', { pattern: '[a-z]+' })], when(eq('responses.c', true)))]);

describe('loadChecklist', () => {
  it('loads a valid IR and indexes its steps and items in document order', () => {
    const loaded = loadChecklist(deepFreeze(structuredClone(valid)));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.checklist.steps.map((entry) => entry.step.id)).toEqual(['s1', 's2']);
    expect([...loaded.checklist.itemsById.keys()]).toEqual(['c', 't']);
    expect(loaded.checklist.steps[1]!.when?.holds({ case: {}, responses: { c: true }, outcome: null, status: null })).toBe(true);
    expect(loaded.checklist.patterns.get('t')?.test('abc')).toBe(true);
    expect(loaded.checklist.patterns.get('t')?.test('abc1')).toBe(false);
  });

  it('numbers its own slots: other checklists loaded first do not lengthen its tables', () => {
    const many = Array.from({ length: 300 }, (_, index) => item('checkbox', `other_${index}`, when(eq(`case.other.f${index}`, true))));
    expect(loadChecklist(ir([step('big', many)])).ok).toBe(true);
    const loaded = loadChecklist(valid);
    expect(loaded.ok && [loaded.checklist.slots.responseCount, loaded.checklist.slots.caseCount]).toEqual([2, 0]);
  });

  it('keeps a private copy: later changes to the caller\'s IR change nothing', () => {
    const mine = structuredClone(valid) as unknown as { steps: { id: string }[] };
    const loaded = loadChecklist(mine);
    mine.steps[0]!.id = 'changed';
    expect(loaded.ok && loaded.checklist.ir.steps[0]!.id).toBe('s1');
  });

  it('never sees inherited properties of the IR', () => {
    const { steps, ...rest } = valid;
    expect(loadChecklist(Object.assign(Object.create({ steps }), rest)).ok).toBe(false);
  });

  it.each([
    ['not an object', 'nope'],
    ['null', null],
    ['a wrong irVersion', { ...valid, irVersion: 2 }],
    ['steps missing', { ...valid, steps: undefined }],
    ['an unknown item type', ir([step('s', [{ id: 'x', type: 'slider', label: 'X', required: false } as never])])],
  ])('refuses %s with schema errors', (_name, bad) => {
    const loaded = loadChecklist(bad);
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.errors.length).toBeGreaterThan(0);
  });

  it('refuses duplicate ids across steps, items and closing steps', () => {
    const stepItem = loadChecklist(ir([step('a', [item('checkbox', 'a')])]));
    expect(stepItem).toEqual({ ok: false, errors: ['/steps/0/items/0/id: duplicate id "a"'] });
    const closing = loadChecklist(
      ir([step('a', [item('checkbox', 'x')])], { outcomes: [{ id: 'o', label: 'O' }], closing: { o: [step('z', [item('checkbox', 'x')])] } }),
    );
    expect(closing.ok).toBe(false);
  });

  it('refuses closing steps for an undeclared outcome', () => {
    const loaded = loadChecklist(ir([step('a', [item('checkbox', 'x')])], { closing: { o: [step('z', [item('checkbox', 'y')])] } }));
    expect(loaded.ok).toBe(false);
  });

  it('refuses a condition outside the operator subset', () => {
    const loaded = loadChecklist(ir([step('a', [item('checkbox', 'x')], { when: { method: ['x'] } as never, whenMode: 'basic', deps: [] })]));
    expect(loaded.ok).toBe(false);
  });

  it('refuses a pattern that is not a regular expression', () => {
    const loaded = loadChecklist(ir([step('a', [item('text', 'x', { pattern: '(' })])]));
    expect(loaded.ok).toBe(false);
  });

  it('matches a pattern in Unicode mode, as the compiler checks it', () => {
    const errorsOf = (pattern: string, text: string) => {
      const checklist = load(ir([step('a', [item('text', 'x', { required: true, pattern })])]));
      return evaluate(checklist, {}, { responses: { x: text } }).steps[0]?.items[0]?.errors.map((error) => error.code);
    };
    expect(errorsOf('\\p{L}+', 'abc')).toEqual([]);
    expect(errorsOf('.', '😀')).toEqual([]);
    expect(loadChecklist(ir([step('a', [item('text', 'x', { pattern: ']' })])])).ok).toBe(false);
  });

  it('refuses a second resolution item and a duplicate transition name', () => {
    const twoResolving = ir([
      step('a', [
        item('response_code', 'r1', { allowCaseResolution: true }),
        item('response_code', 'r2', { allowCaseResolution: true }),
      ]),
    ], { resolution: { fields: [{ path: 'f', type: 'text', required: true }] } });
    expect(loadChecklist(twoResolving).ok).toBe(false);
    const lifecycle = {
      initial: 'a',
      statuses: [{ id: 'a', label: 'A', active: true, final: false }, { id: 'b', label: 'B', active: false, final: true }],
      transitions: [{ name: 't', from: ['a'], to: 'b' }, { name: 't', from: ['a'], to: 'b' }],
    };
    expect(loadChecklist(ir([step('a', [item('checkbox', 'x')])], { lifecycle })).ok).toBe(false);
  });

  it('refuses hostile nesting without overflowing the stack', () => {
    let rule: unknown = { var: 'responses.x' };
    for (let depth = 0; depth < 100_000; depth++) rule = { '!': [rule] };
    const loaded = loadChecklist(ir([step('a', [item('checkbox', 'x')], { when: rule as never, whenMode: 'advanced', deps: [] })]));
    expect(loaded.ok).toBe(false);
    const errors = loaded.ok ? [] : loaded.errors;
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/steps\/0\/when\/!\/0\/.*: nests deeper than 400 levels$/);
    const cyclic: Record<string, unknown> = { ...valid };
    cyclic.self = cyclic;
    expect(loadChecklist(cyclic).ok).toBe(false);
  });
});
