/**
 * What `append` accepts: an event as the runtime's commands record it (src/runtime/session.ts,
 * docs/runtime.md "The event format"), checked by shape so a log never holds what `load` could not
 * replay for want of a field. Whether the event is allowed at that point is the runtime's to say:
 * `load` replays the log and refuses one that does not replay.
 */
import { isObject, ownValue } from '../runtime/own.js';
import { isJsonValue } from '../runtime/plain-copy.js';

type FieldCheck = (value: unknown) => boolean;

const text: FieldCheck = (value) => typeof value === 'string' && value !== '';
const textOrNull: FieldCheck = (value) => value === null || text(value);
const json: FieldCheck = (value) => value !== undefined && isJsonValue(value);
const jsonObject: FieldCheck = (value) => isObject(value) && isJsonValue(value);

const FIELDS: Readonly<Record<string, Readonly<Record<string, FieldCheck>>>> = {
  answer: { item: text, value: json },
  complete_step: { step: text, snapshot: jsonObject },
  reopen_step: { step: text },
  set_outcome: { outcome: textOrNull },
  transition: { name: text, from: textOrNull, to: text },
};

const META: Readonly<Record<string, FieldCheck>> = { type: text, actor: text, at: text };

/** `undefined` when `event` is an event; otherwise why not. Never throws (a getter that throws is "not an event"). */
export function eventProblem(event: unknown): string | undefined {
  try {
    if (!isObject(event)) return 'an event must be an object';
    const type = ownValue(event, 'type');
    const fields = typeof type === 'string' && Object.hasOwn(FIELDS, type) ? FIELDS[type] : undefined;
    if (fields === undefined) {
      return `unknown event type ${JSON.stringify(type) ?? String(type)} (one of ${Object.keys(FIELDS).join(', ')})`;
    }
    const expected = { ...META, ...fields };
    for (const [key, check] of Object.entries(expected)) {
      if (!check(ownValue(event, key))) return `a ${type} event needs ${key} (${describe(key)})`;
    }
    const extra = Object.keys(event).find((key) => !Object.hasOwn(expected, key));
    if (extra !== undefined) return `a ${type} event has no ${JSON.stringify(extra)}`;
    return undefined;
  } catch (error) {
    return `the event cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function describe(key: string): string {
  if (key === 'value') return 'a JSON value';
  if (key === 'snapshot') return 'an object of JSON values';
  if (key === 'outcome' || key === 'from') return 'a non-empty string or null';
  return 'a non-empty string';
}
