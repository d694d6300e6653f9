/**
 * Property: on generated small checklists, explore's answers agree with a brute-force oracle that
 * evaluates every combination of representative values (every value class of the generated
 * tests) through the runtime, whether it encodes the checklist whole or chunk by chunk; every
 * witness passes when replayed independently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';
import { explore } from '../../src/explore/explore.js';
import { evaluate } from '../../src/runtime/evaluate.js';
import { loadChecklist } from '../../src/runtime/load.js';
import type { JsonValue } from '../../src/ir/types.js';
import { runWitness } from './run-witness.js';

type ItemType = 'yes_no' | 'checkbox' | 'select';
interface GenItem { readonly type: ItemType; readonly required: boolean; readonly when?: string }
interface GenStep { readonly when?: string; readonly items: GenItem[] }

// One value per class the tests can tell apart; ['z'] is the non-empty list holding neither p nor q
// (seed -1314302653 found explore right and the oracle blind without it).
const CASE_POOL: Record<string, readonly (JsonValue | undefined)[]> = {
  n: [undefined, 0, 1, 2, 3, 4],
  c: [undefined, 'a', 'b'],
  t: [undefined, '', 'p', 'zq'],
  l: [undefined, [], ['p'], ['q'], ['p', 'q'], ['z']],
};
const RESPONSE_POOL: Record<ItemType, readonly (JsonValue | undefined)[]> = {
  yes_no: [undefined, true, false],
  checkbox: [undefined, true, false],
  select: [undefined, 'x', 'y'],
};

const caseTest = fc.constantFrom('n > 1', 'n <= 3', 'n == 2', 'n != 0', 'c == "a"', 'c in ["a", "b"]', 'c not in ["b"]', 'l contains "p"', 'l is empty', 'not l contains "q"', 't is empty', 't == "zq"', 't != "p"');
function itemTests(id: string, type: ItemType): string[] {
  return type === 'select' ? [`${id} == "x"`, `${id} != "y"`, `${id} is empty`, `${id} is not empty`] : [id, `not ${id}`, `${id} == false`];
}

function conditionArb(earlier: readonly { id: string; type: ItemType }[]): fc.Arbitrary<string> {
  const leaf = earlier.length === 0 ? caseTest : fc.oneof(caseTest, fc.constantFrom(...earlier.flatMap((item) => itemTests(item.id, item.type))));
  return fc.oneof(
    { weight: 2, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(leaf, fc.constantFrom('and', 'or'), leaf).map(([a, op, b]) => `${a} ${op} ${b}`) },
    { weight: 1, arbitrary: fc.tuple(leaf, leaf, leaf).map(([a, b, c]) => `(${a} or ${b}) and not ${c}`) },
  );
}

/** Item ids `i0…`, numbered in document order, so a condition can name any earlier one. */
const checklistArb: fc.Arbitrary<GenStep[]> = fc
  .array(fc.array(fc.tuple(fc.constantFrom<ItemType>('yes_no', 'checkbox', 'select'), fc.boolean()), { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })
  .chain((shape) => {
    const all: { id: string; type: ItemType }[] = [];
    const steps = shape.map((items) =>
      items.map(([type, required]) => {
        const id = `i${all.length}`;
        const before = [...all];
        all.push({ id, type });
        return { type, required, when: fc.option(conditionArb(before), { nil: undefined }) };
      }),
    );
    return fc.tuple(
      ...steps.map((items, index) =>
        fc.record({
          when: fc.option(conditionArb(all.slice(0, steps.slice(0, index).flat().length)), { nil: undefined }),
          items: fc.tuple(...items.map((item) => fc.record({ type: fc.constant(item.type), required: fc.constant(item.required), when: item.when }))),
        }),
      ),
    ).map((generated) => generated.map((step) => ({ ...(step.when === undefined ? {} : { when: step.when }), items: step.items.map((item) => (item.when === undefined ? { type: item.type, required: item.required } : item)) })));
  });

function sourceOf(steps: readonly GenStep[]): string {
  let n = 0;
  const body = steps.map((step, index) => {
    const items = step.items.map((item) => {
      const id = `i${n++}`;
      const options = item.type === 'select' ? ' options ["x", "y"]' : '';
      return `    ${item.type} ${id} "Q"${options}${item.required ? ' required' : ''}${item.when ? ` when ${item.when}` : ''}`;
    });
    return `  step s${index} "S"${step.when ? ` when ${step.when}` : ''} {\n${items.join('\n')}\n  }`;
  });
  return `checklist gen "Generated" {\n  data {\n    n number\n    c choice("a", "b")\n    t text\n    l list\n  }\n${body.join('\n')}\n}\n`;
}

function* combinations(pools: readonly (readonly (JsonValue | undefined)[])[]): Generator<(JsonValue | undefined)[]> {
  if (pools.length === 0) return yield [];
  for (const rest of combinations(pools.slice(1))) for (const value of pools[0]!) yield [value, ...rest];
}

describe('explore agrees with a brute-force oracle', () => {
  it('on generated small checklists', () => {
    fc.assert(
      fc.property(checklistArb, (steps) => {
        const compiled = compileSource(sourceOf(steps), 'gen.checklist');
        if (compiled.ir === undefined) throw new Error(compiled.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message).join('; '));
        const loaded = loadChecklist(compiled.ir);
        if (!loaded.ok) throw new Error(loaded.errors.join('; '));
        const items = steps.flatMap((step) => step.items);
        const seen = new Map<string, Set<boolean>>();
        let completable = false;
        const pools = [...Object.values(CASE_POOL), ...items.map((item) => RESPONSE_POOL[item.type])];
        const caseKeys = Object.keys(CASE_POOL);
        for (const values of combinations(pools)) {
          const caseData = Object.fromEntries(caseKeys.flatMap((key, index) => (values[index] === undefined ? [] : [[key, values[index]]])));
          const responses = Object.fromEntries(items.flatMap((_, index) => (values[caseKeys.length + index] === undefined ? [] : [[`i${index}`, values[caseKeys.length + index]]])));
          const result = evaluate(loaded.checklist, caseData, { responses, completed: steps.map((_, index) => `s${index}`) });
          for (const step of result.steps) {
            for (const node of [step, ...step.items]) {
              const set = seen.get(node.id) ?? new Set<boolean>();
              set.add(node.visible);
              seen.set(node.id, set);
            }
          }
          if (result.status === 'complete') completable = true;
        }
        // Whole, and chunk by chunk with each step's cone encoded apart (cone.ts): the same answers.
        for (const options of [{}, { chunkNodes: 2 }]) {
          const explored = explore(compiled.ir, options);
          if (!explored.ok) throw new Error('explore failed');
          const { report } = explored;
          for (const node of report.nodes) {
            const oracle = seen.get(node.id) ?? new Set<boolean>();
            expect({ id: node.id, visible: node.visible, hidden: node.hidden, options }).toEqual({
              id: node.id,
              visible: oracle.has(true) ? 'yes' : 'no',
              hidden: oracle.has(false) ? 'yes' : 'no',
              options,
            });
          }
          expect(report.completion.answer).toBe(completable ? 'yes' : 'no');
          for (const witness of report.witnesses) expect(runWitness(loaded.checklist, witness)).toEqual([]);
        }
      }),
      { numRuns: 12 },
    );
  });
});
