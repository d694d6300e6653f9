/**
 * Scalars as the canonical YAML form writes them, one spelling for each value: plain when YAML
 * reads the plain text back as that very string, else single-quoted when the text holds `"` (a
 * condition such as `code in ["103"]` reads better so), else double-quoted (JSON's escapes are
 * YAML's). Plain is refused for anything the core schema would read as another type (`true`,
 * `null`, `12`, `.inf`), for date-shaped text (the front end reads a plain `2024-01-31` in a
 * condition as a date literal) and for anything an indicator or a comment could cut short.
 */
import type { Literal } from '../language/ast.js';
import { literalText } from './literals.js';

const NOT_A_STRING = [
  /^(?:true|false|True|False|TRUE|FALSE|null|Null|NULL|~|y|n|yes|no|on|off)$/i,
  /^[-+]?(?:\.[0-9]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
  /^[-+]?0(?:x[0-9a-fA-F_]+|o[0-7_]+|b[01_]+)$/,
  /^[-+]?\.(?:inf|Inf|INF)$/,
  /^\.(?:nan|NaN|NAN)$/,
  /^\d{4}-\d{2}-\d{2}/,
  /^[0-9:]+$/,
];
/** Characters a plain scalar may not start with (YAML's indicators, quotes and blanks). */
const INDICATOR_START = /^[-?:,[\]{}#&*!|>'"%@`\s]/;
/** Only printable characters without line breaks or tabs; anything else needs escapes. */
const PRINTABLE_LINE = /^[\u0020-\u007e\u00a0-\ud7ff\ue000-\ufefe\uff00-\ufffd\u{10000}-\u{10ffff}]*$/u;

/** `flow`: the scalar sits inside `[ … ]` or `{ … }`, where `,[]{}` end it. */
export function yamlString(value: string, flow = false): string {
  if (isPlainSafe(value, flow)) return value;
  if (value.includes('"') && !value.includes("'") && PRINTABLE_LINE.test(value)) return `'${value}'`;
  return JSON.stringify(value);
}

function isPlainSafe(value: string, flow: boolean): boolean {
  if (value === '' || !PRINTABLE_LINE.test(value) || INDICATOR_START.test(value) || /\s$/.test(value)) return false;
  if (/: |:$| #/.test(value) || (flow && /[,[\]{}]/.test(value))) return false;
  return !NOT_A_STRING.some((pattern) => pattern.test(value));
}

/** A literal (a condition's value, an option's): as the text form spells it, but strings in YAML's spelling. */
export function yamlLiteral(literal: Literal, flow = false): string {
  return literalText(literal, (value) => yamlString(value, flow || literal.kind === 'list'));
}

/**
 * A string as a `|-` block scalar's content lines at `indent`, when that spelling reads back as
 * exactly this value: several lines, printable, no `\r`, the first line not starting with a blank
 * (the indentation is taken from it), no trailing line break and no line of blanks only (YAML
 * would read those as indentation). Else undefined.
 */
export function blockLines(value: string, indent: string): string[] | undefined {
  if (!value.includes('\n') || value.endsWith('\n')) return undefined;
  const lines = value.split('\n');
  if (!lines.every((line) => PRINTABLE_LINE.test(line.replace(/\t/g, ' ')))) return undefined;
  if (/^[\s]/.test(lines[0] ?? '') || (lines[0] ?? '') === '') return undefined;
  if (lines.some((line) => line !== '' && line.trim() === '')) return undefined;
  return lines.map((line) => (line === '' ? '' : indent + line));
}
