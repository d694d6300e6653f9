import { canonicalJson } from '../emit/canonical-json.js';

/** Equal as JSON values (key order aside); absent equals only absent. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === undefined || b === undefined) return a === b;
  return canonicalJson(a) === canonicalJson(b);
}
