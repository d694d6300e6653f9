import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

const step = (items: string): string => checklist(`step s "S" {\n${items}\n}`);

describe('CW022 select options', () => {
  it('reports a select without options', () => {
    expectOne(checkSource(step('select sel "Sel"')), 'CW022', 'sel', 2);
  });

  it('reports an empty options list', () => {
    expectOne(checkSource(step('select sel "Sel" options []')), 'CW022', 'options []');
  });

  it('reports a repeated option at the repeat', () => {
    expectOne(checkSource(step('select sel "Sel" options ["A", "B", "A"]')), 'CW022', '"A"', 2);
  });

  it('accepts distinct options', () => {
    expectNone(checkSource(step('select sel "Sel" options ["A", "a"]')), 'CW022');
  });
});

describe('CW023 bad option values', () => {
  it('reports a pattern that is not a valid regular expression', () => {
    const d = expectOne(checkSource(step('text t "T" pattern "([a-z]"')), 'CW023', '"([a-z]"');
    expect(d.message).toContain('regular expression');
    expectNone(checkSource(step('text t "T" pattern "^\\\\p{L}+$"')), 'CW023');
  });

  it('compiles patterns in Unicode mode', () => {
    expectOne(checkSource(step('text t "T" pattern "\\\\q"')), 'CW023', '"\\\\q"');
  });

  it('reports min after max, and dates that do not exist', () => {
    expectOne(checkSource(step('date d "D" min 2024-05-01 max 2024-04-30')), 'CW023', '2024-04-30');
    expectOne(checkSource(step('date d "D" min 2023-02-29')), 'CW023', '2023-02-29');
    expectNone(checkSource(step('date d "D" min 2024-02-29 max 2024-02-29')), 'CW023');
  });

  it('reports borrowers other than 1 or 2', () => {
    expectOne(checkSource(step('associate_consumer a "A" borrowers 3')), 'CW023', '3');
    expectNone(checkSource(step('associate_consumer a "A" borrowers 1')), 'CW023');
  });

  it('reports max_length below 1', () => {
    expectOne(checkSource(step('text_area t "T" max_length 0')), 'CW023', '0');
  });

  it('reports a mode that is not edit or read_only', () => {
    const source = checklist('data { a text }\n step s "S" { data_compare cmp "C" mode edits { section "X" { a } } }');
    const d = expectOne(checkSource(source), 'CW023', 'edits');
    expect(d.hint).toBe('did you mean `edit`?');
  });

  it('reports sources that are not two roots', () => {
    const source = checklist('data { a text }\n step s "S" { data_compare cmp "C" sources dispute { section "X" { a } } }');
    expectOne(checkSource(source), 'CW023', 'dispute');
    const fine = checklist('data { a text }\n step s "S" { data_compare cmp "C" sources dispute record { section "X" { a } } }');
    expectNone(checkSource(fine), 'CW023');
  });

  it('reports empty or repeated codes, indicators and evidence', () => {
    expectOne(checkSource(step('response_code r "R" codes []')), 'CW023', '[]');
    expectOne(checkSource(step('aud_correction a "A" indicators ["X", "X"]')), 'CW023', '"X"', 2);
    expectNone(checkSource(step('brr_response b "B" evidence ["ID", "Police report"]')), 'CW023');
  });
});

describe('CW051 max_files below 1', () => {
  it('reports max_files 0', () => {
    expectOne(checkSource(step('upload_files u "U" max_files 0')), 'CW051', '0');
  });

  it('accepts max_files 1', () => {
    expectNone(checkSource(step('upload_files u "U" max_files 1')), 'CW051');
  });
});
