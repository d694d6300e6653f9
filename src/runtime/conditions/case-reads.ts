/**
 * Case data does not change during an evaluation, yet many conditions read the same case fields.
 * Condition data made by `conditionData` remembers each `case.…` path it has read, so each is
 * looked up once per evaluation ("batch" reads, /work/shared/JSONLOGIC.md's speed table).
 * Responses are never remembered: an evaluation adds them as items turn out visible.
 */
import { readOwnPath } from './path-read.js';

/** The condition data every rule reads (docs/ir.md). */
export type ConditionData = { case: unknown; responses: unknown; outcome: unknown; status: unknown };

/** A symbol, not a string key: no JSON input and no prototype pollution can supply it. */
const CASE_READS = Symbol('case reads');
const UNREAD = Symbol('unread');

type RememberingData = ConditionData & { readonly [CASE_READS]: unknown[] };

/** Each distinct case path compiled anywhere gets a slot, shared by every checklist. */
const slots = new Map<string, number>();

export function caseSlot(segments: readonly string[]): number {
  if (segments.length < 2 || segments[0] !== 'case') return -1;
  const path = segments.join('.');
  let slot = slots.get(path);
  if (slot === undefined) {
    slot = slots.size;
    slots.set(path, slot);
  }
  return slot;
}

/**
 * Condition data that reads each case path at most once. Make a new one whenever the case data
 * may have changed (the runtime makes one per evaluation); responses may change freely.
 */
export function conditionData(caseData: unknown, responses: unknown, outcome: unknown, status: unknown): ConditionData {
  const data: RememberingData = {
    case: caseData,
    responses,
    outcome,
    status,
    // Own elements only (filled, never holes), so no index is ever looked up on Array.prototype.
    [CASE_READS]: new Array<unknown>(slots.size).fill(UNREAD),
  };
  return data;
}

/** `readOwnPath(data, segments, null)`, remembered in `slot` when the data remembers case reads. */
export function readPath(data: unknown, segments: readonly string[], slot: number): unknown {
  if (slot < 0) return readOwnPath(data, segments, null);
  const reads = (data as Partial<RememberingData> | null | undefined)?.[CASE_READS];
  if (reads === undefined) return readOwnPath(data, segments, null);
  while (reads.length <= slot) reads.push(UNREAD); // a path compiled after the data was made
  let value = reads[slot];
  if (value === UNREAD) {
    value = readOwnPath(data, segments, null);
    reads[slot] = value;
  }
  return value;
}
