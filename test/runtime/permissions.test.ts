import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { compileFile, compileSource } from '../../src/compile.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { loadChecklist, type LoadedChecklist } from '../../src/runtime/load.js';
import { evaluateSessionFor, mayRead, readPermissionOf, redactPaths, REDACTED } from '../../src/runtime/permissions.js';
import {
  answer,
  completeStep,
  reopenStep,
  replaySession,
  setOutcome,
  startSession,
  findItem,
  type EventMeta,
  type Session,
  type SessionResult,
} from '../../src/runtime/session.js';

const SAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');

function loaded(ir: ChecklistIR | undefined): LoadedChecklist {
  const result = loadChecklist(ir);
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.checklist;
}

function sample(name: string): ChecklistIR {
  const { ir, diagnostics } = compileFile(path.join(SAMPLES, name));
  if (ir === undefined) throw new Error(JSON.stringify(diagnostics));
  return ir;
}

function must(result: SessionResult): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

const UPDATE: EventMeta = { actor: 'alice', at: '2026-12-07T10:00:00Z', permissions: ['case:update'] };
const READER: EventMeta = { actor: 'carol', at: '2026-12-07T10:05:00Z', permissions: ['note:read.sensitive'] };

const QUOTING = `checklist quoting "Quoting" {
  version 1
  outcomes { done "Done" }
  step one "One" {
    text code "Code" sensitive
    yes_no follow "Follow up?" when code == "A1"
  }
}
`;

describe('sensitive steps and items in both forms and the IR', () => {
  it('work_case compiles from text and YAML to the same IR, the flags where written and nowhere else', () => {
    const ir = sample('work_case.checklist');
    expect(sample('work_case.checklist.yaml').hash).toBe(ir.hash);
    const flags = ir.steps.map((step) => [step.id, step.sensitive, step.items.map((item) => [item.id, 'sensitive' in item ? item.sensitive : undefined])]);
    expect(flags).toEqual([
      ['intake', undefined, [['complaint', undefined], ['notes', true]]],
      ['medical', true, [['evidence', undefined], ['diagnosis', undefined]]],
    ]);
  });

  it('refuses sensitive on an item type that does not take it (CW021)', () => {
    const { diagnostics } = compileSource('checklist c "C" {\n  version 1\n  step s "S" {\n    yes_no q "Q" sensitive\n  }\n}\n', 'c.checklist');
    expect(diagnostics.map((diagnostic) => diagnostic.code)).toContain('CW021');
  });

  it('names the read permission of each sensitive item: notes for text, documents for files; a sensitive step covers its items', () => {
    const checklist = loaded(sample('work_case.checklist'));
    expect(readPermissionOf(checklist, 'complaint')).toBeUndefined();
    expect(readPermissionOf(checklist, 'notes')).toBe('note:read.sensitive');
    expect(readPermissionOf(checklist, 'evidence')).toBe('document:read.sensitive');
    expect(readPermissionOf(checklist, 'diagnosis')).toBe('note:read.sensitive');
    expect(mayRead(checklist, 'evidence', ['note:read.sensitive'])).toBe(false);
    expect(mayRead(checklist, 'evidence', undefined)).toBe(true);
  });
});

