/** JsonLogic as json-logic-js 2.0.5 reads it: operations (own keys only), truthiness, `in`. */
import type { JsonLogic } from '../../ir/types.js';

/** A compiled rule's value form: what json-logic-js's `apply` returns for the data. */
export type Evaluate = (data: unknown) => unknown;

interface Operation {
  readonly op: string;
  /** The arguments, a scalar argument wrapped in an array (json-logic-js `apply`). */
  readonly args: readonly JsonLogic[];
}

/** An object with exactly one own key is an operation; anything else is a literal. */
export function asOperation(rule: unknown): Operation | undefined {
  if (typeof rule !== 'object' || rule === null || Array.isArray(rule)) return undefined;
  const keys = Object.keys(rule);
  if (keys.length !== 1) return undefined;
  const op = keys[0] as string;
  const raw = (rule as Record<string, JsonLogic>)[op] as JsonLogic;
  return { op, args: Array.isArray(raw) ? raw : [raw] };
}

/** JsonLogic truthiness: `[]` is false, `"0"` and `{}` are true (json-logic-js `truthy`). */
export function truthy(value: unknown): boolean {
  return !!value && !(Array.isArray(value) && value.length === 0);
}

/**
 * json-logic-js `in`: a falsy haystack is false; strings coerce the needle; arrays use `indexOf`.
 * Any other haystack is false: json-logic-js would call an object's own `indexOf` (a hostile
 * key), and nothing here ever calls into data.
 */
export function inHaystack(needle: unknown, haystack: unknown): boolean {
  if (!haystack) return false;
  if (typeof haystack === 'string') return haystack.indexOf(needle as string) !== -1;
  if (Array.isArray(haystack)) return haystack.indexOf(needle) !== -1;
  return false;
}

/** Deeper than any condition the compiler emits (CW003 stops sources at 64 levels). */
export const MAX_RULE_DEPTH = 200;

/** The data roots a condition reads (docs/ir.md). */
export const DATA_ROOTS: ReadonlySet<string> = new Set(['case', 'responses', 'outcome', 'status']);
