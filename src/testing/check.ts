/**
 * The semantic check of a read test file against the checklist it tests: every id it names must
 * exist (CW011, with "did you mean"), every status, error code and refusal code must be one the
 * runtime can give (CW014). A test that passes these checks can only fail by what the runtime does.
 */
import { didYouMean } from '../check/suggest.js';
import { diag, hint, type Diagnostic, type MessageArgs } from '../diagnostics/diagnostic.js';
import { Diagnostics, Hints } from '../diagnostics/messages.js';
import type { MessageDef } from '../diagnostics/template.js';
import type { Span } from '../language/span.js';
import type { LoadedChecklist } from '../runtime/load.js';
import type { Action, Expectation, TestCase, TestFile } from './model.js';
import { CHECKLIST_STATUS_NAMES, ITEM_ERROR_CODES, SESSION_ERROR_CODES, STEP_STATUS_NAMES } from './vocabulary.js';

export function checkTestFile(testFile: TestFile, checklist: LoadedChecklist): Diagnostic[] {
  const checker = new Checker(testFile.file, checklist);
  for (const test of testFile.tests) checker.test(test);
  return checker.diagnostics;
}

class Checker {
  readonly diagnostics: Diagnostic[] = [];
  private readonly steps: readonly string[];
  private readonly items: readonly string[];
  private readonly nodes: readonly string[];

  constructor(
    private readonly file: string,
    private readonly checklist: LoadedChecklist,
  ) {
    this.steps = [...checklist.stepsById.keys()];
    this.items = [...checklist.itemsById.keys()];
    this.nodes = [...this.steps, ...this.items];
  }

  test(test: TestCase): void {
    const state = test.state?.value;
    for (const { id } of state?.responses ?? []) this.known(id.value, id.span, this.items, 'item');
    for (const id of state?.completed ?? []) this.known(id.value, id.span, this.steps, 'step');
    if (state?.outcome?.value != null) this.outcome(state.outcome.value, state.outcome.span);
    if (state?.status !== undefined) this.status(state.status.value, state.status.span);
    for (const step of test.steps) {
      if (step.action) this.action(step.action);
      for (const expectation of step.expect) this.expectation(expectation);
    }
  }

  private action({ value: action }: Action): void {
    switch (action.kind) {
      case 'answer':
        for (const { id } of action.answers) this.known(id.value, id.span, this.items, 'item');
        return;
      case 'complete':
      case 'reopen':
        this.known(action.step.value, action.step.span, this.steps, 'step');
        return;
      case 'outcome':
        if (action.outcome.value !== null) this.outcome(action.outcome.value, action.outcome.span);
        return;
      case 'transition':
        this.known(action.name.value, action.name.span, [...this.checklist.transitions.keys()], 'transition');
        return;
    }
  }

  private expectation(e: Expectation): void {
    switch (e.kind) {
      case 'visible':
      case 'hidden':
      case 'why':
        this.known(e.id, e.span, this.nodes, 'step or item');
        return;
      case 'valid':
        this.known(e.id, e.span, this.items, 'item');
        return;
      case 'invalid':
        this.known(e.id, e.span, this.items, 'item');
        for (const code of e.codes) this.among(code, e.span, ITEM_ERROR_CODES, 'an item error code');
        return;
      case 'status':
        this.known(e.id, e.span, this.steps, 'step');
        this.among(e.status, e.span, STEP_STATUS_NAMES, 'a step status');
        return;
      case 'checklist':
        this.among(e.status, e.span, CHECKLIST_STATUS_NAMES, 'a checklist status');
        return;
      case 'refused':
        this.among(e.code, e.span, SESSION_ERROR_CODES, 'a session error code');
        return;
      case 'progress':
        if (typeof e.progress.current === 'string') this.known(e.progress.current, e.span, this.steps, 'step');
        return;
      case 'resolution':
        if (this.checklist.resolutionItemId === undefined) {
          this.report(Diagnostics.NoResolutionItem, e.span);
        }
        for (const id of e.resolution.blockedBy ?? []) this.known(id, e.span, this.nodes, 'step or item');
    }
  }

  private outcome(id: string, span: Span): void {
    this.known(id, span, this.checklist.outcomeIds, 'outcome');
  }

  private status(id: string, span: Span): void {
    const declared = this.checklist.statusIds;
    if (declared === undefined) this.report(Diagnostics.NoLifecycle, span, [quote(id)]);
    else this.known(id, span, declared, 'status');
  }

  private known(id: string, span: Span, candidates: readonly string[], what: string): void {
    if (candidates.includes(id)) return;
    const none = candidates.length === 0 ? hint(Hints.NoneDeclared, [what === 'step or item' ? 'steps' : `${what}s`]) : undefined;
    this.report(Diagnostics.UnknownInChecklist, span, [what, quote(id), quote(this.checklist.ir.checklist)], none ?? didYouMean(id, candidates));
  }

  private among(value: string, span: Span, allowed: readonly string[], what: string): void {
    if (allowed.includes(value)) return;
    this.report(Diagnostics.NotAmong, span, [quote(value), what], didYouMean(value, allowed) ?? hint(Hints.OneOf, [allowed.map(quote).join(', ')]));
  }

  private report<M extends MessageDef>(entry: M, span: Span, ...rest: NoInfer<MessageArgs<M>>): void {
    this.diagnostics.push(diag(entry, this.file, span, ...rest));
  }
}

function quote(text: string): string {
  return `\`${text}\``;
}
