/**
 * The diff model (SPEC §7.4). Each change names what it does to a case in flight on the old
 * version, and the ids involved, so a caller holding a session can check it: `reopens` lists the
 * steps a completed case may have to do again (no longer ready, or newly locked or shown), `drops`
 * the items (or outcomes, statuses) whose recorded answers the new version ignores.
 */
import type { JsonValue } from '../ir/types.js';

export type Impact = 'safe' | 'reopens' | 'drops';

export type ChangeTarget =
  | 'checklist'
  | 'step'
  | 'item'
  | 'data'
  | 'resolution'
  | 'outcome'
  | 'status'
  | 'transition'
  | 'lifecycle'
  | 'assign'
  | 'qa_review';

/**
 * `added` `removed` `moved` (another step or list, or another position) `retyped` `label`
 * (title, label, instructions text, description) `required` `option` (`detail` names it)
 * `condition` (`detail`: `added` `removed` `tightened` `loosened` `changed`) `changed`
 * (a declaration, the ordering, the version, a lifecycle entry…).
 */
export type ChangeKind = 'added' | 'removed' | 'moved' | 'retyped' | 'label' | 'required' | 'option' | 'condition' | 'changed';

export interface Change {
  readonly kind: ChangeKind;
  readonly target: ChangeTarget;
  /** The id (a step, item, data path, outcome, status or transition name; the checklist's id). */
  readonly id: string;
  readonly detail?: string;
  readonly before?: JsonValue;
  readonly after?: JsonValue;
  /** `drops` when `drops` is not empty, else `reopens` when `reopens` is not empty, else `safe`. */
  readonly impact: Impact;
  /** Step ids. */
  readonly reopens: readonly string[];
  /** Item ids (or the outcome or status id whose cases lose it). */
  readonly drops: readonly string[];
}

export interface DiffResult {
  /** Same `hash`: no change at all (whitespace, comments, text vs YAML). */
  readonly same: boolean;
  readonly changes: readonly Change[];
}

export interface ChangeInput {
  readonly kind: ChangeKind;
  readonly target: ChangeTarget;
  readonly id: string;
  readonly detail?: string;
  readonly before?: JsonValue | undefined;
  readonly after?: JsonValue | undefined;
  readonly reopens?: readonly string[];
  readonly drops?: readonly string[];
}

export function change(input: ChangeInput): Change {
  const reopens = [...new Set(input.reopens ?? [])];
  const drops = [...new Set(input.drops ?? [])];
  const impact: Impact = drops.length > 0 ? 'drops' : reopens.length > 0 ? 'reopens' : 'safe';
  return {
    kind: input.kind,
    target: input.target,
    id: input.id,
    ...(input.detail === undefined ? {} : { detail: input.detail }),
    ...(input.before === undefined ? {} : { before: input.before }),
    ...(input.after === undefined ? {} : { after: input.after }),
    impact,
    reopens,
    drops,
  };
}
