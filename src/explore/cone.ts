/**
 * Cones of influence: what a node's visibility depends on. A step's visibility reads its own
 * condition's paths; an item's, its step's and its own; an answer read is its item's value while
 * that item is visible, so its cone is in too. Case data, the outcome and the status are free
 * inputs. A question about a node needs only its cone encoded, and cones stay small however long
 * the checklist grows (conditions read case data and a few earlier answers).
 */
import type { ChecklistIR } from '../ir/types.js';
import { varPaths } from '../runtime/conditions/description.js';
import { stepNodes } from './encode.js';

export interface Chunk {
  /** The steps and items whose questions this chunk asks. */
  readonly targets: readonly string[];
  /** Their cone: what is encoded. */
  readonly scope: ReadonlySet<string>;
}

/** Consecutive steps (with their items), grouped while their cones together hold at most `maxNodes` nodes. */
export function chunksOf(ir: ChecklistIR, maxNodes: number): Chunk[] {
  const stepOf = new Map<string, string>();
  const reads = new Map<string, string[]>();
  const itemsRead = (when: unknown): string[] =>
    when === undefined ? [] : [...varPaths(when)].filter((path) => path.startsWith('responses.')).map((path) => path.slice('responses.'.length));
  const nodes = stepNodes(ir);
  for (const { step } of nodes) {
    reads.set(step.id, itemsRead(step.when));
    for (const item of step.items) {
      stepOf.set(item.id, step.id);
      reads.set(item.id, itemsRead(item.when));
    }
  }
  const close = (into: Set<string>, ids: readonly string[]): void => {
    const todo = [...ids];
    while (todo.length > 0) {
      const id = todo.pop()!;
      if (into.has(id) || !reads.has(id)) continue;
      into.add(id);
      const step = stepOf.get(id);
      if (step !== undefined) todo.push(step);
      todo.push(...reads.get(id)!);
    }
  };
  const chunks: Chunk[] = [];
  let targets: string[] = [];
  let scope = new Set<string>();
  for (const { step } of nodes) {
    const ids = [step.id, ...step.items.map((item) => item.id)];
    const own = new Set<string>();
    close(own, ids);
    if (targets.length > 0 && new Set([...scope, ...own]).size > maxNodes) {
      chunks.push({ targets, scope });
      targets = [];
      scope = new Set();
    }
    targets.push(...ids);
    for (const id of own) scope.add(id);
  }
  if (targets.length > 0) chunks.push({ targets, scope });
  return chunks;
}
