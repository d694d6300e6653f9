/**
 * Conditions compared as conditions: `and`/`or` flattened, their operands de-duplicated and
 * sorted, one-operand groups replaced by their operand, `not not x` by `x`, `not` folded into a
 * test that has a negated form (`not x == 1` is `x != 1`), and `in` lists sorted. Then whether the
 * new condition shows its node in fewer cases (tightened), more (loosened), or neither provably.
 */
import type { JsonLogic } from '../ir/types.js';
import { asOperation, MAX_RULE_DEPTH } from '../runtime/conditions/rule.js';
import { recognizeTest, type Test } from '../runtime/conditions/shapes.js';
import { renderCondition } from '../runtime/conditions/render.js';

type Normal =
  | { readonly kind: 'test'; readonly test: Test; readonly key: string }
  | { readonly kind: 'and' | 'or'; readonly args: readonly Normal[]; readonly key: string }
  | { readonly kind: 'not'; readonly arg: Normal; readonly key: string }
  | { readonly kind: 'other'; readonly key: string };

/** Total: a rule that cannot be read (a getter that throws) is one opaque condition. */
export function normalize(rule: unknown): Normal {
  try {
    return normalizeRule(rule, 0);
  } catch {
    return { kind: 'other', key: '(unreadable)' };
  }
}

function normalizeRule(rule: unknown, depth: number): Normal {
  const test = recognizeTest(rule);
  if (test) return testNode(test);
  const operation = depth < MAX_RULE_DEPTH ? asOperation(rule) : undefined;
  if (operation && (operation.op === 'and' || operation.op === 'or') && operation.args.length > 0) {
    const kind = operation.op;
    const flat = operation.args.map((arg) => normalizeRule(arg, depth + 1)).flatMap((arg) => (arg.kind === kind ? arg.args : [arg]));
    const unique = [...new Map(flat.map((arg) => [arg.key, arg])).values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    if (unique.length === 1) return unique[0]!;
    return { kind, args: unique, key: `${kind}(${unique.map((arg) => arg.key).join(',')})` };
  }
  if (operation && operation.op === '!' && operation.args.length === 1) return negate(normalizeRule(operation.args[0], depth + 1));
  return { kind: 'other', key: safeJson(rule) };
}

function negate(inner: Normal): Normal {
  if (inner.kind === 'not') return inner.arg;
  if (inner.kind === 'test' && 'negated' in inner.test) return testNode({ ...inner.test, negated: !inner.test.negated } as Test);
  return { kind: 'not', arg: inner, key: `not(${inner.key})` };
}

function testNode(test: Test): Normal {
  const canonical = test.kind === 'in' ? { ...test, list: [...new Set(test.list)].sort(compareLiterals) } : test;
  return { kind: 'test', test: canonical, key: safeJson(canonical) };
}

function compareLiterals(a: unknown, b: unknown): number {
  const left = safeJson(a);
  const right = safeJson(b);
  return left < right ? -1 : left > right ? 1 : 0;
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? 'undefined';
  } catch {
    return '(unprintable)';
  }
}

export function sameCondition(before: JsonLogic | undefined, after: JsonLogic | undefined): boolean {
  if (before === undefined || after === undefined) return before === after;
  // Most conditions are untouched between versions: equal JSON needs no normalising.
  if (safeJson(before) === safeJson(after)) return true;
  return normalize(before).key === normalize(after).key;
}

export type Direction = 'added' | 'removed' | 'tightened' | 'loosened' | 'changed';

/** How a visibility condition changed (call only when the two differ). */
export function direction(before: JsonLogic | undefined, after: JsonLogic | undefined): Direction {
  if (before === undefined) return 'added';
  if (after === undefined) return 'removed';
  const old = normalize(before);
  const next = normalize(after);
  if (implies(next, old)) return 'tightened';
  if (implies(old, next)) return 'loosened';
  return 'changed';
}

/** A sound, partial proof that `a` implies `b` (structural: conjuncts, disjuncts, in-lists, bounds). */
function implies(a: Normal, b: Normal): boolean {
  if (a.key === b.key) return true;
  if (b.kind === 'and') return b.args.every((arg) => implies(a, arg));
  if (a.kind === 'or') return a.args.every((arg) => implies(arg, b));
  if (a.kind === 'and' && a.args.some((arg) => implies(arg, b))) return true;
  if (b.kind === 'or' && b.args.some((arg) => implies(a, arg))) return true;
  return a.kind === 'test' && b.kind === 'test' && testImplies(a.test, b.test);
}

function testImplies(a: Test, b: Test): boolean {
  if (a.path !== b.path) return false;
  if (a.kind === 'in' && b.kind === 'in' && a.negated === b.negated) {
    const [small, large] = a.negated ? [b.list, a.list] : [a.list, b.list];
    return small.every((value) => large.includes(value));
  }
  if (a.kind === 'equals' && !a.negated && b.kind === 'in' && !b.negated) return b.list.includes(a.value);
  if (a.kind === 'ordering' && b.kind === 'ordering' && typeof a.value === typeof b.value) {
    const upper = (op: string) => op === '<' || op === '<=';
    if (upper(a.op) !== upper(b.op)) return false;
    if (a.value === b.value) return a.op === b.op || a.op === '<' || a.op === '>';
    return upper(a.op) ? a.value < b.value : a.value > b.value;
  }
  return false;
}

/** A condition as its source text, for `before`/`after` (absent stays absent). */
export function conditionText(rule: JsonLogic | undefined): string | undefined {
  return rule === undefined ? undefined : renderCondition(rule);
}
