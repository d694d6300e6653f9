/**
 * The boolean side of a compiled condition: `and`/`or`/`not` over the source tests of docs/ir.md's
 * lowering table, as a tree of plain records walked by one function. One walker instead of a
 * closure per node keeps every call site monomorphic, so the optimiser inlines the path reads and
 * tests into it; that is most of the distance between closures and hand-written JS. A lowered test
 * reads its path once even where its JsonLogic reads it two or three times (guarded orderings,
 * `is empty`): exact, because reads have no side effects.
 */
import { pathSlot, readPath } from './case-reads.js';
import { splitPath } from './path-read.js';
import { inHaystack, truthy } from './rule.js';
import type { Literal, Test } from './shapes.js';

export type Predicate = (data: unknown) => boolean;

type Kind =
  | 'and' | 'or' | 'not' | 'true' | 'false' | 'predicate'
  | 'truthy' | 'equals' | 'notEquals' | '<' | '<=' | '>' | '>=' | 'in' | 'notIn' | 'contains' | 'empty' | 'notEmpty';

/** Every node has every field, so the walker sees one object shape. */
export class TestTree {
  constructor(
    readonly kind: Kind,
    readonly path: readonly string[] = [],
    readonly value: unknown = null,
    readonly list: readonly unknown[] = [],
    readonly children: readonly TestTree[] = [],
    readonly predicate: Predicate = () => false,
  ) {
    this.slot = pathSlot(path);
  }

  /** Where condition data remembers or holds this node's path (`pathSlot`). */
  readonly slot: number;
}

export const TRUE = new TestTree('true');
export const FALSE = new TestTree('false');

export function testTree(test: Test): TestTree {
  const path = splitPath(test.path);
  switch (test.kind) {
    case 'truthy':
      return new TestTree('truthy', path);
    case 'equals':
      return new TestTree(test.negated ? 'notEquals' : 'equals', path, test.value);
    case 'ordering':
      return new TestTree(test.op, path, test.value);
    case 'in':
      return new TestTree(test.negated ? 'notIn' : 'in', path, null, test.list);
    case 'contains':
      return new TestTree('contains', path, test.value);
    case 'empty':
      return new TestTree(test.negated ? 'notEmpty' : 'empty', path);
  }
}

/** A node the walker cannot see into (a comparison of computed values, a generic `in`, …). */
export function predicateTree(predicate: Predicate): TestTree {
  return new TestTree('predicate', [], null, [], [], predicate);
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
  return children.length === 1 ? (children[0] as TestTree) : new TestTree(kind, [], null, [], children);
}

export function not(child: TestTree): TestTree {
  if (child === TRUE) return FALSE;
  if (child === FALSE) return TRUE;
  return new TestTree('not', [], null, [], [child]);
}

export function holds(tree: TestTree, data: unknown): boolean {
  switch (tree.kind) {
    case 'and': {
      const children = tree.children;
      for (let index = 0; index < children.length; index++) if (!holds(children[index] as TestTree, data)) return false;
      return true;
    }
    case 'or': {
      const children = tree.children;
      for (let index = 0; index < children.length; index++) if (holds(children[index] as TestTree, data)) return true;
      return false;
    }
    case 'equals':
      return readPath(data, tree.path, tree.slot, null) === tree.value;
    case 'notEquals':
      return readPath(data, tree.path, tree.slot, null) !== tree.value;
    case '<': {
      const value = readPath(data, tree.path, tree.slot, null) as Literal;
      return value != null && value < (tree.value as Literal);
    }
    case '<=': {
      const value = readPath(data, tree.path, tree.slot, null) as Literal;
      return value != null && value <= (tree.value as Literal);
    }
    case '>': {
      const value = readPath(data, tree.path, tree.slot, null) as Literal;
      return value != null && value > (tree.value as Literal);
    }
    case '>=': {
      const value = readPath(data, tree.path, tree.slot, null) as Literal;
      return value != null && value >= (tree.value as Literal);
    }
    case 'in':
      return includes(tree.list, readPath(data, tree.path, tree.slot, null));
    case 'notIn':
      return !includes(tree.list, readPath(data, tree.path, tree.slot, null));
    case 'truthy':
      return truthy(readPath(data, tree.path, tree.slot, null));
    case 'not':
      return !holds(tree.children[0] as TestTree, data);
    case 'contains':
      return inHaystack(tree.value, readPath(data, tree.path, tree.slot, null));
    case 'empty':
      return isEmpty(readPath(data, tree.path, tree.slot, null));
    case 'notEmpty':
      return !isEmpty(readPath(data, tree.path, tree.slot, null));
    case 'true':
      return true;
    case 'false':
      return false;
    case 'predicate':
      return tree.predicate(data);
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
