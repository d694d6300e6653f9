/**
 * How a clause is printed, with the values it reads, and the whys already printed (`WhyCache`).
 * All that depends only on the clause is worked out once, the first time it is explained.
 */
import type { JsonLogic, JsonValue } from '../../ir/types.js';
import type { Why } from '../types.js';
import { cloneJson, freezeJson, setOwn } from '../own.js';
import { readPath, type ConditionData, type Slots } from './case-reads.js';
import { splitPath } from './path-read.js';
import { compactJson, renderCondition, sourceName } from './render.js';
import { asOperation, MAX_RULE_DEPTH } from './rule.js';

/** How a clause is printed: all that depends only on its rule, worked out the first time it is needed. */
export class Description {
  readonly text: string;
  readonly wasTrue: string;
  readonly wasFalse: string;
  /** The paths the clause reads, split once, and their slots (condition data serves a case path already read, or a response, from a slot). */
  private readonly segments: readonly (readonly string[])[];
  private readonly slots: readonly number[];
  /** The source names of the paths, one each (`case.a.b` → `a.b`). */
  readonly names: readonly string[];
  /**
   * In the order `values` lists its keys (a repeated name once, integer-like names first): what
   * precedes each value, and which read gives it (the last with that name, as in `values`).
   */
  readonly shown: readonly { readonly present: string; readonly absent: string; readonly read: number }[];
  /** The values read while a why is built (a why reads, then prints, and never calls back into itself). */
  private readonly scratch: (JsonValue | null)[];

  constructor(
    rule: JsonLogic,
    private readonly numbering: Slots,
  ) {
    this.text = renderCondition(rule);
    this.wasTrue = `${this.text} was true`;
    this.wasFalse = `${this.text} was false`;
    const paths = [...varPaths(rule)];
    this.segments = paths.map(splitPath);
    this.slots = this.segments.map((segments) => numbering.path(segments));
    this.names = paths.map(sourceName);
    const keys = Object.keys(Object.fromEntries(this.names.map((name) => [name, true])));
    this.shown = keys.map((name, index) => {
      const before = `${index === 0 ? ' (' : ', '}${name}`;
      return { present: `${before} = `, absent: `${before} is absent`, read: this.names.lastIndexOf(name) };
    });
    this.scratch = new Array<JsonValue | null>(paths.length).fill(null);
  }

  /** Whys of this clause being false, by the values they show: see `WhyCache`. */
  private readonly falseWhys = new WhyCache();

  /**
   * The clause's text with the values it reads now. Frozen: a why of a false clause is shared by
   * every evaluation that reads the same values.
   */
  why(data: ConditionData, held: boolean): Why {
    const { segments, slots, scratch } = this;
    for (let index = 0; index < scratch.length; index++) {
      scratch[index] = cloneJson(readPath(data, segments[index] as readonly string[], slots[index] as number, this.numbering, null)) as JsonValue | null;
    }
    if (held) return this.build(true);
    return this.falseWhys.get(scratch) ?? this.falseWhys.add(scratch, this.build(false));
  }

  /** A new why of the values in `scratch`. */
  private build(held: boolean): Why {
    const { names, shown, scratch } = this;
    const values: Record<string, JsonValue | null> = {};
    for (let index = 0; index < scratch.length; index++) setOwn(values, names[index] as string, freezeJson(scratch[index] as JsonValue | null));
    // Printed from `scratch`, not read back from `values`: each clause's keys differ, so a keyed read there is slow.
    let text = held ? this.wasTrue : this.wasFalse;
    for (let index = 0; index < shown.length; index++) {
      const { present, absent, read } = shown[index] as (typeof shown)[number];
      const value = scratch[read] as JsonValue | null;
      text += value === null ? absent : present + compactJson(value);
    }
    if (shown.length > 0) text += ')';
    return Object.freeze({ text, clause: this.text, values: Object.freeze(values) });
  }
}

type CacheLevel = Map<unknown, unknown>;

/**
 * The whys of one clause by the values they show, a `Map` level per key: a scalar is its own key
 * (a `Map` compares scalars as JSON prints them, `-0` and `0` alike), a list of scalars its length
 * and elements under `LIST`, anything else its JSON under `JSON_TEXT`. Evaluations of one case, or of cases alike, keep
 * hiding items for the same values, and building a why (its `values` object and its text) costs
 * several times what finding it here does. At most `WHY_CACHE_SIZE` whys, then it starts afresh,
 * so memory stays bounded when values never repeat.
 */
class WhyCache {
  private root: CacheLevel = new Map();
  private size = 0;

  get(values: readonly unknown[]): Why | undefined {
    let node: unknown = this.root;
    for (let index = 0; index < values.length && node !== undefined; index++) node = step(node as CacheLevel, values[index]);
    return node === this.root ? undefined : (node as Why | undefined);
  }

  add(values: readonly unknown[], why: Why): Why {
    if (values.length === 0) return why;
    if (this.size >= WHY_CACHE_SIZE) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      let level = node;
      let key = value;
      if (isShortScalarList(value)) {
        level = nested(nested(node, LIST), value.length);
        for (let element = 0; element < value.length - 1; element++) level = nested(level, value[element]);
        key = value.length === 0 ? EMPTY : value[value.length - 1];
      } else if (!isScalar(value)) {
        level = nested(node, JSON_TEXT);
        key = compactJson(value);
      }
      if (index === values.length - 1) level.set(key, why);
      else node = nested(level, key);
    }
    this.size++;
    return why;
  }
}

/** Keys no scalar is: under `LIST`, a list of scalars by its length, then its elements (`EMPTY` ends an empty one); under `JSON_TEXT`, anything else by its JSON. */
const LIST = Symbol('list');
const EMPTY = Symbol('empty list');
const JSON_TEXT = Symbol('JSON');

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

/**
 * A list keyed by its elements, a `Map` level each: short lists of scalars only, so that a huge
 * list in the case data costs one JSON key, not a level per element.
 */
function isShortScalarList(value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value) || value.length > MAX_LIST_KEYS) return false;
  for (let index = 0; index < value.length; index++) if (!isScalar(value[index])) return false;
  return true;
}

/** The level (or why) below `level` for one value read; printing a list to key it cost more than the rest of a lookup. */
function step(level: CacheLevel, value: unknown): unknown {
  if (isScalar(value)) return level.get(value);
  if (!isShortScalarList(value)) return (level.get(JSON_TEXT) as CacheLevel | undefined)?.get(compactJson(value));
  let node = (level.get(LIST) as CacheLevel | undefined)?.get(value.length) as CacheLevel | undefined;
  for (let index = 0; index < value.length - 1 && node !== undefined; index++) node = node.get(value[index]) as CacheLevel | undefined;
  return node?.get(value.length === 0 ? EMPTY : value[value.length - 1]);
}

function nested(level: CacheLevel, key: unknown): CacheLevel {
  let next = level.get(key) as CacheLevel | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(key, next);
  }
  return next;
}

const WHY_CACHE_SIZE = 64;
const MAX_LIST_KEYS = 16;

function varPaths(rule: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (depth > MAX_RULE_DEPTH) return found;
  if (Array.isArray(rule)) {
    for (const element of rule) varPaths(element, found, depth + 1);
    return found;
  }
  const operation = asOperation(rule);
  if (!operation) return found;
  const [first] = operation.args;
  if (operation.op === 'var' && typeof first === 'string') found.add(first);
  for (const arg of operation.args) varPaths(arg, found, depth + 1);
  return found;
}
