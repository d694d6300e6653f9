/** Hostile diagrams for the notation tests: labels with every character a notation could choke on. */
import fc from 'fast-check';
import type { Diagram } from '../../src/graph/index.js';
import type { EdgeKind, NodeShape } from '../../src/graph/model.js';

const HOSTILE = ['"', "'", '#', ';', '%%', '[', ']', '{', '}', '(', ')', '|', '<', '>', '&', '`', '\\', '\n', '\r', 'end', 'graph', 'subgraph', 'node', 'edge', 'strict', 'digraph', '-->', '\\n', 'é', '🦊', '\ud800', '\u0000', ' ', 'x'];

export const hostileText = fc.array(fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 4, unit: 'binary' })), { maxLength: 8 }).map((parts) => parts.join(''));

const SHAPES: NodeShape[] = ['step', 'item', 'data', 'start', 'status', 'final'];
const KINDS: EdgeKind[] = ['flow', 'contains', 'reads'];

export const hostileDiagram: fc.Arbitrary<Diagram> = fc
  .record({
    title: hostileText,
    labels: fc.array(fc.record({ label: hostileText, shape: fc.constantFrom(...SHAPES), dashed: fc.boolean() }), { minLength: 1, maxLength: 6 }),
    clusterLabel: hostileText,
    edges: fc.array(fc.record({ from: fc.nat(), to: fc.nat(), kind: fc.constantFrom(...KINDS), label: fc.option(hostileText, { nil: undefined }) }), { maxLength: 6 }),
  })
  .map(({ title, labels, clusterLabel, edges }) => {
    const nodes = labels.map((node, index) => ({ key: `n${index}`, ...node }));
    const key = (index: number): string => `n${index % nodes.length}`;
    return {
      title,
      nodes,
      clusters: nodes.length > 1 ? [{ label: clusterLabel, nodes: [key(nodes.length - 1)] }] : [],
      edges: edges.map(({ from, to, kind, label }) => (label === undefined ? { from: key(from), to: key(to), kind } : { from: key(from), to: key(to), kind, label })),
    };
  });
