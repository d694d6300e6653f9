/** `checkwright/runtime`: load a compiled checklist, evaluate it, drive sessions, select a checklist. */
export { loadChecklist } from './load.js';
export type { LoadedChecklist, LoadResult } from './load.js';
export { evaluate } from './evaluate.js';
export {
  startSession,
  answer,
  completeStep,
  reopenStep,
  setOutcome,
  transition,
  replaySession,
  reduceEvents,
  evaluateSession,
} from './session.js';
export type { ReplayOptions, EventMeta, Session, SessionError, SessionErrorCode, SessionEvent, SessionResult, SessionState } from './session.js';
export { selectChecklist } from './select.js';
export type * from './types.js';
