/**
 * Why a condition is false: the first false clause, printed back as source text, and the values
 * it read. `and` descends into its first false operand; an `or`, a `not` or a source test is
 * reported whole.
 */
import type { JsonLogic, JsonValue } from '../../ir/types.js';
import type { Why } from '../types.js';
import { cloneJson, setOwn } from '../own.js';
import type { ConditionData } from './case-reads.js';
import { compileCondition } from './compile.js';
import { findRuleProblems } from './check-rule.js';
import { compilePathRead, type Read } from './path-read.js';
import { compactJson, renderCondition, sourceName } from './render.js';
import { asOperation, MAX_RULE_DEPTH } from './rule.js';
import { recognizeTest } from './shapes.js';

export type { Why };

export function explain(rule: JsonLogic, data: ConditionData): Why {
  const wellFormed = isWellFormed(rule);
  const clause = wellFormed ? firstFalseClause(rule, data) : rule;
  const { text, reads } = describe(clause);
  const values: Record<string, JsonValue | null> = {};
  for (const { name, read } of reads) setOwn(values, name, cloneJson(read(data)) as JsonValue | null);
  const held = wellFormed && holds(clause, data);
  const shown = Object.entries(values).map(([name, value]) => (value === null ? `${name} is absent` : `${name} = ${compactJson(value)}`));
  return {
    text: `${text} was ${held ? 'true' : 'false'}${shown.length > 0 ? ` (${shown.join(', ')})` : ''}`,
    clause: text,
    values,
  };
}

/**
 * The runtime explains every hidden item on every evaluation, always with the same IR objects:
 * what was checked, compiled and rendered for a rule object is kept (weakly) instead of redone.
 * IR rules are never modified after loading, which is what makes this safe.
 */
const wellFormedRules = new WeakMap<object, boolean>();
const compiledClauses = new WeakMap<object, (data: ConditionData) => boolean>();
const descriptions = new WeakMap<object, Description>();

function remembered<T>(cache: WeakMap<object, T>, rule: JsonLogic, make: () => T): T {
  if (typeof rule !== 'object' || rule === null) return make();
  let value = cache.get(rule);
  if (value === undefined) {
    value = make();
    cache.set(rule, value);
  }
  return value;
}

function isWellFormed(rule: JsonLogic): boolean {
  return remembered(wellFormedRules, rule, () => findRuleProblems(rule, { irPaths: false }).length === 0);
}

/** Only called on parts of a rule `isWellFormed` accepts, so `compileCondition` cannot throw here. */
function holds(clause: JsonLogic, data: ConditionData): boolean {
  return remembered(compiledClauses, clause, () => compileCondition(clause))(data);
}

function firstFalseClause(rule: JsonLogic, data: ConditionData): JsonLogic {
  const operation = asOperation(rule);
  if (!operation || operation.op !== 'and' || recognizeTest(rule)) return rule;
  const falseOperand = operation.args.find((operand) => !holds(operand, data));
  return falseOperand === undefined ? rule : firstFalseClause(falseOperand, data);
}

interface Description {
  readonly text: string;
  /** The `var` paths of the clause, in order, with their source names; absent reads are `null`. */
  readonly reads: readonly { readonly name: string; readonly read: Read }[];
}

function describe(clause: JsonLogic): Description {
  return remembered(descriptions, clause, () => ({
    text: renderCondition(clause),
    reads: [...varPaths(clause)].map((path) => ({ name: sourceName(path), read: compilePathRead(path, null) })),
  }));
}

function varPaths(rule: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > MAX_RULE_DEPTH) return found;
  if (Array.isArray(rule)) {
    for (const element of rule) varPaths(element, found, depth + 1);
    return found;
  }
  const operation = asOperation(rule);
  if (!operation) return found;
  const [first] = operation.args;
  if (operation.op === 'var' && typeof first === 'string') found.add(first);
  for (const arg of operation.args) varPaths(arg, found, depth + 1);
  return found;
}
