/**
 * One expectation against one evaluation: `undefined` when it holds, otherwise what was expected
 * and what the runtime showed instead, in words a checklist author reads.
 */
import { findItem, findStep } from '../runtime/session.js';
import type { EvaluationResult, ItemResult, StepResult } from '../runtime/types.js';
import type { Expectation, ProgressExpectation } from './model.js';

export interface Mismatch {
  readonly expected: string;
  readonly seen: string;
}

type StateExpectation = Exclude<Expectation, { kind: 'refused' }>;

export function checkExpectation(e: StateExpectation, result: EvaluationResult): Mismatch | undefined {
  switch (e.kind) {
    case 'visible':
    case 'hidden': {
      const node = findNode(result, e.id);
      if (node === undefined) return { expected: `\`${e.id}\` ${e.kind}`, seen: 'no such step or item in the result' };
      return node.visible === (e.kind === 'visible') ? undefined : { expected: `\`${e.id}\` ${e.kind}`, seen: describeVisibility(node) };
    }
    case 'why': {
      const node = findNode(result, e.id);
      const text = node?.why?.text;
      if (text !== undefined && text.includes(e.text)) return undefined;
      const seen = text === undefined ? `\`${e.id}\` is visible: it has no why` : `why: ${JSON.stringify(text)}`;
      return { expected: `\`${e.id}\` hidden, its why containing ${JSON.stringify(e.text)}`, seen };
    }
    case 'status': {
      const step = findStep(result, e.id);
      return step?.status === e.status ? undefined : { expected: `step \`${e.id}\` ${e.status}`, seen: step ? `${step.status}${reasonOf(step)}` : 'no such step' };
    }
    case 'valid': {
      const item = findItem(result, e.id);
      return item?.valid === true ? undefined : { expected: `\`${e.id}\` valid`, seen: item ? `invalid (${errorsOf(item)})` : 'no such item' };
    }
    case 'invalid': {
      const item = findItem(result, e.id);
      const expected = `\`${e.id}\` invalid${e.codes.length > 0 ? ` with ${e.codes.join(', ')}` : ''}`;
      if (item === undefined) return { expected, seen: 'no such item' };
      if (item.valid) return { expected, seen: item.visible ? 'valid' : `valid: it is hidden (${item.why?.text ?? ''})` };
      const codes = item.errors.map((error) => error.code);
      const same = e.codes.length === 0 || (e.codes.length === codes.length && e.codes.every((code) => (codes as string[]).includes(code)));
      return same ? undefined : { expected, seen: `invalid with ${errorsOf(item)}` };
    }
    case 'checklist':
      return result.status === e.status ? undefined : { expected: `checklist ${e.status}`, seen: `checklist ${result.status}` };
    case 'progress':
      return checkProgress(e.progress, result);
    case 'resolution':
      return checkResolution(e.resolution, result);
  }
}

function checkProgress(expected: ProgressExpectation, result: EvaluationResult): Mismatch | undefined {
  const keys = Object.keys(expected) as (keyof ProgressExpectation)[];
  const differs = keys.some((key) => expected[key] !== result.progress[key]);
  if (!differs) return undefined;
  const show = (p: ProgressExpectation) => keys.map((key) => `${key} ${JSON.stringify(p[key])}`).join(', ');
  return { expected: `progress ${show(expected)}`, seen: `progress ${show(result.progress)}` };
}

function checkResolution(expected: { allowed?: boolean; qaReview?: boolean; blockedBy?: readonly string[] }, result: EvaluationResult): Mismatch | undefined {
  const seen = result.resolution;
  if (seen === null) return { expected: 'a resolution', seen: 'the checklist has no resolution item' };
  const blocked = seen.blockedBy.map((b) => b.id);
  const sameBlocked = expected.blockedBy === undefined || sameSet(expected.blockedBy, blocked);
  const ok = (expected.allowed === undefined || expected.allowed === seen.allowed) && (expected.qaReview === undefined || expected.qaReview === seen.qaReview) && sameBlocked;
  if (ok) return undefined;
  const parts = (r: { allowed?: boolean; qaReview?: boolean; blockedBy?: readonly string[] }) =>
    [r.allowed !== undefined && `allowed ${r.allowed}`, r.qaReview !== undefined && `qaReview ${r.qaReview}`, r.blockedBy && `blockedBy [${r.blockedBy.join(', ')}]`].filter(Boolean).join(', ');
  const reasons = seen.blockedBy.map((b) => `${b.id}: ${b.why}`).join('; ');
  return {
    expected: `resolution ${parts(expected)}`,
    seen: `resolution ${parts({ allowed: seen.allowed, qaReview: seen.qaReview, blockedBy: blocked })}${reasons ? ` (${reasons})` : ''}`,
  };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id) => b.includes(id));
}

function describeVisibility(node: StepResult | ItemResult): string {
  return node.visible ? 'visible' : `hidden: ${node.why?.text ?? 'no reason given'}`;
}

function reasonOf(step: StepResult): string {
  if (step.status === 'hidden') return ` (${step.why?.text ?? ''})`;
  if (step.status !== 'open') return '';
  return ` (${step.items.filter((item) => !item.valid).map((item) => `${item.id}: ${errorsOf(item)}`).join('; ')})`;
}

function errorsOf(item: ItemResult): string {
  return item.errors.map((error) => `${error.code}: ${error.message}`).join('; ');
}

function findNode(result: EvaluationResult, id: string): StepResult | ItemResult | undefined {
  return findStep(result, id) ?? findItem(result, id);
}
