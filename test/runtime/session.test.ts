import { describe, expect, it } from 'vitest';
import {
  answer,
  completeStep,
  evaluateSession,
  reduceEvents,
  reopenStep,
  replaySession,
  setOutcome,
  startSession,
  transition,
  type Session,
  type SessionResult,
} from '../../src/runtime/index.js';
import { deepFreeze, eq, gt, ir, item, load, META, step, truthy, when } from './helpers.js';

const caseSchema = {
  type: 'object',
  properties: {
    account: { type: 'object', properties: { balance: { type: 'number' } } },
    consumer: { type: 'object', properties: { name: { type: 'string' } } },
    files: { type: 'array' },
  },
};

const checklist = load(
  ir(
    [
      step('intro', [item('instructions', 'read'), item('yes_no', 'q', { required: true })]),
      step(
        'compare',
        [
          item('data_compare', 'cmp', { required: true, ...when(gt('case.account.balance', 10)) }),
          item('review_files', 'rev', { required: true }),
        ],
        when(truthy('responses.q')),
      ),
    ],
    {
      caseSchema,
      outcomes: [{ id: 'close', label: 'Close' }],
      closing: { close: [step('wrap', [item('checkbox', 'done', { required: true })])] },
      lifecycle: {
        initial: 'open',
        statuses: [
          { id: 'open', label: 'Open', active: true, final: false },
          { id: 'resolved', label: 'Resolved', active: false, final: true },
        ],
        transitions: [{ name: 'resolve', from: ['open'], to: 'resolved', ...when(eq('responses.q', true)) }],
      },
    },
  ),
);

const caseData = deepFreeze({
  account: { balance: 50 },
  dispute: { consumer: { name: 'Ann' } },
  record: { consumer: { name: 'Anne' } },
  files: [{ id: 'f1' }],
});

function ok(result: SessionResult): Session {
  if (!result.ok) throw new Error(`refused: ${result.error.code} ${result.error.message}`);
  // Every step of every session test also round-trips through JSON (STYLE.md §7).
  const replayed = replaySession(checklist, caseData, JSON.parse(JSON.stringify(result.session.events)));
  expect(replayed.ok && replayed.session.state).toEqual(result.session.state);
  expect(replayed.ok && replayed.session.events).toEqual(result.session.events);
  return result.session;
}

/** Runs a command that must be refused, and checks the session it was given is unchanged. */
function refused(command: () => SessionResult, code: string, before: Session): void {
  const saved = JSON.stringify([before.events, before.state]);
  const result = command();
  expect(result.ok).toBe(false);
  if (!result.ok) {
    expect(result.error.code).toBe(code);
    expect(result.error.message).not.toBe('');
  }
  expect(JSON.stringify([before.events, before.state])).toBe(saved);
}

