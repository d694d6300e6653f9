import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/runtime/index.js';
import { deepFreeze, eq, gt, ir, item, load, step, truthy, when } from './helpers.js';

const caseSchema = {
  type: 'object',
  properties: {
    account: { type: 'object', properties: { balance: { type: 'number' } } },
    qa: { type: 'object', properties: { selected: { type: 'boolean' } } },
  },
};

/** s1: q (yes_no, required); s2 when q: d (checkbox, required); s3: t (text) when d, n (text) when balance > 100. */
const cascade = load(
  ir(
    [
      step('s1', [item('yes_no', 'q', { required: true })]),
      step('s2', [item('checkbox', 'd', { required: true })], when(truthy('responses.q'))),
      step('s3', [
        item('text', 't', { required: true, ...when(truthy('responses.d')) }),
        item('text', 'n', when(gt('case.account.balance', 100))),
      ]),
    ],
    { caseSchema },
  ),
);

const byId = <T extends { id: string }>(list: T[], id: string): T => list.find((entry) => entry.id === id)!;

describe('visibility (SPEC §5 item 1)', () => {
  it('hides a step whose condition is false, and its items, saying why', () => {
    const result = evaluate(cascade, {}, { responses: { q: false } });
    const s2 = byId(result.steps, 's2');
    expect(s2).toMatchObject({ visible: false, status: 'hidden' });
    expect(s2.why).toEqual({ text: 'q was false (q = false)', clause: 'q', values: { q: false } });
    expect(s2.items[0]).toMatchObject({ visible: false, valid: true, errors: [] });
    expect(s2.items[0]!.why?.text).toBe('its step s2 is hidden: q was false (q = false)');
    expect(s2.items[0]!.why?.clause).toBe('q');
  });

  it('gives frozen whys, the same one again for the same values, so no result can change another', () => {
    const first = evaluate(cascade, {}, { responses: { q: false } });
    const again = evaluate(cascade, {}, { responses: { q: false } });
    const whys = [byId(first.steps, 's2').why, byId(first.steps, 's2').items[0]!.why];
    for (const why of whys) {
      expect(Object.isFrozen(why)).toBe(true);
      expect(Object.isFrozen(why?.values)).toBe(true);
    }
    expect(byId(again.steps, 's2').why).toBe(byId(first.steps, 's2').why);
    expect(JSON.parse(JSON.stringify(again))).toEqual(JSON.parse(JSON.stringify(first)));
  });

  it('ignores responses to hidden items, and that cascades', () => {
    const result = evaluate(cascade, {}, { responses: { q: false, d: true, t: 'x' } });
    const t = byId(byId(result.steps, 's3').items, 't');
    expect(t.visible).toBe(false);
    expect(t.why?.text).toMatch(/^d was false \(d is absent\)/);
  });

  it('sees a visible answer', () => {
    const result = evaluate(cascade, {}, { responses: { q: true, d: true } });
    expect(byId(byId(result.steps, 's3').items, 't').visible).toBe(true);
  });

  it('reads a wrong-typed response as absent and reports wrong_type', () => {
    const result = evaluate(cascade, {}, { responses: { q: 'yes' } });
    expect(byId(result.steps, 's1').items[0]).toMatchObject({ valid: false, errors: [{ code: 'wrong_type' }] });
    expect(byId(result.steps, 's2').visible).toBe(false);
  });

  it('reports a hidden required item valid, so it never blocks its step', () => {
    const result = evaluate(cascade, { account: { balance: 5 } }, { responses: { q: false }, completed: ['s1'] });
    expect(byId(result.steps, 's3')).toMatchObject({ status: 'ready' });
  });

  it('explains an item hidden by its own condition with the values it read', () => {
    const result = evaluate(cascade, { account: { balance: 500.5 } }, {});
    expect(byId(byId(result.steps, 's3').items, 'n').visible).toBe(true);
    const hidden = evaluate(cascade, { account: { balance: 50 } }, {});
    expect(byId(byId(hidden.steps, 's3').items, 'n').why).toEqual({
      text: 'account.balance > 100 was false (account.balance = 50)',
      clause: 'account.balance > 100',
      values: { 'account.balance': 50 },
    });
  });
});

