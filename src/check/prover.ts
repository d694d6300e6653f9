/**
 * Proves conditions always true or always false, for CW100/CW101. Only what is certain under the
 * null-safe lowering (docs/ir.md) is proven, in one linear pass:
 * - within one `and`, tests on the same reference that no value passes together
 *   (`x == "a" and x == "b"`, `n > 5 and n < 3`, `x in ["a"] and x not in ["a"]`);
 * - within one `or`, tests on the same reference that every value passes, absent included
 *   (`x == "a" or x != "a"`; but not `n > 5 or n <= 5`, which is false when `n` is absent);
 * - `x in []` (never) and `x not in []` (always);
 * - and what follows: an `and` with a false operand, `not` of a proven test, and so on.
 * Equality is JsonLogic's strict `===`; ordering compares only bounds of one JS type.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { renderMessage, type Rendered } from '../diagnostics/diagnostic.js';
import type { Condition, Literal, TestCondition, TestOp } from '../language/ast.js';
import { MAX_CONDITION_TREE_DEPTH } from '../language/limits.js';

export interface Proof {
  /** The node proven constant (where the contradiction or tautology is). */
  readonly node: Condition;
  readonly value: boolean;
  readonly problem: Rendered;
}

type Scalar = string | number | boolean;
type RangeOp = '<' | '<=' | '>' | '>=';

/** What a test demands of the value it reads. `in`/`range` fail for absent; `not_in` passes it. */
type Constraint =
  | { readonly kind: 'in' | 'not_in'; readonly values: ReadonlyMap<string, Scalar> }
  | { readonly kind: 'range'; readonly op: RangeOp; readonly bound: number | string };

interface Leaf {
  readonly test: TestCondition;
  readonly negated: boolean;
  readonly constraint: Constraint;
}

/**
 * The condition's constant value, or undefined when it depends on the case. Calls `onProof` once
 * for each node where a proof starts (not for nodes that are constant only through an operand).
 */
export function prove(
  condition: Condition,
  referenceKey: (test: TestCondition) => string | undefined,
  onProof: (proof: Proof) => void,
): boolean | undefined {
  const evaluate = (node: Condition, depth: number): boolean | undefined => {
    if (depth > MAX_CONDITION_TREE_DEPTH) return undefined;
    switch (node.kind) {
      case 'test':
        return emptyListTest(node, onProof);
      case 'not': {
        const value = evaluate(node.operand, depth + 1);
        return value === undefined ? undefined : !value;
      }
      case 'and':
      case 'or': {
        const values = node.operands.map((operand) => evaluate(operand, depth + 1));
        const absorbing = node.kind === 'or';
        if (values.includes(absorbing)) return absorbing;
        const proof = sameReferenceProof(node, referenceKey);
        if (proof !== undefined) {
          onProof(proof);
          return absorbing;
        }
        return values.every((value) => value === !absorbing) ? !absorbing : undefined;
      }
    }
  };
  return evaluate(condition, 0);
}

function emptyListTest(test: TestCondition, onProof: (proof: Proof) => void): boolean | undefined {
  if ((test.op !== 'in' && test.op !== 'not_in') || test.value?.kind !== 'list' || test.value.items.length > 0) return undefined;
  const value = test.op === 'not_in';
  onProof({
    node: test,
    value,
    problem: renderMessage(Diagnostics.EmptyListAlways, [render(test, false), String(value)]),
  });
  return value;
}

