/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The preview page: fetches the checklist and the case from the server, then works the checklist
 * entirely in the browser through a runtime session (no server round trip per answer). The
 * answers, completed steps and outcome outlive a reload of the checklist and edits of the case:
 * they are replayed into each new session, and what the new checklist refuses is dropped.
 */
import './page.css';
import type { ChecklistIR } from '../../ir/types.js';
import {
  answer,
  completeStep,
  evaluateSession,
  loadChecklist,
  reopenStep,
  setOutcome,
  startSession,
  type LoadedChecklist,
  type Session,
  type SessionResult,
} from '../../runtime/index.js';
import type { CasePayload, ChecklistPayload } from '../checklist-source.js';
import { h, setAttr, setText } from './dom.js';
import type { Json } from './values.js';
import { buildView, type View } from './view.js';

interface Kept {
  responses: Record<string, Json>;
  completed: string[];
  outcome: string | null;
}

const META = (): { actor: string; at: string } => ({ actor: 'preview', at: new Date().toISOString() });
const app = document.getElementById('app')!;
const caseText = document.getElementById('case-json') as HTMLTextAreaElement;
const caseError = document.getElementById('case-error')!;
const caseSource = document.getElementById('case-source')!;
const dataErrors = document.getElementById('data-errors')!;
const connection = document.getElementById('connection')!;
const fileName = document.getElementById('file')!;

let kept: Kept = { responses: {}, completed: [], outcome: null };
let caseData: unknown = {};
let checklist: LoadedChecklist | undefined;
let session: Session | undefined;
let view: View | undefined;
let version = 0;

async function getJson<T>(route: string): Promise<T> {
  const response = await fetch(route, { cache: 'no-store' });
  return (await response.json()) as T;
}

function showMessage(attribute: string, title: string, body: string): void {
  checklist = undefined;
  session = undefined;
  view = undefined;
  app.setAttribute('data-state', attribute);
  app.replaceChildren(h('section', { class: 'problem', [`data-${attribute}`]: '' }, [h('h1', {}, [title]), body === '' ? null : h('pre', {}, [body])]));
}

function showChecklist(payload: ChecklistPayload): void {
  fileName.textContent = payload.file;
  if (payload.kind === 'deleted') return showMessage('deleted', `${payload.file} was deleted`, 'The preview reloads when the file is back.');
  if (payload.kind === 'failed') return showMessage('diagnostics', `${payload.file} does not compile`, payload.text);
  if (payload.kind === 'no-checklist') return showMessage('no-checklist', `${payload.file} holds no checklist`, 'It declares fields only; preview a checklist that imports it.');
  const loaded = loadChecklist(payload.ir);
  if (!loaded.ok) return showMessage('diagnostics', `${payload.file} is not a valid checklist IR`, loaded.errors.join('\n'));
  checklist = loaded.checklist;
  rebuild();
}

/** A new session from the kept answers, in document order so that earlier answers reveal later items. */
function rebuild(): void {
  if (checklist === undefined) return;
  const ir = checklist.ir as ChecklistIR;
  let next = startSession(checklist, caseData);
  next = replayAnswers(next);
  if (kept.outcome !== null) next = orKeep(next, setOutcome(next, kept.outcome, META()));
  for (const step of kept.completed) next = orKeep(next, completeStep(next, step, META()));
  session = next;
  kept = { ...kept, completed: [...next.state.completed], outcome: next.state.outcome };
  view = buildView(ir, caseData, kept.responses, { answer: onAnswer, complete: onComplete, reopen: onReopen, setOutcome: onOutcome });
  app.setAttribute('data-state', 'ready');
  app.replaceChildren(view.element);
  refresh();
}

