import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseChecklistText } from '../../src/syntax/index.js';
import { shape } from './helpers.js';

const fixture = new URL('../fixtures/spec-example.checklist', import.meta.url);

describe('the SPEC §2.5 example', () => {
  const { file, diagnostics } = parseChecklistText(readFileSync(fixture, 'utf8'), 'identity-theft.checklist');
  const checklist = file.checklist;

  it('parses with no diagnostics', () => {
    expect(diagnostics).toEqual([]);
  });

  it('has its import, header and members', () => {
    expect(file.imports.map((i) => i.path.value)).toEqual(['dictionary.checklist']);
    expect(checklist?.id.text).toBe('identity_theft');
    expect(checklist?.version?.value).toBe(3);
    expect(checklist?.ordering?.value).toBe('strict');
    expect(shape(checklist?.assign?.when)).toEqual({ and: [['dispute.type', '==', 'ACDV'], ['dispute.code', 'in', ['103', '104']]] });
    expect(checklist?.assign?.priority?.value).toBe(10);
    expect(checklist?.data.map((d) => [d.path.text, d.type.kind])).toEqual([['qa.selected', 'boolean'], ['files', 'list']]);
    expect(checklist?.resolution.map((d) => [d.path.text, d.type.kind, d.required])).toEqual([['finding', 'choice', true]]);
    expect(shape(checklist?.qaReview)).toEqual(['qa.selected', 'truthy']);
  });

  it('has its steps and items in order, with their options and conditions', () => {
    expect(checklist?.steps.map((s) => [s.id.text, s.items.map((i) => i.id?.text ?? i.type)])).toEqual([
      ['intro', ['instructions']],
      ['evidence', ['has_files', 'reviewed']],
      ['upload', ['docs']],
      ['compare', ['cmp']],
      ['decide', ['reason', 'notes', 'acdv']],
    ]);
    expect(checklist?.steps[0]?.items[0]?.label?.value).toBe("Review the consumer's **dispute** and every attached file before you answer.");
    expect(shape(checklist?.steps[2]?.when)).toEqual(['has_files', 'truthy']);
    const compare = checklist?.steps[3]?.items[0];
    expect(compare?.options.map((o) => o.name.text)).toEqual(['mode', 'quick_selection', 'verification_indicators']);
    expect(compare?.sections?.map((s) => s.fields.length)).toEqual([3, 2]);
    const notes = checklist?.steps[4]?.items[1];
    expect(shape(notes?.when)).toEqual({
      or: [['reason', '==', 'Modified'], { and: [['account.balance', '>', 1000], ['consumer.state', 'in', ['CA', 'NY']]] }],
    });
    expect(notes?.when?.span).toEqual({ line: 39, column: 12, endLine: 39, endColumn: 94 });
    expect(checklist?.steps[4]?.items[2]?.options.map((o) => o.name.text)).toEqual(['codes', 'required', 'allow_case_resolution']);
  });
});
