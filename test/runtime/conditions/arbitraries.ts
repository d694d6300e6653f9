/** Random rules from the IR's JsonLogic subset and random (sometimes hostile) condition data. */
import fc from 'fast-check';
import type { JsonLogic } from '../../../src/ir/types.js';

const SEGMENTS = ['a', 'b', 'q', 'n', 'length'] as const;
const HOSTILE_KEYS = ['__proto__', 'constructor', 'toString', 'valueOf', 'indexOf', 'hasOwnProperty'] as const;
const SCALARS = [null, true, false, 0, 1, -1, 1.5, 10, 1000, '', '0', '1', '10', '1.5', 'a', 'A', 'ab', 'CA', 'null', '2024-01-31', ' '] as const;

export const scalar = fc.constantFrom(...SCALARS);
const literalValue = fc.constantFrom(...SCALARS.filter((value) => value !== null));
const literalList = fc.array(literalValue, { maxLength: 4 });

function pathOf(segments: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    fc.constantFrom('outcome', 'status'),
    fc
      .tuple(fc.constantFrom('case', 'responses'), fc.array(fc.constantFrom(...segments), { minLength: 1, maxLength: 3 }))
      .map(([root, rest]) => [root, ...rest].join('.')),
  );
}

/** Paths `checkRule` accepts. */
export const irPath = pathOf(SEGMENTS);

const v = (path: string): JsonLogic => ({ var: path });

/** Every leaf shape of docs/ir.md's lowering table. */
export function loweredLeaf(path: fc.Arbitrary<string>): fc.Arbitrary<JsonLogic> {
  const leaves: fc.Arbitrary<JsonLogic>[] = [
    path.map((p) => ({ '!!': [v(p)] })),
    fc.tuple(path, literalValue, fc.constantFrom('===', '!==')).map(([p, k, op]) => ({ [op]: [v(p), k] })),
    fc
      .tuple(path, literalValue, fc.constantFrom('<', '<=', '>', '>='))
      .map(([p, k, op]) => ({ and: [{ '!=': [v(p), null] }, { [op]: [v(p), k] }] })),
    fc.tuple(path, literalList).map(([p, list]) => ({ in: [v(p), list] })),
    fc.tuple(path, literalList).map(([p, list]) => ({ '!': [{ in: [v(p), list] }] })),
    fc.tuple(path, literalValue).map(([p, k]) => ({ in: [k, v(p)] })),
    fc.tuple(path, fc.boolean()).map(([p, negated]) => {
      const empty: JsonLogic = { and: [{ '!': [v(p)] }, { '!==': [v(p), false] }, { '!==': [v(p), 0] }] };
      return negated ? { '!': [empty] } : empty;
    }),
  ];
  return fc.oneof(...leaves);
}

function varRule(path: fc.Arbitrary<string>): fc.Arbitrary<JsonLogic> {
  return fc.oneof(
    path.map((p) => v(p)),
    path.map((p) => ({ var: [p] })),
    fc.tuple(path, scalar).map(([p, fallback]) => ({ var: [p, fallback] })),
  );
}

/** Wraps a lone operand as json-logic-js allows (`{"!": x}`), except arrays, which would be read as the argument list. */
function unary(op: string, operand: JsonLogic, bare: boolean): JsonLogic {
  return { [op]: bare && !Array.isArray(operand) ? operand : [operand] };
}

export function ruleOf(path: fc.Arbitrary<string>): fc.Arbitrary<JsonLogic> {
  const { rule } = fc.letrec<{ rule: JsonLogic; leaf: JsonLogic; node: JsonLogic }>((tie) => ({
    rule: fc.oneof({ maxDepth: 4, depthIdentifier: 'rule' }, tie('leaf'), tie('node')),
    leaf: fc.oneof(varRule(path), scalar, literalList, loweredLeaf(path)),
    node: fc.oneof(
      { depthIdentifier: 'rule' },
      fc
        .tuple(fc.constantFrom('==', '===', '!=', '!==', '<', '<=', '>', '>=', 'in'), tie('rule'), tie('rule'))
        .map(([op, a, b]) => ({ [op]: [a, b] })),
      fc.tuple(fc.constantFrom('<', '<='), tie('rule'), tie('rule'), tie('rule')).map(([op, a, b, c]) => ({ [op]: [a, b, c] })),
      fc.tuple(fc.constantFrom('!', '!!'), tie('rule'), fc.boolean()).map(([op, a, bare]) => unary(op, a, bare)),
      fc.tuple(fc.constantFrom('and', 'or'), fc.array(tie('rule'), { minLength: 1, maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
      fc.array(tie('rule'), { minLength: 0, maxLength: 2 }),
    ),
  }));
  return rule;
}

/**
 * JSON text, parsed: `__proto__` and `constructor` become own keys, as they do for case data
 * that arrives over the wire.
 */
type Tree = null | boolean | number | string | Tree[] | { entries: [string, Tree][] };

function jsonText(tree: Tree): string {
  if (Array.isArray(tree)) return `[${tree.map(jsonText).join(',')}]`;
  if (tree !== null && typeof tree === 'object') {
    return `{${tree.entries.map(([key, value]) => `${JSON.stringify(key)}:${jsonText(value)}`).join(',')}}`;
  }
  return JSON.stringify(tree);
}

const key = fc.oneof(fc.constantFrom(...SEGMENTS, '0', '1'), fc.constantFrom(...SEGMENTS), fc.constantFrom(...HOSTILE_KEYS));
const { tree } = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.oneof(
    { maxDepth: 3, depthIdentifier: 'tree' },
    scalar,
    scalar,
    fc.array(tie('tree'), { maxLength: 3 }),
    fc.array(fc.tuple(key, tie('tree')), { maxLength: 5 }).map((entries) => ({ entries })),
  ),
}));
const objectTree = fc.array(fc.tuple(key, tree), { maxLength: 6 }).map((entries): Tree => ({ entries }));

export const randomConditionData = fc
  .record({
    case: fc.oneof(objectTree, objectTree, objectTree, tree),
    responses: fc.oneof(objectTree, objectTree, objectTree, tree),
    outcome: tree,
    status: tree,
  })
  .map((parts) => JSON.parse(jsonText({ entries: Object.entries(parts) })) as { case: unknown; responses: unknown; outcome: unknown; status: unknown });
