/**
 * Case data does not change during an evaluation, yet many conditions read the same case fields.
 * Condition data made by `conditionData` remembers each `case.…` path it has read, so each is
 * looked up once per evaluation ("batch" reads, /work/shared/JSONLOGIC.md's speed table).
 * Responses are never remembered. Condition data made by `responseSlotData` reads responses from
 * a table indexed by response slot, which the runtime fills as items turn out visible: a list
 * element per `responses.<id>` instead of a dictionary keyed by id.
 *
 * Slots are numbered per `Slots`: each loaded checklist has its own, so the memory and tables of
 * an evaluation are as long as its checklist needs, however many other checklists the process
 * has loaded. Nothing here is module-level state.
 */
import { readOwnFrom, readOwnKey, readOwnPath, splitPath } from './path-read.js';

/** The condition data every rule reads (docs/ir.md). */
export type ConditionData = { case: unknown; responses: unknown; outcome: unknown; status: unknown };

/** Symbols, not string keys: no JSON input and no prototype pollution can supply them. */
const SLOTS = Symbol('slots');
const CASE_READS = Symbol('case reads');
const RESPONSE_SLOTS = Symbol('response slots');
const UNREAD = Symbol('unread');
const NOT_FOUND = Symbol('not found');

type RememberingData = ConditionData & {
  readonly [SLOTS]: Slots;
  readonly [CASE_READS]: unknown[];
  readonly [RESPONSE_SLOTS]?: unknown[];
};

/** A path read straight from the data, neither remembered nor served by a response slot. */
export const NO_SLOT = -1;

/** The numbering of the case paths and response ids that a set of conditions reads. */
export class Slots {
  /** Each case path read gets a slot; so does each path it runs through. */
  private readonly caseSlots = new Map<string, number>();
  /** By case slot: the slot of the path one segment shorter, `NO_SLOT` for a field of the case itself. */
  readonly caseParents: number[] = [];
  private readonly responseSlots = new Map<string, number>();
  /** The id of each response slot. */
  readonly responseIds: string[] = [];

  get caseCount(): number {
    return this.caseSlots.size;
  }

  /** How long a response table must be: one more than the highest response slot. */
  get responseCount(): number {
    return this.responseIds.length;
  }

  /** The slot of the response to item `id` in a `responseSlotData` table. */
  response(id: string): number {
    let slot = this.responseSlots.get(id);
    if (slot === undefined) {
      slot = this.responseIds.push(id) - 1;
      this.responseSlots.set(id, slot);
    }
    return slot;
  }

  /**
   * Where a read of `segments` is served from: a case slot (≥ 0) for `case.…` paths, `-2 - slot`
   * for `responses.<id>…` paths (by the response slot of `<id>`), `NO_SLOT` for anything else.
   */
  path(segments: readonly string[]): number {
    if (segments.length < 2) return NO_SLOT;
    if (segments[0] === 'case') return this.casePath(segments, segments.length);
    if (segments[0] === 'responses') return -2 - this.response(segments[1] as string);
    return NO_SLOT;
  }

  /** The slot of the first `length` segments of a case path, its parents' slots made first. */
  private casePath(segments: readonly string[], length: number): number {
    const path = segments.slice(0, length).join('.');
    const known = this.caseSlots.get(path);
    if (known !== undefined) return known;
    const parent = length > 2 ? this.casePath(segments, length - 1) : NO_SLOT;
    const slot = this.caseSlots.size;
    this.caseSlots.set(path, slot);
    this.caseParents[slot] = parent;
    return slot;
  }

  /** A memory of case reads, one per slot. */
  caseReads(): unknown[] {
    if (this.unreadTemplate.length !== this.caseCount) this.unreadTemplate = filled(this.caseCount, UNREAD);
    return this.unreadTemplate.slice();
  }

  /** A table of responses by slot, none given yet (`undefined`). */
  noResponses(): unknown[] {
    if (this.absentTemplate.length !== this.responseCount) this.absentTemplate = filled(this.responseCount, undefined);
    return this.absentTemplate.slice();
  }

  /** Copied for each evaluation: copying a list is faster than filling a new one. */
  private unreadTemplate: unknown[] = [];
  private absentTemplate: unknown[] = [];
}

/** Own elements only (never holes), so no index is ever looked up on Array.prototype. */
function filled(length: number, value: unknown): unknown[] {
  const list: unknown[] = [];
  for (let index = 0; index < length; index++) list.push(value);
  return list;
}

/**
 * Condition data that reads each case path at most once, for conditions compiled with `slots`
 * (others read it as plain data). Make a new one whenever the case data may have changed (the
 * runtime makes one per evaluation); responses may change freely.
 */
export function conditionData(caseData: unknown, responses: unknown, outcome: unknown, status: unknown, slots: Slots): ConditionData {
  const data: RememberingData = { case: caseData, responses, outcome, status, [SLOTS]: slots, [CASE_READS]: slots.caseReads() };
  return data;
}

