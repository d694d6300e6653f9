import { describe, expect, it } from 'vitest';
import { parseChecklistText } from '../../src/syntax/index.js';
import { checklistOf, conditionOf, itemOf, shape, stepOf } from './helpers.js';

describe('file level', () => {
  it('reads imports and fields blocks, named or not, beside a checklist', () => {
    const { file, diagnostics } = parseChecklistText(
      'import "dictionary.checklist"\nimport "more.checklist"\nfields shared {\n  dispute.code text "Code" required\n}\nfields { x number }\nchecklist c "C" {}\n',
      'dir/main.checklist',
    );
    expect(diagnostics).toEqual([]);
    expect(file.file).toBe('dir/main.checklist');
    expect(file.imports.map((i) => i.path.value)).toEqual(['dictionary.checklist', 'more.checklist']);
    expect(file.imports[0]?.span).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 30 });
    expect(file.fields.map((f) => f.name?.text)).toEqual(['shared', undefined]);
    expect(file.fields[0]?.file).toBe('dir/main.checklist');
    expect(file.fields[0]?.span).toEqual({ line: 3, column: 1, endLine: 5, endColumn: 2 });
    expect(file.fields[0]?.decls[0]).toMatchObject({ path: { text: 'dispute.code' }, type: { kind: 'text' }, label: { value: 'Code' }, required: true });
    expect(file.checklist?.id.text).toBe('c');
  });

  it('accepts a dictionary file with no checklist', () => {
    const { file, diagnostics } = parseChecklistText('fields { a text }', 'd.checklist');
    expect(diagnostics).toEqual([]);
    expect(file.checklist).toBeUndefined();
    expect(file.fields).toHaveLength(1);
  });
});

describe('declarations', () => {
  it('reads every type, labels, required and choice values', () => {
    const c = checklistOf(`checklist c "C" {
  data {
    a text
    b number "B"
    c.d boolean required
    e date "E" required
    f list
    g choice("X", "Y") "G"
  }
}`);
    expect(c.data.map((d) => [d.path.text, d.type.kind, d.label?.value, d.required])).toEqual([
      ['a', 'text', undefined, false],
      ['b', 'number', 'B', false],
      ['c.d', 'boolean', undefined, true],
      ['e', 'date', 'E', true],
      ['f', 'list', undefined, false],
      ['g', 'choice', 'G', false],
    ]);
    const choice = c.data[5]?.type;
    expect(choice?.kind === 'choice' ? choice.values.map((v) => v.value) : []).toEqual(['X', 'Y']);
    expect(c.data[5]?.span).toEqual({ line: 8, column: 5, endLine: 8, endColumn: 27 });
  });

  it('concatenates data, udf and resolution blocks and keeps the first resolution block span', () => {
    const c = checklistOf(`checklist c "C" {
  data { a text }
  resolution { finding choice("Accurate") required }
  udf { score number }
  data { b text }
  resolution { code text }
  udf { note text }
}`);
    expect(c.data.map((d) => d.path.text)).toEqual(['a', 'b']);
    expect(c.udf.map((d) => d.path.text)).toEqual(['score', 'note']);
    expect(c.resolution.map((d) => d.path.text)).toEqual(['finding', 'code']);
    expect(c.resolutionSpan).toEqual({ line: 3, column: 3, endLine: 3, endColumn: 53 });
  });

  it('lets keywords be paths and path segments', () => {
    const c = checklistOf('checklist c "C" { data { required boolean\n text text\n account.number number\n step.data.list list } }');
    expect(c.data.map((d) => d.path.text)).toEqual(['required', 'text', 'account.number', 'step.data.list']);
  });

  it('reads a `required` after a type as the flag, never as the next path', () => {
    const { diagnostics } = parseChecklistText('checklist c "C" { data { a text required boolean } }', 't.checklist');
    expect(diagnostics.map((d) => d.message)).toEqual([expect.stringContaining('expected a type')]);
  });
});