describe('step status (SPEC §5 item 3)', () => {
  const twoSteps = (ordering: 'strict' | 'free') =>
    load(ir([step('a', [item('checkbox', 'x', { required: true })]), step('b', [item('checkbox', 'y', { required: true })])], { ordering }));

  it('locks a step after an incomplete visible step under strict ordering', () => {
    const result = evaluate(twoSteps('strict'), {}, { responses: { x: true, y: true } });
    expect(result.steps.map((entry) => entry.status)).toEqual(['ready', 'locked']);
  });

  it('does not lock under free ordering', () => {
    const result = evaluate(twoSteps('free'), {}, { responses: { y: true } });
    expect(result.steps.map((entry) => entry.status)).toEqual(['open', 'ready']);
  });

  it('does not lock after a hidden step', () => {
    const result = evaluate(cascade, {}, { responses: { q: false }, completed: ['s1'] });
    expect(result.steps.map((entry) => entry.status)).toEqual(['completed', 'hidden', 'ready']);
  });

  it('is completed when marked and ready, open when not ready, ready when valid and unmarked', () => {
    const marked = evaluate(twoSteps('strict'), {}, { responses: { x: true }, completed: ['a'] });
    expect(marked.steps.map((entry) => entry.status)).toEqual(['completed', 'open']);
    expect(marked.invalidated).toEqual([]);
  });

  it('reports a marked step that is no longer ready as open and invalidated', () => {
    const result = evaluate(twoSteps('free'), {}, { responses: { x: false }, completed: ['a'] });
    expect(result.steps[0]!.status).toBe('open');
    expect(result.invalidated).toEqual(['a']);
  });
});

const outcomes = load(
  ir([step('main', [item('checkbox', 'm', { required: true })])], {
    outcomes: [
      { id: 'refund', label: 'Refund' },
      { id: 'deny', label: 'Deny' },
    ],
    closing: {
      refund: [step('pay', [item('checkbox', 'p', { required: true })]), step('notify', [item('checkbox', 'k', { required: true })])],
      deny: [step('letter', [item('checkbox', 'l', { required: true })])],
    },
  }),
);

describe('closing steps and checklist status (SPEC §5 items 1, 3, 4, 5)', () => {
  it('shows closing steps only for the chosen outcome, saying why the others are hidden', () => {
    const result = evaluate(outcomes, {}, { outcome: 'refund' });
    expect(result.closing.refund!.map((entry) => entry.visible)).toEqual([true, true]);
    expect(result.closing.deny![0]).toMatchObject({ visible: false, status: 'hidden' });
    expect(result.closing.deny![0]!.why?.text).toBe('outcome == "deny" was false (outcome = "refund")');
  });

  it('locks closing steps until every visible main step is completed', () => {
    const result = evaluate(outcomes, {}, { outcome: 'refund', responses: { m: true, p: true } });
    expect(result.closing.refund!.map((entry) => entry.status)).toEqual(['locked', 'locked']);
    const done = evaluate(outcomes, {}, { outcome: 'refund', responses: { m: true, p: true, k: true }, completed: ['main'] });
    expect(done.closing.refund!.map((entry) => entry.status)).toEqual(['ready', 'locked']);
  });

  it('is in progress until an outcome is set and its closing steps are completed', () => {
    const mainDone = { responses: { m: true, p: true, k: true }, completed: ['main', 'pay', 'notify'] };
    expect(evaluate(outcomes, {}, mainDone).status).toBe('in_progress');
    expect(evaluate(outcomes, {}, { ...mainDone, outcome: 'deny' }).status).toBe('in_progress');
    const complete = evaluate(outcomes, {}, { ...mainDone, outcome: 'refund' });
    expect(complete.status).toBe('complete');
    expect(complete.progress).toEqual({ completed: 3, total: 3, current: null, remaining: 0 });
  });

  it('counts the chosen outcome’s closing steps in progress', () => {
    const result = evaluate(outcomes, {}, { outcome: 'refund', responses: { m: true }, completed: ['main'] });
    expect(result.progress).toEqual({ completed: 1, total: 3, current: 'pay', remaining: 2 });
    expect(evaluate(outcomes, {}, {}).progress).toEqual({ completed: 0, total: 1, current: 'main', remaining: 1 });
  });

  it('is complete without outcomes when every visible main step is completed', () => {
    const result = evaluate(cascade, {}, { responses: { q: false, t: 'x' }, completed: ['s1', 's3'] });
    expect(result.status).toBe('complete');
  });
});

