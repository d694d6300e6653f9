// Properties of fmt and convert over generated checklists (test/format/arbitrary.ts): idempotent,
// the same hash, every comment's text kept; dsl → yaml → dsl gives fmt's output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { toText } from '../../src/format/index.js';
import { checklistSource } from './arbitrary.js';
import { commentTexts, formatted, yamlCommentTexts, yamlOf } from './helpers.js';

const RUNS = { numRuns: 40 };

function hash(text: string, fileName: string): string {
  const { ir, diagnostics } = compileSource(text, fileName);
  if (ir === undefined) throw new Error(`does not compile:\n${text}\n${diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`);
  return ir.hash;
}

describe('fmt of generated text-form checklists', () => {
  it('is idempotent, keeps the hash and keeps every comment', () => {
    fc.assert(
      fc.property(checklistSource('line-and-block'), (source) => {
        const once = formatted(source, 'dsl', 'gen.checklist');
        expect(formatted(once, 'dsl', 'gen.checklist')).toBe(once);
        expect(hash(once, 'gen.checklist')).toBe(hash(source, 'gen.checklist'));
        expect(commentTexts(once)).toEqual(commentTexts(source));
      }),
      RUNS,
    );
  });
});

describe('convert of generated checklists', () => {
  it('dsl → yaml keeps the hash and every comment; the YAML is canonical (fmt leaves it alone)', () => {
    fc.assert(
      fc.property(checklistSource('line'), (source) => {
        const yaml = yamlOf(source);
        expect(hash(yaml, 'gen.checklist.yaml')).toBe(hash(source, 'gen.checklist'));
        expect(formatted(yaml, 'yaml', 'gen.checklist.yaml')).toBe(yaml);
        expect(yamlCommentTexts(yaml)).toEqual(commentTexts(source).map((c) => c.replace(/^line:/, '')));
      }),
      RUNS,
    );
  });

  it('dsl → yaml → dsl gives fmt’s output of the original', () => {
    fc.assert(
      fc.property(checklistSource('line'), (source) => {
        const back = toText(yamlOf(source), { form: 'yaml', fileName: 'gen.checklist.yaml' });
        expect(back).toEqual({ ok: true, text: formatted(source, 'dsl', 'gen.checklist') });
      }),
      RUNS,
    );
  });

  it('a block comment reaches YAML as `#` lines with its text', () => {
    fc.assert(
      fc.property(checklistSource('line-and-block'), (source) => {
        const yaml = yamlOf(source);
        expect(hash(yaml, 'gen.checklist.yaml')).toBe(hash(source, 'gen.checklist'));
        // YAML drops a comment line's trailing blanks, as both front ends do for line comments.
        const lines = commentTexts(source).flatMap((c) => c.replace(/^(line|block):/, '').split('\n').map((line) => line.trimEnd()));
        expect(yamlCommentTexts(yaml)).toEqual(lines.sort());
      }),
      { numRuns: 20 },
    );
  });
});
