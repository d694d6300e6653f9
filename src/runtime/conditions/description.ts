/**
 * How a clause is printed, with the values it reads; whys already printed are kept by `WhyCache`.
 * All that depends only on the clause is worked out once, the first time it is explained.
 */
import type { JsonLogic, JsonValue } from '../../ir/types.js';
import type { Why } from '../types.js';
import { cloneJson, freezeJson, setOwn } from '../own.js';
import { readPath, type ConditionData, type Slots } from './case-reads.js';
import { splitPath } from './path-read.js';
import { compactJson, renderCondition, sourceName } from './render.js';
import { asOperation, MAX_RULE_DEPTH } from './rule.js';
import { WhyCache } from './why-cache.js';

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
  private readonly scratch: unknown[];

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
    this.scratch = new Array<unknown>(paths.length).fill(null);
  }

  /** Whys of this clause being false, by the values they show: see `WhyCache`. */
  private readonly falseWhys = new WhyCache();

  /**
   * The clause's text with the values it reads now. Frozen: a why of a false clause whose values
   * are small (`WhyCache.keeps`) is shared by every evaluation that reads the same values.
   */
  why(data: ConditionData, held: boolean): Why {
    const { segments, slots, scratch } = this;
    for (let index = 0; index < scratch.length; index++) {
      scratch[index] = readPath(data, segments[index] as readonly string[], slots[index] as number, this.numbering, null);
    }
    return held ? this.build(true) : this.falseWhy();
  }

  /** The why of this clause being false with the values in `scratch`, kept or built. */
  private falseWhy(): Why {
    const { scratch } = this;
    if (!WhyCache.keeps(scratch)) return this.build(false);
    // Looked up by the values as read: a why is built from their copies only when none is kept yet.
    return this.falseWhys.get(scratch) ?? this.falseWhys.add(scratch, this.build(false));
  }

  /** A new why of the values in `scratch` (copied: the why is frozen, the data it was read from must not be). */
  private build(held: boolean): Why {
    const { names, shown, scratch } = this;
    const copies = scratch.map((value) => cloneJson(value) as JsonValue | null);
    const values: Record<string, JsonValue | null> = {};
    for (let index = 0; index < copies.length; index++) setOwn(values, names[index] as string, freezeJson(copies[index] as JsonValue | null));
    // Printed from `copies`, not read back from `values`: each clause's keys differ, so a keyed read there is slow.
    let text = held ? this.wasTrue : this.wasFalse;
    for (let index = 0; index < shown.length; index++) {
      const { present, absent, read } = shown[index] as (typeof shown)[number];
      const value = copies[read] as JsonValue | null;
      text += value === null ? absent : present + compactJson(value);
    }
    if (shown.length > 0) text += ')';
    return Object.freeze({ text, clause: this.text, values: Object.freeze(values) });
  }
}

/** The `var` paths a rule reads, in the order first read. */
export function varPaths(rule: unknown, found = new Set<string>(), depth = 0): Set<string> {
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
