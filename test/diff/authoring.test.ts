// diff against fmt and convert: formatting or changing form is no change, and an edit reads the
// same whichever form the new version is written in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { diffChecklists } from '../../src/diff/index.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { checklistSource } from '../format/arbitrary.js';
import { formatted, yamlOf } from '../format/helpers.js';
import { checklistArbitrary, edited, editArbitrary, printChecklist } from './generated.js';

function compiled(text: string, file = 'gen.checklist'): ChecklistIR {
  const { ir, diagnostics } = compileSource(text, file);
  if (ir === undefined) throw new Error(`did not compile:\n${text}\n${JSON.stringify(diagnostics)}`);
  return ir;
}

describe('diff with fmt and convert', () => {
  it('diff(x, fmt(x)) and diff(x, convert(x)) are empty', () => {
    fc.assert(
      fc.property(checklistSource('line-and-block'), (source) => {
        const before = compiled(source);
        expect(diffChecklists(before, compiled(formatted(source, 'dsl', 'gen.checklist')))).toEqual({ same: true, changes: [] });
        expect(diffChecklists(before, compiled(yamlOf(source), 'gen.checklist.yaml'))).toEqual({ same: true, changes: [] });
      }),
      { numRuns: 20 },
    );
  });

  it('an edit whose new version is converted to YAML is still exactly that change', () => {
    fc.assert(
      fc.property(checklistArbitrary, editArbitrary, (model, edit) => {
        const { model: after, expected } = edited(model, edit.apply);
        fc.pre(expected !== undefined);
        const { changes } = diffChecklists(compiled(printChecklist(model)), compiled(yamlOf(printChecklist(after)), 'gen.checklist.yaml'));
        expect(changes.map(({ kind, target, id, impact }) => ({ kind, target, id, impact }))).toEqual([
          { kind: expected!.kind, target: expected!.target, id: expected!.id, impact: expected!.impact },
        ]);
      }),
      { numRuns: 30 },
    );
  });
});
