/**
 * A diagram as a Mermaid flowchart. Node names are the builder's `n<index>`, so only labels need
 * escaping: every label is a quoted string in which each character Mermaid could read as syntax
 * (quotes, `#`, `;`, `%`, brackets, braces, `|`, `<`, `>`, `&`, backticks, backslashes) is written
 * as Mermaid's numeric entity `#<code>;`, which it decodes when it draws the label.
 */
import type { Diagram, EdgeKind, GraphNode, NodeShape } from './model.js';
import { cleanLabel } from './text.js';

const SPECIAL = /["#;%|<>&`\\]/g;

export function mermaidLabel(text: string): string {
  const escaped = cleanLabel(text).replace(SPECIAL, (char) => `#${char.codePointAt(0)};`);
  // Mermaid refuses an empty quoted label: a no-break space stands in.
  return escaped === '' ? '"#160;"' : `"${escaped.split('\n').join('<br/>')}"`;
}

const SHAPES: Record<NodeShape, readonly [string, string]> = {
  step: ['(', ')'],
  item: ['[', ']'],
  data: ['[(', ')]'],
  start: ['((', '))'],
  status: ['([', '])'],
  final: ['(((', ')))'],
};

const ARROWS: Record<EdgeKind, string> = { flow: '==>', contains: '---', reads: '-.->' };

export function renderMermaid(diagram: Diagram): string {
  const lines = ['flowchart TB'];
  const clustered = new Set(diagram.clusters.flatMap((cluster) => cluster.nodes));
  const byKey = new Map(diagram.nodes.map((node) => [node.key, node]));
  for (const node of diagram.nodes) if (!clustered.has(node.key)) lines.push(`  ${nodeLine(node)}`);
  diagram.clusters.forEach((cluster, index) => {
    lines.push(`  subgraph c${index}[${mermaidLabel(cluster.label)}]`);
    for (const key of cluster.nodes) {
      const node = byKey.get(key);
      if (node !== undefined) lines.push(`    ${nodeLine(node)}`);
    }
    lines.push('  end');
  });
  for (const edge of diagram.edges) {
    const label = edge.label === undefined ? '' : `|${mermaidLabel(edge.label)}|`;
    lines.push(`  ${edge.from} ${ARROWS[edge.kind]}${label} ${edge.to}`);
  }
  const dashed = diagram.nodes.filter((node) => node.dashed).map((node) => node.key);
  if (dashed.length > 0) {
    lines.push('  classDef hidden stroke-dasharray: 5 5');
    lines.push(`  class ${dashed.join(',')} hidden`);
  }
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: GraphNode): string {
  const [open, close] = SHAPES[node.shape];
  return `${node.key}${open}${mermaidLabel(node.label)}${close}`;
}