function sameReferenceProof(
  node: Condition & { readonly kind: 'and' | 'or' },
  referenceKey: (test: TestCondition) => string | undefined,
): Proof | undefined {
  const groups = new Map<string, Leaf[]>();
  for (const operand of node.operands) {
    const leaf = toLeaf(operand);
    const key = leaf === undefined ? undefined : referenceKey(leaf.test);
    if (leaf === undefined || key === undefined) continue;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [leaf]);
    else group.push(leaf);
  }
  for (const leaves of groups.values()) {
    if (leaves.length < 2) continue;
    const constraints = leaves.map((leaf) => leaf.constraint);
    const tests = leaves.map((leaf) => `\`${render(leaf.test, leaf.negated)}\``).join(', ');
    const ref = `\`${leaves[0]?.test.ref.text ?? ''}\``;
    if (node.kind === 'and' && contradicts(constraints)) {
      return {
        node,
        value: false,
        problem: renderMessage(Diagnostics.AlwaysFalse, [ref, tests]),
      };
    }
    if (node.kind === 'or' && coversEverything(constraints)) {
      return {
        node,
        value: true,
        problem: renderMessage(Diagnostics.AlwaysTrue, [ref, tests]),
      };
    }
  }
  return undefined;
}

function toLeaf(operand: Condition): Leaf | undefined {
  const negated = operand.kind === 'not';
  const test = negated ? operand.operand : operand;
  if (test.kind !== 'test') return undefined;
  const constraint = toConstraint(test.op, test.value, negated);
  return constraint === undefined ? undefined : { test, negated, constraint };
}

function toConstraint(op: TestOp, value: Literal | undefined, negated: boolean): Constraint | undefined {
  if (value === undefined) return undefined;
  const set = (kind: 'in' | 'not_in', literals: readonly Literal[]): Constraint | undefined => {
    const values = new Map<string, Scalar>();
    for (const literal of literals) {
      if (literal.kind === 'list') return undefined;
      values.set(keyOf(literal.value), literal.value);
    }
    return { kind: negated ? (kind === 'in' ? 'not_in' : 'in') : kind, values };
  };
  switch (op) {
    case '==':
      return set('in', [value]);
    case '!=':
      return set('not_in', [value]);
    case 'in':
      return value.kind === 'list' ? set('in', value.items) : undefined;
    case 'not_in':
      return value.kind === 'list' ? set('not_in', value.items) : undefined;
    case '<':
    case '<=':
    case '>':
    case '>=':
      // `not (n < 5)` also passes an absent `n`: not a range.
      if (negated || (value.kind !== 'number' && value.kind !== 'date' && value.kind !== 'string')) return undefined;
      return { kind: 'range', op, bound: value.value };
    default:
      return undefined;
  }
}

function keyOf(value: Scalar): string {
  return `${typeof value}:${String(value)}`;
}

/** Does no value (absent included) pass every constraint? */
function contradicts(constraints: readonly Constraint[]): boolean {
  const ins = constraints.filter((c): c is SetConstraint => c.kind === 'in');
  const interval = intersection(constraints.filter((c): c is RangeConstraint => c.kind === 'range'));
  if (ins.length === 0) return interval !== undefined && isEmpty(interval);
  const excluded = new Set<string>();
  for (const c of constraints) if (c.kind === 'not_in') for (const key of c.values.keys()) excluded.add(key);
  const [smallest, ...others] = [...ins].sort((a, b) => a.values.size - b.values.size);
  for (const [key, value] of smallest?.values ?? []) {
    if (excluded.has(key) || others.some((other) => !other.values.has(key))) continue;
    if (interval === undefined || within(interval, value) !== false) return false;
  }
  return true;
}

/** Does every value, absent included, pass at least one constraint? */
function coversEverything(constraints: readonly Constraint[]): boolean {
  const notIns = constraints.filter((c): c is SetConstraint => c.kind === 'not_in');
  if (notIns.length === 0) return false; // only `not in` / `!=` pass an absent value
  const included = new Set<string>();
  for (const c of constraints) if (c.kind === 'in') for (const key of c.values.keys()) included.add(key);
  const reach = union(constraints.filter((c): c is RangeConstraint => c.kind === 'range'));
  const [smallest, ...others] = [...notIns].sort((a, b) => a.values.size - b.values.size);
  // A value fails every `not in` only when it is in all of their lists; each such value must pass another test.
  for (const [key, value] of smallest?.values ?? []) {
    if (others.some((other) => !other.values.has(key))) continue;
    if (!included.has(key) && !reached(reach, value)) return false;
  }
  return true;
}

