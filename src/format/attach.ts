/**
 * Which construct each comment belongs to (SPEC §7.1: "the construct it precedes or ends the
 * line of"), decided once, before printing, as Prettier does:
 * - a comment on the line where a construct ends is that construct's **trailing** comment;
 * - a comment on a container's first line, before any of its parts, trails the container
 *   (`step s "S" {  // …`, YAML `- step: s  # …`);
 * - any other comment **leads** the next construct in its container;
 * - a comment after the last construct of a container is **dangling** in it (printed before its
 *   closing `}`); one inside a construct that has no parts (an item, a declaration) leads it.
 * Every comment gets exactly one owner, so none is lost, and the owner is found from the AST, so
 * a printer that reorders members moves each comment with its construct.
 */
import type { Comment } from '../language/comments.js';
import type { Span } from '../language/span.js';
import type { Construct } from './constructs.js';

export interface Attached {
  readonly leading: Comment[];
  readonly trailing: Comment[];
  readonly dangling: Comment[];
}

export type CommentMap = ReadonlyMap<object, Attached>;

export function attachComments(root: Construct, comments: readonly Comment[]): CommentMap {
  const map = new Map<object, Attached>();
  const slot = (node: object): Attached => {
    let attached = map.get(node);
    if (attached === undefined) {
      attached = { leading: [], trailing: [], dangling: [] };
      map.set(node, attached);
    }
    return attached;
  };
  for (const comment of comments) attachOne(root, comment, slot);
  return map;
}

function attachOne(root: Construct, comment: Comment, slot: (node: object) => Attached): void {
  let container = root;
  for (;;) {
    const inner = container.children.find((child) => contains(child.span, comment.span));
    if (inner === undefined) break;
    container = inner;
  }
  const before = lastBefore(container.children, comment.span);
  const after = container.children.find((child) => startsAfter(child.span, comment.span));
  if (before !== undefined && before.span.endLine === comment.span.line) slot(before.node).trailing.push(comment);
  else if (before === undefined && container !== root && container.span.line === comment.span.line) slot(container.node).trailing.push(comment);
  else if (after !== undefined) slot(after.node).leading.push(comment);
  else if (container.children.length === 0 && container !== root) slot(container.node).leading.push(comment);
  else slot(container.node).dangling.push(comment);
}

function lastBefore(children: readonly Construct[], span: Span): Construct | undefined {
  let found: Construct | undefined;
  for (const child of children) if (endsBefore(child.span, span)) found = child;
  return found;
}

function contains(outer: Span, inner: Span): boolean {
  return after(inner.line, inner.column, outer.line, outer.column) && after(outer.endLine, outer.endColumn, inner.line, inner.column + 1);
}

function startsAfter(span: Span, comment: Span): boolean {
  return after(span.line, span.column, comment.line, comment.column + 1);
}

function endsBefore(span: Span, comment: Span): boolean {
  return after(comment.line, comment.column, span.endLine, span.endColumn);
}

/** Position (line, column) is at or after (line2, column2). */
function after(line: number, column: number, line2: number, column2: number): boolean {
  return line > line2 || (line === line2 && column >= column2);
}
