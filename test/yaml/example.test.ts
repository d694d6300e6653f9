import { describe, expect, it } from 'vitest';
import { parseChecklistYaml } from '../../src/yaml/index.js';
import { withoutSpans, yaml } from './helpers.js';

/** SPEC §3's example, verbatim. */
const SPEC_EXAMPLE = yaml(
  'checklist: y',
  'title: Y',
  'version: 2',
  'data:',
  '  account.balance: number',
  '  dispute.type: { type: choice, values: [ACDV, AUD], label: Dispute type }',
  'steps:',
  '  - step: s1',
  '    title: One',
  '    items:',
  '      - instructions: "Read the **dispute** first."',
  '      - yes_no: q',
  '        label: Q',
  '        required: true',
  '  - step: s2',
  '    title: Two',
  '    when: { all: [ { field: q, op: "true" }, { field: account.balance, op: gt, value: 100 } ] }',
  '    items:',
  '      - data_compare: cmp',
  '        label: Compare',
  '        mode: edit',
  '        sections: [ { section: Account, fields: [account.balance] } ]',
);

const EXPECTED = {
  file: 'y.checklist.yaml',
  imports: [],
  fields: [],
  checklist: {
    id: { text: 'y' },
    title: { value: 'Y' },
    version: { value: 2 },
    data: [
      { path: { text: 'account.balance' }, type: { kind: 'number' }, required: false },
      {
        path: { text: 'dispute.type' },
        type: { kind: 'choice', values: [{ value: 'ACDV' }, { value: 'AUD' }] },
        label: { value: 'Dispute type' },
        required: false,
      },
    ],
    udf: [],
    resolution: [],
    outcomes: [],
    closing: [],
    steps: [
      {
        id: { text: 's1' },
        title: { value: 'One' },
        items: [
          { type: 'instructions', label: { value: 'Read the **dispute** first.' }, options: [] },
          { type: 'yes_no', id: { text: 'q' }, label: { value: 'Q' }, options: [{ name: { text: 'required' } }] },
        ],
      },
      {
        id: { text: 's2' },
        title: { value: 'Two' },
        when: {
          kind: 'and',
          operands: [
            { kind: 'test', ref: { text: 'q' }, op: 'truthy' },
            { kind: 'test', ref: { text: 'account.balance' }, op: '>', value: { kind: 'number', value: 100 } },
          ],
        },
        items: [
          {
            type: 'data_compare',
            id: { text: 'cmp' },
            label: { value: 'Compare' },
            options: [{ name: { text: 'mode' }, value: { kind: 'path', path: { text: 'edit' } } }],
            sections: [{ title: { value: 'Account' }, fields: [{ text: 'account.balance' }] }],
          },
        ],
      },
    ],
  },
};

describe('the SPEC §3 example', () => {
  const parsed = parseChecklistYaml(SPEC_EXAMPLE, 'y.checklist.yaml');

  it('parses without diagnostics to the expected AST', () => {
    expect(parsed.diagnostics).toEqual([]);
    expect(withoutSpans(parsed.file)).toEqual(EXPECTED);
  });

  it('takes spans from YAML node ranges, 1-based with an exclusive end', () => {
    const [first, second] = parsed.file.checklist?.steps ?? [];
    const question = first?.items[1];
    expect(first?.id.span).toEqual({ line: 8, column: 11, endLine: 8, endColumn: 13 });
    expect(question?.typeSpan).toEqual({ line: 12, column: 9, endLine: 12, endColumn: 15 });
    expect(question?.id?.span).toEqual({ line: 12, column: 17, endLine: 12, endColumn: 18 });
    expect(question?.options[0]?.span).toEqual({ line: 14, column: 9, endLine: 14, endColumn: 23 });
    expect(second?.when?.span).toEqual({ line: 17, column: 11, endLine: 17, endColumn: 96 });
    expect(first?.items[0]?.label?.span).toEqual({ line: 11, column: 23, endLine: 11, endColumn: 52 });
  });

  it('gives the same AST when the `when` is written as a condition string', () => {
    const asText = SPEC_EXAMPLE.replace(/when: \{ all: .*\n/, 'when: q and account.balance > 100\n');
    const reparsed = parseChecklistYaml(asText, 'y.checklist.yaml');
    expect(reparsed.diagnostics).toEqual([]);
    expect(withoutSpans(reparsed.file)).toEqual(EXPECTED);
  });
});
