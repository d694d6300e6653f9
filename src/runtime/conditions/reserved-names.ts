/**
 * Names that ordinary JS objects inherit (SPEC §2.1, CW012): never an id, a path segment or a
 * `var` segment. The compiler's checker re-exports this list (src/language/content-types.ts).
 */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
  'constructor',
  'prototype',
  'toString',
  'toLocaleString',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'valueOf',
]);
