import { describe, expect, it } from 'vitest';
import { answer, evaluate, replaySession, selectChecklist, setOutcome, startSession } from '../../src/runtime/index.js';
import { gt, ir, item, load, META, step, truthy, when } from './helpers.js';

const checklist = load(
  ir([step('s', [item('yes_no', 'q', { required: true }), item('checkbox', 'c', when(gt('case.account.balance', 10)))])], {
    caseSchema: {
      type: 'object',
      properties: { account: { type: 'object', properties: { balance: { type: 'number' } } }, note: { type: 'string' } },
    },
    outcomes: [{ id: 'close', label: 'Close' }],
    closing: { close: [step('wrap', [item('checkbox', 'done')])] },
    assign: { ...when(truthy('case.account.balance')), priority: 0 },
  }),
);

function deep(levels: number, asList: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < levels; level++) value = asList ? [value] : { x: value };
  return value;
}

function cyclic(): Record<string, unknown> {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  value.other = value;
  return value;
}

const throwing = () => {
  throw new Error('hostile');
};
/** `{ account: { balance: <throws> } }`. */
function throwingBalance(): unknown {
  const account = {};
  Object.defineProperty(account, 'balance', { enumerable: true, get: throwing });
  return { account };
}
const hostileProxy = () => new Proxy({}, { get: throwing, has: throwing, ownKeys: throwing, getOwnPropertyDescriptor: throwing, getPrototypeOf: throwing });

const entriesAt = (errors: readonly { path: string; message: string }[], path: string) => errors.filter((error) => error.path === path);

describe('evaluate on values nested 100,000 deep or cyclic, in the state', () => {
  for (const asList of [false, true]) {
    const value = deep(100_000, asList);
    it(`reports ${asList ? 'a list' : 'an object'} nested 100,000 deep in outcome, status and completed`, () => {
      for (const state of [{ outcome: value }, { status: value }, { completed: [value] }]) {
        const result = evaluate(checklist, {}, state);
        const key = Object.keys(state)[0] as string;
        const entries = entriesAt(result.dataErrors, key === 'completed' ? 'completed.0' : key);
        expect(entries).toHaveLength(1);
        expect(entries[0]?.message.length).toBeLessThan(200);
      }
    });
  }

  it('reports a cyclic object there', () => {
    for (const state of [{ outcome: cyclic() }, { status: cyclic() }, { completed: [cyclic()] }]) {
      expect(evaluate(checklist, {}, state).dataErrors.length).toBeGreaterThan(0);
    }
  });

  it('refuses setOutcome with such a value (bad_value-like refusal, never a throw)', () => {
    const session = startSession(checklist, {});
    for (const value of [deep(100_000, false), deep(100_000, true), cyclic(), 1n]) {
      const result = setOutcome(session, value as never, META);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('unknown_outcome');
    }
  });

  it('refuses answer and replaySession with such a value', () => {
    const session = startSession(checklist, {});
    for (const value of [deep(100_000, false), cyclic(), 1n, Symbol('s')]) {
      const answered = answer(session, 'q', value, META);
      expect(answered.ok ? '' : answered.error.code).toBe('bad_value');
      const replayed = replaySession(checklist, {}, [{ type: 'answer', item: 'q', value, ...META }]);
      expect(replayed.ok ? '' : replayed.error.code).toBe('bad_event');
      const outcome = replaySession(checklist, {}, [{ type: 'set_outcome', outcome: value, ...META }]);
      expect(outcome.ok ? '' : outcome.error.code).toBe('bad_event');
    }
  });
});

describe('evaluate, selectChecklist and sessions on hostile getters and proxies', () => {
  it('a case field whose getter throws is a dataErrors entry at its path and reads as absent', () => {
    const result = evaluate(checklist, throwingBalance(), {});
    expect(entriesAt(result.dataErrors, 'account.balance')).toEqual([{ source: 'case', path: 'account.balance', message: 'cannot be read (hostile)' }]);
    expect(result.steps[0]?.items[1]?.visible).toBe(false);
  });

  it('a case or state that is a proxy whose traps throw is a dataErrors entry at its root', () => {
    const result = evaluate(checklist, hostileProxy(), hostileProxy());
    expect(result.dataErrors).toContainEqual({ source: 'case', path: '', message: 'cannot be read (hostile)' });
    expect(result.dataErrors).toContainEqual({ source: 'state', path: '', message: 'cannot be read (hostile)' });
  });

  it('a response whose getter throws is reported at responses.<id> and reads as absent', () => {
    const responses = {};
    Object.defineProperty(responses, 'q', { enumerable: true, get: throwing });
    const result = evaluate(checklist, {}, { responses });
    expect(entriesAt(result.dataErrors, 'responses.q')).toHaveLength(1);
    expect(result.steps[0]?.items[0]?.errors.map((error) => error.code)).toEqual(['missing']);
  });

  it('selectChecklist reads an unreadable field as absent', () => {
    expect(selectChecklist([checklist], throwingBalance())).toBeUndefined();
    expect(selectChecklist([checklist], hostileProxy())).toBeUndefined();
    expect(selectChecklist([checklist], { account: { balance: 5 } })).toBe(checklist);
  });

  it('sessions: hostile case data reads as absent, hostile meta and values are refused', () => {
    const session = startSession(checklist, throwingBalance());
    expect(session.caseData).toEqual({ account: {} });
    expect(answer(session, 'q', hostileProxy(), META)).toMatchObject({ ok: false, error: { code: 'bad_value' } });
    expect(answer(session, 'q', true, hostileProxy() as never)).toMatchObject({ ok: false, error: { code: 'bad_meta' } });
    expect(setOutcome(session, 'close', hostileProxy() as never)).toMatchObject({ ok: false, error: { code: 'bad_meta' } });
  });

  it('replaySession refuses a log that cannot be read with bad_event', () => {
    const event = { type: 'answer', item: 'q', value: true, ...META };
    Object.defineProperty(event, 'value', { enumerable: true, get: throwing });
    expect(replaySession(checklist, {}, [event])).toMatchObject({ ok: false, error: { code: 'bad_event' } });
    expect(replaySession(checklist, {}, hostileProxy())).toMatchObject({ ok: false, error: { code: 'bad_event' } });
    expect(replaySession(checklist, {}, [hostileProxy()])).toMatchObject({ ok: false, error: { code: 'bad_event' } });
  });
});

/** A list of `length` with nothing in it but its first element: one object, however long. */
function sparse(length: number, first: unknown): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  list[0] = first;
  return list;
}

describe('evaluate and replay on sparse lists 2³¹ long (a fuzz finding: each took minutes)', () => {
  it('reports such a completed list once and ignores it', () => {
    const result = evaluate(checklist, {}, { completed: sparse(2 ** 31, 's') });
    expect(entriesAt(result.dataErrors, 'completed')).toHaveLength(1);
    expect(result.steps.find((s) => s.id === 's')?.status).not.toBe('completed');
  });

  it('refuses such an event log with bad_event', () => {
    expect(replaySession(checklist, {}, sparse(2 ** 31, { type: 'answer', item: 'q', value: true, ...META }))).toMatchObject({ ok: false, error: { code: 'bad_event' } });
  });
});
