/**
 * Conditions → JsonLogic, exactly per docs/ir.md's lowering table. Null safety lives in the
 * shape of each leaf, so any JsonLogic evaluator gives SPEC §4's answers; a leaf's own `and`
 * is never merged into a surrounding one, so a reader can recognise each source test.
 */
import type { Condition, Literal, Name, TestCondition } from '../language/ast.js';
import type { CheckedChecklist } from '../check/model.js';
import type { JsonLogic } from '../ir/types.js';
import { EmitError } from './internal-error.js';

export interface LoweredCondition {
  readonly when: JsonLogic;
  readonly whenMode: 'basic' | 'advanced';
  readonly deps: readonly string[];
}

export function lowerCondition(condition: Condition, model: CheckedChecklist): LoweredCondition {
  const reads = new Set<string>();
  const when = lower(condition, model, reads);
  return {
    when,
    whenMode: condition.kind === 'test' ? 'basic' : 'advanced',
    // Default sort: UTF-16 code units, the same on every machine.
    deps: [...reads].sort(),
  };
}

function lower(condition: Condition, model: CheckedChecklist, reads: Set<string>): JsonLogic {
  switch (condition.kind) {
    case 'test':
      return lowerTest(condition, model, reads);
    case 'not':
      return { '!': [lower(condition.operand, model, reads)] };
    case 'and':
    case 'or':
      return { [condition.kind]: flatten(condition.kind, condition.operands).map((c) => lower(c, model, reads)) };
  }
}

/** `a and (b and c)` is one `and` of three: the source's nesting carries no meaning. */
function flatten(kind: 'and' | 'or', operands: readonly Condition[]): Condition[] {
  const flat: Condition[] = [];
  for (const operand of operands) {
    if (operand.kind === kind) flat.push(...flatten(kind, operand.operands));
    else flat.push(operand);
  }
  return flat;
}

function lowerTest(test: TestCondition, model: CheckedChecklist, reads: Set<string>): JsonLogic {
  const path = varPath(test.ref, model);
  reads.add(path);
  // A fresh `var` node per use: the emitted tree shares no objects, so no consumer can alias-mutate it.
  const v = (): JsonLogic => ({ var: path });
  switch (test.op) {
    case 'truthy':
      return { '!!': [v()] };
    case '==':
      return { '===': [v(), scalar(test)] };
    case '!=':
      return { '!==': [v(), scalar(test)] };
    case '<':
    case '<=':
    case '>':
    case '>=':
      return { and: [{ '!=': [v(), null] }, { [test.op]: [v(), scalar(test)] }] };
    case 'in':
      return { in: [v(), list(test)] };
    case 'not_in':
      return { '!': [{ in: [v(), list(test)] }] };
    case 'contains':
      return { in: [scalar(test), v()] };
    case 'empty':
      return isEmpty(v);
    case 'not_empty':
      return { '!': [isEmpty(v)] };
  }
}

function isEmpty(v: () => JsonLogic): JsonLogic {
  return { and: [{ '!': [v()] }, { '!==': [v(), false] }, { '!==': [v(), 0] }] };
}

function varPath(ref: Name, model: CheckedChecklist): string {
  const target = model.resolve(ref);
  if (target === undefined) throw new EmitError(`the reference \`${ref.text}\` reached the emitter unresolved`);
  return target.varPath;
}

function scalar(test: TestCondition): JsonLogic {
  const value = test.value;
  if (value === undefined || value.kind === 'list') throw new EmitError(`\`${test.op}\` needs one value`);
  return value.value;
}

function list(test: TestCondition): JsonLogic {
  const value: Literal | undefined = test.value;
  if (value === undefined || value.kind !== 'list') throw new EmitError(`\`${test.op}\` needs a list`);
  return value.items.map((item) => item.value);
}
