/**
 * Names that ordinary JS objects inherit (SPEC §2.1, CW012). A copy of `RESERVED_NAMES` in
 * src/language/content-types.ts: the runtime may not import compiler code. A test keeps the two equal.
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
