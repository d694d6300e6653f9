/** `graph` (SPEC §7.3): a compiled checklist as a Mermaid or Graphviz diagram. */
import type { ChecklistIR } from '../ir/types.js';
import { renderDot } from './dot.js';
import { lifecycleDiagram } from './lifecycle.js';
import { renderMermaid } from './mermaid.js';
import { stepsDiagram } from './steps.js';
import type { Diagram } from './model.js';

export type GraphFormat = 'mermaid' | 'dot';
/** `steps`: steps, items and conditions; `lifecycle`: statuses and transitions. */
export type GraphDiagram = 'steps' | 'lifecycle';

export type { Diagram } from './model.js';
export { stepsDiagram } from './steps.js';
export { lifecycleDiagram } from './lifecycle.js';

/** The diagram's text, or undefined for `lifecycle` when the checklist declares none. */
export function graphChecklist(ir: ChecklistIR, format: GraphFormat = 'mermaid', which: GraphDiagram = 'steps'): string | undefined {
  const diagram = which === 'steps' ? stepsDiagram(ir) : ir.lifecycle && lifecycleDiagram(ir.title, ir.lifecycle);
  return diagram && renderDiagram(diagram, format);
}

export function renderDiagram(diagram: Diagram, format: GraphFormat): string {
  return format === 'dot' ? renderDot(diagram) : renderMermaid(diagram);
}
