/**
 * The comments of a YAML text, with their spans. The yaml library's lexer yields the source in
 * pieces (plus a few control characters that are not source); a piece that starts with `#` is a
 * comment, since no scalar token can start with one.
 */
import { Lexer } from 'yaml';
import type { Comment } from '../language/comments.js';

/** The lexer's markers (document start, scalar, flow end, BOM): not part of the source. */
const CONTROL = new Set(['\u0002', '\u0018', '\u001f', '\ufeff']);

export function yamlComments(source: string): Comment[] {
  const comments: Comment[] = [];
  let line = 1;
  let column = 1;
  for (const token of new Lexer().lex(source)) {
    if (CONTROL.has(token)) continue;
    if (token.startsWith('#')) {
      const text = token.slice(1).trimEnd();
      comments.push({ kind: 'line', text, span: { line, column, endLine: line, endColumn: column + token.length } });
    }
    for (let i = 0; i < token.length; i += 1) {
      const ch = token.charCodeAt(i);
      if (ch === 10 || (ch === 13 && token.charCodeAt(i + 1) !== 10)) {
        line += 1;
        column = 1;
      } else {
        column += 1;
      }
    }
  }
  return comments;
}
