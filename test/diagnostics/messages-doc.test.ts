import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC, messagesMarkdown, withGenerated } from '../../scripts/gen-messages-doc.mjs';
import { CODES } from '../../src/diagnostics/codes.js';
import { Diagnostics, Hints } from '../../src/diagnostics/messages.js';

describe('docs/messages.md', () => {
  it('lists the table as it is (regenerate: node --import tsx scripts/gen-messages-doc.mjs)', () => {
    const page = readFileSync(DOC, 'utf8');
    expect(page).toBe(withGenerated(page, messagesMarkdown(Diagnostics, Hints, CODES)));
  });

  it('lists every entry under its code, with a `|` in a text escaped', () => {
    const text = messagesMarkdown({ A: { code: 'CW001', message: 'a | b', hint: 'h' } }, { H: 'x' }, { CW001: { title: 'Syntax error' } });
    expect(text).toContain('### CW001: Syntax error');
    expect(text).toContain('| `A` | a \\| b | h |');
    expect(text).toContain('| `H` | x |');
  });
});
