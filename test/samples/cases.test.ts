// The case and state files of samples/cases do what samples/cases/README.md says they do.
import { describe, expect, it } from 'vitest';
import { evaluate, loadChecklist } from '../../src/runtime/index.js';
import { readCaseFile, sampleIr } from './sample-files.js';

function evaluateSample(checklist: string, caseFile: string, stateFile?: string) {
  const loaded = loadChecklist(sampleIr(checklist));
  if (!loaded.ok) throw new Error(`${checklist} does not load: ${loaded.errors.join('; ')}`);
  return evaluate(loaded.checklist, readCaseFile(caseFile), stateFile === undefined ? undefined : readCaseFile(stateFile));
}

function stepStatuses(result: ReturnType<typeof evaluateSample>): Record<string, string> {
  return Object.fromEntries(result.steps.map((s) => [s.id, s.status]));
}

describe('identity_theft cases', () => {
  it('fresh: nothing done, the first step open, the rest locked', () => {
    const result = evaluateSample('identity_theft.checklist', 'identity_theft.fresh.case.json');
    expect(result.dataErrors).toEqual([]);
    expect(result.status).toBe('in_progress');
    expect(stepStatuses(result)).toMatchObject({ intro: 'open', evidence: 'locked', decide: 'locked' });
    expect(result.resolution?.allowed).toBe(false);
  });

  it('half worked: the instructions done, the evidence step still open', () => {
    const result = evaluateSample('identity_theft.checklist', 'identity_theft.fresh.case.json', 'identity_theft.half.state.json');
    expect(result.dataErrors).toEqual([]);
    expect(stepStatuses(result)).toMatchObject({ intro: 'completed', evidence: 'open', upload: 'hidden' });
    const evidence = result.steps.find((s) => s.id === 'evidence');
    const errorsOf = (id: string) => evidence?.items.find((i) => i.id === id)?.errors.map((e) => e.code);
    expect(errorsOf('reviewed')).toEqual(['unmarked_files']);
    expect(errorsOf('report_date')).toEqual(['missing']);
  });

  it('resolvable: the case may be resolved and is not selected for QA', () => {
    const result = evaluateSample('identity_theft.checklist', 'identity_theft.fresh.case.json', 'identity_theft.resolvable.state.json');
    expect(result.dataErrors).toEqual([]);
    expect(result.invalidated).toEqual([]);
    expect(result.resolution).toEqual({ allowed: true, qaReview: false, blockedBy: [] });
  });

  it('selected for QA: resolvable, but the case goes to QA review', () => {
    const result = evaluateSample('identity_theft.checklist', 'identity_theft.qa.case.json', 'identity_theft.resolvable.state.json');
    expect(result.resolution).toEqual({ allowed: true, qaReview: true, blockedBy: [] });
  });
});

describe('the other samples’ cases', () => {
  it('loan dispute: every main step done, the upheld outcome’s closing step is open', () => {
    const result = evaluateSample('loan_dispute_of_purchase.checklist', 'loan_dispute_of_purchase.case.json', 'loan_dispute_of_purchase.closing.state.json');
    expect(result.dataErrors).toEqual([]);
    expect(result.steps.every((s) => s.status === 'completed')).toBe(true);
    expect(result.closing['upheld']?.map((s) => s.status)).toEqual(['open']);
    expect(result.closing['denied']?.map((s) => s.status)).toEqual(['hidden']);
    expect(result.status).toBe('in_progress');
  });

  it('onboarding: a joint application shows the co-applicants step', () => {
    const result = evaluateSample('customer_onboarding.checklist', 'customer_onboarding.case.json', 'customer_onboarding.half.state.json');
    expect(result.dataErrors).toEqual([]);
    expect(stepStatuses(result)).toMatchObject({ identity: 'completed', co_applicants: 'completed', proof: 'open' });
  });

  it.each([
    ['aud_correction.checklist', 'aud_correction.case.json'],
    ['brr_block_rescission.checklist', 'brr_block_rescission.case.json'],
  ])('%s: its case fits without data errors', (checklist, caseFile) => {
    expect(evaluateSample(checklist, caseFile).dataErrors).toEqual([]);
  });
});
