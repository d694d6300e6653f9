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
const texts: FieldCheck = (value) => Array.isArray(value) && value.every(text);

const FIELDS: Readonly<Record<string, Readonly<Record<string, FieldCheck>>>> = {
  answer: { item: text, value: json },
  complete_step: { step: text, snapshot: jsonObject },
  reopen_step: { step: text },
  set_outcome: { outcome: textOrNull },
  transition: { name: text, from: textOrNull, to: text },
  migrate: { from: text, to: text, dropped: texts, reopened: texts },
};

const META: Readonly<Record<string, FieldCheck>> = { type: text, actor: text, at: text };
/** Meta an event carries only when the command was given it (SPEC §9.2). */
const OPTIONAL_META: Readonly<Record<string, FieldCheck>> = { permissions: texts };

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
    for (const [key, check] of Object.entries(OPTIONAL_META)) {
      const value = ownValue(event, key);
      if (value !== undefined && !check(value)) return `the ${key} of a ${type} event must be ${describe(key)}`;
    }
    const extra = Object.keys(event).find((key) => !Object.hasOwn(expected, key) && !Object.hasOwn(OPTIONAL_META, key));
    if (extra !== undefined) return `a ${type} event has no ${JSON.stringify(extra)}`;
    return undefined;
  } catch (error) {
    return `the event cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

function describe(key: string): string {
  if (key === 'value') return 'a JSON value';
  if (key === 'snapshot') return 'an object of JSON values';
  if (key === 'dropped' || key === 'reopened' || key === 'permissions') return 'a list of non-empty strings';
  if (key === 'outcome' || key === 'from') return 'a non-empty string or null';
  return 'a non-empty string';
}
