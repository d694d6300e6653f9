/**
 * Why a condition is false: the first false clause, printed back as source text, and the values
 * it read. `and` descends into its first false operand; an `or`, a `not` or a source test is
 * reported whole.
 *
 * The runtime explains every hidden step and item on every evaluation, so what depends only on
 * the rule is done once: `compileExplanation` checks it and compiles each clause; a clause's
 * text, split paths and value order are worked out the first time it is explained. An
 * explanation then only evaluates, reads values and joins strings.
 */
import type { JsonLogic, JsonValue } from '../../ir/types.js';
import type { Why } from '../types.js';
import { cloneJson, setOwn } from '../own.js';
import { pathSlot, readPath, type ConditionData } from './case-reads.js';
import { compileTestTree, holdsSafely } from './compile.js';
import { TestTree } from './test-tree.js';
import { findRuleProblems } from './check-rule.js';
import { splitPath } from './path-read.js';
import { compactJson, renderCondition, sourceName } from './render.js';
import { asOperation, MAX_RULE_DEPTH } from './rule.js';
import { recognizeTest } from './shapes.js';

export type { Why };

/** A condition prepared once for explaining (`compileExplanation`). */
export interface Explanation {
  /** Whether it holds: `compileCondition`'s answer (`false` for a rule outside the subset). */
  readonly holds: (data: ConditionData) => boolean;
  /**
   * Why it is false, `undefined` when it holds: one pass for both, since an `and` is evaluated
   * operand by operand until the first false one, the clause to report.
   */
  whyNot(data: ConditionData): Why | undefined;
  /** `explain`: total, a condition that holds reads `was true`. */
  explain(data: ConditionData): Why;
}

/** `explain` for one rule, with all the work that depends only on the rule done now. */
export function compileExplanation(rule: JsonLogic): Explanation {
  // A rule outside the subset is reported whole and never evaluated.
  return findRuleProblems(rule, { irPaths: false }).length === 0 ? new Clause(rule, compileTestTree(rule)) : new Clause(rule, OUTSIDE_SUBSET);
}

/** The tree of a rule outside the subset: false, and never looked into (its own instance, unlike a folded `false`). */
const OUTSIDE_SUBSET = new TestTree('false');

/** Explanations of rule objects already seen: IR rules are never modified after loading. */
const explanations = new WeakMap<object, Explanation>();

export function explain(rule: JsonLogic, data: ConditionData): Why {
  if (typeof rule !== 'object' || rule === null) return compileExplanation(rule).explain(data);
  let explanation = explanations.get(rule);
  if (explanation === undefined) {
    explanation = compileExplanation(rule);
    explanations.set(rule, explanation);
  }
  return explanation.explain(data);
}

/** How a clause is printed: all that depends only on its rule, worked out the first time it is needed. */
class Description {
  readonly text: string;
  readonly wasTrue: string;
  readonly wasFalse: string;
  /** The paths the clause reads, split once; a `slot` lets condition data serve a case path already read, or a response from its table. */
  readonly reads: readonly { readonly segments: readonly string[]; readonly slot: number }[];
  /** The source names of `reads`, one each (`case.a.b` → `a.b`). */
  readonly names: readonly string[];
  /**
   * In the order `values` lists its keys (a repeated name once, integer-like names first): what
   * precedes each value, and which of `reads` gives it (the last with that name, as in `values`).
   */
  readonly shown: readonly { readonly present: string; readonly absent: string; readonly read: number }[];
  /** The values of `reads` while a why is built (a why reads, then prints, and never calls back into itself). */
  private readonly scratch: (JsonValue | null)[];

  constructor(rule: JsonLogic) {
    this.text = renderCondition(rule);
    this.wasTrue = `${this.text} was true`;
    this.wasFalse = `${this.text} was false`;
    const paths = [...varPaths(rule)];
    this.reads = paths.map((path) => {
      const segments = splitPath(path);
      return { segments, slot: pathSlot(segments) };
    });
    this.names = paths.map(sourceName);
    const keys = Object.keys(Object.fromEntries(this.names.map((name) => [name, true])));
    this.shown = keys.map((name, index) => {
      const before = `${index === 0 ? ' (' : ', '}${name}`;
      return { present: `${before} = `, absent: `${before} is absent`, read: this.names.lastIndexOf(name) };
    });
    this.scratch = new Array<JsonValue | null>(paths.length).fill(null);
  }

  /** The clause's text with the values it reads now. */
  why(data: ConditionData, held: boolean): Why {
    const { reads, names, shown, scratch } = this;
    const values: Record<string, JsonValue | null> = {};
    for (let index = 0; index < reads.length; index++) {
      const { segments, slot } = reads[index] as (typeof reads)[number];
      const value = cloneJson(readPath(data, segments, slot, null)) as JsonValue | null;
      scratch[index] = value;
      setOwn(values, names[index] as string, value);
    }
    // Printed from `scratch`, not read back from `values`: each clause's keys differ, so a keyed read there is slow.
    let text = held ? this.wasTrue : this.wasFalse;
    for (let index = 0; index < shown.length; index++) {
      const { present, absent, read } = shown[index] as (typeof shown)[number];
      const value = scratch[read] as JsonValue | null;
      text += value === null ? absent : present + compactJson(value);
    }
    if (shown.length > 0) text += ')';
    return { text, clause: this.text, values };
  }
}

class Clause implements Explanation {
  /** An `and` that is not a lowering shape: its operands, the first false one of which explains it. */
  private readonly operands: readonly Clause[];
  private description: Description | undefined;

  /** `compileCondition`'s answer; the clause's own walks call `holdsSafely` on its tree directly. */
  readonly holds: (data: ConditionData) => boolean;

  /** `tree` is `OUTSIDE_SUBSET` for a rule outside the subset: never evaluated, reported whole. */
  constructor(
    private readonly rule: JsonLogic,
    private readonly tree: TestTree,
  ) {
    this.holds = (data) => holdsSafely(tree, data);
    const operation = asOperation(rule);
    const isAnd = tree !== OUTSIDE_SUBSET && operation?.op === 'and' && recognizeTest(rule) === undefined;
    this.operands = isAnd ? operation.args.map((operand) => new Clause(operand, compileTestTree(operand))) : [];
  }

  whyNot(data: ConditionData): Why | undefined {
    if (this.operands.length === 0) return holdsSafely(this.tree, data) ? undefined : this.describe(data, false);
    return this.firstFalseOperand(data)?.explainFalse(data);
  }

  explain(data: ConditionData): Why {
    return this.whyNot(data) ?? this.describe(data, true);
  }

  /** Explains a clause known to be false: an `and` by its first false operand. */
  private explainFalse(data: ConditionData): Why {
    return this.firstFalseOperand(data)?.explainFalse(data) ?? this.describe(data, false);
  }

  private firstFalseOperand(data: ConditionData): Clause | undefined {
    const { operands } = this;
    for (let index = 0; index < operands.length; index++) {
      const operand = operands[index] as Clause;
      if (!holdsSafely(operand.tree, data)) return operand;
    }
    return undefined;
  }

  private describe(data: ConditionData, held: boolean): Why {
    this.description ??= new Description(this.rule);
    return this.description.why(data, held);
  }
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