describe('checklist members', () => {
  it('reads version, description, ordering, assign, qa_review', () => {
    const c = checklistOf(`checklist identity_theft "Identity Theft" {
  version 3
  description "Guides."
  ordering free
  assign when dispute.type == "ACDV" priority 10
  qa_review when qa.selected
}`);
    expect(c.id).toEqual({ text: 'identity_theft', span: { line: 1, column: 11, endLine: 1, endColumn: 25 } });
    expect(c.title.value).toBe('Identity Theft');
    expect(c.version?.value).toBe(3);
    expect(c.description?.value).toBe('Guides.');
    expect(c.ordering).toEqual({ value: 'free', span: { line: 4, column: 12, endLine: 4, endColumn: 16 } });
    expect(shape(c.assign?.when)).toEqual(['dispute.type', '==', 'ACDV']);
    expect(c.assign?.priority?.value).toBe(10);
    expect(c.assign?.span).toEqual({ line: 5, column: 3, endLine: 5, endColumn: 49 });
    expect(shape(c.qaReview)).toEqual(['qa.selected', 'truthy']);
    expect(c.span).toEqual({ line: 1, column: 1, endLine: 7, endColumn: 2 });
  });

  it('reads `assign` without priority and `ordering strict`', () => {
    const c = checklistOf('checklist c "C" { ordering strict assign when a }');
    expect(c.ordering?.value).toBe('strict');
    expect(c.assign?.priority).toBeUndefined();
  });

  it('reads outcomes (concatenated) and closing steps', () => {
    const c = checklistOf(`checklist c "C" {
  outcomes { verified "Verified" }
  outcomes { deleted "Deleted" }
  closing deleted {
    step notify "Notify" when outcome == "deleted" { checkbox sent "Sent" }
  }
}`);
    expect(c.outcomes.map((o) => [o.id.text, o.label.value])).toEqual([['verified', 'Verified'], ['deleted', 'Deleted']]);
    expect(c.closing).toHaveLength(1);
    expect(c.closing[0]?.outcome.text).toBe('deleted');
    expect(c.closing[0]?.steps[0]?.id.text).toBe('notify');
    expect(c.closing[0]?.steps[0]?.items[0]?.type).toBe('checkbox');
    expect(c.steps).toEqual([]);
  });

  it('reads a lifecycle: initial, statuses with flags, transitions with several sources and a condition', () => {
    const c = checklistOf(`checklist c "C" {
  lifecycle {
    initial open
    status open "Open" active
    status closed "Closed" final
    status odd "Odd" active final
    transition close: open, odd -> closed when reason is not empty
    transition reopen: closed -> open
  }
}`);
    const lifecycle = c.lifecycle;
    expect(lifecycle?.initial?.text).toBe('open');
    expect(lifecycle?.statuses.map((s) => [s.id.text, s.label.value, s.active, s.final])).toEqual([
      ['open', 'Open', true, false],
      ['closed', 'Closed', false, true],
      ['odd', 'Odd', true, true],
    ]);
    const [close, reopen] = lifecycle?.transitions ?? [];
    expect(close?.name.text).toBe('close');
    expect(close?.from.map((n) => n.text)).toEqual(['open', 'odd']);
    expect(close?.to.text).toBe('closed');
    expect(shape(close?.when)).toEqual(['reason', 'not_empty']);
    expect(close?.span).toEqual({ line: 7, column: 5, endLine: 7, endColumn: 67 });
    expect(reopen?.when).toBeUndefined();
    expect(lifecycle?.span).toEqual({ line: 2, column: 3, endLine: 9, endColumn: 4 });
  });
});

describe('steps', () => {
  it('reads id, title, condition, description and items in order', () => {
    const step = stepOf(`  step upload "Upload files" when has_files {
    description "Attach everything."
    instructions "Read first."
    upload_files docs "Docs" required max_files 5 downloadable
  }`);
    expect(step.id).toEqual({ text: 'upload', span: { line: 2, column: 8, endLine: 2, endColumn: 14 } });
    expect(step.title.value).toBe('Upload files');
    expect(shape(step.when)).toEqual(['has_files', 'truthy']);
    expect(step.description?.value).toBe('Attach everything.');
    expect(step.items.map((i) => i.type)).toEqual(['instructions', 'upload_files']);
    expect(step.span).toEqual({ line: 2, column: 3, endLine: 6, endColumn: 4 });
  });

  it('lets a step and an item be named after keywords', () => {
    const step = stepOf('step step "Step" { text text "Text" date date "Date" }');
    expect(step.id.text).toBe('step');
    expect(step.items.map((i) => [i.type, i.id?.text])).toEqual([['text', 'text'], ['date', 'date']]);
  });
});

