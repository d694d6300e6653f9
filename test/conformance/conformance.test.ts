/**
 * The conformance corpus (docs/conformance.md): self-contained vectors that any Checkwright
 * runtime, in any language, must reproduce exactly.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import jsonLogic from 'json-logic-js';
import { describe, expect, it } from 'vitest';
import type { ChecklistIR, IrStep, JsonLogic } from '../../src/ir/types.js';
import { compileCondition } from '../../src/runtime/conditions/index.js';
import { evaluate, loadChecklist, type EvaluationResult, type StepResult } from '../../src/runtime/index.js';
import { irHash } from '../../src/emit/hash.js';

interface Vector {
  description: string;
  ir: ChecklistIR;
  case: unknown;
  state: unknown;
  expected: EvaluationResult;
}

const folder = import.meta.dirname;
const vectors = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => [name, JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Vector] as const);

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
const validateIr = addFormats(new Ajv({ allErrors: true, strict: false })).compile(
  JSON.parse(readFileSync(path.resolve(folder, '../../schemas/checklist-ir.schema.json'), 'utf8')),
);

describe('conformance vectors', () => {
  it('exist', () => expect(vectors.length).toBeGreaterThanOrEqual(15));

  describe.each(vectors)('%s', (_name, vector) => {
    it('is self-contained and well-formed', () => {
      expect(Object.keys(vector).sort()).toEqual(['case', 'description', 'expected', 'ir', 'state']);
      expect(validateIr(vector.ir), JSON.stringify(validateIr.errors)).toBe(true);
      expect(vector.ir.hash).toBe(irHash(vector.ir));
    });

    it('evaluates to exactly the expected result', () => {
      const loaded = loadChecklist(vector.ir);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const result = JSON.parse(JSON.stringify(evaluate(loaded.checklist, vector.case, vector.state)));
      expect(result).toStrictEqual(vector.expected);
    });

    it('agrees with plain json-logic-js on every condition', () => {
      const data = conditionData(vector);
      for (const { rule, visible } of conditionsOf(vector)) {
        const reference = jsonLogic.truthy(jsonLogic.apply(rule as jsonLogic.RulesLogic, data));
        expect(compileCondition(rule)(data), JSON.stringify(rule)).toBe(reference);
        if (visible !== undefined) expect(visible, JSON.stringify(rule)).toBe(reference);
      }
    });
  });

  it('together cover every error code, step status and result part of SPEC §5', () => {
    const results = vectors.map(([, vector]) => vector.expected);
    const steps = results.flatMap((result) => [...result.steps, ...Object.values(result.closing).flat()]);
    const codes = new Set(steps.flatMap((step) => step.items.flatMap((item) => item.errors.map((error) => error.code))));
    expect(codes.size).toBe(14);
    expect(new Set(steps.map((step) => step.status))).toEqual(new Set(['hidden', 'locked', 'completed', 'open', 'ready']));
    expect(new Set(vectors.flatMap(([, vector]) => vector.ir.steps.flatMap((step) => step.items.map((item) => item.type)))).size).toBe(16);
    expect(results.some((result) => result.invalidated.length > 0)).toBe(true);
    expect(results.some((result) => result.status === 'complete')).toBe(true);
    expect(results.some((result) => result.resolution?.allowed)).toBe(true);
    expect(results.some((result) => result.resolution?.qaReview)).toBe(true);
    expect(new Set(results.flatMap((result) => result.resolution?.blockedBy.map((blocker) => blocker.kind) ?? []))).toEqual(new Set(['step', 'item']));
    expect(new Set(results.flatMap((result) => result.dataErrors.map((error) => error.source)))).toEqual(new Set(['case', 'state']));
    expect(steps.some((step) => step.why !== undefined && step.items.some((item) => item.why?.text.startsWith('its step')))).toBe(true);
  });
});

/**
 * The data the vector's conditions read, rebuilt from the vector alone: the case without the
 * fields its dataErrors name, and the responses of items the expected result shows visible and
 * without wrong_type.
 */
function conditionData(vector: Vector) {
  const caseErrors = vector.expected.dataErrors.filter((error) => error.source === 'case').map((error) => error.path);
  const caseData = caseErrors.includes('') ? {} : withoutPaths(vector.case, caseErrors);
  const state = (vector.state ?? {}) as Record<string, unknown>;
  const stateErrors = new Set(vector.expected.dataErrors.filter((error) => error.source === 'state').map((error) => error.path));
  const given = (typeof state.responses === 'object' && state.responses !== null ? state.responses : {}) as Record<string, unknown>;
  const responses: Record<string, unknown> = {};
  for (const step of allSteps(vector.expected)) {
    for (const item of step.items) {
      if (item.visible && Object.hasOwn(given, item.id) && !item.errors.some((error) => error.code === 'wrong_type')) {
        responses[item.id] = given[item.id];
      }
    }
  }
  return {
    case: caseData,
    responses,
    outcome: stateErrors.has('outcome') ? null : (state.outcome ?? null),
    status: stateErrors.has('status') ? null : (state.status ?? null),
  };
}

function withoutPaths(value: unknown, paths: string[]): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  for (const dotted of paths) {
    const segments = dotted.split('.');
    let parent: unknown = copy;
    for (const segment of segments.slice(0, -1)) parent = (parent as Record<string, unknown>)?.[segment];
    if (parent && typeof parent === 'object') delete (parent as Record<string, unknown>)[segments.at(-1)!];
  }
  return copy;
}

function allSteps(result: EvaluationResult): StepResult[] {
  return [...result.steps, ...Object.values(result.closing).flat()];
}

/** Every condition of the IR, with the visibility the expected result gives the node it guards. */
function conditionsOf(vector: Vector): { rule: JsonLogic; visible?: boolean }[] {
  const { ir, expected } = vector;
  const found: { rule: JsonLogic; visible?: boolean }[] = [];
  const visit = (steps: readonly IrStep[], results: StepResult[], outcomeChosen: boolean) => {
    steps.forEach((step, index) => {
      const shown = results[index]!;
      if (step.when !== undefined) found.push({ rule: step.when, ...(outcomeChosen && { visible: shown.visible }) });
      step.items.forEach((item, itemIndex) => {
        if (item.when !== undefined) found.push({ rule: item.when, ...(shown.visible && { visible: shown.items[itemIndex]!.visible }) });
      });
    });
  };
  visit(ir.steps, expected.steps, true);
  const chosen = (vector.state as { outcome?: unknown } | null)?.outcome;
  for (const [outcome, steps] of Object.entries(ir.closing ?? {})) visit(steps, expected.closing[outcome]!, outcome === chosen);
  if (ir.qaReview) found.push({ rule: ir.qaReview.when, ...(expected.resolution && { visible: expected.resolution.qaReview }) });
  if (ir.assign) found.push({ rule: ir.assign.when });
  for (const transition of ir.lifecycle?.transitions ?? []) if (transition.when !== undefined) found.push({ rule: transition.when });
  return found;
}