describe('resolution (SPEC §5 item 6)', () => {
  const resolving = load(
    ir(
      [
        step('first', [item('checkbox', 'c', { required: true })]),
        step('last', [
          item('response_code', 'acdv', { required: true, codes: ['01'], allowCaseResolution: true, ...when(eq('responses.c', true)) }),
        ]),
      ],
      {
        ordering: 'free',
        caseSchema,
        resolution: { fields: [{ path: 'finding', type: 'choice', values: ['Accurate'], required: true }] },
        qaReview: when(truthy('case.qa.selected')) as never,
      },
    ),
  );
  const good = { code: '01', validated: true, findings: { finding: 'Accurate' } };

  it('is null without a resolution item', () => {
    expect(evaluate(cascade, {}).resolution).toBeNull();
  });

  it('is allowed when the item is visible and valid and every visible main step is ready or completed', () => {
    expect(evaluate(resolving, {}, { responses: { c: true, acdv: good } }).resolution).toEqual({ allowed: true, qaReview: false, blockedBy: [] });
  });

  it('lists the open step and the invalid item that stand in the way', () => {
    const result = evaluate(resolving, {}, { responses: { c: true, acdv: { code: '02', validated: true, findings: { finding: 'Accurate' } } } });
    expect(result.resolution?.allowed).toBe(false);
    expect(result.resolution?.blockedBy.map(({ kind, id }) => ({ kind, id }))).toEqual([
      { kind: 'step', id: 'last' },
      { kind: 'item', id: 'acdv' },
    ]);
  });

  it('is blocked by a hidden resolution item', () => {
    const result = evaluate(resolving, {}, { responses: { c: false } });
    expect(result.resolution?.blockedBy).toEqual([
      { kind: 'step', id: 'first', why: 'open: c not valid' },
      { kind: 'item', id: 'acdv', why: 'hidden: c == true was false (c = false)' },
    ]);
  });

  it('is blocked by a locked step under strict ordering', () => {
    const strict = load({ ...resolving.ir, ordering: 'strict' });
    const result = evaluate(strict, {}, { responses: { c: true, acdv: good } });
    expect(result.resolution).toEqual({
      allowed: false,
      qaReview: false,
      blockedBy: [{ kind: 'step', id: 'last', why: 'locked until step first is completed' }],
    });
  });

  it('flags QA review when qa_review holds', () => {
    expect(evaluate(resolving, { qa: { selected: true } }, {}).resolution?.qaReview).toBe(true);
  });
});