describe('items', () => {
  it('reads instructions with and without an id', () => {
    const step = stepOf('step s "S" { instructions "Plain." instructions intro "With id." }');
    expect(step.items[0]).toMatchObject({ type: 'instructions', label: { value: 'Plain.' }, options: [] });
    expect(step.items[0]?.id).toBeUndefined();
    expect(step.items[1]?.id?.text).toBe('intro');
  });

  it('reads every option value kind from the option table', () => {
    const text =
      'date d "D" required min 2024-01-01 max 2024-12-31 max_length 10 pattern "^[0-9]+$" options ["A", "B"] field udf.score mode read_only sources dispute record max_files 3';
    const item = itemOf(text);
    const values = item.options.map((o) => [o.name.text, o.value]);
    expect(values.map(([name]) => name)).toEqual([
      'required', 'min', 'max', 'max_length', 'pattern', 'options', 'field', 'mode', 'sources', 'max_files',
    ]);
    expect(item.options[0]?.value).toBeUndefined();
    expect(item.options[1]?.value).toMatchObject({ kind: 'date', value: '2024-01-01' });
    expect(item.options[3]?.value).toMatchObject({ kind: 'number', value: 10 });
    expect(item.options[4]?.value).toMatchObject({ kind: 'string', value: '^[0-9]+$' });
    expect(item.options[5]?.value).toMatchObject({ kind: 'list', items: [{ value: 'A' }, { value: 'B' }] });
    expect(item.options[6]?.value).toMatchObject({ kind: 'path', path: { text: 'udf.score' } });
    expect(item.options[7]?.value).toMatchObject({ kind: 'path', path: { text: 'read_only' } });
    expect(item.options[8]?.value).toMatchObject({ kind: 'paths', paths: [{ text: 'dispute' }, { text: 'record' }] });
    const sources = text.indexOf('sources') + 1;
    expect(item.options[8]?.span).toEqual({ line: 3, column: sources, endLine: 3, endColumn: sources + 'sources dispute record'.length });
  });

  it('keeps unknown options, with a literal value when one follows, for the checker', () => {
    const item = itemOf('text t "T" maxlength 5 shiny colour "red" required');
    expect(item.options.map((o) => [o.name.text, o.value?.kind])).toEqual([
      ['maxlength', 'number'],
      ['shiny', undefined],
      ['colour', 'string'],
      ['required', undefined],
    ]);
  });

  it('parses options on instructions too (the checker rejects them)', () => {
    const item = itemOf('instructions "Text" required');
    expect(item.options.map((o) => o.name.text)).toEqual(['required']);
  });

  it('reads a data_compare body as sections', () => {
    const item = itemOf(`data_compare cmp "Compare" mode edit quick_selection {
      section "Consumer" { consumer.name consumer.ssn }
      section "Empty" { }
    } when a`);
    expect(item.sections?.map((s) => [s.title.value, s.fields.map((f) => f.text)])).toEqual([
      ['Consumer', ['consumer.name', 'consumer.ssn']],
      ['Empty', []],
    ]);
    expect(item.sections?.[0]?.span).toEqual({ line: 4, column: 7, endLine: 4, endColumn: 56 });
    expect(shape(item.when)).toEqual(['a', 'truthy']);
    expect(item.span).toEqual({ line: 3, column: 1, endLine: 6, endColumn: 13 });
  });

  it('has no sections without a body', () => {
    expect(itemOf('checkbox c "C"').sections).toBeUndefined();
  });

  it('ends an item at the next item, with its condition', () => {
    const step = stepOf('step s "S" { yes_no q "Q" required when a == 1 checkbox c "C" when q }');
    expect(step.items.map((i) => [i.id?.text, shape(i.when)])).toEqual([
      ['q', ['a', '==', 1]],
      ['c', ['q', 'truthy']],
    ]);
    expect(step.items[0]?.typeSpan).toEqual({ line: 2, column: 14, endLine: 2, endColumn: 20 });
  });
});

