/** The comparison operators, as json-logic-js defines them (loose `==`, strict `===`, "between"). */
import type { Evaluate } from './rule.js';
import type { Predicate } from './test-tree.js';

type Compare = (a: unknown, b: unknown) => boolean;

/** JS's own operators on `unknown` operands: they coerce exactly as json-logic-js's do. */
const COMPARE: ReadonlyMap<string, Compare> = new Map<string, Compare>([
  ['==', (a, b) => a == b],
  ['!=', (a, b) => a != b],
  ['===', (a, b) => a === b],
  ['!==', (a, b) => a !== b],
  ['<', (a, b) => (a as number) < (b as number)],
  ['<=', (a, b) => (a as number) <= (b as number)],
  ['>', (a, b) => (a as number) > (b as number)],
  ['>=', (a, b) => (a as number) >= (b as number)],
]);

/**
 * A comparison of evaluated operands. `<`/`<=` with a third operand test "between" unless it
 * evaluates to `undefined`; every operand is evaluated first, as json-logic-js does.
 */
export function compileComparison(op: string, operands: readonly Evaluate[]): Predicate {
  const compare = COMPARE.get(op) as Compare;
  const [first, second, third] = operands as [Evaluate, Evaluate, Evaluate | undefined];
  if (third) {
    return (data) => {
      const a = first(data);
      const b = second(data);
      const c = third(data);
      return c === undefined ? compare(a, b) : compare(a, b) && compare(b, c);
    };
  }
  return (data) => compare(first(data), second(data));
}
