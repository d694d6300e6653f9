/**
 * A source range. Lines and columns are 1-based; the end is exclusive (the column just after
 * the last character), as in SARIF. Columns count UTF-16 code units, as editors do.
 */
export interface Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export const NO_SPAN: Span = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** The smallest span that covers both. */
export function joinSpans(a: Span, b: Span): Span {
  const startFirst = a.line < b.line || (a.line === b.line && a.column <= b.column);
  const endLast = a.endLine > b.endLine || (a.endLine === b.endLine && a.endColumn >= b.endColumn);
  const start = startFirst ? a : b;
  const end = endLast ? a : b;
  return { line: start.line, column: start.column, endLine: end.endLine, endColumn: end.endColumn };
}
