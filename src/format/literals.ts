/** Literals and strings as the text form writes them, one canonical spelling for each value. */
import type { Literal } from '../language/ast.js';

/** `str` spells the strings (the YAML printer passes its own). */
export function literalText(literal: Literal, str: (value: string) => string = JSON.stringify): string {
  switch (literal.kind) {
    case 'string':
      return str(literal.value);
    case 'number':
      return numberText(literal.value);
    case 'boolean':
      return literal.value ? 'true' : 'false';
    case 'date':
      return literal.value;
    case 'list':
      return `[${literal.items.map((item) => literalText(item, str)).join(', ')}]`;
  }
}

/** JSON's spelling (`1e21`, `0.5`); `-0` stays `-0`, which JSON would print as `0`. */
export function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : JSON.stringify(value);
}

/**
 * A string as the lines of a `"""` string at `indent` (the closing `"""` included), when that
 * spelling gives back exactly this value (see `dedentTripleString`): more than one line, no `"""`,
 * no `\r`, first and last lines not blank, no line of blanks only, and at least one line that
 * starts at the margin (or the dedent would take that indentation away). Else undefined.
 */
export function tripleQuoted(value: string, indent: string): string[] | undefined {
  if (!value.includes('\n') || value.includes('"""') || value.includes('\r')) return undefined;
  const lines = value.split('\n');
  if ((lines[0] ?? '').trim() === '' || (lines[lines.length - 1] ?? '').trim() === '') return undefined;
  if (lines.some((line) => line !== '' && line.trim() === '')) return undefined;
  if (!lines.some((line) => line !== '' && !/^[ \t]/.test(line))) return undefined;
  return [...lines.map((line) => (line === '' ? '' : indent + line)), `${indent.slice(2)}"""`];
}
