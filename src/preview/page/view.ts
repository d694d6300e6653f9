/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The form: built once per checklist and case (controls keep focus and caret while the answer
 * re-evaluates), then updated from each evaluation result by setting the SPEC §7.5 `data-*`
 * attributes, texts and button states — nothing is rebuilt on an answer.
 */
import type { ChecklistIR, IrItem, IrStep } from '../../ir/types.js';
import type { EvaluationResult, ItemResult, StepResult } from '../../runtime/index.js';
import { buildControl, instructionsText, type Control } from './controls.js';
import { h, setAttr, setHidden, setText } from './dom.js';

export interface ViewActions {
  answer(itemId: string, value: unknown): void;
  complete(stepId: string): void;
  reopen(stepId: string): void;
  setOutcome(outcome: string | null): void;
}

export interface View {
  readonly element: HTMLElement;
  update(result: EvaluationResult, completed: readonly string[], outcome: string | null): void;
}

interface StepView {
  readonly element: HTMLElement;
  readonly badge: HTMLElement;
  readonly why: HTMLElement;
  readonly complete: HTMLButtonElement;
  readonly reopen: HTMLButtonElement;
  readonly items: Map<string, ItemView>;
}

interface ItemView {
  readonly element: HTMLElement;
  readonly fieldset: HTMLFieldSetElement;
  readonly errors: HTMLElement;
  readonly why: HTMLElement;
}

const STATUS_TEXT: Readonly<Record<string, string>> = { hidden: 'hidden', locked: 'locked', completed: 'completed', open: 'open', ready: 'ready to complete' };

export function buildView(ir: ChecklistIR, caseData: unknown, responses: Readonly<Record<string, unknown>>, actions: ViewActions): View {
  const context = { caseData, resolutionFields: ir.resolution?.fields ?? [] };
  const steps = new Map<string, StepView>();
  const stepList = (list: readonly IrStep[]): HTMLElement => h('ol', { class: 'steps' }, list.map((step) => buildStep(step)));

  function buildStep(step: IrStep): HTMLElement {
    const badge = h('span', { class: 'badge' });
    const why = h('p', { class: 'why', 'data-why': step.id, hidden: true });
    const complete = h('button', { type: 'button', 'data-complete': step.id }, ['Complete step']);
    const reopen = h('button', { type: 'button', 'data-reopen': step.id, hidden: true }, ['Reopen']);
    complete.addEventListener('click', () => actions.complete(step.id));
    reopen.addEventListener('click', () => actions.reopen(step.id));
    const items = new Map<string, ItemView>();
    const element = h('li', { class: 'step', 'data-step': step.id, 'data-status': 'open', 'data-visible': 'true' }, [
      h('header', {}, [h('h2', {}, [step.title]), ' ', badge, h('span', { class: 'actions' }, [complete, reopen])]),
      why,
      step.description === undefined ? null : h('p', { class: 'description' }, [step.description]),
      ...step.items.map((item) => buildItem(item, items)),
    ]);
    steps.set(step.id, { element, badge, why, complete, reopen, items });
    return element;
  }

  function buildItem(item: IrItem, items: Map<string, ItemView>): HTMLElement {
    const control: Control | undefined = buildControl(item, responses[item.id], context);
    const label = item.type === 'instructions' ? null : h('span', { class: 'label' }, [item.label, item.required ? h('span', { class: 'required', title: 'required' }, [' *']) : null]);
    const body = item.type === 'instructions' ? [instructionsText(item)] : item.type === 'checkbox' ? [h('label', { class: 'check' }, [control?.element, ' ', label])] : [label, control?.element];
    const fieldset = h('fieldset', {}, body);
    const errors = h('ul', { class: 'errors', 'data-errors': item.id });
    const why = h('p', { class: 'why', 'data-why': item.id, hidden: true });
    const element = h('div', { class: 'item', 'data-item': item.id, 'data-type': item.type, 'data-visible': 'true', 'data-valid': 'true' }, [fieldset, errors, why]);
    if (control !== undefined) {
      const changed = (): void => {
        const value = control.read();
        if (value !== undefined) actions.answer(item.id, value);
      };
      element.addEventListener('input', changed);
      element.addEventListener('change', changed);
    }
    items.set(item.id, { element, fieldset, errors, why });
    return element;
  }

  const progressBar = h('progress', { max: '1', value: '0' });
  const progressText = h('span', {});
  const progress = h('div', { class: 'progress', 'data-progress': '0/0' }, [progressBar, ' ', progressText]);
  const status = h('p', { class: 'checklist-status', 'data-checklist-status': 'in_progress' });
  const outcome = buildOutcome(ir, actions);
  const resolution = buildResolution();
  const closing = Object.entries(ir.closing ?? {}).map(([id, list]) =>
    h('section', { class: 'closing', 'data-closing': id }, [h('h2', {}, [`Closing steps: ${ir.outcomes?.find((o) => o.id === id)?.label ?? id}`]), stepList(list)]),
  );
  const element = h('div', { class: 'checklist', 'data-checklist': ir.checklist }, [
    h('h1', {}, [ir.title, ' ', h('small', {}, [`${ir.checklist} v${ir.version}`])]),
    ir.description === undefined ? null : h('p', { class: 'description' }, [ir.description]),
    h('div', { class: 'summary' }, [progress, status]),
    stepList(ir.steps),
    outcome?.element,
    ...closing,
    resolution.element,
  ]);

  return {
    element,
    update(result, completed, chosen) {
      const done = new Set(completed);
      const invalidated = new Set(result.invalidated);
      const all = [...result.steps, ...Object.values(result.closing).flat()];
      for (const step of all) updateStep(steps.get(step.id), step, done.has(step.id), invalidated.has(step.id), step.id === result.progress.current);
      const { completed: count, total } = result.progress;
      setAttr(progress, 'data-progress', `${count}/${total}`);
      progressBar.max = Math.max(total, 1);
      progressBar.value = count;
      const current = result.progress.current === null ? '' : ` · current: ${titleOf(ir, result.progress.current)}`;
      setText(progressText, `${count} of ${total} steps completed${current}`);
      setAttr(status, 'data-checklist-status', result.status);
      setText(status, result.status === 'complete' ? 'Checklist complete' : 'In progress');
      outcome?.update(chosen);
      resolution.update(result);
    },
  };
}

