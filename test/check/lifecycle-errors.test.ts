import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { parseChecklistYaml } from '../../src/yaml/index.js';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

const STEP = 'step s "S" { checkbox c "C" }';
const STATUSES = 'status open "Open" active\n status review "Review" active\n status closed "Closed" final';
const lifecycle = (body: string): string => checklist(`${STEP}\n lifecycle {\n ${body}\n }`);

describe('CW061 lifecycle error', () => {
  it('reports a lifecycle without `initial` at its keyword, suggesting the first status', () => {
    const d = expectOne(checkSource(lifecycle(`${STATUSES}\n transition close: open -> closed`)), 'CW061', 'lifecycle');
    expect(d.severity).toBe('error');
    expect(d.message).toContain('no `initial` status');
    expect(d.hint).toContain('`initial open`');
  });

  it('reports an empty lifecycle as having no `initial`', () => {
    const d = expectOne(checkSource(lifecycle('')), 'CW061', 'lifecycle');
    expect(d.hint).toContain('`status open "Open" active`');
  });

  it('reports an `initial` naming an unknown status, with a suggestion', () => {
    const d = expectOne(checkSource(lifecycle(`initial opn\n ${STATUSES}\n transition close: open -> closed`)), 'CW061', 'opn');
    expect(d.message).toBe('`initial` names `opn`, which is not a status of the lifecycle');
    expect(d.hint).toBe('did you mean `open`?');
  });

  it('reports a transition from an unknown status, with a suggestion', () => {
    const d = expectOne(checkSource(lifecycle(`initial open\n ${STATUSES}\n transition close: open, reviw -> closed`)), 'CW061', 'reviw');
    expect(d.message).toBe('transition `close` starts from `reviw`, which is not a status of the lifecycle');
    expect(d.hint).toBe('did you mean `review`?');
  });

  it('reports a transition to an unknown status, saying how to declare it when nothing is close', () => {
    const result = checkSource(lifecycle(`initial open\n ${STATUSES}\n transition close: open -> closed\n transition park: open -> archived`));
    const d = expectOne(result, 'CW061', 'archived');
    expect(d.message).toBe('transition `park` leads to `archived`, which is not a status of the lifecycle');
    expect(d.hint).toBe('declare it: `status archived "Label" active`');
  });

  it('reports every transition source that is a final status', () => {
    const result = checkSource(lifecycle(`initial open\n ${STATUSES}\n transition close: open -> closed\n transition reopen: closed -> open\n transition back: review, closed -> open`));
    expectAt(result, 'CW061', [['closed', 3], ['closed', 4]]);
    const [single, listed] = result.with('CW061');
    expect(single?.message).toBe('transition `reopen` leaves `closed`, which is final: a final status has no way out');
    expect(single?.hint).toBe('remove the transition, or drop `final` from status `closed`');
    expect(listed?.hint).toContain("remove `closed` from the transition's sources");
  });

  it('accepts a valid lifecycle: transitions into a final status, out of active ones, a status named like an inherited property', () => {
    expectNone(checkSource(lifecycle(`initial open\n ${STATUSES}\n transition submit: open -> review\n transition close: open, review -> closed`)), 'CW061');
    expectNone(checkSource(lifecycle('initial constructor\n status constructor "C" active\n status done "Done" final\n transition finish: constructor -> done')), 'CW061');
  });

  it('does not treat an undeclared status as one because an inherited property has its name', () => {
    const result = checkSource(lifecycle(`initial open\n ${STATUSES}\n transition close: toString -> closed`));
    expectOne(result, 'CW061', 'toString');
  });

  it('checks nothing without a lifecycle', () => {
    expectNone(checkSource(checklist(STEP)), 'CW061');
  });

  it('reports the YAML form: a missing `initial` at the first line of the mapping, an unknown status at its scalar', () => {
    const source = [
      'checklist: c',
      'title: C',
      'lifecycle:',
      '  statuses:',
      '    open: Open',
      '  transitions:',
      '    - { name: close, from: open, to: closd }',
      'steps:',
      '  - { step: s, title: S, items: [ { checkbox: c1, label: C } ] }',
      '',
    ].join('\n');
    const parsed = parseChecklistYaml(source, 'test.checklist.yaml');
    expect(parsed.diagnostics).toEqual([]);
    const spans = check(parsed.file, []).diagnostics
      .filter((d) => d.code === 'CW061')
      .map(({ line, column, endLine, endColumn, hint }) => ({ line, column, endLine, endColumn, hint }));
    const closd = (source.split('\n')[6] ?? '').indexOf('closd') + 1;
    expect(spans).toEqual([
      { line: 4, column: 3, endLine: 4, endColumn: 12, hint: 'add `initial open` (or another status) to say where a case starts' },
      { line: 7, column: closd, endLine: 7, endColumn: closd + 'closd'.length, hint: 'declare it: `status closd "Label" active`' },
    ]);
  });
});
