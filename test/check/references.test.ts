import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

describe('CW011 unknown references', () => {
  it('reports an unknown reference with a close suggestion', () => {
    const result = checkSource(checklist(`
      step s1 "One" { select reason "Reason" options ["A", "B"] }
      step s2 "Two" when reasn == "A" { checkbox x "X" }`));
    const d = expectOne(result, 'CW011', 'reasn');
    expect(d.hint).toBe('did you mean `reason`?');
  });

  it('suggests data paths too, and nothing when nothing is close', () => {
    const result = checkSource(checklist(`
      data { account.balance number }
      step s "S" when account.balanse > 1 or zzz { checkbox x "X" }`));
    const [near, far] = result.with('CW011');
    expect(near?.hint).toBe('did you mean `account.balance`?');
    expect(far?.hint).not.toContain('did you mean');
  });

  it('resolves items, declared paths, imported paths, outcome and status', () => {
    const result = checkSource(
      checklist(`
        data { local number }
        outcomes { ok "OK" }
        lifecycle { initial open status open "Open" }
        step s1 "One" { yes_no q "Q" }
        step s2 "Two" when q and local > 1 and dict.value == "v" and status == "open" { checkbox x "X" }
        closing ok { step wrap "Wrap" when outcome == "ok" { checkbox y "Y" } }`),
      ['fields { dict.value text }'],
    );
    expectNone(result, 'CW011');
    expectNone(result, 'CW013');
  });

  it('does not resolve outcome or status unless they are declared', () => {
    const result = checkSource(checklist('step s "S" when outcome == "ok" or status == "open" { checkbox c "C" }'));
    expect(result.with('CW011').map((d) => d.hint)).toEqual([expect.stringContaining('outcomes {'), expect.stringContaining('lifecycle {')]);
  });

  it('explains that a step id is not readable', () => {
    const result = checkSource(checklist('step intro "Intro" { checkbox c "C" }\n step s2 "Two" when intro { checkbox d "D" }'));
    expect(expectOne(result, 'CW011', 'intro', 2).hint).toContain('is a step');
  });

  it('reports an unknown path in a data_compare section', () => {
    const result = checkSource(checklist(`
      data { consumer.name text }
      step s "S" { data_compare cmp "Compare" { section "Consumer" { consumer.name consumer.nam consumer.ssn } } }`));
    expectAt(result, 'CW011', [['consumer.nam', 3], 'consumer.ssn']);
    expect(result.with('CW011')[0]?.hint).toBe('did you mean `consumer.name`?');
  });

  it('does not require a review_files source to be declared', () => {
    expectNone(checkSource(checklist('step s "S" { review_files r "Files" source case_files }')), 'CW011');
  });
});

describe('CW013 forward and self references', () => {
  it('reports a step condition reading a later item', () => {
    const result = checkSource(checklist(`
      step s1 "One" when later { checkbox x "X" }
      step s2 "Two" { yes_no later "Later" }`));
    expectOne(result, 'CW013', 'later');
  });

  it('reports an item reading itself', () => {
    const result = checkSource(checklist('step s "S" { yes_no q "Q" when q }'));
    const d = expectOne(result, 'CW013', 'q', 2);
    expect(d.message).toContain('itself');
  });

  it('reports a step condition reading its own item', () => {
    const result = checkSource(checklist('step s "S" when q { yes_no q "Q" }'));
    expectOne(result, 'CW013', 'q');
  });

  it('lets an item read earlier items of its own step and earlier steps', () => {
    const result = checkSource(checklist(`
      step s1 "One" { yes_no a "A" }
      step s2 "Two" when a { yes_no b "B"  checkbox c "C" when a and b }`));
    expectNone(result, 'CW013');
  });

  it('reports a later item of the same step', () => {
    const result = checkSource(checklist('step s "S" { checkbox c "C" when b  yes_no b "B" }'));
    expectOne(result, 'CW013', 'b', 2);
  });

  it('reports outcome read by a main step, but lets closing steps read it and every main item', () => {
    const result = checkSource(checklist(`
      outcomes { ok "OK" }
      step s1 "One" when outcome == "ok" { yes_no q "Q" }
      step s2 "Two" { yes_no last "Last" }
      closing ok { step wrap "Wrap" when outcome == "ok" and q and last { checkbox y "Y" } }`));
    expectOne(result, 'CW013', 'outcome', 2);
  });

  it('reports a closing item of another outcome', () => {
    const result = checkSource(checklist(`
      outcomes { ok "OK" ko "KO" }
      step s1 "One" { yes_no q "Q" }
      closing ok { step w1 "W1" { checkbox y "Y" } }
      closing ko { step w2 "W2" when y { checkbox z "Z" } }`));
    expectOne(result, 'CW013', 'y', 3);
  });

  it('lets assign read only case data', () => {
    const result = checkSource(checklist(`
      data { dispute.type text }
      assign when dispute.type == "ACDV" and q
      step s1 "One" { yes_no q "Q" }`));
    expectOne(result, 'CW013', 'q');
  });

  it('keeps outcome and status out of assign', () => {
    const result = checkSource(checklist(`
      outcomes { ok "OK" }
      lifecycle { initial open status open "Open" }
      assign when status == "open" or outcome == "ok"
      step s1 "One" { yes_no q "Q" }`));
    expectAt(result, 'CW013', [['status', 2], ['outcome', 2]]);
  });

  it('lets qa_review read case data and every main item', () => {
    const result = checkSource(checklist(`
      data { qa.selected boolean }
      qa_review when qa.selected and q
      step s1 "One" { yes_no q "Q" }`));
    expectNone(result, 'CW013');
  });
});
