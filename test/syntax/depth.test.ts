import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/language/ast.js';
import { parseChecklistText, parseConditionText } from '../../src/syntax/index.js';

const inStep = (condition: string): string => `checklist c "C" {\n  step s "S" when ${condition} {\n    checkbox x "X"\n  }\n}\n`;
const parens = (depth: number): string => `${'('.repeat(depth)}a${')'.repeat(depth)}`;
const nots = (depth: number): string => `${'not '.repeat(depth)}a`;

/** How many `not` nodes wrap the test (iteratively: the tree may be deep). */
function notDepth(condition: Condition | undefined): number {
  let depth = 0;
  let node = condition;
  while (node?.kind === 'not') {
    depth += 1;
    node = node.operand;
  }
  return depth;
}

describe('CW003: conditions nested deeper than 64 levels', () => {
  it('accepts exactly 64 levels of parentheses, of `not`, and of both mixed', () => {
    expect(parseChecklistText(inStep(parens(64)), 'f').diagnostics).toEqual([]);
    expect(parseChecklistText(inStep(nots(64)), 'f').diagnostics).toEqual([]);
    expect(parseChecklistText(inStep(`${'not ('.repeat(32)}a${')'.repeat(32)}`), 'f').diagnostics).toEqual([]);
  });

  it('reports 65 levels once, at the token that goes too deep', () => {
    expect(parseChecklistText(inStep(parens(65)), 'f').diagnostics).toEqual([
      expect.objectContaining({ code: 'CW003', line: 2, column: 19 + 64, message: 'condition nested deeper than 64 levels' }),
    ]);
    expect(parseChecklistText(inStep(nots(65)), 'f').diagnostics).toEqual([
      expect.objectContaining({ code: 'CW003', line: 2, column: 19 + 64 * 4 }),
    ]);
    expect(parseChecklistText(inStep(`${'not ('.repeat(33)}a${')'.repeat(33)}`), 'f').diagnostics.map((d) => d.code)).toEqual(['CW003']);
  });

  it('counts `and`/`or` siblings and closed parentheses as no deeper', () => {
    const wide = Array.from({ length: 200 }, () => parens(60)).join(' and ');
    expect(parseChecklistText(inStep(wide), 'f').diagnostics).toEqual([]);
    const notsInSequence = Array.from({ length: 100 }, () => nots(60)).join(' or ');
    expect(parseChecklistText(inStep(notsInSequence), 'f').diagnostics).toEqual([]);
  });

  it('survives 10,000 levels of parentheses or `not` without overflowing, keeping the rest of the file', () => {
    for (const deep of [parens(10_000), nots(10_000), '('.repeat(10_000)]) {
      const { file, diagnostics } = parseChecklistText(inStep(deep), 'f');
      expect(diagnostics[0]?.code).toBe('CW003');
      expect(file.checklist?.steps[0]?.items.map((i) => i.id?.text)).toEqual(['x']);
    }
  });

  it('never builds a condition deeper than the limit', () => {
    const { file } = parseChecklistText(inStep(nots(10_000)), 'f');
    expect(notDepth(file.checklist?.steps[0]?.when)).toBe(64);
  });

  it('checks conditions given as text (the YAML form) too', () => {
    expect(parseConditionText(parens(10_000), 'f.checklist.yaml', { line: 4, column: 11 }).diagnostics).toEqual([
      expect.objectContaining({ code: 'CW003', line: 4, column: 11 + 64 }),
    ]);
    expect(parseConditionText(nots(64), 'f.checklist.yaml', { line: 1, column: 1 }).diagnostics).toEqual([]);
  });

  it('bounds nesting where recovery would start a condition without `when`', () => {
    for (const source of [
      `checklist c "C" { assign ${parens(10_000)} }`,
      `checklist c "C" { qa_review ${parens(10_000)} }`,
      `checklist c "C" { step s "S" when a and { ${parens(10_000)} } }`,
    ]) {
      const codes = parseChecklistText(source, 'f').diagnostics.map((d) => d.code);
      expect(codes).toContain('CW003');
      expect(codes).not.toContain('CW900');
    }
  });

  it('does not count the `not` of `not in` and `is not empty`', () => {
    const inner = 'a not in ["x"] and b is not empty';
    expect(parseChecklistText(inStep(`${'('.repeat(64)}${inner}${')'.repeat(64)}`), 'f').diagnostics).toEqual([]);
  });

  it('lets the `not`s of one condition end with it', () => {
    const source = `checklist c "C" {\n  qa_review when ${nots(64)}\n  data { kind choice("A", "B") }\n  step s "S" when ${nots(64)} { }\n}`;
    expect(parseChecklistText(source, 'f').diagnostics).toEqual([]);
  });

  it('reports each too-deep condition of a file', () => {
    const source = `checklist c "C" {\n  step a "A" when ${parens(70)} { }\n  step b "B" when ${nots(70)} { }\n}`;
    expect(parseChecklistText(source, 'f').diagnostics.map((d) => [d.code, d.line])).toEqual([
      ['CW003', 2],
      ['CW003', 3],
    ]);
  });
});
