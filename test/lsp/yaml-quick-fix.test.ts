import { describe, expect, it } from 'vitest';
import { quickFixes } from '../../src/lsp/actions.js';
import { rangeOf } from '../../src/lsp/positions.js';
import { parseChecklistYaml } from '../../src/yaml/index.js';

describe('quick fixes for the YAML form', () => {
  it('offer the "did you mean" of a misspelt key, now that the suggestion is the hint', () => {
    const source = ['checklist: x', 'title: X', 'steps:', '  - step: a', '    title: A', '    items:', '      - yes_no: q', '        lable: Q', ''].join('\n');
    const [unknown] = parseChecklistYaml(source, 'x.checklist.yaml').diagnostics;
    expect(unknown).toMatchObject({ code: 'CW001', message: 'unknown key `lable` in an item', hint: 'did you mean `label`?' });
    const lsp = { range: rangeOf(unknown!), message: unknown!.message, data: { hint: unknown!.hint } };
    const [fix] = quickFixes('file:///x.checklist.yaml', [lsp], () => 'lable');
    expect(fix?.title).toBe('Change to `label`');
    expect(fix?.edit?.changes?.['file:///x.checklist.yaml']).toEqual([{ range: lsp.range, newText: 'label' }]);
  });
});
