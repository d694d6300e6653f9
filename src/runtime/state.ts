/**
 * Reading the state an application passes (SPEC §5): `{ responses, completed, outcome, status }`,
 * every key optional. Whatever does not fit is reported as a `dataErrors` entry with
 * `source: "state"` and ignored, never thrown.
 */
import { NO_RESPONSE, type LoadedChecklist } from './load.js';
import { isObject, ownValue } from './own.js';
import { describeValue } from './plain-copy.js';
import type { DataError } from './types.js';

export interface ReadState {
  /** The state's responses to the checklist's items, by the item's `responseSlot`; `undefined` when none. */
  readonly responses: readonly unknown[];
  readonly completed: ReadonlySet<string>;
  readonly outcome: string | null;
  readonly status: string | null;
}

export function readState(checklist: LoadedChecklist, state: unknown, dataErrors: DataError[]): ReadState {
  const report = (path: string, message: string) => dataErrors.push({ source: 'state', path, message });
  if (!isObject(state)) {
    if (state !== undefined) report('', 'the state must be an object');
    return { responses: noResponses(checklist), completed: new Set(), outcome: null, status: null };
  }
  return {
    responses: readResponses(checklist, ownValue(state, 'responses'), report),
    completed: readCompleted(checklist, ownValue(state, 'completed'), report),
    outcome: readChoice(ownValue(state, 'outcome'), 'outcome', checklist.outcomeIds, report),
    status: readChoice(ownValue(state, 'status'), 'status', checklist.statusIds, report),
  };
}

type Report = (path: string, message: string) => void;

/**
 * The responses in one pass over the state's own keys: each answer to an item goes to the item's
 * slot, answers to unknown ids and to instructions are reported. Evaluation then reads answers by
 * slot, never by key, so nothing inherited is ever seen.
 */
function readResponses(checklist: LoadedChecklist, responses: unknown, report: Report): unknown[] {
  const table = noResponses(checklist);
  if (responses === undefined) return table;
  if (!isObject(responses)) {
    report('responses', 'responses must be an object keyed by item id');
    return table;
  }
  const slots = checklist.responseSlotsById;
  const ids = Object.keys(responses);
  for (let index = 0; index < ids.length; index++) {
    const id = ids[index] as string;
    const slot = slots[id];
    if (slot === undefined) report(`responses.${id}`, `no item has the id ${JSON.stringify(id)}; the response is ignored`);
    else if (slot === NO_RESPONSE) report(`responses.${id}`, 'instructions take no response; it is ignored');
    else table[slot] = responses[id];
  }
  return table;
}

function noResponses(checklist: LoadedChecklist): unknown[] {
  return checklist.slots.noResponses();
}

/** Far above any checklist's step count (a step id may repeat): longer is not a state an application saved. */
const MAX_COMPLETED = 100_000;

function readCompleted(checklist: LoadedChecklist, completed: unknown, report: Report): Set<string> {
  const marked = new Set<string>();
  if (completed === undefined) return marked;
  if (!Array.isArray(completed)) {
    report('completed', 'completed must be a list of step ids');
    return marked;
  }
  // Read in one bounded pass: a sparse list as long as 2³¹ would otherwise take minutes to walk.
  if (completed.length > MAX_COMPLETED) {
    report('completed', `completed is a list of ${completed.length} entries, more than ${MAX_COMPLETED}; it is ignored`);
    return marked;
  }
  completed.forEach((id: unknown, index) => {
    if (typeof id === 'string' && checklist.stepsById.has(id)) marked.add(id);
    else report(`completed.${index}`, `${describeValue(id)} is not a step id; it is ignored`);
  });
  return marked;
}

/** `outcome`/`status`: null, or a declared id (`declared` undefined: any string, for a status without a lifecycle). */
function readChoice(
  value: unknown,
  key: string,
  declared: readonly string[] | undefined,
  report: Report,
): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && (declared === undefined || declared.includes(value))) return value;
  const expected =
    declared === undefined ? 'expected a string' : declared.length === 0 ? 'none are declared' : `expected one of ${declared.join(', ')}`;
  report(key, `${describeValue(value)} is not a declared ${key} (${expected}); it is ignored`);
  return null;
}

