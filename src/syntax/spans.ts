/**
 * Token and CST positions as AST spans. Chevrotain's columns are 1-based and its ends inclusive;
 * a span's end is exclusive (SARIF), hence the `+ 1`.
 */
import type { IToken } from 'chevrotain';
import type { Span } from '../language/span.js';

export function tokenSpan(token: IToken): Span {
  return {
    line: token.startLine ?? 1,
    column: token.startColumn ?? 1,
    endLine: token.endLine ?? token.startLine ?? 1,
    endColumn: (token.endColumn ?? token.startColumn ?? 0) + 1,
  };
}

/** Just after the last character of `text`: where "found the end of the file" points. */
export function endOfText(text: string): Span {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i);
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line += 1;
      lineStart = i + 1;
    }
  }
  const column = text.length - lineStart + 1;
  return { line, column, endLine: line, endColumn: column };
}
