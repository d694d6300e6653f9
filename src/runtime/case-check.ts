/**
 * The runtime's own checker of case data against an IR's `caseSchema` (SPEC §5 item 7). It
 * interprets only the subset the compiler emits (docs/ir.md "The case schema"): `type` object /
 * string / number / boolean / array, `properties`, `required`, `enum`, `format: "date"`.
 * Compiling the schema with ajv would need `new Function`, which a strict CSP forbids; a property
 * test shows both agree. Offending fields are left out of the returned data (a copy of each object
 * that lost a field; valid data is returned as it is), so conditions and validity read them as
 * absent; the input is never modified.
 */
import { isCalendarDate } from './dates.js';
import { hasOwn, isObject, ownValue, setOwn, type JsonObject } from './own.js';

export interface CaseProblem {
  readonly path: string;
  readonly message: string;
}

export interface CaseCheck {
  /** The case data with every offending field removed (`{}` when the case is not an object). */
  readonly data: JsonObject;
  readonly problems: CaseProblem[];
}

export function checkCase(schema: unknown, caseData: unknown): CaseCheck {
  const problems: CaseProblem[] = [];
  const checked = checkValue(schema, caseData, '', problems);
  return { data: checked.ok && isObject(checked.value) ? checked.value : {}, problems };
}

type Checked = { ok: true; value: unknown } | { ok: false };

const TYPE_TESTS: Record<string, (value: unknown) => boolean> = {
  object: isObject,
  array: Array.isArray,
  string: (value) => typeof value === 'string',
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  integer: (value) => Number.isInteger(value),
  boolean: (value) => typeof value === 'boolean',
};

const TYPE_NAMES: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'a boolean',
};

function checkValue(schema: unknown, value: unknown, path: string, problems: CaseProblem[]): Checked {
  const type = ownValue(schema, 'type');
  if (typeof type === 'string' && hasOwn(TYPE_TESTS, type) && !TYPE_TESTS[type]!(value)) {
    problems.push({ path, message: `must be ${TYPE_NAMES[type]}, got ${describe(value)}` });
    return { ok: false };
  }
  const allowed = ownValue(schema, 'enum');
  if (Array.isArray(allowed) && !allowed.includes(value)) {
    const choices = allowed.map((choice) => JSON.stringify(choice)).join(', ');
    problems.push({ path, message: `must be one of ${choices}, got ${describe(value)}` });
    return { ok: false };
  }
  if (ownValue(schema, 'format') === 'date' && typeof value === 'string' && !isCalendarDate(value)) {
    problems.push({ path, message: `must be a real calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}` });
    return { ok: false };
  }
  if (isObject(value)) return { ok: true, value: checkProperties(schema, value, path, problems) };
  return { ok: true, value };
}

/** The object itself when all its declared properties pass; otherwise a copy without the offenders. */
function checkProperties(schema: unknown, value: JsonObject, path: string, problems: CaseProblem[]): JsonObject {
  const properties = ownValue(schema, 'properties');
  let copy: JsonObject | undefined;
  if (isObject(properties)) {
    for (const key of Object.keys(properties)) {
      if (!hasOwn(value, key)) continue;
      const checked = checkValue(properties[key], value[key], join(path, key), problems);
      if (checked.ok && checked.value === value[key]) continue;
      copy ??= copyOf(value);
      if (checked.ok) setOwn(copy, key, checked.value);
      else delete copy[key];
    }
  }
  const required = ownValue(schema, 'required');
  if (Array.isArray(required)) {
    for (const name of required) {
      if (typeof name === 'string' && !hasOwn(value, name)) {
        problems.push({ path: join(path, name), message: 'is required but missing' });
      }
    }
  }
  return copy ?? value;
}

function copyOf(value: JsonObject): JsonObject {
  const copy: JsonObject = {};
  for (const key of Object.keys(value)) setOwn(copy, key, value[key]);
  return copy;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
