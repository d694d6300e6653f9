/**
 * Coverage per checklist (SPEC §8.2), from what the runs saw after every action. The goals are
 * fixed by the checklist alone, so the percentage means the same whatever the tests are:
 * - every `when` (of a step, closing step or item) seen true and seen false, where it is read:
 *   an item's condition only while its step is shown, a closing step's only while its outcome is set;
 * - every step and item that can be hidden (it, or its step, has a `when`, or it is a closing
 *   step) seen visible and seen hidden; one that can never be hidden has no visibility goal;
 * - every item that takes an answer seen valid while visible, and every required one seen invalid;
 * - every step completed, every outcome set, and the resolution (if any) seen allowed.
 */
import path from 'node:path';
import type { LoadedChecklist, LoadedItem, LoadedStep } from '../runtime/load.js';
import type { SessionState } from '../runtime/session.js';
import type { EvaluationResult, ItemResult, StepResult } from '../runtime/types.js';

export type GoalKind =
  | 'condition true'
  | 'condition false'
  | 'visible'
  | 'hidden'
  | 'valid'
  | 'invalid'
  | 'completed'
  | 'outcome set'
  | 'resolution allowed';

export interface Goal {
  readonly kind: GoalKind;
  /** The step, item or outcome id (the resolution's goal names its resolution item). */
  readonly id: string;
  /** Where the node is declared: `file:line` relative to the run's folder. */
  readonly where: string;
}

export interface ChecklistCoverage {
  /** The checklist file, as the test files name it (relative to the run's folder). */
  readonly file: string;
  readonly checklist: string;
  readonly covered: number;
  readonly total: number;
  /** covered / total × 100, rounded down to one decimal (100 when there is nothing to cover). */
  readonly percent: number;
  readonly uncovered: readonly Goal[];
}

export class CoverageTracker {
  private readonly goals = new Map<string, Goal>();
  private readonly seen = new Set<string>();

  constructor(
    private readonly file: string,
    private readonly checklist: LoadedChecklist,
  ) {
    const lists = [{ steps: checklist.steps, closing: false }, ...checklist.closing.map((list) => ({ steps: list.steps, closing: true }))];
    for (const { steps, closing } of lists) for (const step of steps) this.addStepGoals(step, closing);
    for (const outcome of checklist.outcomeIds) this.add('outcome set', outcome);
    if (checklist.resolutionItemId !== undefined) this.add('resolution allowed', checklist.resolutionItemId);
  }

  /** Records what one evaluation shows (`state` is the state it evaluated). */
  observe(result: EvaluationResult, state: SessionState): void {
    this.observeList(this.checklist.steps, result.steps, true);
    for (const list of this.checklist.closing) this.observeList(list.steps, result.closing[list.outcome] ?? [], list.outcome === state.outcome);
    if (state.outcome !== null) this.cover('outcome set', state.outcome);
    if (result.resolution?.allowed === true && this.checklist.resolutionItemId !== undefined) this.cover('resolution allowed', this.checklist.resolutionItemId);
  }

  report(): ChecklistCoverage {
    const uncovered = [...this.goals].filter(([key]) => !this.seen.has(key)).map(([, goal]) => goal);
    const total = this.goals.size;
    const covered = total - uncovered.length;
    const percent = total === 0 ? 100 : Math.floor((covered / total) * 1000) / 10;
    return { file: this.file, checklist: this.checklist.ir.checklist, covered, total, percent, uncovered };
  }

  private addStepGoals(step: LoadedStep, closing: boolean): void {
    const id = step.step.id;
    const stepHides = closing || step.when !== undefined;
    if (step.when) this.addBoth('condition true', 'condition false', id);
    if (stepHides) this.addBoth('visible', 'hidden', id);
    this.add('completed', id);
    for (const item of step.items) {
      if (item.when) this.addBoth('condition true', 'condition false', item.id);
      if (stepHides || item.when) this.addBoth('visible', 'hidden', item.id);
      if (item.type !== 'instructions') this.add('valid', item.id);
      if (item.type !== 'instructions' && item.required) this.add('invalid', item.id);
    }
  }

  /** `read`: whether the list's own conditions were evaluated (a closing list only while its outcome is set). */
  private observeList(loaded: readonly LoadedStep[], results: readonly StepResult[], read: boolean): void {
    loaded.forEach((step, index) => {
      const result = results[index];
      if (result === undefined) return;
      if (read && step.when) this.cover(result.visible ? 'condition true' : 'condition false', result.id);
      this.cover(result.visible ? 'visible' : 'hidden', result.id);
      if (result.status === 'completed') this.cover('completed', result.id);
      if (result.visible) step.items.forEach((item, i) => this.observeItem(item, result.items[i]));
      else for (const item of result.items) this.cover('hidden', item.id);
    });
  }

  private observeItem(loaded: LoadedItem, result: ItemResult | undefined): void {
    if (result === undefined) return;
    if (loaded.when) this.cover(result.visible ? 'condition true' : 'condition false', result.id);
    this.cover(result.visible ? 'visible' : 'hidden', result.id);
    if (result.visible) this.cover(result.valid ? 'valid' : 'invalid', result.id);
  }

  private addBoth(a: GoalKind, b: GoalKind, id: string): void {
    this.add(a, id);
    this.add(b, id);
  }

  private add(kind: GoalKind, id: string): void {
    this.goals.set(`${kind}\0${id}`, { kind, id, where: this.whereOf(id) });
  }

  /** Only goals that exist count: a node that cannot be hidden seen visible adds nothing. */
  private cover(kind: GoalKind, id: string): void {
    this.seen.add(`${kind}\0${id}`);
  }

  private whereOf(id: string): string {
    const source = this.checklist.ir.source?.[id];
    if (source === undefined) return this.file;
    return `${path.posix.join(path.posix.dirname(this.file), source.file)}:${source.line}`;
  }
}
