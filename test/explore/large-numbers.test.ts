/**
 * Value classes near the ends of the doubles: past 2^53 `x + 1 === x`, so a class "just above x"
 * must be the adjacent double, or an item shown when `n > 1.7e308` is wrongly called always hidden.
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';

const checklist = (condition: string): string =>
  `checklist c "C" {\n  version 1\n  data { n number "N" }\n  step s "S" {\n    text t "T" when ${condition}\n    checkbox done "Done"\n  }\n}\n`;

const warnings = (condition: string): string[] =>
  compileSource(checklist(condition), 'c.checklist').diagnostics.map((d) => `${d.code} ${d.message}`);

describe('reachability with very large numbers', () => {
  for (const condition of ['n > 1.7e308', 'n < -1.7e308', 'n > 9007199254740993', 'n > 1e300 and n < 1.0000000000000001e300 or n > 1e300']) {
    it(`finds a case for \`${condition}\` (no CW101/CW104)`, () => {
      expect(warnings(condition).filter((w) => /^CW10[14]/.test(w))).toEqual([]);
    });
  }

  it('still says never for what no double satisfies', () => {
    expect(warnings('n > 1.7976931348623157e308').some((w) => w.startsWith('CW104'))).toBe(true);
  });
});
