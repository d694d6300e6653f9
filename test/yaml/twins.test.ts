import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { parseChecklistText } from '../../src/syntax/index.js';
import { parseChecklistYaml } from '../../src/yaml/index.js';
import { withoutSpans, yaml } from './helpers.js';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('the YAML and text twins', () => {
  // The same file name for both, so `FieldsBlock.file` agrees.
  const fromYaml = parseChecklistYaml(fixture('every-construct.checklist.yaml'), 'every-construct');
  const fromText = parseChecklistText(fixture('every-construct.checklist'), 'every-construct');

  it('both parse cleanly', () => {
    expect(fromYaml.diagnostics).toEqual([]);
    expect(fromText.diagnostics).toEqual([]);
  });

  it('give deep-equal ASTs once spans are stripped', () => {
    expect(withoutSpans(fromYaml.file)).toEqual(withoutSpans(fromText.file));
  });

  it('compile to the same IR hash', () => {
    // The fixtures' import, served from memory.
    const host = { readFile: () => 'fields {\n  account.number text\n}\n' };
    const hashOf = (name: string): string | undefined => compileSource(fixture(name), `fixtures/${name}`, host).ir?.hash;
    const textHash = hashOf('every-construct.checklist');
    expect(textHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(hashOf('every-construct.checklist.yaml')).toBe(textHash);
  });

  it('cover every item type and both condition styles', () => {
    const checklist = fromYaml.file.checklist;
    const items = [...(checklist?.steps ?? []), ...(checklist?.closing.flatMap((c) => c.steps) ?? [])].flatMap((s) => s.items);
    const types = new Set(items.map((item) => item.type));
    expect(types.size).toBe(16);
    const source = fixture('every-construct.checklist.yaml');
    expect(source).toMatch(/when: \{ field: /);
    expect(source).toMatch(/when: [a-z]/);
    expect(source).toMatch(/all:\n/);
    expect(source).toMatch(/any:\n/);
    expect(source).toMatch(/not: \{/);
  });
});

describe('smaller twins', () => {
  const same = (text: string, yamlSource: string): void => {
    const fromText = parseChecklistText(text, 'f');
    const fromYaml = parseChecklistYaml(yamlSource, 'f');
    expect(fromText.diagnostics).toEqual([]);
    expect(fromYaml.diagnostics).toEqual([]);
    expect(withoutSpans(fromYaml.file)).toEqual(withoutSpans(fromText.file));
  };

  it('unknown options are kept as the text form keeps them (for CW021)', () => {
    same(
      'checklist x "T" {\n step a "A" {\n text t "L" maxlength 5 shiny colour ["red", "blue"] required\n }\n}',
      yaml('checklist: x', 'title: T', 'steps:', '  - step: a', '    title: A', '    items:', '      - text: t', '        label: L', '        maxlength: 5', '        shiny: true', '        colour: [red, blue]', '        required: true'),
    );
  });

  it('a status given by its label alone, and a transition from several statuses', () => {
    same(
      'checklist x "T" {\n lifecycle {\n initial a\n status a "A"\n status b "B"\n status c "C" final\n transition go: a, b -> c\n }\n}',
      yaml('checklist: x', 'title: T', 'lifecycle:', '  initial: a', '  statuses: { a: A, b: B, c: { label: C, final: true } }', '  transitions: [ { name: go, from: [a, b], to: c } ]'),
    );
  });

  it('a dictionary file: one import and a fields block', () => {
    same('import "shared.checklist"\nfields {\n account.number text "Account"\n}', yaml('import: shared.checklist', 'fields:', '  account.number: { type: text, label: Account }'));
  });
});
