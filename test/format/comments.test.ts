// Comments stay with the construct they precede or end the line of, whatever fmt reorders.
import { describe, expect, it } from 'vitest';
import { formatSource } from '../../src/format/index.js';
import { commentTexts, formatted, hashOf } from './helpers.js';

const SOURCE = `# file header

checklist c "C" {
  step s "S" { // trails the step's head
    // leads q
    yes_no q "Q" required /* trails q */
    text t "T" required max_length 5 // trails t, whose options fmt reorders
      // inside t, before its condition
      when q
    // dangling at the end of the step
  }
  version 2 // trails version, which fmt moves up
  /* a block
     comment */
  data {
    a.b text // trails a.b
  }
}
// end of file
`;

describe('comment attachment', () => {
  const out = formatted(SOURCE);

  it('prints each comment at its construct, in the canonical layout', () => {
    expect(out).toBe(`// file header

checklist c "C" {
  version 2 // trails version, which fmt moves up

  /* a block
     comment */
  data {
    a.b text // trails a.b
  }

  step s "S" { // trails the step's head
    // leads q
    yes_no q "Q" required /* trails q */
    // inside t, before its condition
    text t "T" max_length 5 required when q // trails t, whose options fmt reorders
    // dangling at the end of the step
  }
}
// end of file
`);
  });

  it('keeps every comment text, the hash, and is idempotent', () => {
    expect(commentTexts(out)).toEqual(commentTexts(SOURCE));
    expect(hashOf(out)).toBe(hashOf(SOURCE));
    expect(formatted(out)).toBe(out);
  });
});

describe('what fmt refuses', () => {
  it('reports syntax errors and prints nothing', () => {
    const result = formatSource('checklist c "C" { step s {', { form: 'dsl', fileName: 'x.checklist' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.code)).toContain('CW001');
  });

  it('reports a checklist that does not compile', () => {
    const result = formatSource('checklist c "C" { step s "S" { instructions "x" required } }', { form: 'dsl', fileName: 'x.checklist' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.diagnostics.map((d) => d.code)).toEqual(['CW020']);
  });

  it('never throws on hostile text', () => {
    for (const text of ['', '/*', '"""', '\u0000', 'checklist', '{'.repeat(10000), 'checklist c "C" { step s "S" when '+ '('.repeat(5000) + ' }']) {
      expect(() => formatSource(text, { form: 'dsl', fileName: 'x.checklist' })).not.toThrow();
    }
  });
});

describe('YAML comments to the text form', () => {
  it('carries YAML # comments to the same constructs', async () => {
    const { toText } = await import('../../src/format/index.js');
    const yaml = '# head\nchecklist: c\ntitle: C\nsteps:\n  - step: s # trails s\n    title: S\n    items:\n      # leads q\n      - yes_no: q\n        label: Q\n';
    const result = toText(yaml, { form: 'yaml', fileName: 'x.checklist.yaml' });
    expect(result).toEqual({ ok: true, text: '// head\nchecklist c "C" {\n  step s "S" { // trails s\n    // leads q\n    yes_no q "Q"\n  }\n}\n' });
    if (result.ok) expect(hashOf(result.text)).toBe(hashOf(yaml, 'x.checklist.yaml'));
  });
});
