// Property tests: one random edit is reported as exactly that change with the right impact; noise is no change.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { diffChecklists } from '../../src/diff/index.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { checklistArbitrary, edited, editArbitrary, printChecklist } from './generated.js';

function compiled(text: string): ChecklistIR {
  const { ir, diagnostics } = compileSource(text, 'gen.checklist');
  if (ir === undefined) throw new Error(`did not compile:\n${text}\n${JSON.stringify(diagnostics)}`);
  return ir;
}

describe('diff of generated checklists', () => {
  it('reports a random edit as exactly that change, with the right impact', () => {
    fc.assert(
      fc.property(checklistArbitrary, editArbitrary, (model, edit) => {
        const { model: after, expected } = edited(model, edit.apply);
        fc.pre(expected !== undefined);
        const { changes } = diffChecklists(compiled(printChecklist(model)), compiled(printChecklist(after)));
        expect(changes.map(({ kind, target, id, detail, impact }) => ({ kind, target, id, ...(detail === undefined || expected!.detail === undefined ? {} : { detail }), impact }))).toEqual([expected]);
      }),
      { numRuns: 150 },
    );
  });

  it('finds nothing between a checklist and itself with comments, blank lines and spacing changed', () => {
    fc.assert(
      fc.property(checklistArbitrary, (model) => {
        const result = diffChecklists(compiled(printChecklist(model)), compiled(printChecklist(model, true)));
        expect(result).toEqual({ same: true, changes: [] });
      }),
      { numRuns: 40 },
    );
  });
});
