/**
 * `var` lookups as json-logic-js does them (`String(path).split(".")`, numeric segments index
 * arrays and strings), except that only own properties are read: a key an object merely
 * inherits (`constructor`, `toString`, a polluted prototype's) reads as not found.
 */

const hasOwnProperty = Object.prototype.hasOwnProperty;

/**
 * The value at `segments` (a path split once, at compile time), or `notFound` where
 * json-logic-js would use the default (`undefined` anywhere on the way); an explicit `null`
 * stays `null`. One plain function, not a closure per path: its one call site in the test
 * walker is monomorphic, so the optimiser inlines it.
 */
export function readOwnPath(data: unknown, segments: readonly string[], notFound: unknown): unknown {
  // json-logic-js: an empty path is the whole data, even `undefined`.
  if (segments.length === 0) return data;
  return readOwnFrom(data, segments, 0, notFound);
}

/** `readOwnPath` of `segments` from `start` on, `value` being what the segments before `start` led to. */
export function readOwnFrom(value: unknown, segments: readonly string[], start: number, notFound: unknown): unknown {
  for (let index = start; index < segments.length; index++) {
    const key = segments[index] as string;
    if (value === null || value === undefined || !hasOwnProperty.call(value, key)) return notFound;
    value = (value as Record<string, unknown>)[key];
  }
  return value === undefined ? notFound : value;
}

/** `readOwnFrom` of one key. */
export function readOwnKey(value: unknown, key: string, notFound: unknown): unknown {
  if (value === null || value === undefined || !hasOwnProperty.call(value, key)) return notFound;
  const found = (value as Record<string, unknown>)[key];
  return found === undefined ? notFound : found;
}

/**
 * The path's segments; `""` (the whole data) has none. Split afresh on every call, at load: no
 * module-level cache, so the memory a checklist's paths take goes when the checklist goes.
 */
export function splitPath(path: string): readonly string[] {
  return path === '' ? [] : path.split('.').map(asPropertyKey);
}

/**
 * The same string as the engine's own copy of it as a property name. Strings cut by `split` are
 * fresh copies, and V8 looks a fresh string up in its string table on every keyed read; the
 * copy an object's keys hold is the table's own, which makes each read a cache hit.
 */
function asPropertyKey(segment: string): string {
  return Object.keys({ [segment]: true })[0] as string;
}
