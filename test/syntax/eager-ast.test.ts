import { describe, expect, it } from 'vitest';
import { parseChecklistText } from '../../src/syntax/index.js';

// The parser builds each rule's AST as the rule ends (src/syntax/to-ast.ts, `buildRule`); what
// building it reports must still appear only where the AST keeps the node.
function summary(source: string): string[] {
  return parseChecklistText(source, 'eager.checklist').diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

describe('diagnostics raised while building the AST', () => {
  it('are reported for a node the AST keeps', () => {
    expect(summary('checklist c "C" {\n  step s "S" {\n    yes_no q "Q" when a.in\n  }\n}')).toEqual([
      '3:23 CW001 `in` is a condition word and cannot be part of the path `a.in`',
    ]);
  });

  it('are not reported for a repeated member, which the AST leaves out', () => {
    expect(summary('checklist c "C" {\n  version 1\n  version 1.5\n  assign when a\n  assign when b.in\n}')).toEqual([
      '3:3 CW001 `version` is already given at 2:3',
      '5:3 CW001 `assign` is already given at 4:3',
    ]);
  });

  it('are not reported inside a node recovery left incomplete', () => {
    expect(summary('checklist c {\n  data { a.in text }\n}')).toEqual(['1:13 CW001 expected a string but found `{`']);
    expect(summary('checklist c "C" {\n  step s "S" {\n    yes_no "Q" when a.in\n  }\n}')).toEqual([
      '3:12 CW001 expected an id but found `"Q"`',
    ]);
  });
});