describe('data errors (SPEC §5 item 7)', () => {
  it('reports case data that breaks the declarations and reads the field as absent', () => {
    const result = evaluate(cascade, { account: { balance: '500' } }, {});
    expect(result.dataErrors).toEqual([{ source: 'case', path: 'account.balance', message: 'must be a number, got "500"' }]);
    expect(byId(byId(result.steps, 's3').items, 'n').why?.text).toBe('account.balance > 100 was false (account.balance is absent)');
  });

  it('reports and ignores responses to unknown ids and to instructions', () => {
    const withText = load(ir([step('s', [item('instructions', 'intro'), item('checkbox', 'c')])]));
    const result = evaluate(withText, {}, { responses: { ghost: 1, intro: 'x', c: true } });
    expect(result.dataErrors.map((error) => [error.source, error.path])).toEqual([
      ['state', 'responses.ghost'],
      ['state', 'responses.intro'],
    ]);
  });

  it.each([
    ['a state that is not an object', 'nope', ''],
    ['null state', null, ''],
    ['responses not an object', { responses: [] }, 'responses'],
    ['completed not a list', { completed: 's1' }, 'completed'],
    ['completed with an unknown step', { completed: ['ghost'] }, 'completed.0'],
    ['completed with a non-string', { completed: [1] }, 'completed.0'],
    ['an undeclared outcome', { outcome: 'x' }, 'outcome'],
    ["a status that is not a string", { status: 5 }, "status"],
  ])('reports %s and carries on', (_name, state, path) => {
    const result = evaluate(outcomes, {}, state);
    expect(result.dataErrors.map((error) => [error.source, error.path])).toEqual([['state', path]]);
    expect(result.steps).toHaveLength(1);
  });

  it('reports a status the lifecycle does not declare', () => {
    const withLifecycle = load(
      ir([step('s', [item('checkbox', 'c')])], {
        lifecycle: { initial: 'open', statuses: [{ id: 'open', label: 'Open', active: true, final: false }], transitions: [] },
      }),
    );
    expect(evaluate(withLifecycle, {}, { status: 'gone' }).dataErrors).toMatchObject([{ source: 'state', path: 'status' }]);
    expect(evaluate(withLifecycle, {}, { status: 'open' }).dataErrors).toEqual([]);
  });

  it('treats a case that is not an object as empty', () => {
    const result = evaluate(cascade, 'not a case', {});
    expect(result.dataErrors).toMatchObject([{ source: 'case', path: '' }]);
    expect(result.steps).toHaveLength(3);
  });
});

describe('purity and hostile input', () => {
  it('never mutates its inputs', () => {
    const caseData = deepFreeze({ account: { balance: 'bad' } });
    const state = deepFreeze({ responses: { q: true, d: 'wrong', ghost: 1 }, completed: ['s1', 'nope'] });
    expect(() => evaluate(cascade, caseData, state)).not.toThrow();
    expect(evaluate(cascade, caseData, state)).toEqual(evaluate(cascade, caseData, state));
  });

  it('gives __proto__ and constructor keys in case data and state no effect', () => {
    const caseData = JSON.parse('{"__proto__": {"account": {"balance": 999}}, "constructor": {"x": 1}}');
    const state = JSON.parse('{"__proto__": {"completed": ["s1"]}, "responses": {"__proto__": {"q": true}, "constructor": true}}');
    const result = evaluate(cascade, caseData, state);
    expect(result.steps.map((entry) => entry.status)).toEqual(['open', 'hidden', 'locked']);
    expect(byId(byId(result.steps, 's3').items, 'n').visible).toBe(false);
    expect(result.dataErrors.map((error) => error.path)).toEqual(['responses.__proto__', 'responses.constructor']);
    expect(({} as Record<string, unknown>).q).toBeUndefined();
  });

  it('reads an outcome named like an inherited property as undeclared', () => {
    for (const outcome of ['constructor', 'toString', '__proto__']) {
      expect(evaluate(cascade, {}, { outcome }).dataErrors).toMatchObject([{ source: 'state', path: 'outcome' }]);
      expect(evaluate(outcomes, {}, { outcome }).closing.refund![0]!.visible).toBe(false);
    }
  });

  it('does not read inherited properties of the state', () => {
    const state = Object.create({ responses: { q: true }, completed: ['s1'] }) as object;
    expect(evaluate(cascade, {}, state).steps[0]!.status).toBe('open');
  });

  it('returns the checklist identity', () => {
    const result = evaluate(cascade, {}, undefined);
    expect([result.checklist, result.version, result.hash]).toEqual(['test_list', 1, `sha256:${'0'.repeat(64)}`]);
    expect(Object.keys(result)).toEqual(['checklist', 'version', 'hash', 'status', 'steps', 'closing', 'progress', 'resolution', 'invalidated', 'dataErrors']);
  });
});

