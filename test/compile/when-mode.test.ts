import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { memoryHost } from './host.js';

const text = (when: string) => `checklist w "W" {
  data { account.balance number }
  step one "One" { yes_no q "Q" }
  step two "Two" when ${when} { checkbox c "C" }
}
`;
const yaml = (when: string) => `checklist: w
title: W
data:
  account.balance: number
steps:
  - step: one
    title: One
    items:
      - yes_no: q
        label: Q
  - step: two
    title: Two
    when: ${when}
    items:
      - checkbox: c
        label: C
`;

const stepTwo = (source: string, file: string) => {
  const { ir, diagnostics } = compileSource(source, file, memoryHost({}));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return ir!.steps[1]!;
};

describe('whenMode through the front ends', () => {
  it('is basic for one test, parenthesised or not', () => {
    expect(stepTwo(text('q'), 'w.checklist').whenMode).toBe('basic');
    expect(stepTwo(text('((account.balance > 5))'), 'w.checklist')).toMatchObject({
      whenMode: 'basic',
      when: { and: [{ '!=': [{ var: 'case.account.balance' }, null] }, { '>': [{ var: 'case.account.balance' }, 5] }] },
    });
  });

  it('is basic for a one-element `all` or `any` in YAML, with the same hash as the text form', () => {
    const fromText = compileSource(text('account.balance > 5'), 'w.checklist', memoryHost({})).ir!;
    for (const when of ['{ all: [ { field: account.balance, op: gt, value: 5 } ] }', '{ any: [ { all: [ { field: account.balance, op: gt, value: 5 } ] } ] }']) {
      const fromYaml = compileSource(yaml(when), 'w.checklist.yaml', memoryHost({})).ir!;
      expect(fromYaml.steps[1]!.whenMode).toBe('basic');
      expect(fromYaml.hash).toBe(fromText.hash);
    }
  });

  it('is advanced for `not x`, `and`, `or`', () => {
    expect(stepTwo(text('not q'), 'w.checklist')).toMatchObject({ whenMode: 'advanced', when: { '!': [{ '!!': [{ var: 'responses.q' }] }] } });
    expect(stepTwo(text('q and account.balance > 5'), 'w.checklist').whenMode).toBe('advanced');
    expect(stepTwo(text('q or (account.balance > 5)'), 'w.checklist').whenMode).toBe('advanced');
  });

  it('flattens `a and (b and c)` into one `and` of three', () => {
    const step = stepTwo(text('q and (account.balance > 5 and account.balance < 9)'), 'w.checklist');
    expect((step.when as { and: unknown[] }).and).toHaveLength(3);
    expect(step.deps).toEqual(['case.account.balance', 'responses.q']);
  });
});