/** Condition data whose responses are `table` (filled by the caller) plus what it remembers. */
export interface ResponseSlotData {
  readonly data: ConditionData;
  /** By `slots.response(id)`; `undefined` is absent. */
  readonly table: unknown[];
}

/**
 * `conditionData` whose responses are read from a table by response slot, as long as `slots`
 * has response slots. Its `responses` is a getter that copies the table into a prototype-less
 * object of own properties, for readers that do not know slots (a whole-data `var`, a session's
 * snapshot): every compiled path read goes through the table.
 */
export function responseSlotData(caseData: unknown, outcome: unknown, status: unknown, slots: Slots): ResponseSlotData {
  const table = slots.noResponses();
  return { data: new SlotData(caseData, outcome, status, slots, table), table };
}

/** One getter shared by every `SlotData`, so they all keep one hidden class. */
const RESPONSES_GETTER: PropertyDescriptor = {
  get(this: SlotData) {
    return responsesObject(this[RESPONSE_SLOTS], this[SLOTS].responseIds);
  },
  enumerable: true,
};

/**
 * A class, not a literal: V8 makes an object literal with a getter and symbol keys a dictionary,
 * which every read of its memory would then pay for; instances of this class share fast properties.
 */
class SlotData implements RememberingData {
  declare readonly case: unknown;
  declare readonly responses: unknown;
  declare readonly outcome: unknown;
  declare readonly status: unknown;
  declare readonly [SLOTS]: Slots;
  declare readonly [CASE_READS]: unknown[];
  declare readonly [RESPONSE_SLOTS]: unknown[];

  constructor(caseData: unknown, outcome: unknown, status: unknown, slots: Slots, table: unknown[]) {
    // Assigned in the order of plain condition data: `case`, `responses`, `outcome`, `status`.
    const data = this as { -readonly [K in keyof SlotData]: SlotData[K] };
    data.case = caseData;
    Object.defineProperty(this, 'responses', RESPONSES_GETTER);
    data.outcome = outcome;
    data.status = status;
    data[SLOTS] = slots;
    data[CASE_READS] = slots.caseReads();
    data[RESPONSE_SLOTS] = table;
  }
}

function responsesObject(table: readonly unknown[], ids: readonly string[]): Record<string, unknown> {
  // Prototype-less, so even an id `__proto__` would be an own property.
  const responses = Object.create(null) as Record<string, unknown>;
  for (let slot = 0; slot < table.length; slot++) {
    const value = table[slot];
    if (value !== undefined) responses[ids[slot] as string] = value;
  }
  return responses;
}

/**
 * `readOwnPath(data, segments, notFound)`, served from the data's memory or response table when
 * the data was made for the `slots` that numbered `slot`.
 */
export function readPath(data: unknown, segments: readonly string[], slot: number, slots: Slots, notFound: unknown): unknown {
  if (slot === NO_SLOT) return readOwnPath(data, segments, notFound);
  const remembering = data as Partial<RememberingData> | null | undefined;
  // Not condition data made here, or made for other slots: read as json-logic-js would, own properties only.
  if (remembering?.[SLOTS] !== slots) return readOwnPath(data, segments, notFound);
  // Made here, so `case` and `responses` are its own properties: the path is read from them on.
  const made = remembering as RememberingData;
  if (slot < NO_SLOT) {
    const table = made[RESPONSE_SLOTS];
    if (table === undefined) return readOwnFrom(made.responses, segments, 1, notFound);
    const index = -2 - slot;
    // Bounds first: an element past the end would be looked up on Array.prototype.
    const value = index < table.length ? table[index] : undefined;
    return readOwnFrom(value, segments, 2, notFound);
  }
  const reads = made[CASE_READS];
  while (reads.length <= slot) reads.push(UNREAD); // a path numbered after the data was made
  const value = readCase(made.case, reads, slots.caseParents, slot, segments, segments.length - 1);
  return value === NOT_FOUND ? notFound : value;
}

/**
 * The case value at slot `slot`, whose path is `segments` up to `last`, read once per condition
 * data: through its parent's value, itself read once (`case.account` once for all of
 * `case.account.…`). `NOT_FOUND` where json-logic-js would find `undefined`.
 */
function readCase(caseData: unknown, reads: unknown[], parents: readonly number[], slot: number, segments: readonly string[], last: number): unknown {
  let value = reads[slot];
  if (value !== UNREAD) return value;
  const parent = parents[slot] as number;
  const from = parent === NO_SLOT ? caseData : readCase(caseData, reads, parents, parent, segments, last - 1);
  value = from === NOT_FOUND ? NOT_FOUND : readOwnKey(from, segments[last] as string, NOT_FOUND);
  reads[slot] = value;
  return value;
}

export type Read = (data: unknown) => unknown;

/** A compiled `var` read of `path`: `notFound` where json-logic-js would use the default. */
export function compilePathRead(path: string, notFound: unknown, slots: Slots): Read {
  const segments = splitPath(path);
  const slot = slots.path(segments);
  return (data) => readPath(data, segments, slot, slots, notFound);
}
