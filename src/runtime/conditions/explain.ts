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
import { cloneJson, freezeJson, setOwn } from '../own.js';
import { pathSlot, readPath, type ConditionData } from './case-reads.js';
import { compileProgram, holdsSafely } from './compile.js';
import { Program } from './test-tree.js';
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
  return findRuleProblems(rule, { irPaths: false }).length === 0 ? new Clause(rule, compileProgram(rule)) : new Clause(rule, OUTSIDE_SUBSET);
}

/** The tree of a rule outside the subset: false, and never looked into (its own instance, unlike a folded `false`). */
const OUTSIDE_SUBSET = Program.failing();

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

  /** Whys of this clause being false, by the values they show: see `WhyCache`. */
  private readonly falseWhys = new WhyCache();

  /**
   * The clause's text with the values it reads now. Frozen: a why of a false clause is shared by
   * every evaluation that reads the same values.
   */
  why(data: ConditionData, held: boolean): Why {
    const { reads, scratch } = this;
    for (let index = 0; index < reads.length; index++) {
      const { segments, slot } = reads[index] as (typeof reads)[number];
      scratch[index] = cloneJson(readPath(data, segments, slot, null)) as JsonValue | null;
    }
    if (held) return this.build(true);
    return this.falseWhys.get(scratch) ?? this.falseWhys.add(scratch, this.build(false));
  }

  /** A new why of the values in `scratch`. */
  private build(held: boolean): Why {
    const { names, shown, scratch } = this;
    const values: Record<string, JsonValue | null> = {};
    for (let index = 0; index < scratch.length; index++) setOwn(values, names[index] as string, freezeJson(scratch[index] as JsonValue | null));
    // Printed from `scratch`, not read back from `values`: each clause's keys differ, so a keyed read there is slow.
    let text = held ? this.wasTrue : this.wasFalse;
    for (let index = 0; index < shown.length; index++) {
      const { present, absent, read } = shown[index] as (typeof shown)[number];
      const value = scratch[read] as JsonValue | null;
      text += value === null ? absent : present + compactJson(value);
    }
    if (shown.length > 0) text += ')';
    return Object.freeze({ text, clause: this.text, values: Object.freeze(values) });
  }
}

type CacheLevel = Map<unknown, unknown>;

/**
 * The whys of one clause by the values they show, one `Map` level per value read: a scalar is its
 * own key (a `Map` compares scalars as JSON prints them, `-0` and `0` alike), a list or object is
 * keyed by its JSON in a level of its own. Evaluations of one case, or of cases alike, keep
 * hiding items for the same values, and building a why (its `values` object and its text) costs
 * several times what finding it here does. At most `WHY_CACHE_SIZE` whys, then it starts afresh,
 * so memory stays bounded when values never repeat.
 */
class WhyCache {
  private root: CacheLevel = new Map();
  private size = 0;

  get(values: readonly unknown[]): Why | undefined {
    let node: unknown = this.root;
    for (let index = 0; index < values.length && node !== undefined; index++) node = step(node as CacheLevel, values[index]);
    return node === this.root ? undefined : (node as Why | undefined);
  }

  add(values: readonly unknown[], why: Why): Why {
    if (values.length === 0) return why;
    if (this.size >= WHY_CACHE_SIZE) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      const level = isScalar(value) ? node : nested(node, STRUCTURED);
      const key = isScalar(value) ? value : compactJson(value);
      if (index === values.length - 1) level.set(key, why);
      else node = nested(level, key);
    }
    this.size++;
    return why;
  }
}

/** The key under which a level keeps its lists and objects, by their JSON. */
const STRUCTURED = Symbol('lists and objects');

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function step(level: CacheLevel, value: unknown): unknown {
  if (isScalar(value)) return level.get(value);
  const structured = level.get(STRUCTURED) as CacheLevel | undefined;
  return structured?.get(compactJson(value));
}

function nested(level: CacheLevel, key: unknown): CacheLevel {
  let next = level.get(key) as CacheLevel | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(key, next);
  }
  return next;
}

const WHY_CACHE_SIZE = 64;

class Clause implements Explanation {
  /** An `and` that is not a lowering shape: its operands, the first false one of which explains it. */
  private readonly operands: readonly Clause[];
  private description: Description | undefined;

  /** `compileCondition`'s answer; the clause's own walks call `holdsSafely` on its tree directly. */
  readonly holds: (data: ConditionData) => boolean;

  /** `tree` is `OUTSIDE_SUBSET` for a rule outside the subset: never evaluated, reported whole. */
  constructor(
    private readonly rule: JsonLogic,
    private readonly tree: Program,
  ) {
    this.holds = (data) => holdsSafely(tree, data);
    const operation = asOperation(rule);
    const isAnd = tree !== OUTSIDE_SUBSET && operation?.op === 'and' && recognizeTest(rule) === undefined;
    this.operands = isAnd ? operation.args.map((operand) => new Clause(operand, compileProgram(operand))) : [];
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
