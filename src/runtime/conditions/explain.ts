/**
 * Why a condition is false: the first false clause, printed back as source text, and the values
 * it read. `and` descends into its first false operand; an `or`, a `not` or a source test is
 * reported whole.
 *
 * The runtime explains every hidden step and item on every evaluation, so what depends only on
 * the rule is done once: `compileExplanation` checks it and compiles it to one labelled program;
 * a clause's text, split paths and value order are worked out the first time it is explained
 * (`description.ts`). An explanation then runs the program once, reads the clause's values and
 * finds the why already printed for them, or prints it.
 */
import type { JsonLogic } from '../../ir/types.js';
import type { Why } from '../types.js';
import { Slots, type ConditionData } from './case-reads.js';
import { compileTestTree, holdsSafely, runSafely } from './compile.js';
import { allOf, FALSE, forEachTest, HOLDS, NO_LABEL, Program, type TestTree } from './test-tree.js';
import { checkRule } from './check-rule.js';
import { Description } from './description.js';
import { asOperation } from './rule.js';
import { recognizeTest } from './shapes.js';

export type { Why };

/** A condition prepared once for explaining (`compileExplanation`). */
export interface Explanation {
  /** Whether it holds: `compileCondition`'s answer (`false` for a rule outside the subset). */
  readonly holds: (data: ConditionData) => boolean;
  /** Why it is false, `undefined` when it holds: one run of the condition finds both. */
  whyNot(data: ConditionData): Why | undefined;
  /** `explain`: total, a condition that holds reads `was true`. */
  explain(data: ConditionData): Why;
}

/** `explain` for one rule, with all the work that depends only on the rule done now. */
export function compileExplanation(rule: JsonLogic, slots: Slots = new Slots()): Explanation {
  // A rule outside the subset is reported whole and never evaluated.
  return checkRule(rule).length === 0 ? new Explained(rule, slots) : new OutsideSubset(rule, slots);
}

/**
 * A rule in the subset. Its program labels each test with the clause that reports it: the
 * operand of the innermost `and` holding it, as the first false operand is explained (an `and`
 * that is not a lowering shape descends into it; an `or`, a `not` or a test is reported whole).
 * When the program fails, the last test it ran lies in every first false operand on the way
 * down, so one run both evaluates the rule and finds the clause to report.
 */
class Explained implements Explanation {
  private readonly root: Clause;
  private readonly program: Program;
  /** By label. */
  private readonly clauses: Clause[] = [];

  readonly holds: (data: ConditionData) => boolean;

  constructor(rule: JsonLogic, slots: Slots) {
    this.root = new Clause(rule, slots);
    const labels = new Map<TestTree, number>();
    this.label(this.root, labels);
    const program = Program.of(this.root.tree, (test) => labels.get(test) ?? NO_LABEL);
    this.program = program;
    this.holds = (data) => holdsSafely(program, data);
  }

  private label(clause: Clause, labels: Map<TestTree, number>): void {
    if (clause.operands.length > 0) {
      for (const operand of clause.operands) this.label(operand, labels);
      return;
    }
    const label = this.clauses.push(clause) - 1;
    forEachTest(clause.tree, (test) => labels.set(test, label));
  }

  whyNot(data: ConditionData): Why | undefined {
    const ran = runSafely(this.program, data);
    if (ran === HOLDS) return undefined;
    // No label: the rule folded to `false` without running a test, or json-logic-js would have thrown.
    if (ran === NO_LABEL) return this.root.firstFalse(data).describe(data, false);
    return (this.clauses[ran] as Clause).describe(data, false);
  }

  explain(data: ConditionData): Why {
    return this.whyNot(data) ?? this.root.describe(data, true);
  }
}

/** A rule outside the subset: false, never evaluated, reported whole. */
class OutsideSubset implements Explanation {
  private readonly clause: Clause;
  readonly holds = (): boolean => false;

  constructor(rule: JsonLogic, slots: Slots) {
    this.clause = new Clause(rule, slots, FALSE);
  }

  whyNot(data: ConditionData): Why {
    return this.clause.describe(data, false);
  }

  explain(data: ConditionData): Why {
    return this.whyNot(data);
  }
}

class Clause {
  /** An `and` that is not a lowering shape: its operands, the first false one of which explains it. */
  readonly operands: readonly Clause[];
  /** Its test form; an `and`'s is made of its operands' (the same objects, so their tests can be labelled). */
  readonly tree: TestTree;
  private description: Description | undefined;
  /** For `firstFalse`, made when first needed. */
  private program: Program | undefined;

  constructor(
    private readonly rule: JsonLogic,
    private readonly slots: Slots,
    tree?: TestTree,
  ) {
    const operation = asOperation(rule);
    const isAnd = tree === undefined && operation?.op === 'and' && recognizeTest(rule) === undefined;
    this.operands = isAnd ? operation.args.map((operand) => new Clause(operand, slots)) : [];
    this.tree = tree ?? (isAnd ? allOf(this.operands.map((operand) => operand.tree)) : compileTestTree(rule, slots));
  }

  /** The clause explaining why this one is false, found operand by operand. */
  firstFalse(data: ConditionData): Clause {
    for (const operand of this.operands) {
      operand.program ??= Program.of(operand.tree);
      if (!holdsSafely(operand.program, data)) return operand.firstFalse(data);
    }
    return this;
  }

  describe(data: ConditionData, held: boolean): Why {
    this.description ??= new Description(this.rule, this.slots);
    return this.description.why(data, held);
  }
}