function updateStep(view: StepView | undefined, step: StepResult, marked: boolean, invalidated: boolean, current: boolean): void {
  if (view === undefined) return;
  setAttr(view.element, 'data-status', step.status);
  setAttr(view.element, 'data-visible', String(step.visible));
  setAttr(view.element, 'data-current', String(current));
  setText(view.badge, invalidated ? 'completed, no longer ready' : (STATUS_TEXT[step.status] ?? step.status));
  setAttr(view.badge, 'data-badge', invalidated ? 'invalidated' : step.status);
  showWhy(view.why, step.visible ? undefined : step.why?.text);
  view.complete.disabled = step.status !== 'ready';
  setHidden(view.complete, marked && step.status === 'completed');
  setHidden(view.reopen, !marked);
  for (const item of step.items) updateItem(view.items.get(item.id), item);
}

function updateItem(view: ItemView | undefined, item: ItemResult): void {
  if (view === undefined) return;
  setAttr(view.element, 'data-visible', String(item.visible));
  setAttr(view.element, 'data-valid', String(item.valid));
  if (view.fieldset.disabled === item.visible) view.fieldset.disabled = !item.visible;
  showWhy(view.why, item.visible ? undefined : item.why?.text);
  const messages = item.errors.map((error) => error.message).join('\n');
  if (view.errors.getAttribute('data-shown') !== messages) {
    view.errors.setAttribute('data-shown', messages);
    view.errors.replaceChildren(...item.errors.map((error) => h('li', { 'data-error': error.code }, [error.message])));
  }
}

function showWhy(element: HTMLElement, text: string | undefined): void {
  setHidden(element, text === undefined);
  setText(element, text === undefined ? '' : `Hidden: ${text}`);
}

function titleOf(ir: ChecklistIR, stepId: string): string {
  const all = [...ir.steps, ...Object.values(ir.closing ?? {}).flat()];
  return all.find((step) => step.id === stepId)?.title ?? stepId;
}

function buildOutcome(ir: ChecklistIR, actions: ViewActions): { element: HTMLElement; update(chosen: string | null): void } | undefined {
  if (ir.outcomes === undefined || ir.outcomes.length === 0) return undefined;
  const select = h('select', { 'data-outcome': '' }, [h('option', { value: '' }, ['— no outcome yet —']), ...ir.outcomes.map((o) => h('option', { value: o.id }, [o.label]))]);
  select.addEventListener('change', () => actions.setOutcome(select.value === '' ? null : select.value));
  return {
    element: h('section', { class: 'outcome' }, [h('h2', {}, ['Outcome']), h('label', {}, ['Outcome of the case: ', select])]),
    update(chosen) {
      if (select.value !== (chosen ?? '')) select.value = chosen ?? '';
    },
  };
}

function buildResolution(): { element: HTMLElement; update(result: EvaluationResult): void } {
  const heading = h('h2', {}, ['Resolution']);
  const verdict = h('p', { class: 'verdict' });
  const blocked = h('ul', { class: 'blocked' });
  const element = h('section', { class: 'resolution', 'data-resolution': 'blocked', hidden: true }, [heading, verdict, blocked]);
  let shown = '';
  return {
    element,
    update(result) {
      const resolution = result.resolution;
      setHidden(element, resolution === null);
      if (resolution === null) return;
      const state = !resolution.allowed ? 'blocked' : resolution.qaReview ? 'qa_review' : 'allowed';
      setAttr(element, 'data-resolution', state);
      setText(verdict, state === 'allowed' ? 'The case may be resolved.' : state === 'qa_review' ? 'The case goes to QA review.' : 'The case cannot be resolved yet:');
      const key = JSON.stringify(resolution.blockedBy);
      if (key === shown) return;
      shown = key;
      blocked.replaceChildren(...resolution.blockedBy.map((b) => h('li', { 'data-blocked-by': b.id, 'data-kind': b.kind }, [`${b.kind} ${b.id}: ${b.why}`])));
    },
  };
}
