import { Diagnostics } from '../../diagnostics/messages.js';
import type { Lifecycle } from '../../language/ast.js';
import { statusesById } from './lifecycle-statuses.js';
import type { Rule } from './rule.js';

/**
 * Warning CW062: a status no chain of transitions reaches from `initial`. A breadth-first search
 * over the transitions as written (a transition out of a final status is CW061, but is still an
 * edge here, so one mistake is not reported twice): linear in statuses plus transition sources.
 * Without a valid `initial` there is nothing to search from, and CW061 says so.
 */
export const unreachableStatuses: Rule = {
  codes: ['CW062'],
  check({ symbols, report }) {
    const lifecycle = symbols.checklist?.lifecycle;
    const initial = lifecycle?.initial?.text;
    if (lifecycle === undefined || initial === undefined) return;
    const statuses = statusesById(lifecycle);
    if (!statuses.has(initial)) return;
    const targets = transitionTargets(lifecycle);
    const reached = reachableFrom(initial, targets);
    const entered = new Set([...targets.values()].flat());
    for (const [id, status] of statuses) {
      if (reached.has(id)) continue;
      report(entered.has(id) ? Diagnostics.UnreachableStatusChain : Diagnostics.UnreachableStatus, symbols.file, status.id.span, [id, initial]);
    }
  },
};

/** Status → the statuses one transition leads to from it. */
function transitionTargets(lifecycle: Lifecycle): ReadonlyMap<string, readonly string[]> {
  const targets = new Map<string, string[]>();
  for (const transition of lifecycle.transitions) {
    for (const from of transition.from) {
      const list = targets.get(from.text);
      if (list === undefined) targets.set(from.text, [transition.to.text]);
      else list.push(transition.to.text);
    }
  }
  return targets;
}

function reachableFrom(start: string, targets: ReadonlyMap<string, readonly string[]>): ReadonlySet<string> {
  const reached = new Set([start]);
  const queue = [start];
  // Iterating an array sees what is pushed onto it meanwhile: this is the queue.
  for (const status of queue) {
    for (const target of targets.get(status) ?? []) {
      if (reached.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return reached;
}
