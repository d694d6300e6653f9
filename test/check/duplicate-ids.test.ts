import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

describe('CW010 duplicate ids', () => {
  it('reports an item id already used by a step, at the second one', () => {
    const result = checkSource(checklist(`
      step review "Review" { checkbox done "Done" }
      step other "Other" { checkbox review "Reviewed" }`));
    const d = expectOne(result, 'CW010', 'review', 2);
    expect(d.message).toContain('`review`');
    expect(d.severity).toBe('error');
  });

  it('shares the namespace with closing steps', () => {
    const result = checkSource(checklist(`
      outcomes { ok "OK" }
      step s1 "One" { checkbox done "Done" }
      closing ok { step wrap "Wrap" { checkbox done "Done again" } }`));
    expectOne(result, 'CW010', 'done', 2);
  });

  it('reports a user id equal to a generated instructions id, at the user id', () => {
    const result = checkSource(checklist(`
      step s "S" {
        instructions "Read this."
        checkbox s_instructions_1 "Clash"
      }`));
    const d = expectOne(result, 'CW010', 's_instructions_1');
    expect(d.message).toContain('generated');
  });

  it('accepts distinct ids, and a generated id nobody wrote', () => {
    const result = checkSource(checklist(`
      step s "S" {
        instructions "Read this."
        checkbox s_instructions_2 "Second item: its generated id would be s_instructions_2 only for instructions"
      }`));
    expectNone(result, 'CW010');
  });

  it('reports a path declared twice with different types, and allows an identical re-declaration', () => {
    const dictionary = 'fields { account.balance number "Balance" }';
    const same = checkSource(checklist(`data { account.balance number }\n step s "S" when account.balance > 1 { checkbox x "X" }`), [dictionary]);
    expectNone(same, 'CW010');
    const different = checkSource(checklist(`data { account.balance text }\n step s "S" { checkbox x "X" }`), [dictionary]);
    expectOne(different, 'CW010', 'account.balance');
  });

  it('reports a path repeated in the same block even with the same type', () => {
    const result = checkSource(checklist(`data {\n a.b text\n a.b text\n }`));
    expectOne(result, 'CW010', 'a.b', 2);
  });

  it('reports a declared path that is the prefix of another', () => {
    const result = checkSource(checklist(`data {\n account text\n account.number text\n }`));
    const d = expectOne(result, 'CW010', 'account.number');
    expect(d.message).toContain('`account`');
  });

  it('does not confuse a shared prefix with a declared prefix', () => {
    const result = checkSource(checklist(`data {\n account.name text\n account.number text\n accounts text\n }`));
    expectNone(result, 'CW010');
  });

  it('reports a data path whose first segment is an item id', () => {
    const result = checkSource(checklist(`data { notes.text text }\n step s "S" { text_area notes "Notes" }`));
    const d = expectOne(result, 'CW010', 'notes.text');
    expect(d.message).toContain('ambiguous');
  });

  it('reports duplicate outcome, status and choice values', () => {
    const result = checkSource(checklist(`
      data { kind choice("A", "B", "A") }
      outcomes { ok "OK" ok "Again" }
      lifecycle { initial open status open "Open" status open "Open again" final }`));
    expect(result.with('CW010').map((d) => d.message)).toEqual([
      expect.stringContaining('"A"'),
      expect.stringContaining('outcome `ok`'),
      expect.stringContaining('status `open`'),
    ]);
  });

  it('reports two closing blocks for one outcome and repeated transition names', () => {
    const result = checkSource(checklist(`
      outcomes { ok "OK" }
      lifecycle { initial open status open "Open" status done "Done" final transition finish: open -> done transition finish: open -> done }
      step s "S" { checkbox c "C" }
      closing ok { step w1 "W1" { checkbox d "D" } }
      closing ok { step w2 "W2" { checkbox e "E" } }`));
    expectAt(result, 'CW010', [['finish', 2], ['ok', 3]]);
  });

  it('does not report the same dictionary imported twice (a diamond import)', () => {
    const dictionary = 'fields { account.balance number }';
    const result = checkSource(checklist('step s "S" when account.balance > 1 { checkbox x "X" }'), [dictionary, dictionary]);
    expectNone(result, 'CW010');
  });
});
