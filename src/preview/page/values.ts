/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** Reading case data and responses defensively: the case panel accepts any JSON. */
import type { JsonValue } from '../../ir/types.js';

export type Json = JsonValue;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `a.b.c` in a JSON value, own properties only; undefined when any step is missing. */
export function getPath(root: unknown, dotted: string): unknown {
  let value: unknown = root;
  for (const key of dotted.split('.')) {
    if (!isRecord(value) || !Object.prototype.hasOwnProperty.call(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

export function field(value: unknown, key: string): unknown {
  return isRecord(value) && Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A cell of a table: strings as they are, anything else as JSON, absent as an em dash. */
export function display(value: unknown): string {
  if (value === undefined || value === null) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** What a typed finding means: a JSON number, boolean or null when it reads as one, else the text. */
export function scalarOf(text: string): Json {
  const trimmed = text.trim();
  if (/^(-?\d+(\.\d+)?([eE][+-]?\d+)?|true|false|null)$/.test(trimmed)) return JSON.parse(trimmed) as Json;
  if (/^".*"$/.test(trimmed)) {
    try {
      return JSON.parse(trimmed) as Json;
    } catch {
      return text;
    }
  }
  return text;
}
