/**
 * The boolean side of a compiled condition: `and`/`or`/`not` over the source tests of docs/ir.md's
 * lowering table, built as a tree (`TestTree`, where constants fold) and run as a branching
 * `Program`: a list of plain records, one per source test, each naming the test to run next when
 * it holds and when it fails. One loop and one test function instead of a closure per node keep
 * every call site monomorphic, so the optimiser inlines the path reads and tests into it; with
 * the operators turned into jumps there is no recursion either (12 % faster than walking the
 * tree). A lowered test reads its path once even where its JsonLogic reads it two or three times
 * (guarded orderings, `is empty`): exact, because reads have no side effects.
 */
import { NO_SLOT, readPath, type Slots } from './case-reads.js';
import { splitPath } from './path-read.js';
import { inHaystack, truthy } from './rule.js';
import type { Literal, Test } from './shapes.js';

export type Predicate = (data: unknown) => boolean;

type Kind =
  | 'and' | 'or' | 'not' | 'true' | 'false' | 'predicate'
  | 'truthy' | 'equals' | 'notEquals' | '<' | '<=' | '>' | '>=' | 'in' | 'notIn' | 'contains' | 'empty' | 'notEmpty';

/** What a node has in the fields it does not use: shared, as every checklist holds thousands of nodes. */
const NONE: readonly never[] = Object.freeze([]);
const NEVER: Predicate = () => false;

/** Every node has every field, so the walker sees one object shape. */
export class TestTree {
  constructor(
    readonly kind: Kind,
    readonly path: readonly string[] = NONE,
    readonly value: unknown = null,
    readonly list: readonly unknown[] = NONE,
    readonly children: readonly TestTree[] = NONE,
    readonly predicate: Predicate = NEVER,
    /** What numbers its path's slot (a test of a path has one; other nodes read no path). */
    readonly slots?: Slots,
  ) {
    this.slot = slots === undefined ? NO_SLOT : slots.path(path);
  }

  /** Where condition data remembers or holds this node's path (`Slots.path`). */
  readonly slot: number;
}

export const TRUE = new TestTree('true');
export const FALSE = new TestTree('false');

export function testTree(test: Test, slots: Slots): TestTree {
  const path = splitPath(test.path);
  const leaf = (kind: Kind, value: unknown = null, list: readonly unknown[] = NONE) => new TestTree(kind, path, value, list, NONE, undefined, slots);
  switch (test.kind) {
    case 'truthy':
      return leaf('truthy');
    case 'equals':
      return leaf(test.negated ? 'notEquals' : 'equals', test.value);
    case 'ordering':
      return leaf(test.op, test.value);
    case 'in':
      return leaf(test.negated ? 'notIn' : 'in', null, test.list);
    case 'contains':
      return leaf('contains', test.value);
    case 'empty':
      return leaf(test.negated ? 'notEmpty' : 'empty');
  }
}

/** A node the walker cannot see into (a comparison of computed values, a generic `in`, …). */
export function predicateTree(predicate: Predicate): TestTree {
  return new TestTree('predicate', NONE, null, NONE, NONE, predicate);
}

/** Tests have no side effects, so constant operands fold away. */
export function allOf(children: readonly TestTree[]): TestTree {
  if (children.includes(FALSE)) return FALSE;
  return joined('and', children.filter((child) => child !== TRUE), TRUE);
}

export function anyOf(children: readonly TestTree[]): TestTree {
  if (children.includes(TRUE)) return TRUE;
  return joined('or', children.filter((child) => child !== FALSE), FALSE);
}

function joined(kind: 'and' | 'or', children: readonly TestTree[], empty: TestTree): TestTree {
  if (children.length === 0) return empty;
  return children.length === 1 ? (children[0] as TestTree) : new TestTree(kind, NONE, null, NONE, children);
}

export function not(child: TestTree): TestTree {
  if (child === TRUE) return FALSE;
  if (child === FALSE) return TRUE;
  return new TestTree('not', NONE, null, NONE, [child]);
}

/** Where a program goes when a test holds or fails: the next test's index, or an exit. */
export const HOLDS = -1;
const FAILS = -2;

/** The label of a test that has none (`Program.of`), and what `run` gives when a program fails without a labelled test. */
export const NO_LABEL = -2;

/** A source test of a `Program`, with where to go next when it holds and when it fails. */
class Branch {
  readonly kind: Kind;
  readonly path: readonly string[];
  readonly slot: number;
  readonly slots: Slots | undefined;
  readonly value: unknown;
  readonly list: readonly unknown[];
  readonly predicate: Predicate;

