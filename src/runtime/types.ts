/** The runtime's public shapes: the evaluation result of SPEC §5.1, state, sessions. */
import type { JsonValue } from '../ir/types.js';

/** The closed set of item error codes (SPEC §5 item 2). */
export type ItemErrorCode =
  | 'missing'
  | 'wrong_type'
  | 'not_ticked'
  | 'bad_date'
  | 'out_of_range'
  | 'not_an_option'
  | 'too_long'
  | 'pattern'
  | 'too_few_files'
  | 'too_many_files'
  | 'unmarked_files'
  | 'missing_findings'
  | 'not_validated'
  | 'too_few_borrowers';

export interface ItemError {
  readonly code: ItemErrorCode;
  readonly message: string;
}

/** Why a step or item is hidden: the first false clause of its condition and the values it read. */
export interface Why {
  readonly text: string;
  readonly clause: string;
  readonly values: Record<string, JsonValue | null>;
}

export interface ItemResult {
  readonly id: string;
  readonly type: string;
  readonly visible: boolean;
  readonly required: boolean;
  readonly valid: boolean;
  readonly errors: ItemError[];
  readonly why?: Why;
}

export type StepStatus = 'hidden' | 'locked' | 'completed' | 'open' | 'ready';

export interface StepResult {
  readonly id: string;
  readonly visible: boolean;
  readonly status: StepStatus;
  readonly why?: Why;
  readonly items: ItemResult[];
}

export interface Progress {
  readonly completed: number;
  readonly total: number;
  readonly current: string | null;
  readonly remaining: number;
}

export interface Blocker {
  readonly kind: 'step' | 'item';
  readonly id: string;
  readonly why: string;
}

export interface ResolutionResult {
  readonly allowed: boolean;
  readonly qaReview: boolean;
  readonly blockedBy: Blocker[];
}

export interface DataError {
  readonly source: 'case' | 'state';
  /** Dotted: a declared case path (`account.balance`) or a state path (`responses.q`, `completed.2`). */
  readonly path: string;
  readonly message: string;
}

export interface EvaluationResult {
  readonly checklist: string;
  readonly version: number;
  readonly hash: string;
  readonly status: 'in_progress' | 'complete';
  readonly steps: StepResult[];
  readonly closing: Record<string, StepResult[]>;
  readonly progress: Progress;
  readonly resolution: ResolutionResult | null;
  readonly invalidated: string[];
  readonly dataErrors: DataError[];
}

/** The state evaluation reads (SPEC §5); every key optional. */
export interface ChecklistState {
  readonly responses?: Record<string, JsonValue>;
  readonly completed?: readonly string[];
  readonly outcome?: string | null;
  readonly status?: string | null;
}
