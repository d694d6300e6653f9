import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

const STEP = 'step s "S" { checkbox c "C" }';
const lifecycle = (body: string): string => checklist(`${STEP}\n lifecycle {\n ${body}\n }`);
const STATUSES = 'initial open\n status open "Open" active\n status escalated "Escalated" active\n status closed "Closed" final';

describe('CW062 unreachable status', () => {
  it('reports a status no transition leads to, at its id', () => {
    const d = expectOne(checkSource(lifecycle(`${STATUSES}\n transition close: open -> closed`)), 'CW062', 'escalated');
    expect(d.severity).toBe('warning');
    expect(d.message).toBe('status `escalated` is unreachable: no chain of transitions leads to it from the initial status `open`');
    expect(d.hint).toBe('add a transition into it (`transition <name>: open -> escalated`), or remove it');
  });

  it('follows chains of transitions, and reports a status entered only from unreachable ones', () => {
    const body = `initial draft\n status draft "Draft" active\n status submitted "Submitted" active\n status approved "Approved" final
 status orphaned "Orphaned" active\n status archived "Archived" final
 transition submit: draft -> submitted\n transition approve: submitted -> approved\n transition archive: orphaned -> archived`;
    const result = checkSource(lifecycle(body));
    expectAt(result, 'CW062', ['orphaned', 'archived']);
    expect(result.with('CW062')[0]?.hint).toBe('add a transition into it (`transition <name>: draft -> orphaned`), or remove it');
    expect(result.with('CW062')[1]?.hint).toContain('every transition into `archived` starts from a status that is unreachable too');
  });

  it('accepts a lifecycle where every status is reachable, through cycles and multi-source transitions', () => {
    const body = `${STATUSES}\n transition escalate: open -> escalated\n transition back: escalated -> open\n transition close: open, escalated -> closed`;
    expectNone(checkSource(lifecycle(body)), 'CW062');
  });

  it('reports nothing when there is no valid `initial` to search from (CW061 says so)', () => {
    const noInitial = checkSource(lifecycle('status open "Open" active\n status closed "Closed" final'));
    expectNone(noInitial, 'CW062');
    const unknownInitial = checkSource(lifecycle('initial opne\n status open "Open" active\n status closed "Closed" final'));
    expectNone(unknownInitial, 'CW062');
    expect(unknownInitial.codes).toContain('CW061');
  });

  it('reports a duplicated unreachable status once, at its first declaration', () => {
    const result = checkSource(lifecycle('initial open\n status open "Open" active\n status lost "Lost" active\n status lost "Lost again" active'));
    expectOne(result, 'CW062', 'lost');
  });
});

