import { describe, expect, it } from 'vitest';
import { parseConditionText } from '../../src/syntax/index.js';
import { shape } from './helpers.js';

describe('parseConditionText', () => {
  it('parses one condition, its spans placed at the origin', () => {
    const { condition, diagnostics } = parseConditionText('a and b > 1', 'form.checklist.yaml', { line: 12, column: 11 });
    expect(diagnostics).toEqual([]);
    expect(shape(condition)).toEqual({ and: [['a', 'truthy'], ['b', '>', 1]] });
    expect(condition?.span).toEqual({ line: 12, column: 11, endLine: 12, endColumn: 22 });
    if (condition?.kind !== 'and') throw new Error('expected an and');
    expect(condition.operands[1]?.span).toEqual({ line: 12, column: 17, endLine: 12, endColumn: 22 });
  });

  it('shifts only the columns of the first line', () => {
    const { condition } = parseConditionText('a or\n  b', 'f', { line: 3, column: 9 });
    if (condition?.kind !== 'or') throw new Error('expected an or');
    expect(condition.operands.map((o) => o.span)).toEqual([
      { line: 3, column: 9, endLine: 3, endColumn: 10 },
      { line: 4, column: 3, endLine: 4, endColumn: 4 },
    ]);
  });

  it('reports syntax errors at the shifted position, the end of the text included', () => {
    expect(parseConditionText('a b', 'f', { line: 5, column: 7 }).diagnostics).toEqual([
      expect.objectContaining({ code: 'CW001', file: 'f', line: 5, column: 9, message: 'expected `and`, `or` or the end of the condition but found `b`' }),
    ]);
    expect(parseConditionText('a and', 'f', { line: 5, column: 7 }).diagnostics).toEqual([
      expect.objectContaining({ line: 5, column: 12, message: 'expected a condition (a path, `not` or `(`) but found the end of the condition' }),
    ]);
    expect(parseConditionText('a == "x\\q"', 'f', { line: 2, column: 3 }).diagnostics).toEqual([
      expect.objectContaining({ line: 2, column: 10, message: 'bad escape `\\q` in a string' }),
    ]);
    expect(parseConditionText('a @ b', 'f', { line: 2, column: 3 }).diagnostics[0]).toMatchObject({ line: 2, column: 5 });
  });

  it('gives no condition for an empty text, with an error', () => {
    const { condition, diagnostics } = parseConditionText('', 'f', { line: 1, column: 1 });
    expect(condition).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(['CW001']);
  });
});
