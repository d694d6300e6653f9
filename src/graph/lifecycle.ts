/**
 * The lifecycle diagram (SPEC §7.3's second diagram): a start mark pointing at the initial
 * status, each status a node (final ones drawn as such), each transition an edge per `from`
 * status, labelled with its name and, when guarded, its condition's source text.
 */
import type { IrLifecycle } from '../ir/types.js';
import { renderCondition } from '../runtime/conditions/render.js';
import { DiagramBuilder, type Diagram } from './model.js';

export function lifecycleDiagram(title: string, lifecycle: IrLifecycle): Diagram {
  const builder = new DiagramBuilder(`${title}: lifecycle`);
  const statusNode = (id: string): string => builder.node(`status:${id}`, id, 'status');
  const start = lifecycle.initial === undefined ? undefined : builder.node('start', 'start', 'start');
  for (const status of lifecycle.statuses) {
    const active = status.active ? ' · active' : '';
    builder.node(`status:${status.id}`, `${status.label}\n${status.id}${active}`, status.final ? 'final' : 'status');
  }
  if (start !== undefined && lifecycle.initial !== undefined) builder.edge(start, statusNode(lifecycle.initial), 'flow');
  for (const transition of lifecycle.transitions) {
    const guard = transition.when === undefined ? '' : `\nwhen ${renderCondition(transition.when)}`;
    for (const from of transition.from) {
      builder.edge(statusNode(from), statusNode(transition.to), 'flow', `${transition.name}${guard}`);
    }
  }
  return builder.build();
}
