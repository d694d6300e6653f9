/** Source text → the real compiler's IR → renderCondition gives the source text back. */
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../../src/compile.js';
import { renderCondition } from '../../../src/runtime/conditions/index.js';

const CONDITIONS = [
  'q',
  'not q',
  'code == "Modified"',
  'n != 3',
  'n < 1000',
  'n <= 1.5',
  'n > 10',
  'n >= 0',
  'opened >= 2024-01-31',
  'state in ["CA", "NY"]',
  'state not in ["CA", "NY"]',
  'tags contains "x"',
  'code is empty',
  'code is not empty',
  'q and n > 1 or state in ["CA"]',
  'q and (n < 1 or n > 5)',
  'not (q or n < 5)',
] as const;

function checklistWith(condition: string): string {
  return `checklist c "C" {
  data {
    n number
    opened date
    state text
    code text
    tags list
  }
  step s1 "One" {
    yes_no q "Q"
  }
  step s2 "Two" when ${condition} {
    checkbox x "X"
  }
}`;
}

describe('renderCondition after the compiler', () => {
  it.each(CONDITIONS)('%s', (condition) => {
    const { ir, diagnostics } = compileSource(checklistWith(condition), 'c.checklist');
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === 'error')).toEqual([]);
    const when = ir?.steps[1]?.when;
    expect(when).toBeDefined();
    expect(renderCondition(when ?? null)).toBe(condition);
  });
});
