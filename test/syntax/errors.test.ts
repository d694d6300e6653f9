import { describe, expect, it } from 'vitest';
import { parseChecklistText } from '../../src/syntax/index.js';
import { errorsOf, summary } from './helpers.js';

describe('syntax errors (CW001) say where and what was expected', () => {
  it('a misspelt member', () => {
    const source = 'checklist c "C" {\n  step a "A" {\n    yes_no q "Q"\n  }\n  stpe b "B" {\n  }\n}\n';
    expect(summary(errorsOf(source))).toEqual([
      '5:3 CW001 expected a step, a checklist member (`version`, `data`, `outcomes`, …) or `}` but found `stpe`',
    ]);
  });

  it('a missing item id', () => {
    const [error] = errorsOf('checklist c "C" {\n  step a "A" {\n    yes_no "Q"\n  }\n}');
    expect(error).toMatchObject({ code: 'CW001', severity: 'error', line: 3, column: 12, endLine: 3, endColumn: 15 });
    expect(error?.message).toBe('expected an id but found `"Q"`');
  });

  it('something that is not an item inside a step', () => {
    expect(summary(errorsOf('checklist c "C" {\n step a "A" {\n  yes_no q "Q" 42\n }\n}'))).toEqual([
      '3:16 CW001 expected an item, `description` or `}` but found `42`',
    ]);
  });

  it('a missing option value, named after the option', () => {
    expect(summary(errorsOf('checklist c "C" { step a "A" { upload_files u "U" max_files when x } }'))).toEqual([
      '1:61 CW001 expected a whole number after `max_files` but found `when`',
    ]);
    expect(errorsOf('checklist c "C" { step a "A" { data_compare u "U" mode } }')[0]?.message).toBe(
      'expected one of `edit` or `read_only` after `mode` but found `}`',
    );
  });

  it('a bad condition', () => {
    expect(summary(errorsOf('checklist c "C" { step a "A" when == 3 { } }'))).toEqual([
      '1:35 CW001 expected a condition (a path, `not` or `(`) but found `==`',
    ]);
    expect(summary(errorsOf('checklist c "C" { step a "A" when (a and b { } }'))).toEqual([
      '1:44 CW001 expected `and`, `or` or `)` but found `{`',
    ]);
  });

  it('a bad type', () => {
    expect(errorsOf('checklist c "C" { data { x strin } }')[0]?.message).toBe(
      'expected a type (`text`, `number`, `boolean`, `date`, `list` or `choice(…)`) but found `strin`',
    );
  });

  it('the end of the file, pointing just after the last character', () => {
    expect(summary(errorsOf('checklist c "C" {\n  step a "A" {\n'))).toEqual([
      '3:1 CW001 expected an item, `description` or `}` but found the end of the file',
    ]);
    expect(summary(errorsOf(''))).toEqual(['1:1 CW001 expected `import`, `fields` or `checklist` but found the end of the file']);
  });

  it('an import after the checklist', () => {
    expect(summary(errorsOf('checklist c "C" { }\nimport "x.checklist"'))).toEqual([
      '2:1 CW001 expected `fields`, `checklist` or the end of the file but found `import`',
    ]);
  });

  it('a version or priority that is not a whole number', () => {
    expect(summary(errorsOf('checklist c "C" { version 1.5 }'))).toEqual(['1:27 CW001 `version` takes a whole number, not `1.5`']);
    expect(summary(errorsOf('checklist c "C" { assign when a priority 2.5 }'))).toEqual(['1:42 CW001 `priority` takes a whole number, not `2.5`']);
  });

  it('a condition word inside a dotted path', () => {
    expect(summary(errorsOf('checklist c "C" { step a "A" when a.in == 1 or empty.b { } }'))).toEqual([
      '1:35 CW001 `in` is a condition word and cannot be part of the path `a.in`',
      '1:48 CW001 `empty` is a condition word and cannot be part of the path `empty.b`',
    ]);
  });

  it('reports no leftover `}` after an error inside a block, but does on its own', () => {
    expect(summary(errorsOf('checklist c "C" { }\n}'))).toEqual(['2:1 CW001 expected `fields`, `checklist` or the end of the file but found `}`']);
  });

  it('a condition word as an id', () => {
    expect(summary(errorsOf('checklist c "C" { step in "A" { } }'))).toEqual(['1:24 CW001 expected an id but found `in`']);
  });
});

