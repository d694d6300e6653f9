/**
 * The whys of one clause already printed, by the values they show. Evaluations of one case, or of
 * cases alike, keep hiding items for the same values, and building a why (its `values` object and
 * its text) costs several times what finding it here does; whys are frozen, so sharing one is safe.
 */
import type { Why } from '../types.js';

type CacheLevel = Map<unknown, unknown>;

/** Lists longer than this are not kept: a why of a huge list would hold a copy of it per entry. */
const MAX_LIST_LENGTH = 16;
/** At most this many whys per clause, then the cache starts afresh: memory stays bounded when values never repeat. */
const MAX_WHYS = 64;

/** A key no scalar is: what follows is a list's length, then its elements (`END` closes an empty one). */
const LIST = Symbol('list');
const END = Symbol('end of an empty list');

/**
 * A `Map` level per key: a scalar is its own key (a `Map` compares scalars as JSON prints them,
 * `-0` and `0` alike), a short list of scalars is `LIST`, its length, then its elements. Values
 * of any other kind are never kept (`keeps`): they are rare, and keying them (by their JSON)
 * cost more than building the why.
 */
export class WhyCache {
  private root: CacheLevel = new Map();
  private size = 0;

  /** Whether a why showing these values is kept. */
  static keeps(values: readonly unknown[]): boolean {
    if (values.length === 0) return false;
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (!isScalar(value) && !isShortScalarList(value)) return false;
    }
    return true;
  }

  /** The why kept for these values (`keeps(values)`), if any. */
  get(values: readonly unknown[]): Why | undefined {
    let node: unknown = this.root;
    for (let index = 0; index < values.length && node !== undefined; index++) node = step(node as CacheLevel, values[index]);
    return node as Why | undefined;
  }

  /** `get([value])` of a scalar (`isScalar`): one lookup. */
  getScalar(value: unknown): Why | undefined {
    return this.root.get(value) as Why | undefined;
  }

  /** Keeps `why` for these values (`keeps(values)`), and gives it back. */
  add(values: readonly unknown[], why: Why): Why {
    if (this.size >= MAX_WHYS) {
      this.root = new Map();
      this.size = 0;
    }
    let node = this.root;
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      let level = node;
      let key = value;
      if (!isScalar(value)) {
        const list = value as readonly unknown[];
        level = nested(nested(node, LIST), list.length);
        for (let element = 0; element < list.length - 1; element++) level = nested(level, list[element]);
        key = list.length === 0 ? END : list[list.length - 1];
      }
      if (index === values.length - 1) level.set(key, why);
      else node = nested(level, key);
    }
    this.size++;
    return why;
  }
}

/** Not an object or a list: a value a `Map` keys as it is. */
function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function isShortScalarList(value: unknown): value is readonly unknown[] {
  if (!Array.isArray(value) || value.length > MAX_LIST_LENGTH) return false;
  for (let index = 0; index < value.length; index++) if (!isScalar(value[index])) return false;
  return true;
}

/** The level (or why) below `level` for one value. */
function step(level: CacheLevel, value: unknown): unknown {
  if (isScalar(value)) return level.get(value);
  const list = value as readonly unknown[];
  let node = (level.get(LIST) as CacheLevel | undefined)?.get(list.length) as CacheLevel | undefined;
  for (let index = 0; index < list.length - 1 && node !== undefined; index++) node = node.get(list[index]) as CacheLevel | undefined;
  return node?.get(list.length === 0 ? END : list[list.length - 1]);
}

function nested(level: CacheLevel, key: unknown): CacheLevel {
  let next = level.get(key) as CacheLevel | undefined;
  if (next === undefined) {
    next = new Map();
    level.set(key, next);
  }
  return next;
}
