/**
 * Permissions and sensitive items (SPEC §9.2). Commands that change a case need `case:update`
 * when the command's meta carries `permissions`; a sensitive item's response is shown to an actor
 * only with the read permission of its kind, and is otherwise replaced by `"[redacted]"` in what is
 * produced for that actor. The stored log always keeps the value: redaction is a view. A server's
 * job (a browser holding the data could read it anyway), so exported by `checkwright/store`, not
 * by the browser runtime.
 */
import type { JsonValue } from '../ir/types.js';
import type { LoadedChecklist } from './load.js';
import { setOwn } from './own.js';
import { evaluateSession, type Session } from './session.js';
import type { EvaluationResult, ItemResult, StepResult, Why } from './types.js';

/** The seed's permissions ("Work case workflows"). */
export const PERMISSIONS = {
  update: 'case:update',
  readSensitiveNote: 'note:read.sensitive',
  readSensitiveDocument: 'document:read.sensitive',
} as const;

export const REDACTED = '[redacted]';

/** Item types whose responses are documents (the others are notes). */
const DOCUMENT_TYPES: ReadonlySet<string> = new Set(['upload_files', 'review_files']);

/**
 * Who may see what: `undefined` permissions (a caller that does not use them) sees everything;
 * a list grants exactly what it names.
 */
export type Permissions = readonly string[] | undefined;

/** The permission reading this item's response needs, or `undefined` when it is not sensitive. */
export function readPermissionOf(checklist: LoadedChecklist, itemId: string): string | undefined {
  const entry = checklist.itemsById.get(itemId);
  if (entry === undefined) return undefined;
  const item = entry.item.item as { readonly sensitive?: boolean };
  if (item.sensitive !== true && entry.step.step.sensitive !== true) return undefined;
  return DOCUMENT_TYPES.has(entry.item.type) ? PERMISSIONS.readSensitiveDocument : PERMISSIONS.readSensitiveNote;
}

/** Whether an actor with `permissions` may read the response to `itemId`. */
export function mayRead(checklist: LoadedChecklist, itemId: string, permissions: Permissions): boolean {
  if (permissions === undefined) return true;
  const needed = readPermissionOf(checklist, itemId);
  return needed === undefined || permissions.includes(needed);
}

/**
 * A snapshot (keyed by condition path, `responses.<id>`) or an explanation's values (keyed as the
 * source reads them: a bare item id is a response) with what the actor may not read redacted.
 */
export function redactPaths(checklist: LoadedChecklist, values: Record<string, JsonValue>, permissions: Permissions): Record<string, JsonValue> {
  if (permissions === undefined) return values;
  const copy: Record<string, JsonValue> = {};
  for (const [path, value] of Object.entries(values)) {
    const item = path.startsWith('responses.') ? path.slice('responses.'.length) : path;
    const hidden = checklist.itemsById.has(item) && !mayRead(checklist, item, permissions);
    setOwn(copy, path, hidden && value !== null ? REDACTED : value);
  }
  return copy;
}

/** A session's evaluation as produced for an actor: sensitive values it may not read are `"[redacted]"`. */
export function evaluateSessionFor(session: Session, permissions: Permissions): EvaluationResult {
  return redactResult(session.checklist, evaluateSession(session).result, permissions);
}

/** An evaluation result as produced for an actor: the values its explanations quote are redacted. */
export function redactResult(checklist: LoadedChecklist, result: EvaluationResult, permissions: Permissions): EvaluationResult {
  if (permissions === undefined) return result;
  const why = (reason: Why | undefined): { why?: Why } => (reason === undefined ? {} : { why: redactWhy(checklist, reason, permissions) });
  const item = (shown: ItemResult): ItemResult => ({ ...shown, ...why(shown.why) });
  const step = (shown: StepResult): StepResult => ({ ...shown, ...why(shown.why), items: shown.items.map(item) });
  const closing: Record<string, StepResult[]> = {};
  for (const [outcome, steps] of Object.entries(result.closing)) setOwn(closing, outcome, steps.map(step));
  return { ...result, steps: result.steps.map(step), closing };
}

/**
 * The text quotes the values too (`clause was false (name = value, …)`, src/runtime/conditions/
 * description.ts): when one is redacted the list is written again from the redacted values.
 */
function redactWhy(checklist: LoadedChecklist, reason: Why, permissions: Permissions): Why {
  const values = redactPaths(checklist, reason.values as Record<string, JsonValue>, permissions);
  if (!Object.values(values).includes(REDACTED)) return reason;
  const shown = Object.entries(values).map(([name, value], index) => `${index === 0 ? ' (' : ', '}${name}${value === null ? ' is absent' : ` = ${JSON.stringify(value)}`}`);
  return { ...reason, text: `${reason.clause} was false${shown.join('')})`, values };
}