describe('lexical errors (CW001)', () => {
  it('unexpected characters, one error per run', () => {
    const [error, ...rest] = errorsOf('checklist c "C" { @@ }');
    expect(rest).toEqual([]);
    expect(error).toMatchObject({ line: 1, column: 19, endColumn: 21, message: 'unexpected characters `@@`' });
    expect(error?.hint).toContain('comments start with');
  });

  it('a bad escape, at the escape', () => {
    const [error] = errorsOf('checklist c "C" { description "a\\qb" }');
    expect(error).toMatchObject({ line: 1, column: 33, endColumn: 35, message: 'bad escape `\\q` in a string' });
  });

  it('an unterminated string, comment or triple-quoted string', () => {
    expect(summary(errorsOf('checklist c "C" {\n description "open\n}'))).toEqual([
      '2:14 CW001 unterminated string: add the closing `"` on the same line',
    ]);
    expect(summary(errorsOf('checklist c "C" { } /* never closed'))).toEqual(['1:21 CW001 unterminated comment: `/*` has no closing `*/`']);
    expect(summary(errorsOf('checklist c "C" { description """ never closed')).slice(0, 1)).toEqual([
      '1:31 CW001 unterminated string: `"""` has no closing `"""`',
    ]);
  });
});

describe('recovery', () => {
  it('reports every error of a file in one run, and keeps what parsed', () => {
    const source = `checklist c "C" {
  version "three"
  step a "A" {
    yes_no "Q"
    checkbox ok "OK"
  }
  step b "B" when == 3 {
    text t "T"
  }
  step d "D" { checkbox z "Z" }
}`;
    const { file, diagnostics } = parseChecklistText(source, 'three.checklist');
    expect(summary(diagnostics)).toEqual([
      '2:11 CW001 expected a number but found `"three"`',
      '4:12 CW001 expected an id but found `"Q"`',
      '7:19 CW001 expected a condition (a path, `not` or `(`) but found `==`',
    ]);
    expect(diagnostics.every((d) => d.file === 'three.checklist')).toBe(true);
    expect(file.checklist?.steps.map((s) => s.id.text)).toEqual(['a', 'b', 'd']);
    expect(file.checklist?.steps[2]?.items.map((i) => i.id?.text)).toEqual(['z']);
  });
});

describe('members given twice (CW001) and a second checklist (CW004)', () => {
  it('reports a single-valued member at its second occurrence, keeping the first', () => {
    const { file, diagnostics } = parseChecklistText(
      'checklist c "C" {\n  version 1\n  version 2\n  ordering free\n  ordering strict\n  lifecycle { initial a initial b }\n  lifecycle { }\n  step s "S" { description "x" description "y" }\n}',
      'twice.checklist',
    );
    expect(summary(diagnostics)).toEqual([
      '3:3 CW001 `version` is already given at 2:3',
      '5:3 CW001 `ordering` is already given at 4:3',
      '6:25 CW001 `initial` is already given at 6:15',
      '7:3 CW001 `lifecycle` is already given at 6:3',
      '8:32 CW001 `description` is already given at 8:16',
    ]);
    expect(file.checklist?.version?.value).toBe(1);
    expect(file.checklist?.ordering?.value).toBe('free');
    expect(file.checklist?.lifecycle?.initial?.text).toBe('a');
    expect(file.checklist?.steps[0]?.description?.value).toBe('x');
  });

  it('reports assign, description and qa_review given twice', () => {
    const messages = errorsOf('checklist c "C" { description "a" description "b" assign when a assign when b qa_review when a qa_review when b }').map(
      (d) => d.message,
    );
    expect(messages).toEqual([
      '`description` is already given at 1:19',
      '`assign` is already given at 1:51',
      '`qa_review` is already given at 1:79',
    ]);
  });

  it('reports a second checklist as CW004 and keeps the first', () => {
    const { file, diagnostics } = parseChecklistText('checklist a "A" { }\nchecklist b "B" { }\nchecklist c "C" { }', 'two.checklist');
    expect(summary(diagnostics)).toEqual([
      '2:11 CW004 a file holds at most one checklist; `b` is a second one (`a` is at 1:1)',
      '3:11 CW004 a file holds at most one checklist; `c` is a second one (`a` is at 1:1)',
    ]);
    expect(file.checklist?.id.text).toBe('a');
  });
});

describe('never throws', () => {
  it('turns an unexpected exception into CW900', () => {
    const { file, diagnostics } = parseChecklistText(undefined as unknown as string, 'broken.checklist');
    expect(diagnostics.map((d) => d.code)).toEqual(['CW900']);
    expect(diagnostics[0]?.message).toContain('please report');
    expect(file).toEqual({ file: 'broken.checklist', imports: [], fields: [] });
  });
});
