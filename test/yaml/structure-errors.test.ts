import { describe, expect, it } from 'vitest';
import { parseChecklistYaml } from '../../src/yaml/index.js';
import { diagnosticsOf, hintsOf, yaml } from './helpers.js';

const HEAD = ['checklist: x', 'title: T'];

describe('malformed YAML is CW001 at its position', () => {
  it('an unterminated flow sequence', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'steps: [', 'version: 2'))).toContainEqual(expect.stringMatching(/^4:1 CW001 malformed YAML: /));
  });

  it('an unterminated quoted string', () => {
    expect(diagnosticsOf(yaml('checklist: x', 'title: "abc'))).toEqual(['3:1 CW001 malformed YAML: Missing closing "quote']);
  });

  it('a tab used as indentation', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'steps:', '\t- step: a'))).toContain('4:1 CW001 a tab cannot indent YAML: use spaces');
  });
});

describe('structure that does not fit the form is CW001 at the node', () => {
  it('a duplicate key, at the second one', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'title: U'))).toEqual(['3:1 CW001 duplicate key `title`: each key may appear once in a map']);
  });

  it('a duplicate key inside a step', () => {
    const source = yaml(...HEAD, 'steps:', '  - step: a', '    title: A', '    "title": B');
    expect(diagnosticsOf(source)).toEqual(['6:5 CW001 duplicate key `"title"`: each key may appear once in a map']);
  });

  it('an unknown key, with a suggestion as the hint (as the text form and the checker give it)', () => {
    const file = yaml(...HEAD, 'stpes: []');
    const step = yaml(...HEAD, 'steps:', '  - step: a', '    titel: A');
    const item = yaml(...HEAD, 'steps:', '  - step: a', '    title: A', '    items:', '      - yes_no: q', '        lable: Q');
    expect(diagnosticsOf(file)).toEqual(['3:1 CW001 unknown key `stpes` in the file']);
    expect(hintsOf(file)).toEqual(['did you mean `steps`?']);
    expect(diagnosticsOf(step)).toEqual(['5:5 CW001 unknown key `titel` in a step']);
    expect(hintsOf(step)).toEqual(['did you mean `title`?']);
    expect(diagnosticsOf(item)).toEqual(['8:9 CW001 unknown key `lable` in an item']);
    expect(hintsOf(item)).toEqual(['did you mean `label`?']);
  });

  it('an unknown key with nothing close lists the keys of that place', () => {
    const [only] = parseChecklistYaml(yaml(...HEAD, 'assign: { when: a, colour: red }'), 'f').diagnostics;
    expect(only).toMatchObject({ line: 3, column: 20, code: 'CW001', message: 'unknown key `colour` in `assign`' });
    expect(only?.hint).toBe('the keys here are `when`, `priority`');
  });

  it('a wrong shape says what was expected', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'steps: { a: 1 }'))).toEqual(['3:8 CW001 `steps` must be a list']);
    expect(diagnosticsOf(yaml(...HEAD, 'version: "3"'))).toEqual(['3:10 CW001 `version` must be a whole number']);
    const item = yaml(...HEAD, 'steps:', '  - step: a', '    title: A', '    items:', '      - yes_no: q', '        required: "yes"');
    expect(diagnosticsOf(item)).toEqual(['8:19 CW001 `required` must be true or false']);
    expect(diagnosticsOf(yaml(...HEAD, 'ordering: strct'))).toEqual(['3:11 CW001 `ordering` must be one of `strict`, `free`']);
    const roots = yaml(...HEAD, 'steps:', '  - step: a', '    title: A', '    items: [ { data_compare: c, sources: [dispute] } ]');
    expect(diagnosticsOf(roots)).toEqual(['6:42 CW001 `sources` needs exactly 2 entries']);
    const date = yaml(...HEAD, 'steps:', '  - step: a', '    title: A', '    items: [ { date: d, min: soon } ]');
    expect(diagnosticsOf(date)).toEqual(['6:30 CW001 `min` must be a date like `2024-01-31`']);
  });

  it('a missing key, at the first line of its map', () => {
    expect(diagnosticsOf(yaml('checklist: x', 'steps: []'))).toEqual(['1:1 CW001 a checklist needs `title`']);
    expect(diagnosticsOf(yaml(...HEAD, 'steps:', '  - step: a'))).toEqual(['4:5 CW001 a step needs `title`']);
  });

  it('checklist members without a checklist', () => {
    expect(diagnosticsOf(yaml('title: T', 'steps: []'))).toEqual([
      '1:1 CW001 `title` belongs to a checklist',
      '2:1 CW001 `steps` belongs to a checklist',
    ]);
  });

  it('an empty file, or one that is not a map', () => {
    expect(diagnosticsOf('')).toEqual(['1:1 CW001 the file is empty: expected a `checklist` (or a `fields` dictionary)']);
    expect(diagnosticsOf('# nothing\n')).toEqual(['1:1 CW001 the file is empty: expected a `checklist` (or a `fields` dictionary)']);
    expect(diagnosticsOf('hello\n')).toEqual(['1:1 CW001 the file must be a map']);
    expect(diagnosticsOf(yaml('import: [a.checklist]'))).toEqual(['1:1 CW001 expected a `checklist` (or a `fields` dictionary)']);
  });

  it('a key that is not text', () => {
    expect(diagnosticsOf(yaml(...HEAD, '1: x', '[a]: b'))).toEqual(['3:1 CW001 a key must be text', '4:1 CW001 a key must be text']);
  });

  it('an id that is not an identifier, or is a condition word', () => {
    expect(diagnosticsOf(yaml('checklist: 9lives', 'title: T'))).toEqual(['1:12 CW001 `9lives` is not a valid id']);
    expect(diagnosticsOf(yaml(...HEAD, 'steps: [ { step: in, title: A } ]'))).toEqual(['3:18 CW001 `in` is not a valid id']);
    expect(diagnosticsOf(yaml(...HEAD, 'outcomes: { "bad id": B }'))).toEqual(['3:13 CW001 `bad id` is not a valid id']);
    expect(diagnosticsOf(yaml(...HEAD, 'data: { account..x: number }'))).toEqual(['3:9 CW001 `account..x` is not a valid path']);
  });

  it('a very long name is cut in the message (the span covers it)', () => {
    const long = `x${'.'.repeat(5000)}`;
    const [only] = parseChecklistYaml(yaml(...HEAD, `steps: [ { step: "${long}", title: A } ]`), 'f').diagnostics;
    expect(only?.message).toBe(`\`x${'.'.repeat(59)}…\` is not a valid id`);
    expect(only?.endColumn).toBe(18 + long.length + 2);
  });

  it('too many aliases (an alias bomb), at the alias that went over', () => {
    const bomb = yaml(
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]',
      ...HEAD,
    );
    expect(diagnosticsOf(bomb)).toEqual(['3:40 CW001 too many aliases: at most 100 are followed in one file']);
  });

  it('an alias inside its own anchor is cut off too', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'qa_review: &w { not: *w }'))).toEqual(['3:22 CW001 too many aliases: at most 100 are followed in one file']);
  });

  it('an alias with no anchor', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'steps: [ *nope ]'))).toContain('3:10 CW001 no anchor `&nope` before this alias');
  });

  it('a few aliases are fine', () => {
    const source = yaml(...HEAD, 'steps:', '  - step: a', '    title: &t A', '  - step: b', '    title: *t');
    const parsed = parseChecklistYaml(source, 'f');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.file.checklist?.steps[1]?.title.value).toBe('A');
  });

  it('a second checklist in the file is CW004, and the first is kept', () => {
    const parsed = parseChecklistYaml(yaml(...HEAD, '---', 'checklist: y', 'title: U'), 'f');
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code}`)).toEqual(['4:1 CW004']);
    // The same words as the text form's CW004 (test/syntax/errors.test.ts).
    expect(parsed.diagnostics[0]).toMatchObject({
      message: 'a file holds at most one checklist; `y` is a second one (`x` is at 1:1)',
      hint: 'move it to a file of its own',
    });
    expect(parsed.file.checklist?.id.text).toBe('x');
  });
});

describe('steps and items', () => {
  const step = (...items: string[]): string => yaml(...HEAD, 'steps:', '  - step: a', '    title: A', '    items:', ...items);

  it('a step starts with `step`', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'steps:', '  - title: A', '    step: a'))).toEqual(['5:5 CW001 `step` must be the first key of a step']);
  });

  it('an item starts with its type, with a suggestion for a misspelt one', () => {
    expect(diagnosticsOf(step('      - yesno: q'))).toEqual(['7:9 CW001 an item starts with its type, like `yes_no: ID`; found `yesno`']);
    expect(hintsOf(step('      - yesno: q'))).toEqual(['did you mean `yes_no`?']);
    expect(diagnosticsOf(step('      - label: Q', '        yes_no: q'))).toEqual(['8:9 CW001 the item\'s type `yes_no` must be its first key']);
  });

  it('an item has one type', () => {
    expect(diagnosticsOf(step('      - yes_no: q', '        checkbox: c'))).toEqual(['8:9 CW001 an item has one type: `checkbox` comes after `yes_no`']);
  });

  it('`id` only on instructions, `label` not on instructions', () => {
    expect(diagnosticsOf(step('      - yes_no: q', '        id: z'))).toEqual(['8:9 CW001 `yes_no` items take no `id`']);
    expect(diagnosticsOf(step('      - instructions: Hi', '        label: L'))).toEqual(['8:9 CW001 `instructions` items take no `label`']);
  });

  it('unknown keys that look like options are kept for the checker (CW021), not CW001', () => {
    const parsed = parseChecklistYaml(step('      - text: t', '        maxlength: 5', '        colour: [red, blue]', '        shiny: true'), 'f');
    expect(parsed.diagnostics).toEqual([]);
    const options = parsed.file.checklist?.steps[0]?.items[0]?.options ?? [];
    expect(options.map((o) => [o.name.text, o.value && 'kind' in o.value ? o.value.kind : undefined])).toEqual([
      ['maxlength', 'number'],
      ['colour', 'list'],
      ['shiny', undefined],
    ]);
  });

  it('an unknown key holding a map is CW001', () => {
    expect(diagnosticsOf(step('      - text: t', '        fancy: { a: 1 }'))).toEqual(['8:9 CW001 unknown key `fancy` in an item']);
  });

  it('flags: `true` is the bare option, `false` leaves it out', () => {
    const parsed = parseChecklistYaml(step('      - select: s', '        options: [A]', '        multiple: false', '        required: true'), 'f');
    expect(parsed.file.checklist?.steps[0]?.items[0]?.options.map((o) => o.name.text)).toEqual(['options', 'required']);
  });

  it('numbers where text is expected are kept as written', () => {
    const parsed = parseChecklistYaml(step('      - response_code: r', '        label: 2024', '        codes: [01, 03, "23"]'), 'f');
    const item = parsed.file.checklist?.steps[0]?.items[0];
    expect(item?.label?.value).toBe('2024');
    expect(item?.options[0]?.value).toMatchObject({ kind: 'list', items: [{ value: '01' }, { value: '03' }, { value: '23' }] });
  });

  it('a block scalar drops its final line breaks, like a `"""` string', () => {
    const parsed = parseChecklistYaml(step('      - instructions: |', '          Line one', '          Line two', '', ''), 'f');
    expect(parsed.file.checklist?.steps[0]?.items[0]?.label?.value).toBe('Line one\nLine two');
  });
});

describe('declarations', () => {
  it('unknown type names, with a suggestion', () => {
    const [only] = parseChecklistYaml(yaml(...HEAD, 'data:', '  a: nubmer'), 'f').diagnostics;
    expect(only).toMatchObject({ line: 4, column: 6, code: 'CW001', message: 'unknown type `nubmer`' });
    expect(only?.hint).toBe('did you mean `number`?');
  });

  it('`choice` needs `values`, and only `choice` takes them', () => {
    expect(diagnosticsOf(yaml(...HEAD, 'data:', '  a: choice', '  b: { type: text, values: [x] }'))).toEqual([
      '4:6 CW001 a `choice` needs `values`',
      '5:20 CW001 `values` belongs to a `choice` type',
    ]);
  });

  it('`fields` and `import` mirror the text form', () => {
    const parsed = parseChecklistYaml(yaml('import: [shared.checklist, other.checklist]', 'fields:', '  consumer.name: { type: text, required: true }'), 'f');
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.file.imports.map((i) => i.path.value)).toEqual(['shared.checklist', 'other.checklist']);
    expect(parsed.file.fields[0]?.decls[0]).toMatchObject({ path: { text: 'consumer.name' }, type: { kind: 'text' }, required: true });
    expect(parsed.file.checklist).toBeUndefined();
  });
});

describe('hostile keys', () => {
  it('`__proto__` and `constructor` are plain keys: reported where unknown, kept as names, polluting nothing', () => {
    const source = yaml(...HEAD, '__proto__: { polluted: true }', 'data: { __proto__.x: number }', 'outcomes: { __proto__: P, constructor: C }');
    const parsed = parseChecklistYaml(source, 'f');
    expect(parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual(['3:1 unknown key `__proto__` in the file']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(parsed.file.checklist?.data.map((d) => d.path.text)).toEqual(['__proto__.x']);
    expect(parsed.file.checklist?.outcomes.map((o) => o.id.text)).toEqual(['__proto__', 'constructor']);
  });
});
