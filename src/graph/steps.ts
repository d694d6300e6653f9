/**
 * The steps diagram of SPEC §7.3: every step a node in document order (main steps, then each
 * outcome's closing steps in a cluster), conditional items under their step, and an edge from
 * every item or data path a condition reads to what it shows, labelled with the condition's
 * source text (rendered back from the JsonLogic, so the IR alone is enough).
 */
import type { ChecklistIR, Conditional, IrItem, IrStep } from '../ir/types.js';
import { renderCondition } from '../runtime/conditions/render.js';
import { DiagramBuilder, type Diagram } from './model.js';

const RESPONSES = 'responses.';
const MAX_TEXT = 48;

export function stepsDiagram(ir: ChecklistIR): Diagram {
  const builder = new DiagramBuilder(`${ir.title} (${ir.checklist} v${ir.version})`);
  const drawn = itemsToDraw(ir);
  const itemSteps = new Map<string, IrStep>();
  for (const step of allSteps(ir)) for (const item of step.items) itemSteps.set(item.id, step);

  const addStep = (step: IrStep): string => {
    const stepKey = builder.node(`step:${step.id}`, `${step.title}\n${step.id}`, 'step', step.when !== undefined);
    for (const item of step.items) {
      if (!drawn.has(item.id)) continue;
      builder.edge(stepKey, builder.node(`item:${item.id}`, itemLabel(item), 'item', item.when !== undefined), 'contains');
    }
    return stepKey;
  };

  const main = ir.steps.map(addStep);
  chain(builder, main);
  for (const outcome of ir.outcomes ?? []) {
    const closing = (ir.closing?.[outcome.id] ?? []).map(addStep);
    builder.cluster(`Closing: ${outcome.label} (${outcome.id})`, closing);
    chain(builder, closing);
    const last = main[main.length - 1];
    const first = closing[0];
    if (last !== undefined && first !== undefined) builder.edge(last, first, 'flow', `outcome == ${JSON.stringify(outcome.id)}`);
  }

  for (const step of allSteps(ir)) {
    drawReads(builder, step, `step:${step.id}`);
    for (const item of step.items) drawReads(builder, item, `item:${item.id}`);
  }
  return builder.build();

  function drawReads(target: DiagramBuilder, node: Conditional, name: string): void {
    if (node.when === undefined) return;
    const text = renderCondition(node.when);
    const to = target.node(name, name, 'step');
    for (const dep of node.deps ?? []) {
      const from = dep.startsWith(RESPONSES) && itemSteps.has(dep.slice(RESPONSES.length))
        ? target.node(`item:${dep.slice(RESPONSES.length)}`, dep, 'item')
        : target.node(`data:${dep}`, dataLabel(dep), 'data');
      target.edge(from, to, 'reads', text);
    }
  }
}

/** Items a condition reads or that carry a condition themselves. */
function itemsToDraw(ir: ChecklistIR): Set<string> {
  const drawn = new Set<string>();
  for (const step of allSteps(ir)) {
    for (const dep of step.deps ?? []) if (dep.startsWith(RESPONSES)) drawn.add(dep.slice(RESPONSES.length));
    for (const item of step.items) {
      if (item.when !== undefined) drawn.add(item.id);
      for (const dep of item.deps ?? []) if (dep.startsWith(RESPONSES)) drawn.add(dep.slice(RESPONSES.length));
    }
  }
  return drawn;
}

export function allSteps(ir: ChecklistIR): IrStep[] {
  return [...ir.steps, ...(ir.outcomes ?? []).flatMap((outcome) => ir.closing?.[outcome.id] ?? [])];
}

function chain(builder: DiagramBuilder, keys: readonly string[]): void {
  for (let index = 1; index < keys.length; index++) builder.edge(keys[index - 1]!, keys[index]!, 'flow');
}

function itemLabel(item: IrItem): string {
  const text = item.type === 'instructions' ? shorten(item.text) : item.label;
  return `${text}\n${item.id} · ${item.type}${item.required ? ' · required' : ''}`;
}

function dataLabel(dep: string): string {
  return dep.startsWith('case.') ? dep.slice('case.'.length) : dep;
}

/** The first line of a long text, cut at MAX_TEXT characters (code points, never half a pair). */
export function shorten(text: string): string {
  const firstLine = text.trim().split('\n')[0] ?? '';
  const chars = [...firstLine];
  return chars.length > MAX_TEXT ? `${chars.slice(0, MAX_TEXT - 1).join('')}…` : firstLine;
}
