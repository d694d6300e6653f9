/**
 * One depth limit for the whole compiler (src/language/limits.ts): at 63 and 64 levels of any
 * nestable construct a condition is checked like any other (an unknown name is CW011); at 65 it
 * is CW003. Never CW900: a walker of the checked tree that stopped before the front ends' limit
 * left a reference unresolved for the emitter (64 `not`s before an unknown name did).
 */
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';

const textChecklist = (condition: string): string =>
  `checklist c "C" {\n  version 1\n  step s "S" {\n    yes_no x "X?"\n    text t "T" when ${condition}\n  }\n}\n`;

const yamlChecklist = (condition: string): string =>
  `checklist: c\ntitle: C\nversion: 1\nsteps:\n  - step: s\n    title: S\n    items:\n      - yes_no: x\n        label: X?\n      - text: t\n        label: T\n        when: ${condition}\n`;

const unknown = '{ field: zz, op: "true" }';
const known = '{ field: x, op: "true" }';

/** Each nestable construct, `levels` deep, around a test of the unknown name `zz`. */
const TEXT: Record<string, (levels: number) => string> = {
  'not': (n) => `${'not '.repeat(n)}zz and x`,
  'parentheses': (n) => `${'('.repeat(n)}zz${')'.repeat(n)} and x`,
  'not and parentheses': (n) => `${'not ('.repeat(Math.floor(n / 2))}${n % 2 ? 'not ' : ''}zz${')'.repeat(Math.floor(n / 2))}`,
  'and/or in parentheses': (n) => `${'(x or x and '.repeat(n)}zz${')'.repeat(n)}`,
};
const YAML: Record<string, (levels: number) => string> = {
  'not': (n) => `${'{ not: '.repeat(n)}${unknown}${' }'.repeat(n)}`,
  'all/any': (n) => `${Array.from({ length: n }, (_, i) => `{ ${i % 2 ? 'any' : 'all'}: [${known}, `).join('')}${unknown}${']}'.repeat(n)}`,
};

function codes(source: string, file: string): string[] {
  return compileSource(source, file).diagnostics.map((d) => d.code);
}

describe('one condition depth limit, in both forms', () => {
  for (const [form, constructs, render, file] of [
    ['text', TEXT, textChecklist, 'c.checklist'],
    ['YAML', YAML, yamlChecklist, 'c.checklist.yaml'],
  ] as const) {
    for (const [construct, nest] of Object.entries(constructs)) {
      it(`${form}: ${construct} at 63 and 64 levels is checked (CW011), at 65 is CW003, never CW900`, () => {
        for (const levels of [63, 64]) {
          const found = codes(render(nest(levels)), file);
          expect(found, `${levels} levels`).toContain('CW011');
          expect(found, `${levels} levels`).not.toContain('CW003');
          expect(found, `${levels} levels`).not.toContain('CW900');
        }
        const over = codes(render(nest(65)), file);
        expect(over).toContain('CW003');
        expect(over).not.toContain('CW900');
      });
    }
  }
});
