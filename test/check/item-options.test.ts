import { describe, expect, it } from 'vitest';
import type { Item, SourceFile } from '../../src/language/ast.js';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

function editFirstItem(file: SourceFile, edit: (item: Item) => Item): SourceFile {
  const checklist = file.checklist;
  const [step, ...steps] = checklist?.steps ?? [];
  if (checklist === undefined || step === undefined) return file;
  const [item, ...items] = step.items;
  if (item === undefined) return file;
  return { ...file, checklist: { ...checklist, steps: [{ ...step, items: [edit(item), ...items] }, ...steps] } };
}

const step = (items: string): string => checklist(`step s "S" {\n${items}\n}`);

describe('CW020 required on instructions', () => {
  it('reports required on instructions', () => {
    expectOne(checkSource(step('instructions "Read this." required')), 'CW020', 'required');
  });

  it('accepts required on a question', () => {
    expectNone(checkSource(step('instructions "Read this."\n checkbox c "C" required')), 'CW020');
  });
});

describe('CW021 options not valid for the item type', () => {
  it('reports any other option on instructions', () => {
    const result = checkSource(step('instructions "Read this." max_length 5'));
    expectOne(result, 'CW021', 'max_length');
    expectNone(result, 'CW020');
  });

  it('reports an option another type takes', () => {
    const d = expectOne(checkSource(step('text t "T" max_files 3')), 'CW021', 'max_files');
    expect(d.hint).toContain('`max_length`');
  });

  it('reports an unknown option with a suggestion', () => {
    const d = expectOne(checkSource(step('text t "T" max_lenght 3')), 'CW021', 'max_lenght');
    expect(d.hint).toBe('did you mean `max_length`?');
  });

  it('reports a value of the wrong kind', () => {
    expectOne(checkSource(step('upload_files u "U" max_files "five"')), 'CW021', '"five"');
    expectOne(checkSource(step('text t "T" pattern 5')), 'CW021', '5');
  });

  it('reports an option written twice', () => {
    expectOne(checkSource(step('text t "T" required required')), 'CW021', 'required', 2);
  });

  it('reports a section body on a type other than data_compare', () => {
    expectOne(checkSource(checklist('data { a text }\n step s "S" { checkbox c "C" { section "X" { a } } }')), 'CW021', 'section "X" { a }');
  });

  it('reports a missing label, and a missing id on a type other than instructions', () => {
    const source = step('text q1 "T"\n instructions "Read"');
    const stripped = checkSource(source, [], (file) => editFirstItem(file, ({ label: _label, id: _id, ...item }) => item));
    expect(stripped.with('CW021').map((d) => d.message)).toEqual(['this `text` item has no id', 'this `text` item has no label']);
    const unlabelled = checkSource(source, [], (file) => editFirstItem(file, ({ label: _label, ...item }) => item));
    expectOne(unlabelled, 'CW021', 'q1');
    expectNone(checkSource(source), 'CW021');
  });

  it('accepts the options each type takes', () => {
    const result = checkSource(
      step(`text t "T" required max_length 5 pattern "^[a-z]+$"
        date d "D" min 2024-01-01 max 2024-12-31
        select sel "Sel" options ["A"] multiple
        upload_files u "U" max_files 2 downloadable
        associate_consumer ac "AC" borrowers 2`),
    );
    expectNone(result, 'CW021');
  });
});
