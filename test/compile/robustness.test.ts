import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compileSource } from '../../src/compile.js';
import { CODES } from '../../src/diagnostics/codes.js';
import { memoryHost } from './host.js';

const SOURCE = `import "dictionary.checklist"
checklist demo "Demo" {
  data { account.balance number "Balance" }
  step one "One" { yes_no q "Q?" required }
  step two "Two" when q and account.balance > 100 {
    select r "R" options ["A", "B"] when not q or account.balance is empty
  }
}
`;
const DICTIONARY = 'fields { consumer.name text }\n';

describe('compile: never throws, whatever the input', () => {
  const host = memoryHost({ 'dictionary.checklist': DICTIONARY });

  it('on the source with random slices cut out, for both front ends', () => {
    fc.assert(
      fc.property(fc.nat(SOURCE.length), fc.nat(12), fc.boolean(), (start, length, yaml) => {
        const broken = SOURCE.slice(0, start) + SOURCE.slice(start + length);
        const { ir, diagnostics } = compileSource(broken, yaml ? 'demo.checklist.yaml' : 'demo.checklist', host);
        for (const d of diagnostics) expect(Object.keys(CODES)).toContain(d.code);
        expect(diagnostics.filter((d) => d.code === 'CW900')).toEqual([]);
        if (diagnostics.some((d) => d.severity === 'error')) expect(ir).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => compileSource(text, 'x.checklist', host)).not.toThrow();
        expect(() => compileSource(text, 'x.checklist.yaml', host)).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
