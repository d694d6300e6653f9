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

/**
 * `byIndent` (YAML): a YAML node's range stops at its last value, so the comments written below
 * it, indented at least as deep as it, are inside it too (as a reader of YAML sees them).
 */
export function attachComments(root: Construct, comments: readonly Comment[], byIndent = false): CommentMap {
  const map = new Map<object, Attached>();
  const slot = (node: object): Attached => {
    let attached = map.get(node);
    if (attached === undefined) {
      attached = { leading: [], trailing: [], dangling: [] };
      map.set(node, attached);
    }
    return attached;
  };
  for (const comment of comments) attachOne(root, comment, slot, byIndent);
  return map;
}

function attachOne(root: Construct, comment: Comment, slot: (node: object) => Attached, byIndent: boolean): void {
  let container = root;
  for (;;) {
    const inner = container.children.find((child) => contains(child.span, comment.span)) ?? (byIndent ? ownerByIndent(container.children, comment.span) : undefined);
    if (inner === undefined || (byIndent && container === root && isAfterParts(inner, comment.span))) break;
    container = inner;
  }
  const before = lastBefore(container.children, comment.span);
  const after = container.children.find((child) => startsAfter(child.span, comment.span));
  if (before !== undefined && lastLine(before.span) === comment.span.line) slot(before.node).trailing.push(comment);
  else if (before === undefined && container !== root && container.span.line === comment.span.line) slot(container.node).trailing.push(comment);
  else if (after !== undefined) slot(after.node).leading.push(comment);
  else if (container.children.length === 0 && container !== root) slot(container.node).leading.push(comment);
  else slot(container.node).dangling.push(comment);
}

/**
 * The last container before the comment, when the comment is indented at least as deep as it;
 * a comment at the margin after the checklist is the file's (YAML has no `}` to tell them apart).
 */
function ownerByIndent(children: readonly Construct[], span: Span): Construct | undefined {
  const before = lastBefore(children, span);
  return before !== undefined && before.children.length > 0 && span.column >= before.span.column && span.column > 1 ? before : undefined;
}

/** A YAML comment at the margin after everything in the checklist ends the file. */
function isAfterParts(construct: Construct, span: Span): boolean {
  return span.column === 1 && !construct.children.some((child) => startsAfter(child.span, span));
}

/** The line a construct's last character is on: a YAML node's range ends after its line break, at column 1. */
function lastLine(span: Span): number {
  return span.endColumn === 1 && span.endLine > span.line ? span.endLine - 1 : span.endLine;
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
