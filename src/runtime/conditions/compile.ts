/**
 * Conditions compiled once, at load (no `eval`, no `new Function`: CSP-safe). Each node has a
 * value form, a closure giving what json-logic-js's `apply` gives, and a test form, its
 * truthiness as a `TestTree`. Boolean contexts (the condition itself, operands of `and`/`or`/`!`)
 * use the test form: short-circuit booleans, the lowering shapes of docs/ir.md as single fused
 * tests. Paths are split once and constant subtrees folded; nothing is allocated per call.
 */
import type { JsonLogic } from '../../ir/types.js';
import { compilePathRead, Slots, type ConditionData } from './case-reads.js';
import { checkRule } from './check-rule.js';
import { compileComparison } from './comparisons.js';
import { asOperation, inHaystack, truthy, type Evaluate } from './rule.js';
import { recognizeTest } from './shapes.js';
import { allOf, anyOf, FALSE, holds, HOLDS, NO_LABEL, not, predicateTree, Program, run, testTree, TRUE, type Predicate, type TestTree } from './test-tree.js';


interface Node {
  readonly evaluate: Evaluate;
  /** Its truthiness. */
  readonly tree: TestTree;
  /** Present when the node reads no data: its value, computed once. */
  readonly constant?: { readonly value: unknown };
}

/** Thrown by `compileCondition` for a rule outside the subset; `checkRule` reports the same at load. */
export class ConditionError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`condition outside the JsonLogic subset: ${problems.join('; ')}`);
    this.name = 'ConditionError';
  }
}

/**
 * `jsonLogic.truthy(jsonLogic.apply(rule, data))` of json-logic-js 2.0.5, reading own properties
 * only. Where json-logic-js would throw (hostile data only: an object whose own `toString` is
 * not callable being compared, an object with an own `indexOf` as an `in` haystack), the
 * condition is false instead. A rule `checkRule` refuses throws `ConditionError`. Its paths are
 * numbered by `slots` (its own by default), which `conditionData` of the same slots serves.
 */
export function compileCondition(rule: JsonLogic, slots: Slots = new Slots()): (data: ConditionData) => boolean {
  const problems = checkRule(rule);
  if (problems.length > 0) throw new ConditionError(problems);
  const program = Program.of(compileTestTree(rule, slots));
  return (data) => holdsSafely(program, data);
}

/** The test form of a rule already checked, its paths numbered by `slots`, for callers that build programs of their own. */
export function compileTestTree(rule: JsonLogic, slots: Slots): TestTree {
  return compileNode(rule, slots).tree;
}

/** `run`, where json-logic-js would throw (hostile data only) failing with `NO_LABEL`. */
export function runSafely(program: Program, data: unknown): number {
  try {
    return run(program, data);
  } catch {
    return NO_LABEL;
  }
}

/** Whether the program holds; `false` where json-logic-js would throw (hostile data only). */
export function holdsSafely(program: Program, data: unknown): boolean {
  return runSafely(program, data) === HOLDS;
}

function constantNode(value: unknown): Node {
  return { evaluate: () => value, tree: truthy(value) ? TRUE : FALSE, constant: { value } };
}

/** A node whose value is its own truthiness (comparisons, `in`, `!`, `!!`). */
function booleanNode(tree: TestTree): Node {
  const program = Program.of(tree);
  return { evaluate: (data) => holds(program, data), tree };
}

function predicateNode(predicate: Predicate): Node {
  return { evaluate: predicate, tree: predicateTree(predicate) };
}

function compileNode(rule: unknown, slots: Slots): Node {
  if (Array.isArray(rule)) return compileArray(rule, slots);
  const operation = asOperation(rule);
  if (!operation) return constantNode(rule);
  const shape = recognizeTest(rule);
  if (shape) return booleanNode(testTree(shape, slots));
  const { op, args } = operation;
  if (op === 'var') return compileVar(args, slots);
  const children = args.map((arg) => compileNode(arg, slots));
  if (children.every((child) => child.constant)) {
    return constantNode(buildNode(op, children).evaluate(undefined));
  }
  return buildNode(op, children);
}

function buildNode(op: string, children: readonly Node[]): Node {
  switch (op) {
    case 'and':
      return { evaluate: evaluateAnd(children.map((child) => child.evaluate)), tree: allOf(children.map((child) => child.tree)) };
    case 'or':
      return { evaluate: evaluateOr(children.map((child) => child.evaluate)), tree: anyOf(children.map((child) => child.tree)) };
    case '!':
      return booleanNode(not((children[0] as Node).tree));
    case '!!':
      return booleanNode((children[0] as Node).tree);
    case 'in':
      return predicateNode(compileIn(children as [Node, Node]));
    default:
      return predicateNode(compileComparison(op, children.map((child) => child.evaluate)));
  }
}

/** An array argument is evaluated element by element, a new array each time (json-logic-js `apply`). */
function compileArray(elements: readonly unknown[], slots: Slots): Node {
  const nodes = elements.map((element) => compileNode(element, slots));
  if (nodes.every((node) => node.constant)) return constantNode(nodes.map((node) => node.constant?.value));
  const evaluators = nodes.map((node) => node.evaluate);
  return { evaluate: (data) => evaluators.map((evaluate) => evaluate(data)), tree: elements.length > 0 ? TRUE : FALSE };
}

const NOT_FOUND = Symbol('not found');

function compileVar(args: readonly unknown[], slots: Slots): Node {
  const path = String(args[0]);
  if (args.length === 1) {
    return { evaluate: compilePathRead(path, null, slots), tree: testTree({ kind: 'truthy', path }, slots) };
  }
  const read = compilePathRead(path, NOT_FOUND, slots);
  const fallback = compileNode(args[1], slots).evaluate;
  const evaluate: Evaluate = (data) => {
    const value = read(data);
    if (value !== NOT_FOUND) return value;
    const otherwise = fallback(data);
    return otherwise === undefined ? null : otherwise;
  };
  return { evaluate, tree: predicateTree((data) => truthy(evaluate(data))) };
}

function evaluateAnd(operands: readonly Evaluate[]): Evaluate {
  return (data) => {
    let current: unknown;
    for (const operand of operands) {
      current = operand(data);
      if (!truthy(current)) return current;
    }
    return current;
  };
}

function evaluateOr(operands: readonly Evaluate[]): Evaluate {
  return (data) => {
    let current: unknown;
    for (const operand of operands) {
      current = operand(data);
      if (truthy(current)) return current;
    }
    return current;
  };
}

function compileIn([needle, haystack]: [Node, Node]): Predicate {
  const needleValue = needle.evaluate;
  if (haystack.constant) {
    const list = haystack.constant.value;
    if (!list || (typeof list !== 'string' && !Array.isArray(list))) return () => false;
    const constantList = list as { indexOf(value: unknown): number };
    return (data) => constantList.indexOf(needleValue(data)) !== -1;
  }
  const haystackValue = haystack.evaluate;
  return (data) => inHaystack(needleValue(data), haystackValue(data));
}
