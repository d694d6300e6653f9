/**
 * The constructs a comment can belong to, as a tree over the AST: the file, its imports, `fields`
 * blocks and checklist; the checklist's members (one per declaration, outcome, status, …); steps
 * and their items; a `data_compare`'s sections. Both forms give the same AST, so one tree serves
 * the text and the YAML form alike. Conditions, options and labels are parts of their construct,
 * not constructs of their own: a comment inside one belongs to the construct around it.
 */
import type { Checklist, Item, SourceFile, Step } from '../language/ast.js';
import type { Span } from '../language/span.js';

export interface Construct {
  /** The AST object the printers look comments up by. */
  readonly node: object;
  readonly span: Span;
  /** In source order. */
  readonly children: readonly Construct[];
}

export function constructsOf(file: SourceFile, endOfFile: Span): Construct {
  const children = [
    ...file.imports.map((i) => leaf(i, i.span)),
    ...file.fields.map((block) => ({ node: block, span: block.span, children: sorted(block.decls.map((d) => leaf(d, d.span))) })),
    ...(file.checklist === undefined ? [] : [checklistConstruct(file.checklist)]),
  ];
  const whole = { line: 1, column: 1, endLine: endOfFile.endLine, endColumn: endOfFile.endColumn };
  return { node: file, span: whole, children: sorted(children) };
}

function checklistConstruct(checklist: Checklist): Construct {
  const members: Construct[] = [];
  const add = (node: { readonly span: Span } | undefined): void => {
    if (node !== undefined) members.push(leaf(node, node.span));
  };
  add(checklist.version);
  add(checklist.description);
  add(checklist.ordering);
  add(checklist.assign);
  for (const decl of [...checklist.data, ...checklist.udf, ...checklist.resolution]) add(decl);
  add(checklist.qaReview);
  for (const outcome of checklist.outcomes) add(outcome);
  for (const closing of checklist.closing) {
    members.push({ node: closing, span: closing.span, children: sorted(closing.steps.map(stepConstruct)) });
  }
  const lifecycle = checklist.lifecycle;
  if (lifecycle !== undefined) {
    const parts = [
      ...(lifecycle.initial === undefined ? [] : [leaf(lifecycle.initial, lifecycle.initial.span)]),
      ...lifecycle.statuses.map((s) => leaf(s, s.span)),
      ...lifecycle.transitions.map((t) => leaf(t, t.span)),
    ];
    members.push({ node: lifecycle, span: lifecycle.span, children: sorted(parts) });
  }
  members.push(...checklist.steps.map(stepConstruct));
  // The checklist starts at its id: in YAML the root map also holds `import`, which is not a member
  // (in the text form, a comment between `checklist` and the id is one before the checklist).
  // A YAML map may also list members before the `checklist` key: the checklist starts at the first.
  const children = sorted(members);
  const first = children[0]?.span;
  const start = first !== undefined && (first.line < checklist.id.span.line || (first.line === checklist.id.span.line && first.column < checklist.id.span.column)) ? first : checklist.id.span;
  const span = { ...checklist.span, line: start.line, column: start.column };
  return { node: checklist, span, children };
}

function stepConstruct(step: Step): Construct {
  const children = [...(step.description === undefined ? [] : [leaf(step.description, step.description.span)]), ...step.items.map(itemConstruct)];
  return { node: step, span: step.span, children: sorted(children) };
}

function itemConstruct(item: Item): Construct {
  return { node: item, span: item.span, children: sorted((item.sections ?? []).map((s) => leaf(s, s.span))) };
}

function leaf(node: object, span: Span): Construct {
  return { node, span, children: [] };
}

function sorted(constructs: Construct[]): Construct[] {
  return constructs.sort((a, b) => a.span.line - b.span.line || a.span.column - b.span.column);
}