type SetConstraint = Constraint & { readonly kind: 'in' | 'not_in' };
type RangeConstraint = Constraint & { readonly kind: 'range' };
interface Bound {
  readonly value: number | string;
  readonly strict: boolean;
}
interface Interval {
  readonly lower?: Bound;
  readonly upper?: Bound;
}

const isLowerBound = (op: RangeOp): boolean => op === '>' || op === '>=';

/** What every range passes together; undefined when there is none or their bounds mix types. */
function intersection(ranges: readonly RangeConstraint[]): Interval | undefined {
  const boundType = typeof ranges[0]?.bound;
  if (ranges.length === 0 || ranges.some((range) => typeof range.bound !== boundType)) return undefined;
  let lower: Bound | undefined;
  let upper: Bound | undefined;
  for (const { op, bound } of ranges) {
    const strict = op === '<' || op === '>';
    if (isLowerBound(op)) {
      if (lower === undefined || bound > lower.value || (bound === lower.value && strict)) lower = { value: bound, strict };
    } else if (upper === undefined || bound < upper.value || (bound === upper.value && strict)) {
      upper = { value: bound, strict };
    }
  }
  return { ...(lower ? { lower } : {}), ...(upper ? { upper } : {}) };
}

function isEmpty({ lower, upper }: Interval): boolean {
  if (lower === undefined || upper === undefined) return false;
  return lower.value > upper.value || (lower.value === upper.value && (lower.strict || upper.strict));
}

/** `value` within the interval as JavaScript compares; undefined when the types differ. */
function within({ lower, upper }: Interval, value: Scalar): boolean | undefined {
  const bound = lower ?? upper;
  if (bound === undefined) return true;
  if (typeof value !== typeof bound.value) return undefined;
  const v = value as number | string;
  const aboveLower = lower === undefined || (lower.strict ? v > lower.value : v >= lower.value);
  const belowUpper = upper === undefined || (upper.strict ? v < upper.value : v <= upper.value);
  return aboveLower && belowUpper;
}

/** Per bound type, the loosest lower and upper bounds: what some range of the `or` passes. */
function union(ranges: readonly RangeConstraint[]): Map<string, Interval> {
  const byType = new Map<string, { lower?: Bound; upper?: Bound }>();
  for (const { op, bound } of ranges) {
    const strict = op === '<' || op === '>';
    const entry = byType.get(typeof bound) ?? {};
    byType.set(typeof bound, entry);
    if (isLowerBound(op)) {
      if (entry.lower === undefined || bound < entry.lower.value || (bound === entry.lower.value && !strict)) entry.lower = { value: bound, strict };
    } else if (entry.upper === undefined || bound > entry.upper.value || (bound === entry.upper.value && !strict)) {
      entry.upper = { value: bound, strict };
    }
  }
  return byType;
}

function reached(reach: ReadonlyMap<string, Interval>, value: Scalar): boolean {
  const { lower, upper } = reach.get(typeof value) ?? {};
  return (
    (lower !== undefined && within({ lower }, value) === true) || (upper !== undefined && within({ upper }, value) === true)
  );
}

const OPERATOR_TEXT: Readonly<Record<TestOp, string>> = {
  truthy: '',
  '==': '==',
  '!=': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  in: 'in',
  not_in: 'not in',
  contains: 'contains',
  empty: 'is empty',
  not_empty: 'is not empty',
};

/** The test as source text, for messages. */
function render(test: TestCondition, negated: boolean): string {
  const value = test.value === undefined ? '' : ` ${renderLiteral(test.value)}`;
  const text = `${test.ref.text} ${OPERATOR_TEXT[test.op]}${value}`.trim();
  return negated ? `not ${text}` : text;
}

function renderLiteral(literal: Literal): string {
  if (literal.kind === 'list') return `[${literal.items.map(renderLiteral).join(', ')}]`;
  if (literal.kind === 'string') return JSON.stringify(literal.value);
  return String(literal.value);
}
