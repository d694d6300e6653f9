import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { compileFile } from '../../src/compile.js';
import * as barrel from '../../src/index.js';
import { memoryHost } from './host.js';

/** SPEC §2.5, verbatim; the dictionary it imports is below. */
const SPEC_EXAMPLE = readFileSync(new URL('../fixtures/spec-example.checklist', import.meta.url), 'utf8');

const DICTIONARY = `fields dispute {
  dispute.type choice("ACDV", "AUD") "Dispute type"
  dispute.code text "Dispute code"
}
fields consumer {
  consumer.name text
  consumer.ssn text
  consumer.dob date
  consumer.state text
}
fields account {
  account.number text
  account.balance number "Balance"
}
`;

describe('compile: the SPEC §2.5 example', () => {
  const host = memoryHost({ 'cases/identity.checklist': SPEC_EXAMPLE, 'cases/dictionary.checklist': DICTIONARY });
  const { ir, diagnostics } = compileFile('cases/identity.checklist', host);

  it('compiles without errors to an IR that passes the published schema', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const schema = JSON.parse(readFileSync(new URL('../../schemas/checklist-ir.schema.json', import.meta.url), 'utf8')) as object;
    expect(new Ajv({ strict: true }).validate(schema, JSON.parse(barrel.printIr(ir!)))).toBe(true);
  });

  it('lowers its conditions and fills its defaults', () => {
    expect(ir!.assign).toEqual({
      when: { and: [{ '===': [{ var: 'case.dispute.type' }, 'ACDV'] }, { in: [{ var: 'case.dispute.code' }, ['103', '104']] }] },
      whenMode: 'advanced',
      deps: ['case.dispute.code', 'case.dispute.type'],
      priority: 10,
    });
    expect(ir!.steps.map((s) => s.id)).toEqual(['intro', 'evidence', 'upload', 'compare', 'decide']);
    expect(ir!.steps[0]!.items[0]).toMatchObject({ id: 'intro_instructions_1', type: 'instructions', required: false });
    expect(ir!.steps[1]!.items[1]).toMatchObject({ type: 'review_files', source: 'files', required: true });
    expect(ir!.steps[2]).toMatchObject({ when: { '!!': [{ var: 'responses.has_files' }] }, whenMode: 'basic' });
    expect(ir!.steps[3]!.items[0]).toMatchObject({ mode: 'edit', quickSelection: true, sources: ['dispute', 'record'] });
    expect(ir!.steps[4]!.items[1]!.deps).toEqual(['case.account.balance', 'case.consumer.state', 'responses.reason']);
    expect(ir!.qaReview!.deps).toEqual(['case.qa.selected']);
    expect(ir!.resolution!.fields[0]).toMatchObject({ path: 'finding', type: 'choice', required: true });
  });

  it('is reachable through the public barrel', () => {
    expect(barrel.compileFile('cases/identity.checklist', host).ir!.hash).toBe(ir!.hash);
    expect(Object.keys(barrel.CODES)).toContain('CW900');
    expect(barrel).not.toHaveProperty('evaluate');
  });
});
