import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compileFile } from '../../src/compile.js';
import { encode } from '../../src/explore/encode.js';
import { explore, type ExploreReport } from '../../src/explore/explore.js';
import { LINT_LIMITS, reachabilityDiagnostics } from '../../src/explore/lint.js';
import { generateTests } from '../../src/explore/generate.js';
import type { WitnessTest } from '../../src/explore/witness.js';
import { loadChecklist, type LoadedChecklist } from '../../src/runtime/load.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { runWitness } from './run-witness.js';

const repo = path.resolve(import.meta.dirname, '../..');
const samples = readdirSync(path.join(repo, 'samples'))
  .filter((name) => /\.checklist(\.yaml)?$/.test(name) && name !== 'dictionary.checklist')
  .map((name) => `samples/${name}`);

function compiled(file: string): { ir: ChecklistIR; loaded: LoadedChecklist } {
  const result = compileFile(path.join(repo, file));
  if (result.ir === undefined) throw new Error(`${file} does not compile`);
  const loaded = loadChecklist(result.ir);
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { ir: result.ir, loaded: loaded.checklist };
}

describe.each(samples)('explore %s', (file) => {
  const { ir, loaded } = compiled(file);
  const explored = explore(ir);
  if (!explored.ok) throw new Error('explore failed');
  const report = explored.report;

  it('decides every question (no unknown), within the budget', () => {
    expect(report.budgetExceeded).toBe(false);
    const unknown = report.nodes.filter((node) => node.visible === 'unknown' || node.hidden === 'unknown').map((node) => node.id);
    expect(unknown).toEqual([]);
    expect(report.completion.answer).toBe('yes');
    expect([...report.outcomes, ...report.transitions].filter((goal) => goal.answer !== 'yes')).toEqual([]);
    if (report.resolution !== null) expect(report.resolution.answer).toBe('yes');
  });

  it('backs every "yes" with a witness that passes when replayed', () => {
    const names = new Set(report.witnesses.map((witness) => witness.name));
    for (const node of report.nodes) {
      if (node.visible === 'yes') expect(names.has(node.witness.visible ?? '')).toBe(true);
      if (node.hidden === 'yes') expect(names.has(node.witness.hidden ?? '')).toBe(true);
    }
    for (const witness of report.witnesses) expect({ name: witness.name, problems: runWitness(loaded, witness) }).toEqual({ name: witness.name, problems: [] });
  });

  it('generates a YAML test file whose tests pass and cover every condition both ways', () => {
    const generated = generateTests(ir, path.basename(file));
    if (!generated.ok) throw new Error('generate failed');
    const parsed = parse(generated.text) as { checklist: string; tests: WitnessTest[] };
    expect(parsed.checklist).toBe(path.basename(file));
    for (const test of parsed.tests) expect(runWitness(loaded, test)).toEqual([]);
    const seen = (id: string, key: 'visible' | 'hidden'): boolean =>
      parsed.tests.some((test) => test.steps.some((step) => 'expect' in step && (step.expect[key] ?? []).includes(id)));
    const conditional = [...ir.steps, ...Object.values(ir.closing ?? {}).flat()].flatMap((step) => [step, ...step.items]).filter((node) => node.when !== undefined);
    for (const node of conditional) expect({ id: node.id, visible: seen(node.id, 'visible'), hidden: seen(node.id, 'hidden') }).toEqual({ id: node.id, visible: true, hidden: true });
  });
});

describe('explore on bad input', () => {
  it('returns errors, never throws, for values that are not an IR', () => {
    for (const value of [null, 42, 'x', {}, { steps: 'no' }, []]) expect(explore(value as unknown as ChecklistIR).ok).toBe(false);
  });

  it('answers unknown, never no, when the budget is spent', () => {
    const { ir } = compiled('samples/invalid/CW104.checklist');
    const explored = explore(ir, { budgetMs: -1 });
    if (!explored.ok) throw new Error('explore failed');
    expect(explored.report.budgetExceeded).toBe(true);
    expect(explored.report.nodes.every((node) => node.visible === 'unknown')).toBe(true);
  });

  it('stops the encoding itself at the deadline (on thousands of steps it alone outlasts any budget)', () => {
    const loaded = loadChecklist(compiled('samples/invalid/CW104.checklist').ir);
    if (!loaded.ok) throw new Error('does not load');
    expect(() => encode(loaded.checklist, Date.now() - 1)).toThrow();
    expect(() => encode(loaded.checklist)).not.toThrow();
  });
});

describe('the deterministic budget (solver calls, no clock)', () => {
  const { ir } = compiled('samples/loan_dispute_of_purchase.checklist');
  const full = explore(ir);
  if (!full.ok) throw new Error('explore failed');
  const answers = (report: ExploreReport): string[] => report.nodes.flatMap((node) => [`${node.id} visible ${node.visible}`, `${node.id} hidden ${node.hidden}`]);

  it('gives the same answers every run, each undecided one unknown and every decided one right', () => {
    for (const maxSolverCalls of [0, 1, 5, 20]) {
      const runs = [explore(ir, { maxSolverCalls, budgetMs: Infinity }), explore(ir, { maxSolverCalls, budgetMs: Infinity })];
      const [first, second] = runs.map((run) => (run.ok ? run.report : undefined));
      if (first === undefined || second === undefined) throw new Error('explore failed');
      expect(first.budgetExceeded).toBe(true);
      expect(answers(second)).toEqual(answers(first));
      const right = new Set(answers(full.report));
      expect(answers(first).filter((answer) => !answer.endsWith(' unknown') && !right.has(answer))).toEqual([]);
    }
  });

  it('is what lint uses: no time limit, so lint is reproducible on any machine', () => {
    expect(LINT_LIMITS.budgetMs).toBe(Infinity);
    expect(LINT_LIMITS.maxSolverCalls).toBeGreaterThan(0);
    const { ir: never } = compiled('samples/invalid/CW104.checklist');
    expect(reachabilityDiagnostics(never, 'x.checklist', [], { ...LINT_LIMITS, maxSolverCalls: 0 })).toEqual([]);
    expect(reachabilityDiagnostics(never, 'x.checklist', []).map((d) => d.code)).toContain('CW104');
  });
});

describe('CW104 / CW105 samples', () => {
  it('proves `escalate` never visible, with the clause', () => {
    const explored = explore(compiled('samples/invalid/CW104.checklist').ir);
    if (!explored.ok) throw new Error('explore failed');
    const escalate = explored.report.nodes.find((node) => node.id === 'escalate');
    expect(escalate).toMatchObject({ visible: 'no', hidden: 'yes', clause: 'approved and reason is not empty' });
  });

  it('proves the resolution never allowed while completion stays reachable', () => {
    const explored = explore(compiled('samples/invalid/CW105.checklist').ir);
    if (!explored.ok) throw new Error('explore failed');
    expect(explored.report.resolution?.answer).toBe('no');
    expect(explored.report.completion.answer).toBe('yes');
  });
});
