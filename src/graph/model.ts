/**
 * A diagram as data, independent of the notation: nodes (named `n0`, `n1`, … so no id or keyword
 * of the checklist ever reaches the notation's syntax), clusters of nodes, and edges. The two
 * renderers (mermaid.ts, dot.ts) only escape and print it.
 */

export type NodeShape = 'step' | 'item' | 'data' | 'start' | 'status' | 'final';

export interface GraphNode {
  readonly key: string;
  /** Plain text; `\n` separates lines. The renderer escapes it. */
  readonly label: string;
  readonly shape: NodeShape;
  /** Hidden by default (it has a `when`). */
  readonly dashed: boolean;
}

export interface GraphCluster {
  readonly label: string;
  readonly nodes: readonly string[];
}

/** `flow`: the order of steps or a transition; `contains`: a step holds an item; `reads`: a condition reads the source to show the target. */
export type EdgeKind = 'flow' | 'contains' | 'reads';

export interface GraphEdge {
  readonly from: string;
  readonly to: string;
  readonly kind: EdgeKind;
  readonly label?: string;
}

export interface Diagram {
  readonly title: string;
  /** In order of appearance; a node listed in a cluster is drawn inside it. */
  readonly nodes: readonly GraphNode[];
  readonly clusters: readonly GraphCluster[];
  readonly edges: readonly GraphEdge[];
}

/** Builds a diagram while keeping node keys unique and short (`n<index>`). */
export class DiagramBuilder {
  private readonly nodes: GraphNode[] = [];
  private readonly byName = new Map<string, string>();
  private readonly clusters: GraphCluster[] = [];
  private readonly edges: GraphEdge[] = [];

  constructor(private readonly title: string) {}

  /** The node for `name` (a namespaced name such as `step:intro`), made on first use. */
  node(name: string, label: string, shape: NodeShape, dashed = false): string {
    const existing = this.byName.get(name);
    if (existing !== undefined) return existing;
    const key = `n${this.nodes.length}`;
    this.byName.set(name, key);
    this.nodes.push({ key, label, shape, dashed });
    return key;
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  cluster(label: string, nodes: readonly string[]): void {
    if (nodes.length > 0) this.clusters.push({ label, nodes });
  }

  edge(from: string, to: string, kind: EdgeKind, label?: string): void {
    this.edges.push(label === undefined ? { from, to, kind } : { from, to, kind, label });
  }

  build(): Diagram {
    return { title: this.title, nodes: this.nodes, clusters: this.clusters, edges: this.edges };
  }
}
