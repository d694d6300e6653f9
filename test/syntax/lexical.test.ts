import { describe, expect, it } from 'vitest';
import { parseChecklistText } from '../../src/syntax/index.js';
import { checklistOf, conditionOf, itemOf } from './helpers.js';

describe('comments', () => {
  it('skips `//`, `#` and `/* */` comments, line breaks inside a block comment counted', () => {
    const c = checklistOf('// a\n# b\nchecklist c "C" { /* one\n two */ version 2 # three\n}');
    expect(c.version).toEqual({ value: 2, span: { line: 4, column: 17, endLine: 4, endColumn: 18 } });
  });
});

describe('line breaks', () => {
  it('counts LF, CRLF and CR alike', () => {
    for (const newline of ['\n', '\r\n', '\r']) {
      const c = checklistOf(['checklist c "C" {', '  version 2', '}'].join(newline));
      expect(c.version?.span).toEqual({ line: 2, column: 11, endLine: 2, endColumn: 12 });
    }
  });
});

describe('strings', () => {
  it('decodes JSON escapes', () => {
    const c = checklistOf('checklist c "C" { description "a\\"b\\\\c\\/d\\n\\t\\u00e9\\b\\f\\r" }');
    expect(c.description?.value).toBe('a"b\\c/d\n\té\b\f\r');
  });

  it('keeps characters beyond ASCII and counts columns in UTF-16 units', () => {
    const c = checklistOf('checklist c "Über 😀" { version 1 }');
    expect(c.title.value).toBe('Über 😀');
    expect(c.title.span).toEqual({ line: 1, column: 13, endLine: 1, endColumn: 22 });
  });

  it('dedents triple-quoted strings by their common indentation, dropping a blank first and last line', () => {
    const item = itemOf('    instructions """\n      Review the **dispute**:\n\n        - every file\n      Then answer.\n    """');
    expect(item.label?.value).toBe('Review the **dispute**:\n\n  - every file\nThen answer.');
    expect(item.label?.span).toMatchObject({ line: 3, column: 18, endLine: 8, endColumn: 8 });
  });

  it('keeps a triple-quoted string on one line as written, with no escapes and CRLF made LF', () => {
    expect(itemOf('instructions """Say "hi" \\n"""').label?.value).toBe('Say "hi" \\n');
    expect(itemOf('instructions """\r\n  a\r\n  b\r\n"""').label?.value).toBe('a\nb');
  });

  it('accepts a triple-quoted string wherever a string goes', () => {
    expect(checklistOf('checklist c """Title""" { }').title.value).toBe('Title');
  });
});

describe('numbers, dates, booleans', () => {
  it('reads JSON numbers and date literals', () => {
    const values = ['0', '-12', '3.25', '1e3', '2.5E-2', '2024-01-31'].map((literal) => {
      const condition = conditionOf(`a == ${literal}`);
      return condition.kind === 'test' ? condition.value : undefined;
    });
    expect(values.map((v) => (v?.kind === 'list' ? undefined : [v?.kind, v?.value]))).toEqual([
      ['number', 0],
      ['number', -12],
      ['number', 3.25],
      ['number', 1000],
      ['number', 0.025],
      ['date', '2024-01-31'],
    ]);
  });
});

describe('keywords', () => {
  it('are case-sensitive', () => {
    const { diagnostics } = parseChecklistText('Checklist c "C" { }', 'f');
    expect(diagnostics[0]?.message).toBe('expected `import`, `fields` or `checklist` but found `Checklist`');
  });

  it('are identifiers when longer: `stepper`, `data_x`, `index`', () => {
    const c = checklistOf('checklist stepper "C" { data { data_x text\n index number } step instructions_step "S" { } }');
    expect(c.id.text).toBe('stepper');
    expect(c.data.map((d) => d.path.text)).toEqual(['data_x', 'index']);
    expect(c.steps[0]?.id.text).toBe('instructions_step');
  });

  it('tell `text` from `text_area` and `data` from `data_compare`', () => {
    expect(itemOf('text_area t "T"').type).toBe('text_area');
    expect(itemOf('data_compare d "D"').type).toBe('data_compare');
  });
});
