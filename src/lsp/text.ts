/** Plain-text views of a document around a position, for files whose half-typed line does not parse. */
import type { Position, Range } from 'vscode-languageserver';

export function lineAt(text: string, line: number): string {
  let start = 0;
  for (let n = 0; n < line; n++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text.slice(start, end < 0 ? text.length : end).replace(/\r$/, '');
}

/** The line up to the cursor (a position past the line's end reads the whole line). */
export function linePrefix(text: string, position: Position): string {
  return lineAt(text, position.line).slice(0, Math.max(0, position.character));
}

/** The word or operator under the position (identifiers and paths, or `==`, `<=`, …). */
export function wordAt(text: string, position: Position): { readonly text: string; readonly range: Range } | undefined {
  const line = lineAt(text, position.line);
  for (const match of line.matchAll(/[A-Za-z_][A-Za-z0-9_.]*|[=!<>]=|[<>]/g)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (position.character >= start && position.character <= end) {
      return { text: match[0], range: { start: { line: position.line, character: start }, end: { line: position.line, character: end } } };
    }
  }
  return undefined;
}

/**
 * The keyword that opened each `{` still open before the position (outermost first): `checklist`,
 * `step`, `data`, … Strings and comments are skipped; a half-typed line does not matter.
 */
export function openBlocks(text: string, position: Position): string[] {
  const offset = offsetOf(text, position);
  const stack: string[] = [];
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\n') lineStart = i + 1;
    else if (c === '"') i = skipString(text, i, offset);
    else if ((c === '/' && text[i + 1] === '/') || c === '#') i = skipTo(text, i, '\n', offset) - 1;
    else if (c === '/' && text[i + 1] === '*') i = skipTo(text, i + 2, '*/', offset) + 1;
    else if (c === '{') stack.push(/^\s*([A-Za-z_]+)/.exec(text.slice(lineStart, i))?.[1] ?? '');
    else if (c === '}') stack.pop();
  }
  return stack;
}

function skipString(text: string, start: number, limit: number): number {
  if (text.startsWith('"""', start)) return skipTo(text, start + 3, '"""', limit) + 2;
  for (let i = start + 1; i < limit; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '"' || text[i] === '\n') return i;
  }
  return limit;
}

function skipTo(text: string, start: number, end: string, limit: number): number {
  const found = text.indexOf(end, start);
  return found < 0 || found > limit ? limit : found;
}

export function offsetOf(text: string, position: Position): number {
  let offset = 0;
  for (let n = 0; n < position.line; n++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  const end = text.indexOf('\n', offset);
  return Math.min(offset + position.character, end < 0 ? text.length : end);
}
