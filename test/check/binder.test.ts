import { describe, expect, it } from 'vitest';
import type { Item } from '../../src/language/ast.js';
import { checkSource, checklist } from './helpers.js';

const items = (result: ReturnType<typeof checkSource>): Item[] =>
  [...(result.model?.checklist.steps ?? []), ...(result.model?.checklist.closing.flatMap((c) => c.steps) ?? [])].flatMap((s) => s.items);

describe('the checked model', () => {
  it('gives written and generated item ids', () => {
    const result = checkSource(checklist('step intro "Intro" { checkbox c "C"  instructions "Read"  instructions named "Named" }'));
    expect(items(result).map((item) => result.model?.itemId(item))).toEqual(['c', 'intro_instructions_2', 'named']);
  });

  it('resolves references to responses, case data, outcome and status with their types', () => {
    const result = checkSource(
      checklist(`
        udf { risk number }
        data { account.balance number  kind choice("A", "B") }
        outcomes { ok "OK" ko "KO" }
        lifecycle { initial open status open "Open" status done "Done" final }
        step s "S" { select one "One" options ["x", "y"]  select many "Many" options ["x"] multiple  udf u "U" field risk  yes_no q "Q" }`),
    );
    const model = result.model;
    if (model === undefined) throw new Error('no model');
    const resolve = (text: string) => model.resolve({ text, span: { line: 1, column: 1, endLine: 1, endColumn: 1 } });
    expect(resolve('one')).toEqual({ kind: 'response', itemId: 'one', varPath: 'responses.one', type: { kind: 'choice', values: ['x', 'y'] } });
    expect(resolve('many')?.type).toEqual({ kind: 'list', of: { kind: 'choice', values: ['x'] } });
    expect(resolve('u')?.type).toEqual({ kind: 'number' });
    expect(resolve('q')?.type).toEqual({ kind: 'boolean' });
    expect(resolve('account.balance')).toMatchObject({ kind: 'case', path: 'account.balance', varPath: 'case.account.balance', type: { kind: 'number' } });
    expect(resolve('kind')?.type).toEqual({ kind: 'choice', values: ['A', 'B'] });
    expect(resolve('outcome')).toEqual({ kind: 'outcome', varPath: 'outcome', type: { kind: 'choice', values: ['ok', 'ko'] } });
    expect(resolve('status')).toEqual({ kind: 'status', varPath: 'status', type: { kind: 'choice', values: ['open', 'done'] } });
    expect(resolve('nothing')).toBeUndefined();
    expect(resolve('toString')).toBeUndefined();
    expect(model.udf('risk')?.type.kind).toBe('number');
    expect(model.udf('constructor')).toBeUndefined();
  });

  it('does not resolve outcome or status when none are declared', () => {
    const result = checkSource(checklist('step s "S" { checkbox c "C" }'));
    expect(result.model?.resolve({ text: 'outcome', span: { line: 1, column: 1, endLine: 1, endColumn: 1 } })).toBeUndefined();
  });

  it('lists case declarations: imported blocks, own fields blocks, then data, re-declarations once', () => {
    const result = checkSource(`fields { own.a text }\n${checklist('data { local number  imp.a number }')}`, ['fields { imp.a number }', 'fields { imp.b text }']);
    expect(result.model?.caseDecls.map((c) => [c.decl.path.text, c.file])).toEqual([
      ['imp.a', 'dictionary1.checklist'],
      ['imp.b', 'dictionary2.checklist'],
      ['own.a', 'test.checklist'],
      ['local', 'test.checklist'],
    ]);
  });

  it('checks a file with only fields blocks, without a model', () => {
    const result = checkSource('fields { a text  a.b text }');
    expect(result.model).toBeUndefined();
    expect(result.codes).toEqual(['CW010']);
  });
});
