import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { loadChecklist, type LoadedChecklist } from '../../src/runtime/load.js';
import { migrateSession, replayMigrations } from '../../src/runtime/migrate.js';
import { answer, completeStep, replaySession, startSession, type Session, type SessionResult } from '../../src/runtime/session.js';

function checklistOf(source: string): LoadedChecklist {
  const { ir, diagnostics } = compileSource(source, 'v.checklist');
  const loaded = loadChecklist(ir);
  if (!loaded.ok) throw new Error(JSON.stringify(diagnostics));
  return loaded.checklist;
}

const V1 = checklistOf(`checklist moving "Moving" {
  version 1
  step intake "Intake" {
    yes_no fraud "Fraud?" required
    text notes "Notes"
    text ref "Reference"
  }
  step review "Review" {
    select finding "Finding" options ["Accurate", "Inaccurate"] required
  }
}
`);

/** v2: \`ref\` is gone, \`notes\` now takes a yes/no, intake needs a new \`consent\`, review is unchanged. */
const V2 = checklistOf(`checklist moving "Moving" {
  version 2
  step intake "Intake" {
    yes_no fraud "Fraud?" required
    yes_no notes "Notes checked?"
    checkbox consent "Consent recorded" required
  }
  step review "Review" {
    select finding "Finding" options ["Accurate", "Inaccurate"] required
  }
}
`);

const META = { actor: 'alice', at: '2026-12-07T10:00:00Z' };

function must(result: SessionResult): Session {
  if (!result.ok) throw new Error(result.error.message);
  return result.session;
}

function inFlight(): Session {
  let session = startSession(V1, {});
  session = must(answer(session, 'fraud', true, META));
  session = must(answer(session, 'notes', 'called twice', META));
  session = must(answer(session, 'ref', 'R-1', META));
  session = must(completeStep(session, 'intake', META));
  return must(answer(session, 'finding', 'Inaccurate', META));
}

describe('migrateSession (SPEC §9.3)', () => {
  it('keeps answers the new items accept, drops the others, reopens what is no longer ready, reports what is newly required', () => {
    const moved = migrateSession(inFlight(), V2, META);
    expect(moved.ok).toBe(true);
    if (!moved.ok) return;
    expect(moved.report).toEqual({ kept: ['fraud', 'finding'], dropped: ['notes', 'ref'], reopened: ['intake'], newlyRequired: ['consent'] });
    expect(moved.session.checklist).toBe(V2);
    expect(moved.session.state).toMatchObject({ responses: { fraud: true, finding: 'Inaccurate' }, completed: [] });
    expect(moved.session.events.at(-1)).toEqual({
      type: 'migrate',
      from: V1.ir.hash,
      to: V2.ir.hash,
      dropped: ['notes', 'ref'],
      reopened: ['intake'],
      ...META,
    });
  });

  it('leaves a completed step completed when it is still ready', () => {
    const moved = migrateSession(inFlight(), V1, META);
    expect(moved.ok && moved.report).toEqual({ kept: ['fraud', 'notes', 'ref', 'finding'], dropped: [], reopened: [], newlyRequired: [] });
  });

  it('replays (with the versions) to the identical session, and refuses without them', () => {
    const moved = migrateSession(inFlight(), V2, META);
    if (!moved.ok) throw new Error(moved.error.message);
    const log = JSON.parse(JSON.stringify(moved.session.events)) as unknown;
    const versions = replayMigrations((hash) => [V1, V2].find((checklist) => checklist.ir.hash === hash));
    const replayed = must(replaySession(V1, {}, log, versions));
    expect(replayed.events).toEqual(moved.session.events);
    expect(replayed.state).toEqual(moved.session.state);
    expect(replayed.checklist).toBe(V2);
    expect(replaySession(V1, {}, log)).toMatchObject({ ok: false, error: { code: 'unknown_version' } });
    expect(replaySession(V1, {}, log, replayMigrations(() => undefined))).toMatchObject({ ok: false, error: { code: 'unknown_version' } });
  });

  it('refuses a log whose migrate event claims other drops than the move makes', () => {
    const moved = migrateSession(inFlight(), V2, META);
    if (!moved.ok) throw new Error(moved.error.message);
    const log = JSON.parse(JSON.stringify(moved.session.events)) as { dropped?: string[] }[];
    log.at(-1)!.dropped = ['ref'];
    const versions = replayMigrations((hash) => (hash === V2.ir.hash ? V2 : undefined));
    expect(replaySession(V1, {}, log, versions)).toMatchObject({ ok: false, error: { code: 'bad_event' } });
  });

  it('refuses another checklist, bad meta, a missing case:update, and a value that is not a checklist', () => {
    const other = checklistOf('checklist other "Other" {\n  version 1\n  step s "S" {\n    yes_no q "Q"\n  }\n}\n');
    expect(migrateSession(inFlight(), other, META)).toMatchObject({ ok: false, error: { code: 'other_checklist' } });
    expect(migrateSession(inFlight(), V2, { actor: '', at: 'x' })).toMatchObject({ ok: false, error: { code: 'bad_meta' } });
    expect(migrateSession(inFlight(), V2, { ...META, permissions: [] })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(migrateSession(inFlight(), null as unknown as LoadedChecklist, META)).toMatchObject({ ok: false, error: { code: 'other_checklist' } });
  });

  it('property: any answers, migrated back and forth, replay to the same state and keep + drop = the answers given', () => {
    const answers = fc.record(
      { fraud: fc.boolean(), notes: fc.oneof(fc.string({ minLength: 1 }), fc.boolean()), ref: fc.string({ minLength: 1 }), finding: fc.constantFrom('Accurate', 'Inaccurate') },
      { requiredKeys: [] },
    );
    const versions = replayMigrations((hash) => [V1, V2].find((checklist) => checklist.ir.hash === hash));
    fc.assert(
      fc.property(answers, (given) => {
        let session = startSession(V1, {});
        for (const [item, value] of Object.entries(given)) {
          const next = answer(session, item, value, META);
          if (next.ok) session = next.session;
        }
        const there = migrateSession(session, V2, META);
        if (!there.ok) return false;
        expect([...there.report.kept, ...there.report.dropped].sort()).toEqual(Object.keys(session.state.responses).sort());
        const back = migrateSession(there.session, V1, META);
        if (!back.ok) return false;
        const replayed = must(replaySession(V1, {}, JSON.parse(JSON.stringify(back.session.events)), versions));
        expect(replayed.state).toEqual(back.session.state);
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
