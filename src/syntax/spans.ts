/**
 * Token positions as AST spans. The lexer records where a token starts (1-based, like a span);
 * where it ends (exclusive, as in SARIF) follows from its image.
 */
import type { IToken } from 'chevrotain';
import type { Span } from '../language/span.js';
import { MULTILINE_TOKENS } from './tokens.js';

export function tokenSpan(token: IToken): Span {
  const line = token.startLine ?? 1;
  const column = token.startColumn ?? 1;
  if (!MULTILINE_TOKENS.has(token.tokenType)) return { line, column, endLine: line, endColumn: column + token.image.length };
  const end = endOfText(token.image);
  return { line, column, endLine: line + end.line - 1, endColumn: end.line === 1 ? column + token.image.length : end.column };
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
