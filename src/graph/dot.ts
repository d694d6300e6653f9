/**
 * A diagram in Graphviz DOT. Every id is a quoted string (so `node`, `edge`, `graph`, `strict`,
 * `subgraph` are never keywords), and labels escape the two characters a quoted string gives
 * meaning to: `"` and `\` (Graphviz reads `\n`, `\l`, `\N`… inside labels, so a user's
 * backslash is doubled); newlines become `\n`.
 */
import type { Diagram, EdgeKind, GraphNode, NodeShape } from './model.js';
import { cleanLabel } from './text.js';

export function dotString(text: string): string {
  return `"${cleanLabel(text).replace(/[\\"]/g, (char) => `\\${char}`).split('\n').join('\\n')}"`;
}

const SHAPES: Record<NodeShape, { readonly attributes: string; readonly styles: readonly string[] }> = {
  step: { attributes: 'shape=box', styles: ['rounded', 'bold'] },
  item: { attributes: 'shape=box', styles: [] },
  data: { attributes: 'shape=cylinder', styles: [] },
  start: { attributes: 'shape=point, width=0.2', styles: [] },
  status: { attributes: 'shape=box', styles: ['rounded'] },
  final: { attributes: 'shape=box, peripheries=2', styles: ['rounded'] },
};

const EDGES: Record<EdgeKind, string> = {
  flow: 'penwidth=2',
  contains: 'arrowhead=none, color=gray50',
  reads: 'style=dashed, color=blue4, fontcolor=blue4',
};

export function renderDot(diagram: Diagram): string {
  const lines = [
    'digraph "checklist" {',
    `  graph [label=${dotString(diagram.title)}, labelloc=t, fontname="Helvetica", rankdir=TB];`,
    '  node [fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  const clustered = new Set(diagram.clusters.flatMap((cluster) => cluster.nodes));
  const byKey = new Map(diagram.nodes.map((node) => [node.key, node]));
  for (const node of diagram.nodes) if (!clustered.has(node.key)) lines.push(`  ${nodeLine(node)}`);
  diagram.clusters.forEach((cluster, index) => {
    lines.push(`  subgraph "cluster_${index}" {`, `    label=${dotString(cluster.label)}; style=rounded;`);
    for (const key of cluster.nodes) {
      const node = byKey.get(key);
      if (node !== undefined) lines.push(`    ${nodeLine(node)}`);
    }
    lines.push('  }');
  });
  for (const edge of diagram.edges) {
    const label = edge.label === undefined ? '' : `, label=${dotString(edge.label)}`;
    lines.push(`  "${edge.from}" -> "${edge.to}" [${EDGES[edge.kind]}${label}];`);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

function nodeLine(node: GraphNode): string {
  const { attributes, styles } = SHAPES[node.shape];
  const style = node.dashed ? [...styles, 'dashed'] : styles;
  const styleAttribute = style.length === 0 ? '' : `, style="${style.join(',')}"`;
  return `"${node.key}" [label=${dotString(node.label)}, ${attributes}${styleAttribute}];`;
}
