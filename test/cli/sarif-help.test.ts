import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES, type Code } from '../../src/diagnostics/codes.js';
import { HELP } from '../../src/diagnostics/generated/help.js';
import { formatSarif } from '../../src/diagnostics/format/sarif.js';
import { diag } from '../../src/diagnostics/diagnostic.js';
// @ts-expect-error: a plain ES module script without types
import { helpFromDocs } from '../../scripts/gen-diagnostics-help.mjs';

const docs = readFileSync(new URL('../../docs/diagnostics.md', import.meta.url), 'utf8');

describe('rule help from docs/diagnostics.md', () => {
  it('is what the page says now (the generated table has not drifted from the docs)', () => {
    expect(HELP).toEqual(helpFromDocs(docs));
  });

  it('exists for every code, and the page explains no code that does not exist', () => {
    expect(Object.keys(HELP).sort()).toEqual(Object.keys(CODES).sort());
    for (const code of Object.keys(CODES) as Code[]) {
      expect(HELP[code]!.full, code).not.toBe('');
      expect(HELP[code]!.text.startsWith(HELP[code]!.full), code).toBe(true);
    }
  });

  it('gives each rule links that work outside the repository', () => {
    const d = diag('CW001', 'a.checklist', { line: 1, column: 1, endLine: 1, endColumn: 2 }, 'm');
    const [rule] = JSON.parse(formatSarif([d])).runs[0].tool.driver.rules;
    expect(rule.help.markdown).toContain('](https://github.com/checkwright/checkwright/blob/main/docs/language.md)');
    expect(rule.help.markdown).not.toMatch(/\]\((?!https:)/);
  });
});