/** Kept answers the session does not hold yet (refused while their item was hidden) are offered again. */
function replayAnswers(from: Session): Session {
  let next = from;
  const ir = next.checklist.ir as ChecklistIR;
  const items = [...ir.steps, ...Object.values(ir.closing ?? {}).flat()].flatMap((step) => step.items);
  for (const item of items) {
    const value = kept.responses[item.id];
    if (value === undefined || JSON.stringify(next.state.responses[item.id]) === JSON.stringify(value)) continue;
    next = orKeep(next, answer(next, item.id, value, META()));
  }
  return next;
}

function orKeep(current: Session, result: SessionResult): Session {
  return result.ok ? result.session : current;
}

function refresh(): void {
  if (session === undefined || view === undefined) return;
  const { result } = evaluateSession(session);
  view.update(result, session.state.completed, session.state.outcome);
  dataErrors.replaceChildren(...result.dataErrors.map((e) => h('li', { 'data-data-error': e.path }, [`${e.source} ${e.path}: ${e.message}`])));
}

function apply(result: SessionResult): void {
  if (!result.ok) {
    setText(caseError, result.error.message);
    return;
  }
  session = replayAnswers(result.session);
  kept = { ...kept, completed: [...session.state.completed], outcome: session.state.outcome };
  refresh();
}

function onAnswer(itemId: string, value: unknown): void {
  if (session === undefined) return;
  const responses = { ...kept.responses };
  if (value === null) delete responses[itemId];
  else responses[itemId] = value as Json;
  kept = { ...kept, responses };
  apply(answer(session, itemId, value, META()));
}

function onComplete(stepId: string): void {
  if (session !== undefined) apply(completeStep(session, stepId, META()));
}

function onReopen(stepId: string): void {
  if (session !== undefined) apply(reopenStep(session, stepId, META()));
}

function onOutcome(outcome: string | null): void {
  if (session !== undefined) apply(setOutcome(session, outcome, META()));
}

function showCase(payload: CasePayload): void {
  if (payload.kind === 'none') {
    caseSource.textContent = 'No --case file: edit the case data here.';
    caseText.value = '{}';
    return;
  }
  caseSource.textContent = `From ${payload.file}; edits here apply to the preview only.`;
  caseText.value = payload.kind === 'ok' ? JSON.stringify(payload.data, null, 2) : payload.text;
  if (payload.kind === 'ok') caseData = payload.data;
  else showCaseError(payload.message);
}

function showCaseError(message: string | null): void {
  caseError.hidden = message === null;
  caseError.textContent = message ?? '';
  setAttr(caseText, 'aria-invalid', String(message !== null));
}

let caseTimer: ReturnType<typeof setTimeout> | undefined;
caseText.addEventListener('input', () => {
  if (caseTimer !== undefined) clearTimeout(caseTimer);
  caseTimer = setTimeout(() => {
    try {
      caseData = JSON.parse(caseText.value);
      showCaseError(null);
      rebuild();
    } catch (error) {
      showCaseError(`The case data is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, 150);
});

async function reloadChecklist(): Promise<void> {
  showChecklist(await getJson<ChecklistPayload>('/api/checklist'));
}

function listen(): void {
  const events = new EventSource('/events');
  const onVersion = (data: string): void => {
    const next = Number(data);
    if (next === version) return;
    version = next;
    void reloadChecklist().then(() => app.setAttribute('data-version', String(version)));
  };
  events.addEventListener('hello', (event) => {
    connection.textContent = 'live';
    connection.setAttribute('data-connection', 'live');
    onVersion((event as MessageEvent<string>).data);
  });
  events.addEventListener('checklist', (event) => onVersion((event as MessageEvent<string>).data));
  events.addEventListener('error', () => {
    connection.textContent = 'disconnected (retrying)';
    connection.setAttribute('data-connection', 'disconnected');
  });
}

async function main(): Promise<void> {
  try {
    showCase(await getJson<CasePayload>('/api/case'));
  } catch (error) {
    showCaseError(`cannot load the case: ${error instanceof Error ? error.message : String(error)}`);
  }
  listen();
}

void main();