describe('permissions in event meta', () => {
  const checklist = loaded(sample('work_case.checklist'));

  it('answering, completing, reopening and setting outcomes need case:update once permissions are given', () => {
    const reader = { actor: 'carol', at: 'now', permissions: ['note:read.sensitive'] };
    const fresh = startSession(checklist, {});
    expect(answer(fresh, 'complaint', false, reader)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const answered = must(answer(fresh, 'complaint', false, UPDATE));
    const withNotes = must(answer(answered, 'notes', 'private', UPDATE));
    expect(completeStep(withNotes, 'intake', reader)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const done = must(completeStep(withNotes, 'intake', UPDATE));
    expect(reopenStep(done, 'intake', reader)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(setOutcome(done, null, reader)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(done.events.at(-1)).toMatchObject({ type: 'complete_step', permissions: ['case:update'] });
  });

  it('without permissions every command is allowed and the event carries none', () => {
    const session = must(answer(startSession(checklist, {}), 'complaint', true, { actor: 'a', at: 'now' }));
    expect(Object.keys(session.events[0]!)).not.toContain('permissions');
  });

  it('refuses permissions that are not a list of non-empty strings, or cannot be read', () => {
    const session = startSession(checklist, {});
    const hostile = { actor: 'a', at: 'now', get permissions(): string[] { throw new Error('boom'); } };
    for (const permissions of ['case:update', [''], [1], { 0: 'case:update' }]) {
      expect(answer(session, 'complaint', true, { actor: 'a', at: 'now', permissions } as unknown as EventMeta)).toMatchObject({ ok: false, error: { code: 'bad_meta' } });
    }
    expect(answer(session, 'complaint', true, hostile)).toMatchObject({ ok: false, error: { code: 'bad_meta' } });
  });

  it('the recorded permissions replay: a log with them loads to the identical session; one edited to drop case:update does not', () => {
    const session = must(completeStep(must(answer(must(answer(startSession(checklist, {}), 'complaint', false, UPDATE)), 'notes', 'n', UPDATE)), 'intake', UPDATE));
    const log = JSON.parse(JSON.stringify(session.events)) as unknown[];
    const replayed = must(replaySession(checklist, {}, log));
    expect(replayed.events).toEqual(session.events);
    expect(replayed.state).toEqual(session.state);
    (log[0] as { permissions: string[] }).permissions = ['note:read.sensitive'];
    expect(replaySession(checklist, {}, log)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});

describe('redaction for an actor, never in the log', () => {
  it('an explanation quoting a sensitive response shows it only with note:read.sensitive', () => {
    const checklist = loaded(compileSource(QUOTING, 'quoting.checklist').ir);
    const session = must(answer(startSession(checklist, {}), 'code', 'B7', UPDATE));
    const why = (permissions: readonly string[] | undefined) => findItem(evaluateSessionFor(session, permissions), 'follow')?.why;
    expect(why([])).toMatchObject({ text: 'code == "A1" was false (code = "[redacted]")', values: { code: REDACTED } });
    expect(why(['note:read.sensitive'])).toMatchObject({ text: 'code == "A1" was false (code = "B7")', values: { code: 'B7' } });
    expect(why(undefined)?.values).toEqual({ code: 'B7' });
    expect(session.events[0]).toMatchObject({ type: 'answer', value: 'B7' });
  });

  it('a snapshot shows each sensitive response only with its own permission; absent values stay null', () => {
    const checklist = loaded(sample('work_case.checklist'));
    let session = startSession(checklist, {});
    session = must(answer(session, 'complaint', true, UPDATE));
    session = must(answer(session, 'notes', 'private', UPDATE));
    session = must(completeStep(session, 'intake', UPDATE));
    session = must(answer(session, 'evidence', [{ id: 'f1', name: 'scan.pdf' }], UPDATE));
    session = must(completeStep(session, 'medical', UPDATE));
    const [intake, medical] = session.events.filter((event) => event.type === 'complete_step').map((event) => (event.type === 'complete_step' ? event.snapshot : {}));
    expect(redactPaths(checklist, intake!, READER.permissions)).toMatchObject({ 'responses.complaint': true, 'responses.notes': 'private' });
    expect(redactPaths(checklist, intake!, [])).toMatchObject({ 'responses.complaint': true, 'responses.notes': REDACTED });
    expect(redactPaths(checklist, medical!, READER.permissions)).toMatchObject({ 'responses.evidence': REDACTED, 'responses.diagnosis': null });
    expect(redactPaths(checklist, medical!, ['document:read.sensitive'])).toMatchObject({ 'responses.evidence': [{ id: 'f1', name: 'scan.pdf' }] });
    expect(intake!['responses.notes']).toBe('private');
  });
});