describe('sessions (SPEC §5.2)', () => {
  const started = startSession(checklist, caseData);

  it('starts empty, at the lifecycle’s initial status', () => {
    expect(started.state).toEqual({ responses: {}, completed: [], outcome: null, status: 'open' });
    expect(started.events).toEqual([]);
  });

  it('records answers as events and folds them into the state', () => {
    const session = ok(answer(started, 'q', true, META));
    expect(session.events).toEqual([{ type: 'answer', item: 'q', value: true, ...META }]);
    expect(session.state.responses).toEqual({ q: true });
    expect(reduceEvents(checklist, session.events)).toEqual(session.state);
    expect(started.state.responses).toEqual({});
  });

  it('clears an answer with null', () => {
    const session = ok(answer(ok(answer(started, 'q', true, META)), 'q', null, META));
    expect(session.state.responses).toEqual({});
  });

  it('refuses bad answers and leaves the session unchanged', () => {
    refused(() => answer(started, 'ghost', 1, META), 'unknown_item', started);
    refused(() => answer(started, 'read', 'x', META), 'not_answerable', started);
    refused(() => answer(started, 'q', () => 1, META), 'bad_value', started);
    refused(() => answer(started, 'rev', {}, META), 'item_hidden', started);
    refused(() => answer(started, 'q', true, { actor: '', at: 'now' }), 'bad_meta', started);
    refused(() => answer(started, 'q', true, undefined as never), 'bad_meta', started);
  });

  it('copies the case data, so later changes to it change nothing', () => {
    const mutableCase = { account: { balance: 50 } };
    const session = startSession(checklist, mutableCase);
    mutableCase.account.balance = 5;
    expect(evaluateSession(session).data.case).toEqual({ account: { balance: 50 } });
  });

  it('copies an answered value, so later changes to it change nothing', () => {
    const value = { 'consumer.name': 'Ann' };
    const session = ok(answer(ok(answer(started, 'q', true, META)), 'cmp', value, META));
    value['consumer.name'] = 'Changed';
    expect(session.state.responses.cmp).toEqual({ 'consumer.name': 'Ann' });
  });

  it('completes only a ready step, with a snapshot of what it showed and read', () => {
    let session = ok(answer(started, 'q', true, META));
    session = ok(completeStep(session, 'intro', META));
    expect(session.events[1]).toEqual({ type: 'complete_step', step: 'intro', snapshot: { 'responses.q': true }, ...META });
    refused(() => completeStep(session, 'compare', META), 'not_ready', session);
    session = ok(answer(session, 'cmp', { 'consumer.name': 'Ann' }, META));
    session = ok(answer(session, 'rev', { f1: 'relevant' }, META));
    session = ok(completeStep(session, 'compare', { actor: 'bob', at: '2026-01-03T00:00:00Z' }));
    expect(session.events.at(-1)).toEqual({
      type: 'complete_step',
      step: 'compare',
      snapshot: {
        'case.account.balance': 50,
        'case.dispute.consumer.name': 'Ann',
        'case.files': [{ id: 'f1' }],
        'case.record.consumer.name': 'Anne',
        'responses.cmp': { 'consumer.name': 'Ann' },
        'responses.q': true,
        'responses.rev': { f1: 'relevant' },
      },
      actor: 'bob',
      at: '2026-01-03T00:00:00Z',
    });
    expect(session.state.completed).toEqual(['intro', 'compare']);
    expect(evaluateSession(session).result.steps.map((entry) => entry.status)).toEqual(['completed', 'completed']);
  });

  it('refuses to complete an unknown, locked, open or already completed step', () => {
    refused(() => completeStep(started, 'ghost', META), 'unknown_step', started);
    refused(() => completeStep(started, 'intro', META), 'not_ready', started);
    const answered = ok(answer(started, 'q', true, META));
    refused(() => completeStep(answered, 'compare', META), 'not_ready', answered);
    const done = ok(completeStep(answered, 'intro', META));
    refused(() => completeStep(done, 'intro', META), 'not_ready', done);
  });

  it('reopens a completed step, and refuses one that is not completed', () => {
    const done = ok(completeStep(ok(answer(started, 'q', true, META)), 'intro', META));
    const reopened = ok(reopenStep(done, 'intro', META));
    expect(reopened.state.completed).toEqual([]);
    refused(() => reopenStep(reopened, 'intro', META), 'not_completed', reopened);
    refused(() => reopenStep(reopened, 'ghost', META), 'unknown_step', reopened);
  });

  it('sets a declared outcome, and refuses an undeclared one', () => {
    const session = ok(setOutcome(started, 'close', META));
    expect(session.state.outcome).toBe('close');
    refused(() => setOutcome(started, 'other', META), 'unknown_outcome', started);
    expect(ok(setOutcome(session, null, META)).state.outcome).toBeNull();
  });

  it('records the outcome in the snapshot of a closing step', () => {
    let session = ok(answer(started, 'q', false, META));
    session = ok(completeStep(session, 'intro', META));
    session = ok(setOutcome(session, 'close', META));
    session = ok(answer(session, 'done', true, META));
    session = ok(completeStep(session, 'wrap', META));
    expect(session.events.at(-1)).toMatchObject({ snapshot: { outcome: 'close', 'responses.done': true } });
    expect(evaluateSession(session).result.status).toBe('complete');
  });

  it('follows the lifecycle: from-status must match and the condition must hold', () => {
    refused(() => transition(started, 'resolve', META), 'condition_false', started);
    refused(() => transition(started, 'ghost', META), 'unknown_transition', started);
    const resolved = ok(transition(ok(answer(started, 'q', true, META)), 'resolve', META));
    expect(resolved.state.status).toBe('resolved');
    expect(resolved.events.at(-1)).toEqual({ type: 'transition', name: 'resolve', from: 'open', to: 'resolved', ...META });
    refused(() => transition(resolved, 'resolve', META), 'wrong_status', resolved);
  });

  it('refuses a transition without a lifecycle', () => {
    const plain = startSession(load(ir([step('s', [item('checkbox', 'c')])])), {});
    refused(() => transition(plain, 'x', META), 'no_lifecycle', plain);
    refused(() => setOutcome(plain, 'x', META), 'unknown_outcome', plain);
  });

  it('keeps recorded snapshots on replay, even when the case has changed since', () => {
    let done = ok(completeStep(ok(answer(started, 'q', true, META)), 'intro', META));
    done = ok(answer(ok(answer(done, 'cmp', { 'consumer.name': 'Ann' }, META)), 'rev', { f1: 'relevant' }, META));
    done = ok(completeStep(done, 'compare', META));
    const changedCase = { ...caseData, dispute: { consumer: { name: 'Zed' } } };
    const replayed = replaySession(checklist, changedCase, JSON.parse(JSON.stringify(done.events)));
    expect(replayed.ok && replayed.session.events).toEqual(done.events);
    expect(replayed.ok && replayed.session.events.at(-1)).toMatchObject({ snapshot: { 'case.dispute.consumer.name': 'Ann' } });
    expect(replayed.ok && reduceEvents(checklist, replayed.session.events)).toEqual(replayed.ok && replayed.session.state);
  });

  it('refuses a replay of a tampered log, naming the event', () => {
    const log = [{ type: 'answer', item: 'q', value: true, ...META }, { type: 'complete_step', step: 'compare', snapshot: {}, ...META }];
    const replayed = replaySession(checklist, caseData, log);
    expect(replayed.ok).toBe(false);
    if (!replayed.ok) expect(replayed.error).toMatchObject({ code: 'not_ready', message: expect.stringMatching(/^event 1: /) });
    expect(replaySession(checklist, caseData, 'nope')).toMatchObject({ ok: false, error: { code: 'bad_event' } });
    expect(replaySession(checklist, caseData, [{ type: 'jump', ...META }])).toMatchObject({ ok: false, error: { code: 'bad_event' } });
    expect(replaySession(checklist, caseData, [null])).toMatchObject({ ok: false, error: { code: 'bad_event' } });
    expect(replaySession(checklist, caseData, [{ type: 'set_outcome', ...META }])).toMatchObject({ ok: false, error: { code: 'unknown_outcome' } });
    expect(replaySession(checklist, caseData, [{ type: 'answer', item: 'q', ...META }])).toMatchObject({ ok: false, error: { code: 'bad_value' } });
    const forged = [{ type: 'answer', item: 'q', value: true, ...META }, { type: 'transition', name: 'resolve', from: 'open', to: 'elsewhere', ...META }];
    expect(replaySession(checklist, caseData, forged)).toMatchObject({ ok: false, error: { code: 'bad_event', message: 'event 1: to differs from what transition records' } });
    const extra = [{ type: 'answer', item: 'q', value: true, note: 'x', ...META }];
    expect(replaySession(checklist, caseData, extra)).toMatchObject({ ok: false, error: { code: 'bad_event' } });
  });
});
