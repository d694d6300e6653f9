/**
 * Issue 16, "imported dictionaries over-require": a checklist's case schema holds the imported
 * dictionary entries it reads (in conditions, or as an item's `source` / `sources` root) and all of
 * its own file's declarations; an imported entry it never reads is left out, required or not.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/compile.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { evaluate, loadChecklist } from '../../src/runtime/index.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

function irOf(file: string): ChecklistIR {
  const { ir, diagnostics } = compileFile(file);
  if (ir === undefined) throw new Error(diagnostics.map((d) => d.message).join('\n'));
  return ir;
}

function dataErrorsOf(ir: ChecklistIR, caseData: unknown): string[] {
  const loaded = loadChecklist(ir);
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return evaluate(loaded.checklist, caseData, {}).dataErrors.map((error) => `${error.path}: ${error.message}`);
}

interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly required?: readonly string[];
}

describe('imported dictionaries in the case schema', () => {
  it('a servicing checklist sharing the dispute dictionary does not require a dispute', () => {
    const ir = irOf(path.join(SAMPLES, 'account_closure.checklist'));
    const schema = ir.caseSchema as SchemaNode;
    expect(Object.keys(schema.properties ?? {})).toEqual(['consumer', 'account']);
    expect(schema.required).toBeUndefined();
    expect(dataErrorsOf(ir, { account: { status: 'Current', balance: 0 }, consumer: { address: 'x' } })).toEqual([]);
  });

  it('a dispute checklist that reads the dictionary still requires what it reads', () => {
    const ir = irOf(path.join(SAMPLES, 'identity_theft.checklist'));
    expect((ir.caseSchema as SchemaNode).required).toContain('dispute');
    expect(dataErrorsOf(ir, {})).toEqual(expect.arrayContaining([expect.stringMatching(/^dispute\.type: /)]));
  });

  it('keeps read entries, entries under a read root and every own declaration; drops the rest', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cw-dictionary-'));
    writeFileSync(
      path.join(dir, 'shared.checklist'),
      [
        'fields {',
        '  a.read text "Read" required',
        '  a.unread text "Unread" required',
        '  box.inner text "Under a source root" required',
        '  other.x number "Never read" required',
        '}',
        '',
      ].join('\n'),
    );
    writeFileSync(
      path.join(dir, 'main.checklist'),
      [
        'import "shared.checklist"',
        'fields {',
        '  own.field text "Own, unread" required',
        '}',
        'checklist main "Main" {',
        '  version 1',
        '  data {',
        '    mine.unread text "Own data, unread"',
        '  }',
        '  step s "S" {',
        '    yes_no q "Q?" when a.read == "x"',
        '    review_files r "Files" source box',
        '  }',
        '}',
        '',
      ].join('\n'),
    );
    const schema = irOf(path.join(dir, 'main.checklist')).caseSchema as SchemaNode;
    expect(Object.keys(schema.properties ?? {})).toEqual(['a', 'box', 'own', 'mine']);
    expect(Object.keys(schema.properties?.['a']?.properties ?? {})).toEqual(['read']);
    expect(schema.required).toEqual(['a', 'box', 'own']);
  });
});
