/**
 * The closed sets a test file may name, each a record over the runtime's own type so that a new
 * code in the runtime is a type error here until it is listed.
 */
import type { SessionErrorCode } from '../runtime/session.js';
import type { EvaluationResult, ItemErrorCode, StepStatus } from '../runtime/types.js';

const SESSION_ERRORS: Record<SessionErrorCode, true> = {
  bad_meta: true,
  bad_value: true,
  bad_event: true,
  unknown_item: true,
  not_answerable: true,
  item_hidden: true,
  unknown_step: true,
  not_ready: true,
  not_completed: true,
  unknown_outcome: true,
  no_lifecycle: true,
  unknown_transition: true,
  wrong_status: true,
  condition_false: true,
  forbidden: true,
  other_checklist: true,
  unknown_version: true,
};

const ITEM_ERRORS: Record<ItemErrorCode, true> = {
  missing: true,
  wrong_type: true,
  not_ticked: true,
  bad_date: true,
  out_of_range: true,
  not_an_option: true,
  too_long: true,
  pattern: true,
  too_few_files: true,
  too_many_files: true,
  unmarked_files: true,
  missing_findings: true,
  not_validated: true,
  too_few_borrowers: true,
};

const STEP_STATUSES: Record<StepStatus, true> = { hidden: true, locked: true, completed: true, open: true, ready: true };

const CHECKLIST_STATUSES: Record<EvaluationResult['status'], true> = { in_progress: true, complete: true };

export const SESSION_ERROR_CODES: readonly string[] = Object.keys(SESSION_ERRORS);
export const ITEM_ERROR_CODES: readonly string[] = Object.keys(ITEM_ERRORS);
export const STEP_STATUS_NAMES: readonly string[] = Object.keys(STEP_STATUSES);
export const CHECKLIST_STATUS_NAMES: readonly string[] = Object.keys(CHECKLIST_STATUSES);
