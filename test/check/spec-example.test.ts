import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSource } from './helpers.js';

const DICTIONARY = `fields dictionary {
  dispute.type choice("ACDV", "AUD") "Dispute type"
  dispute.code text "Dispute code"
  consumer.name text
  consumer.ssn text
  consumer.dob date
  consumer.state text
  account.number text
  account.balance number "Balance"
}`;

/** SPEC §2.5, verbatim. */
const EXAMPLE = readFileSync(new URL('../fixtures/spec-example.checklist', import.meta.url), 'utf8');

describe('the SPEC §2.5 example', () => {
  it('checks without a diagnostic, and resolves every reference', () => {
    const result = checkSource(EXAMPLE, [DICTIONARY]);
    expect(result.diagnostics).toEqual([]);
    const model = result.model;
    const steps = model?.checklist.steps ?? [];
    expect(steps.flatMap((step) => step.items).map((item) => model?.itemId(item))).toEqual([
      'intro_instructions_1',
      'has_files',
      'reviewed',
      'docs',
      'cmp',
      'reason',
      'notes',
      'acdv',
    ]);
    expect(model?.caseDecls.map((c) => c.decl.path.text)).toEqual([
      'dispute.type',
      'dispute.code',
      'consumer.name',
      'consumer.ssn',
      'consumer.dob',
      'consumer.state',
      'account.number',
      'account.balance',
      'qa.selected',
      'files',
    ]);
  });
});
