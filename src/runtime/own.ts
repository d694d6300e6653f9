/**
 * Own-property access. Case data and state come from outside: a key such as `__proto__` or
 * `constructor` must read as absent unless the object itself holds it, and copies must create
 * own properties (plain assignment of `__proto__` would change a prototype instead).
 */

export type JsonObject = { [key: string]: unknown };

const hasOwnProperty = Object.prototype.hasOwnProperty;

export function hasOwn(object: object, key: string): boolean {
  return hasOwnProperty.call(object, key);
}

/** A non-null, non-array object (what JSON calls an object). */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function ownValue(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return hasOwn(value, key) ? (value as JsonObject)[key] : undefined;
}

/** Reads a dotted path through own properties of nested objects; `undefined` when absent. */
export function readPath(root: unknown, path: string): unknown {
  let value = root;
  for (const segment of path.split('.')) {
    if (!isObject(value)) return undefined;
    value = ownValue(value, segment);
  }
  return value;
}

export function setOwn(object: JsonObject, key: string, value: unknown): void {
  // Only `__proto__` is an accessor on Object.prototype; every other key assigns an own property,
  // and plain assignment keeps V8's fast object shapes (defineProperty does not).
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** "Absent" in the spec's sense: missing or `null`. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

/** A deep copy of a JSON value, own enumerable keys only; `null` for anything that is not JSON. */
export function cloneJson(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (depth > MAX_JSON_DEPTH) return null;
  if (Array.isArray(value)) return value.map((element) => cloneJson(element, depth + 1));
  if (isObject(value)) {
    const copy: JsonObject = {};
    for (const key of Object.keys(value)) setOwn(copy, key, cloneJson(value[key], depth + 1));
    return copy;
  }
  return null;
}

/** Deeper than any real answer or case; also stops a cyclic object from recursing forever. */
const MAX_JSON_DEPTH = 256;

/** `value`, frozen with everything in it: for results shared between evaluations. */
export function freezeJson<T>(value: T, depth = 0): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value) || depth > MAX_JSON_DEPTH) return value;
  for (const element of Object.values(value)) freezeJson(element, depth + 1);
  return Object.freeze(value);
}
