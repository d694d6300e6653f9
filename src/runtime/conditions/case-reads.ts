/**
 * Case data does not change during an evaluation, yet many conditions read the same case fields.
 * Condition data made by `conditionData` remembers each `case.…` path it has read, so each is
 * looked up once per evaluation ("batch" reads, /work/shared/JSONLOGIC.md's speed table).
 * Responses are never remembered. Condition data made by `responseSlotData` reads responses from
 * a table indexed by response slot, which the runtime fills as items turn out visible: a list
 * element per `responses.<id>` instead of a dictionary keyed by id.
 */
import { readOwnFrom, readOwnKey, readOwnPath, splitPath } from './path-read.js';

/** The condition data every rule reads (docs/ir.md). */
export type ConditionData = { case: unknown; responses: unknown; outcome: unknown; status: unknown };

/** Symbols, not string keys: no JSON input and no prototype pollution can supply them. */
const CASE_READS = Symbol('case reads');
const RESPONSE_SLOTS = Symbol('response slots');
const UNREAD = Symbol('unread');

type RememberingData = ConditionData & { readonly [CASE_READS]: unknown[]; readonly [RESPONSE_SLOTS]?: unknown[] };

/** Each distinct case path compiled anywhere gets a slot, shared by every checklist; so does each path it runs through. */
const caseSlots = new Map<string, number>();
/** By case slot: the slot of the path one segment shorter, `NO_SLOT` for a field of the case itself. */
const caseParents: number[] = [];
/** Each distinct response id read or answered anywhere gets a slot, shared by every checklist. */
const responseSlots = new Map<string, number>();
/** The id of each response slot. */
const responseIds: string[] = [];

/** A path read straight from the data, neither remembered nor served by a response slot. */
export const NO_SLOT = -1;

function slotIn(slots: Map<string, number>, key: string): number {
  let slot = slots.get(key);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(key, slot);
  }
  return slot;
}

/** The slot of the response to item `id` in a `responseSlotData` table. */
export function responseSlot(id: string): number {
  const slot = slotIn(responseSlots, id);
  responseIds[slot] = id;
  return slot;
}

/**
 * Where a read of `segments` is served from: a case slot (≥ 0) for `case.…` paths, `-2 - slot`
 * for `responses.<id>…` paths (by the response slot of `<id>`), `NO_SLOT` for anything else.
 */
export function pathSlot(segments: readonly string[]): number {
  if (segments.length < 2) return NO_SLOT;
  if (segments[0] === 'case') return caseSlot(segments, segments.length);
  if (segments[0] === 'responses') return -2 - responseSlot(segments[1] as string);
  return NO_SLOT;
}

/** The slot of the first `length` segments of a case path, its parents' slots made first. */
function caseSlot(segments: readonly string[], length: number): number {
  const path = segments.slice(0, length).join('.');
  const known = caseSlots.get(path);
  if (known !== undefined) return known;
  const parent = length > 2 ? caseSlot(segments, length - 1) : NO_SLOT;
  const slot = slotIn(caseSlots, path);
  caseParents[slot] = parent;
  return slot;
}

function caseReads(): unknown[] {
  // Own elements only (filled, never holes), so no index is ever looked up on Array.prototype.
  return new Array<unknown>(caseSlots.size).fill(UNREAD);
}

/**
 * Condition data that reads each case path at most once. Make a new one whenever the case data
 * may have changed (the runtime makes one per evaluation); responses may change freely.
 */
export function conditionData(caseData: unknown, responses: unknown, outcome: unknown, status: unknown): ConditionData {
  const data: RememberingData = { case: caseData, responses, outcome, status, [CASE_READS]: caseReads() };
  return data;
}

/** Condition data whose responses are `table` (filled by the caller) plus what it remembers. */
export interface ResponseSlotData {
  readonly data: ConditionData;
  /** By `responseSlot(id)`; `undefined` is absent. Set only slots below `length`. */
  readonly table: unknown[];
}

/**
 * `conditionData` whose responses are read from a table of `slots` elements by response slot
 * (one more than the highest slot the caller will fill: slots are shared by every checklist).
 * Its `responses` is a getter that copies the table into a prototype-less object of own
 * properties, for readers that do not know slots (a whole-data `var`, a session's snapshot):
 * every compiled path read goes through the table.
 */
export function responseSlotData(caseData: unknown, outcome: unknown, status: unknown, slots: number): ResponseSlotData {
  const table = new Array<unknown>(slots).fill(undefined);
  return { data: new SlotData(caseData, outcome, status, table), table };
}

/** One getter shared by every `SlotData`, so they all keep one hidden class. */
const RESPONSES_GETTER: PropertyDescriptor = {
  get(this: SlotData) {
    return responsesObject(this[RESPONSE_SLOTS]);
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
  declare readonly [CASE_READS]: unknown[];
  declare readonly [RESPONSE_SLOTS]: unknown[];

  constructor(caseData: unknown, outcome: unknown, status: unknown, table: unknown[]) {
    // Assigned in the order of plain condition data: `case`, `responses`, `outcome`, `status`.
    const data = this as { -readonly [K in keyof SlotData]: SlotData[K] };
    data.case = caseData;
    Object.defineProperty(this, 'responses', RESPONSES_GETTER);
    data.outcome = outcome;
    data.status = status;
    data[CASE_READS] = caseReads();
    data[RESPONSE_SLOTS] = table;
  }
}

function responsesObject(table: readonly unknown[]): Record<string, unknown> {
  // Prototype-less, so even an id `__proto__` would be an own property.
  const responses = Object.create(null) as Record<string, unknown>;
  for (let slot = 0; slot < table.length; slot++) {
    const value = table[slot];
    if (value !== undefined) responses[responseIds[slot] as string] = value;
  }
  return responses;
}

/** `readOwnPath(data, segments, notFound)`, served from the data's memory or response table when it has them. */
export function readPath(data: unknown, segments: readonly string[], slot: number, notFound: unknown): unknown {
  if (slot === NO_SLOT) return readOwnPath(data, segments, notFound);
  const remembering = data as Partial<RememberingData> | null | undefined;
  const reads = remembering?.[CASE_READS];
  // Not condition data made here: read as json-logic-js would, own properties only.
  if (reads === undefined) return readOwnPath(data, segments, notFound);
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
  while (reads.length <= slot) reads.push(UNREAD); // a path compiled after the data was made
  const value = readCase(made.case, reads, slot, segments, segments.length - 1);
  return value === NOT_FOUND ? notFound : value;
}

/**
 * The case value at slot `slot`, whose path is `segments` up to `last`, read once per condition
 * data: through its parent's value, itself read once (`case.account` once for all of
 * `case.account.…`). `NOT_FOUND` where json-logic-js would find `undefined`.
 */
function readCase(caseData: unknown, reads: unknown[], slot: number, segments: readonly string[], last: number): unknown {
  let value = reads[slot];
  if (value !== UNREAD) return value;
  const parent = caseParents[slot] as number;
  const from = parent === NO_SLOT ? caseData : readCase(caseData, reads, parent, segments, last - 1);
  value = from === NOT_FOUND ? NOT_FOUND : readOwnKey(from, segments[last] as string, NOT_FOUND);
  reads[slot] = value;
  return value;
}

const NOT_FOUND = Symbol('not found');

export type Read = (data: unknown) => unknown;

/** A compiled `var` read of `path`: `notFound` where json-logic-js would use the default. */
export function compilePathRead(path: string, notFound: unknown): Read {
  const segments = splitPath(path);
  const slot = pathSlot(segments);
  return (data) => readPath(data, segments, slot, notFound);
}
