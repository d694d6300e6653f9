/** The lexer's comment tokens (group `comments`) as the AST's trivia (src/language/comments.ts). */
import type { IToken } from 'chevrotain';
import type { Comment } from '../language/comments.js';
import { endOfText } from './spans.js';
import { BlockComment } from './tokens.js';

export function commentsOf(tokens: readonly IToken[]): Comment[] {
  return tokens.map((token) => {
    const line = token.startLine ?? 1;
    const column = token.startColumn ?? 1;
    const end = endOfText(token.image);
    const span = { line, column, endLine: line + end.line - 1, endColumn: end.line === 1 ? column + token.image.length : end.column };
    if (token.tokenType === BlockComment) return { kind: 'block', text: token.image.slice(2, -2).replace(/\r\n?/g, '\n'), span };
    const marker = token.image.startsWith('#') ? 1 : 2;
    return { kind: 'line', text: token.image.slice(marker).trimEnd(), span };
  });
}
