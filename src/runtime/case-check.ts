/**
 * The runtime's own checker of case data against an IR's `caseSchema` (SPEC §5 item 7). It
 * interprets only the subset the compiler emits (docs/ir.md "The case schema"): `type` object /
 * string / number / boolean / array, `properties`, `required`, `enum`, `format: "date"`.
 * Compiling the schema with ajv would need `new Function`, which a strict CSP forbids; a property
 * test shows both agree. Offending fields are left out of the returned data (a copy of each object
 * that lost a field; valid data is returned as it is), so conditions and validity read them as
 * absent; the input is never modified.
 *
 * `compileCaseCheck` reads the schema once (at load) into a tree of checks with their paths, so
 * checking a case only reads the case.
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

export type CaseChecker = (caseData: unknown) => CaseCheck;

export function compileCaseCheck(schema: unknown): CaseChecker {
  const root = new FieldCheck(schema, '');
  return (caseData) => {
    const problems: CaseProblem[] = [];
    const checked = root.check(caseData, problems);
    return { data: checked !== INVALID && isObject(checked) ? checked : {}, problems };
  };
}

export function checkCase(schema: unknown, caseData: unknown): CaseCheck {
  return compileCaseCheck(schema)(caseData);
}

/** What `check` returns for a value that breaks its schema. */
const INVALID = Symbol('invalid');

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

/** One schema node at one path. */
class FieldCheck {
  private readonly type: string | undefined;
  /** `TYPE_TESTS[type]`, looked up once. */
  private readonly fitsType: ((value: unknown) => boolean) | undefined;
  private readonly allowed: readonly unknown[] | undefined;
  private readonly isDate: boolean;
  private readonly properties: readonly { readonly key: string; readonly check: FieldCheck }[];
  /** The required fields, by name, with the paths reported when one is missing (`missingPaths`). */
  private readonly required: readonly { readonly name: string; readonly paths: readonly string[] }[];
  /**
   * What a missing value here is reported at: each required field below it at its own path
   * (`dispute.type`, `dispute.code`), or this path when nothing below it is required.
   */
  readonly missingPaths: readonly string[];

  constructor(
    schema: unknown,
    private readonly path: string,
  ) {
    const type = ownValue(schema, 'type');
    this.type = typeof type === 'string' && hasOwn(TYPE_TESTS, type) ? type : undefined;
    this.fitsType = this.type === undefined ? undefined : TYPE_TESTS[this.type];
    const allowed = ownValue(schema, 'enum');
    this.allowed = Array.isArray(allowed) ? allowed : undefined;
    this.isDate = ownValue(schema, 'format') === 'date';
    const properties = ownValue(schema, 'properties');
    this.properties = isObject(properties)
      ? Object.keys(properties).map((key) => ({ key, check: new FieldCheck(properties[key], join(path, key)) }))
      : [];
    const required = ownValue(schema, 'required');
    this.required = (Array.isArray(required) ? required : [])
      .filter((name): name is string => typeof name === 'string')
      .map((name) => ({ name, paths: this.properties.find((property) => property.key === name)?.check.missingPaths ?? [join(path, name)] }));
    const below = this.required.flatMap((field) => field.paths);
    this.missingPaths = below.length > 0 ? below : [path];
  }

  /** The value itself when it fits, a copy without its offending fields, or `INVALID`. */
  check(value: unknown, problems: CaseProblem[]): unknown {
    const { fitsType, allowed, path } = this;
    if (fitsType !== undefined && !fitsType(value)) {
      problems.push({ path, message: `must be ${TYPE_NAMES[this.type as string]}, got ${describe(value)}` });
      return INVALID;
    }
    if (allowed !== undefined && !allowed.includes(value)) {
      const choices = allowed.map((choice) => JSON.stringify(choice)).join(', ');
      problems.push({ path, message: `must be one of ${choices}, got ${describe(value)}` });
      return INVALID;
    }
    if (this.isDate && typeof value === 'string' && !isCalendarDate(value)) {
      problems.push({ path, message: `must be a real calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}` });
      return INVALID;
    }
    return isObject(value) ? this.checkProperties(value, problems) : value;
  }

  /** The object itself when all its declared properties pass; otherwise a copy without the offenders. */
  private checkProperties(value: JsonObject, problems: CaseProblem[]): JsonObject {
    let copy: JsonObject | undefined;
    for (const { key, check } of this.properties) {
      if (!hasOwn(value, key)) continue;
      const field = value[key];
      const checked = check.check(field, problems);
      if (checked === field) continue;
      copy ??= copyOf(value);
      if (checked !== INVALID) setOwn(copy, key, checked);
      else delete copy[key];
    }
    for (const { name, paths } of this.required) {
      if (!hasOwn(value, name)) for (const path of paths) problems.push({ path, message: 'is required but missing' });
    }
    return copy ?? value;
  }
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