  constructor(
    test: TestTree,
    readonly ifHolds: number,
    readonly ifFails: number,
    /** The caller's name for the test (`Program.of`), `NO_LABEL` if none. */
    readonly label: number,
  ) {
    this.kind = test.kind;
    this.path = test.path;
    this.slot = test.slot;
    this.slots = test.slots;
    this.value = test.value;
    this.list = test.list;
    this.predicate = test.predicate;
  }
}

/**
 * A test tree as a branching program ("jumping code"): its source tests in a list, each saying
 * which test comes next when it holds and when it fails, `and`/`or`/`not` having become those
 * jumps. Running it is one loop over tests, without recursion or a node per operator; each test
 * still runs only when json-logic-js's short-circuit evaluation would reach it.
 */
export class Program {
  private constructor(
    readonly branches: readonly Branch[],
    readonly entry: number,
  ) {}

  /** `labelOf` names each test, for `run` to say which one a failing program ran last. */
  static of(tree: TestTree, labelOf: (test: TestTree) => number = () => NO_LABEL): Program {
    const branches: Branch[] = [];
    // Emitted last test first, so that every jump target exists when its test is made.
    const emit = (node: TestTree, ifHolds: number, ifFails: number): number => {
      switch (node.kind) {
        case 'true':
          return ifHolds;
        case 'false':
          return ifFails;
        case 'not':
          return emit(node.children[0] as TestTree, ifFails, ifHolds);
        case 'and':
        case 'or': {
          const { children } = node;
          let next = emit(children[children.length - 1] as TestTree, ifHolds, ifFails);
          for (let index = children.length - 2; index >= 0; index--) {
            const child = children[index] as TestTree;
            next = node.kind === 'and' ? emit(child, next, ifFails) : emit(child, ifHolds, next);
          }
          return next;
        }
        default:
          branches.push(new Branch(node, ifHolds, ifFails, labelOf(node)));
          return branches.length - 1;
      }
    };
    const entry = emit(tree, HOLDS, FAILS);
    return new Program(branches, entry);
  }

}

export function holds(program: Program, data: unknown): boolean {
  return run(program, data) === HOLDS;
}

/** `HOLDS` when the program holds, else the label of the last test it ran (`NO_LABEL` if it ran none). */
export function run(program: Program, data: unknown): number {
  const { branches } = program;
  let at = program.entry;
  let last = NO_LABEL;
  while (at >= 0) {
    const branch = branches[at] as Branch;
    last = branch.label;
    at = passes(branch, data) ? branch.ifHolds : branch.ifFails;
  }
  return at === HOLDS ? HOLDS : last;
}

/** Calls `visit` with each source test of the tree (the tests a program of it would run). */
export function forEachTest(tree: TestTree, visit: (test: TestTree) => void): void {
  if (tree.kind === 'true' || tree.kind === 'false') return;
  if (tree.kind === 'and' || tree.kind === 'or' || tree.kind === 'not') {
    for (const child of tree.children) forEachTest(child, visit);
    return;
  }
  visit(tree);
}

function passes(test: Branch, data: unknown): boolean {
  if (test.kind === 'predicate') return test.predicate(data);
  const value = readPath(data, test.path, test.slot, test.slots as Slots, null);
  switch (test.kind) {
    case 'equals':
      return value === test.value;
    case 'notEquals':
      return value !== test.value;
    case '<':
      return value != null && (value as Literal) < (test.value as Literal);
    case '<=':
      return value != null && (value as Literal) <= (test.value as Literal);
    case '>':
      return value != null && (value as Literal) > (test.value as Literal);
    case '>=':
      return value != null && (value as Literal) >= (test.value as Literal);
    case 'in':
      return includes(test.list, value);
    case 'notIn':
      return !includes(test.list, value);
    case 'truthy':
      return truthy(value);
    case 'contains':
      return inHaystack(test.value, value);
    case 'empty':
      return isEmpty(value);
    case 'notEmpty':
      return !isEmpty(value);
    default:
      // `and`, `or`, `not`, `true`, `false` never reach a program's tests.
      return false;
  }
}

/** `indexOf(value) !== -1`: strict equality, as json-logic-js's `in` on an array. */
function includes(list: readonly unknown[], value: unknown): boolean {
  for (let index = 0; index < list.length; index++) if (list[index] === value) return true;
  return false;
}

/** `{"and": [{"!": [V]}, {"!==": [V, false]}, {"!==": [V, 0]}]}` */
function isEmpty(value: unknown): boolean {
  return !truthy(value) && value !== false && value !== 0;
}
