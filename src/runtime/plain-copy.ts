/**
 * The runtime's boundary against hostile values: a copy of any value as plain data, reading each
 * property exactly once inside a `try`, so getters that throw, proxies whose traps throw, cycles,
 * holes, BigInts, symbols and absurd nesting become reported problems (at their path) instead of
 * exceptions. Nothing here serialises a value whole: a problem describes it (`describeValue`).
 *
 * Two modes. `strict` (an IR, an event log, an answer): anything that is not JSON is a problem and
 * the caller refuses the input. Lenient (case data and state that already made evaluation throw):
 * only what cannot be read or copied is a problem; it is left out, so it reads as absent.
 */
import { setOwn, type JsonObject } from './own.js';

export type Segment = string | number;
export type CopyReport = (path: readonly Segment[], message: string) => void;

export interface CopyOptions {
  readonly strict: boolean;
  /** Deeper than this is a problem (and is cut off there). */
  readonly maxDepth: number;
  /** More objects, lists and list elements than this is a problem: stops shared-reference blow-ups and huge sparse lists. */
  readonly maxNodes?: number;
}

/** What a dropped value copies to: the caller's object leaves the key out. */
const DROPPED = Symbol('dropped');

export function plainCopy(value: unknown, report: CopyReport, options: CopyOptions): unknown {
  const copied = new Copier(report, options).copy(value, [], 0);
  return copied === DROPPED ? undefined : copied;
}

/** Deeper than any real case, state or answer. */
export const MAX_DATA_DEPTH = 256;

/** A lenient copy whose problems the caller does not report: what cannot be read reads as absent. */
export function readableCopy(value: unknown): unknown {
  return plainCopy(value, () => {}, { strict: false, maxDepth: MAX_DATA_DEPTH });
}

class Copier {
  private readonly ancestors = new Set<object>();
  private nodes = 0;
  private exhausted = false;
  private readonly maxNodes: number;

  constructor(
    private readonly report: CopyReport,
    private readonly options: CopyOptions,
  ) {
    this.maxNodes = options.maxNodes ?? MAX_NODES;
  }

  copy(value: unknown, path: Segment[], depth: number): unknown {
    if (value === DROPPED) return DROPPED;
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return value;
      case 'undefined':
        return undefined;
      case 'number':
        if (!Number.isFinite(value) && this.options.strict) return this.problem(path, `${value} is not a finite number`);
        return value;
      case 'object':
        return value === null ? null : this.copyObject(value, path, depth);
      default:
        return this.problem(path, `${describeValue(value)} is not a JSON value`);
    }
  }

  private copyObject(value: object, path: Segment[], depth: number): unknown {
    if (this.exhausted) return DROPPED;
    if (this.ancestors.has(value)) return this.problem(path, 'is cyclic: it contains itself');
    if (depth >= this.options.maxDepth) return this.problem(path, `nests deeper than ${this.options.maxDepth} levels`);
    if (++this.nodes > this.maxNodes) {
      this.exhausted = true;
      return this.problem(path, `holds more than ${this.maxNodes} values`);
    }
    this.ancestors.add(value);
    try {
      return Array.isArray(value) ? this.copyList(value, path, depth) : this.copyFields(value, path, depth);
    } catch (error) {
      return this.problem(path, `cannot be read (${errorText(error)})`);
    } finally {
      this.ancestors.delete(value);
    }
  }

  private copyList(list: readonly unknown[], path: Segment[], depth: number): unknown {
    const length = list.length;
    // Elements count against the budget too: a sparse list of length 2³¹ is one object.
    this.nodes += length;
    if (this.nodes > this.maxNodes) {
      this.exhausted = true;
      return this.problem(path, `is a list of ${length} elements: more than ${this.maxNodes} values in all`);
    }
    const copy: unknown[] = [];
    for (let index = 0; index < length; index++) {
      path.push(index);
      if (!(index in list)) {
        if (this.options.strict) this.problem(path, 'is a hole in the list');
        copy.push(undefined);
      } else {
        const element = this.copy(this.read(list, index, path), path, depth + 1);
        if (element === undefined && this.options.strict) this.problem(path, 'is undefined, not a JSON value');
        copy.push(element === DROPPED ? undefined : element);
      }
      path.pop();
    }
    return copy;
  }

  private copyFields(object: object, path: Segment[], depth: number): unknown {
    if (this.options.strict && !isPlainPrototype(Object.getPrototypeOf(object))) {
      return this.problem(path, `${describeValue(object)} is not a plain object or list`);
    }
    const copy: JsonObject = {};
    for (const key of Object.keys(object)) {
      path.push(key);
      const field = this.copy(this.read(object, key, path), path, depth + 1);
      if (field !== DROPPED && field !== undefined) setOwn(copy, key, field);
      path.pop();
    }
    return copy;
  }

  /** One property, read once; a throwing getter or trap is reported here and reads as absent. */
  private read(object: object, key: Segment, path: readonly Segment[]): unknown {
    try {
      return (object as Record<Segment, unknown>)[key];
    } catch (error) {
      this.problem(path, `cannot be read (${errorText(error)})`);
      return DROPPED;
    }
  }

  private problem(path: readonly Segment[], message: string): typeof DROPPED {
    this.report(path, message);
    return DROPPED;
  }
}

const MAX_NODES = 2_000_000;

function isPlainPrototype(prototype: unknown): boolean {
  return prototype === null || prototype === Object.prototype;
}

/** A short description of any value that never serialises it whole and never throws. */
export function describeValue(value: unknown): string {
  try {
    switch (typeof value) {
      case 'string':
        return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
      case 'bigint':
        return `the BigInt ${value <= 10n ** 20n && value >= -(10n ** 20n) ? `${value}n` : '(huge)'}`;
      case 'symbol':
        return 'a symbol';
      case 'function':
        return 'a function';
      case 'object':
        if (value === null) return 'null';
        return Array.isArray(value) ? `a list of ${value.length}` : 'an object';
      default:
        return String(value);
    }
  } catch {
    return 'a value that cannot be read';
  }
}

function errorText(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 100) : describeValue(error);
  } catch {
    return 'an error that cannot be read';
  }
}

/** `/a/0/b` (RFC 6901) for a path; `/` for the root. */
export function jsonPointer(path: readonly Segment[]): string {
  if (path.length === 0) return '/';
  return path.map((segment) => `/${String(segment).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** `a.0.b` for a path; `""` for the root. */
export function dottedPath(path: readonly Segment[]): string {
  return path.join('.');
}

/** Whether a value is plain JSON (what the strict copy accepts without a problem). */
export function isJsonValue(value: unknown): boolean {
  let plain = true;
  plainCopy(value, () => (plain = false), { strict: true, maxDepth: MAX_DATA_DEPTH });
  return plain;
}
