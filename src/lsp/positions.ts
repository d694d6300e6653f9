/**
 * Spans (1-based, end exclusive, UTF-16 columns: src/language/span.ts) and LSP positions
 * (0-based, UTF-16) describe the same places; these convert and compare them.
 */
import type { Position, Range } from 'vscode-languageserver';
import type { Span } from '../language/span.js';

export function rangeOf(span: Span): Range {
  return {
    start: { line: span.line - 1, character: span.column - 1 },
    end: { line: span.endLine - 1, character: span.endColumn - 1 },
  };
}

/** Whether the position is inside the span or just after its last character (where a cursor stands after typing it). */
export function spanHolds(span: Span, position: Position): boolean {
  const line = position.line + 1;
  const column = position.character + 1;
  if (line < span.line || line > span.endLine) return false;
  if (line === span.line && column < span.column) return false;
  if (line === span.endLine && column > span.endColumn) return false;
  return true;
}

/** Whether the span ends before the position (document order). */
export function spanBefore(span: Span, position: Position): boolean {
  const line = position.line + 1;
  return span.endLine < line || (span.endLine === line && span.endColumn <= position.character + 1);
}