describe('robustness', () => {
  const anyJson = fc.jsonValue({ maxDepth: 4 });
  const ids = fc.constantFrom('q', 'd', 't', 'n', 'm', 'p', 'k', 'l', 's1', 'main', 'pay', '__proto__', 'constructor', 'ghost');
  const stateLike = fc.oneof(
    anyJson,
    fc.record(
      {
        responses: fc.oneof(anyJson, fc.dictionary(ids, anyJson)),
        completed: fc.oneof(anyJson, fc.array(fc.oneof(ids, anyJson))),
        outcome: fc.oneof(anyJson, fc.constantFrom('refund', 'deny')),
        status: anyJson,
      },
      { requiredKeys: [] },
    ),
  );

  it('never throws, never mutates, and gives JSON on random case data and state', () => {
    fc.assert(
      fc.property(anyJson, stateLike, (rawCase, rawState) => {
        // Through JSON, so `__proto__` keys are own data, as in parsed files.
        const caseData = deepFreeze(JSON.parse(JSON.stringify(rawCase)));
        const state = deepFreeze(JSON.parse(JSON.stringify(rawState)));
        for (const checklist of [cascade, outcomes]) {
          const result = evaluate(checklist, caseData, state);
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
          expect(result.steps).toHaveLength(checklist.steps.length);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('reading the case', () => {
  it('reads each case field once for the case check and once for every condition and why that uses it', () => {
    let reads = 0;
    const account = {};
    Object.defineProperty(account, 'balance', { enumerable: true, get: () => (reads++, 50) });
    const readers = load(
      ir(
        [1, 2, 3].map((n) => step(`s${n}`, [item('checkbox', `c${n}`, when(gt('case.account.balance', n * 100)))])),
        { caseSchema },
      ),
    );
    const result = evaluate(readers, { account }, {});
    expect(result.steps.map((entry) => entry.items[0]!.why?.text)).toEqual([
      'account.balance > 100 was false (account.balance = 50)',
      'account.balance > 200 was false (account.balance = 50)',
      'account.balance > 300 was false (account.balance = 50)',
    ]);
    expect(reads).toBe(2);
  });
});

describe('responses by item slot', () => {
  it('shows a condition only the answers of items visible before it: a later answer is absent', () => {
    const forward = load(ir([step('s', [item('yes_no', 'a', when(truthy('responses.b'))), item('yes_no', 'b')])]));
    const result = evaluate(forward, {}, { responses: { a: true, b: true } });
    expect(result.steps[0]!.items[0]).toMatchObject({ visible: false, why: { text: 'b was false (b is absent)' } });
  });

  it('keeps the answers of one checklist out of another, though ids share slots across checklists', () => {
    load(ir([step('s', [item('yes_no', 'shared_x'), item('yes_no', 'shared_y')])]));
    const other = load(ir([step('t', [item('yes_no', 'shared_z', when(truthy('responses.shared_y')))])]));
    const result = evaluate(other, {}, { responses: { shared_y: true } });
    expect(result.steps[0]!.items[0]!.visible).toBe(false);
    expect(result.dataErrors.map((error) => error.path)).toEqual(['responses.shared_y']);
  });

  it('shares one frozen empty errors list: no result can change another through it', () => {
    const first = evaluate(cascade, {}, { responses: { q: true } });
    const second = evaluate(cascade, {}, { responses: { q: false } });
    const errors = first.steps[0]!.items[0]!.errors;
    expect(() => errors.push({ code: 'missing', message: 'x' })).toThrow(TypeError);
    expect(second.steps[0]!.items[0]!.errors).toEqual([]);
  });

  it('shares one frozen list for every item whose only error is missing', () => {
    const checklist = load(ir([step('s', [{ ...item('text', 'a'), required: true }, { ...item('yes_no', 'b'), required: true }])]));
    const [a, b] = evaluate(checklist, {}, {}).steps[0]!.items;
    expect(a!.errors).toEqual([{ code: 'missing', message: 'a response is required' }]);
    expect(b!.errors).toBe(a!.errors);
    expect(Object.isFrozen(a!.errors) && Object.isFrozen(a!.errors[0])).toBe(true);
    expect(evaluate(checklist, {}, { responses: { a: '' } }).steps[0]!.items[0]!.errors).toBe(a!.errors);
  });
});
