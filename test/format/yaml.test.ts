// fmt of the YAML form: §3's key order, one spelling per scalar, comments at their construct,
// the `when` style kept, idempotent, same hash; a file with errors is never printed.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/format/index.js';
import { formatted, hashOf, yamlCommentTexts } from './helpers.js';

const UNTIDY = `# header
title: C
data: {d.n: {type: number}}
checklist: c
steps:
- step: s   # trails s
  items:
  - yes_no: q   # trails q
    required: true
    label: 'Q'
  - text: t
    required: true
    max_length: 5
    when: "q   and  d.n>1"
    label: "T: the #1 \\"text\\""
  # dangling in step s
  title: "S"
  # leads the when? no: a comment inside a step leads its next part
  when: {op: gt, field: d.n, value: 3}
# end of file
`;

const CANONICAL = `# header
checklist: c
title: C

data:
  d.n: number

steps:
  - step: s # trails s
    title: S
    when: { field: d.n, op: gt, value: 3 }
    items:
      - yes_no: q # trails q
        label: Q
        required: true
      - text: t
        label: 'T: the #1 "text"'
        when: q and d.n > 1
        max_length: 5
        required: true
    # dangling in step s

    # leads the when? no: a comment inside a step leads its next part
# end of file
`;

const file = 'x.checklist.yaml';

describe('fmt of the YAML form', () => {
  it('prints keys in §3’s order, scalars in one spelling, the `when` style kept', () => {
    const out = formatted(UNTIDY, 'yaml', file);
    expect(out).toBe(CANONICAL);
    expect(hashOf(out, file)).toBe(hashOf(UNTIDY, file));
    expect(formatted(out, 'yaml', file)).toBe(out);
    expect(yamlCommentTexts(out)).toEqual(yamlCommentTexts(UNTIDY));
  });

  it('quotes what YAML would read as another type, or cut at a comment', () => {
    const source = `checklist: c\ntitle: "true"\nsteps:\n  - step: s\n    title: "12"\n    items:\n      - select: q\n        label: "a #b"\n        options: ["x, y", "null", "2024-01-31", "-", "ok"]\n`;
    const out = formatted(source, 'yaml', file);
    expect(out).toContain('title: "true"');
    expect(out).toContain('title: "12"');
    expect(out).toContain('label: "a #b"');
    expect(out).toContain('options: ["x, y", "null", "2024-01-31", "-", ok]');
    expect(hashOf(out, file)).toBe(hashOf(source, file));
  });

  it('writes multi-line text as a |- block when that reads back the same, else quoted', () => {
    const source = `checklist: c\ntitle: C\nsteps:\n  - step: s\n    title: S\n    items:\n      - instructions: "Line one\\n\\n  indented\\nlast"\n      - instructions: " leading blank\\nsecond"\n`;
    const out = formatted(source, 'yaml', file);
    expect(out).toContain('      - instructions: |-\n          Line one\n\n            indented\n          last\n');
    expect(out).toContain('      - instructions: " leading blank\\nsecond"\n');
    expect(hashOf(out, file)).toBe(hashOf(source, file));
  });

  it('leaves a file with errors alone: diagnostics, no text', () => {
    for (const broken of ['checklist: c\ntitle: [unclosed\n', 'checklist: c\ntitle: C\nsteps:\n  - step: s\n    title: S\n    items:\n      - yes_no: q\n      - yes_no: q\n        label: Q\n']) {
      const result = formatSource(broken, { form: 'yaml', fileName: file });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    }
  });

  it('never throws on hostile input', () => {
    for (const hostile of ['', '---\n---\n', 'a: &x [*x]\n', '\ufeffchecklist: c\n', '{'.repeat(5000), '- '.repeat(3000)]) {
      expect(() => formatSource(hostile, { form: 'yaml', fileName: file })).not.toThrow();
    }
  });
});
