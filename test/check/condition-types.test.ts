import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

const withData = (decls: string, when: string): string =>
  checklist(`data { ${decls} }\n step s1 "One" { yes_no q "Q"  select reason "Reason" options ["Verified", "Modified", "Deleted"]  select tags "Tags" options ["x", "y"] multiple  instructions info "Read"  upload_files up "Up" }\n step s2 "Two" when ${when} { checkbox c "C" }`);

describe('CW014 type mismatch', () => {
  it('reports a text literal compared with a number', () => {
    expectOne(checkSource(withData('n number', 'n == "5"')), 'CW014', '"5"');
  });

  it('reports a number literal compared with text, and accepts a text literal', () => {
    expectOne(checkSource(withData('t text', 't == 5')), 'CW014', '5');
    expectNone(checkSource(withData('t text', 't == "5"')), 'CW014');
  });

  it('reports a non-boolean literal against a yes/no answer', () => {
    expectOne(checkSource(withData('t text', 'q == "yes"')), 'CW014', '"yes"');
    expectNone(checkSource(withData('t text', 'q == true')), 'CW014');
  });

  it('requires real calendar dates', () => {
    expectOne(checkSource(withData('d date', 'd > 2024-02-30')), 'CW014', '2024-02-30');
    expectOne(checkSource(withData('d date', 'd == "2024-13-01"')), 'CW014', '"2024-13-01"');
    expectNone(checkSource(withData('d date', 'd > 2024-02-29 and d < "2024-03-31"')), 'CW014');
  });

  it('allows ordering only on numbers and dates', () => {
    expectOne(checkSource(withData('t text', 'reason > "A"')), 'CW014', 'reason > "A"');
    expectOne(checkSource(withData('t text', 'q >= true')), 'CW014', 'q >= true');
    expectNone(checkSource(withData('n number', 'n >= 1 and n < 10')), 'CW014');
  });

  it('allows contains only on lists', () => {
    expectOne(checkSource(withData('t text', 't contains "a"')), 'CW014', 't contains "a"');
    expectNone(checkSource(withData('l list', 'l contains "a" and tags contains "x"')), 'CW014');
  });

  it('needs in/not in lists of fitting literals', () => {
    expectOne(checkSource(withData('n number', 'n in [1, "2"]')), 'CW014', '"2"');
    expectNone(checkSource(withData('n number', 'n in [1, 2] and n not in [3]')), 'CW014');
    expectOne(checkSource(withData('n number', 'tags in ["x"]')), 'CW014', 'tags in ["x"]');
  });

  it('reports reading an instructions item', () => {
    const d = expectOne(checkSource(withData('n number', 'info')), 'CW014', 'info', 2);
    expect(d.message).toContain('instructions');
  });

  it('accepts truthy and empty tests on anything that has a value', () => {
    expectNone(checkSource(withData('n number', 'up is not empty and q and reason is empty and n')), 'CW014');
  });

  it('accepts only presence tests on object responses', () => {
    expectOne(checkSource(withData('n number', 'up contains "x"')), 'CW014', '"x"', 2);
    const source = checklist('step s1 "One" { review_files r "R" }\n step s2 "Two" when r == "relevant" { checkbox c "C" }');
    expectOne(checkSource(source), 'CW014', '"relevant"');
    expectNone(checkSource(source.replace('r == "relevant"', 'r is not empty')), 'CW014');
  });

  it('reports comparing a multiple select with ==', () => {
    expectOne(checkSource(withData('n number', 'tags == "x"')), 'CW014', '"x"', 2);
  });

  it('types a udf item by its declaration', () => {
    const source = checklist(`udf { score number }\n step s1 "One" { udf u "U" field score }\n step s2 "Two" when u == "high" { checkbox c "C" }`);
    expectOne(checkSource(source), 'CW014', '"high"');
  });
});

describe('CW015 value not among the options', () => {
  it('reports a select value that is not an option, with a suggestion', () => {
    const d = expectOne(checkSource(withData('n number', 'reason == "Modifed"')), 'CW015', '"Modifed"');
    expect(d.hint).toBe('did you mean `Modified`?');
  });

  it('checks choice values, in lists and on multiple selects', () => {
    const result = checkSource(withData('kind choice("ACDV", "AUD")', 'kind in ["ACDV", "AUX"] or tags contains "z"'));
    expectAt(result, 'CW015', ['"AUX"', '"z"']);
  });

  it('checks outcome values', () => {
    const source = checklist(`outcomes { ok "OK" }\n step s "S" { checkbox c "C" }\n closing ok { step w "W" when outcome != "ko" { checkbox d "D" } }`);
    expectOne(checkSource(source), 'CW015', '"ko"');
  });

  it('accepts values that are options', () => {
    expectNone(checkSource(withData('kind choice("ACDV", "AUD")', 'reason != "Modified" and kind == "AUD" and tags contains "y"')), 'CW015');
  });
});
