// compileParsed's phase options: the formatter compiles without the reachability analysis, whose
// SAT solver work (CW101, CW104, CW105 — warnings only) it does not need.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileParsed } from '../../src/compile.js';
import { parseChecklistText } from '../../src/syntax/index.js';

const file = path.resolve(import.meta.dirname, '../../samples/invalid/CW104.checklist');
const codes = (reachability?: boolean): string[] =>
  compileParsed(parseChecklistText(readFileSync(file, 'utf8'), file), undefined, reachability === undefined ? {} : { reachability }).diagnostics.map((d) => d.code);

describe('compileParsed phases', () => {
  it('runs the reachability analysis by default', () => {
    expect(codes()).toContain('CW104');
  });

  it('skips it when asked, and still emits the IR', () => {
    expect(codes(false)).not.toContain('CW104');
    expect(compileParsed(parseChecklistText(readFileSync(file, 'utf8'), file), undefined, { reachability: false }).ir).toBeDefined();
  });
});