describe('conditions', () => {
  it('reads every test operator', () => {
    expect(shape(conditionOf('a'))).toEqual(['a', 'truthy']);
    expect(shape(conditionOf('a == "x"'))).toEqual(['a', '==', 'x']);
    expect(shape(conditionOf('a != 1.5'))).toEqual(['a', '!=', 1.5]);
    expect(shape(conditionOf('a < -3'))).toEqual(['a', '<', -3]);
    expect(shape(conditionOf('a <= 2024-01-31'))).toEqual(['a', '<=', '2024-01-31']);
    expect(shape(conditionOf('a > 1e3'))).toEqual(['a', '>', 1000]);
    expect(shape(conditionOf('a >= 0'))).toEqual(['a', '>=', 0]);
    expect(shape(conditionOf('a == true'))).toEqual(['a', '==', true]);
    expect(shape(conditionOf('a != false'))).toEqual(['a', '!=', false]);
    expect(shape(conditionOf('a in ["103", "104"]'))).toEqual(['a', 'in', ['103', '104']]);
    expect(shape(conditionOf('a not in []'))).toEqual(['a', 'not_in', []]);
    expect(shape(conditionOf('a contains "x"'))).toEqual(['a', 'contains', 'x']);
    expect(shape(conditionOf('a is empty'))).toEqual(['a', 'empty']);
    expect(shape(conditionOf('a is not empty'))).toEqual(['a', 'not_empty']);
  });

  it('reads a date literal as a date, not a number', () => {
    const condition = conditionOf('received >= 2024-01-31');
    expect(condition.kind === 'test' ? condition.value : undefined).toMatchObject({ kind: 'date', value: '2024-01-31' });
  });

  it('binds `and` tighter than `or`, `not` tightest, and flattens chains into one node', () => {
    expect(shape(conditionOf('a or b and c or d'))).toEqual({ or: [['a', 'truthy'], { and: [['b', 'truthy'], ['c', 'truthy']] }, ['d', 'truthy']] });
    expect(shape(conditionOf('a and b and c'))).toEqual({ and: [['a', 'truthy'], ['b', 'truthy'], ['c', 'truthy']] });
    expect(shape(conditionOf('not a and b'))).toEqual({ and: [{ not: ['a', 'truthy'] }, ['b', 'truthy']] });
    expect(shape(conditionOf('not not a'))).toEqual({ not: { not: ['a', 'truthy'] } });
  });

  it('leaves no node for parentheses', () => {
    expect(shape(conditionOf('((a))'))).toEqual(['a', 'truthy']);
    expect(shape(conditionOf('(a or b) and c'))).toEqual({ and: [{ or: [['a', 'truthy'], ['b', 'truthy']] }, ['c', 'truthy']] });
    expect(shape(conditionOf('not (a == 1)'))).toEqual({ not: ['a', '==', 1] });
  });

  it('gives each node the span of its source text', () => {
    const condition = conditionOf('a == 1 or not (b > 2)');
    expect(condition.span).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 22 });
    if (condition.kind !== 'or') throw new Error('expected an or');
    expect(condition.operands[0]?.span).toEqual({ line: 1, column: 1, endLine: 1, endColumn: 7 });
    expect(condition.operands[1]?.span).toEqual({ line: 1, column: 11, endLine: 1, endColumn: 22 });
  });

  it('reads keywords as references, but not condition words', () => {
    expect(shape(conditionOf('status == "open" and outcome == "x" and text.step'))).toEqual({
      and: [['status', '==', 'open'], ['outcome', '==', 'x'], ['text.step', 'truthy']],
    });
  });
});
