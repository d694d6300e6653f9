/**
 * Steps and items, matched by id across the whole checklist (steps and items share one
 * namespace): added, removed, moved, retyped, relabelled, made (not) required, options and
 * conditions changed. Closing steps are steps of the list `closing:<outcome>`.
 */
import type { ChecklistIR, IrItem, IrStep, JsonValue } from '../ir/types.js';
import { conditionText, direction, sameCondition } from './conditions.js';
import { change, type Change } from './model.js';
import { optionChanges } from './options.js';
import { movedIds } from './order.js';

interface PlacedStep {
  readonly step: IrStep;
  readonly list: string;
  /** The steps of its list, in order. */
  readonly siblings: readonly string[];
}

interface PlacedItem {
  readonly item: IrItem;
  readonly step: string;
}

function stepLists(ir: ChecklistIR): [string, readonly IrStep[]][] {
  return [['main', ir.steps], ...(ir.outcomes ?? []).map((outcome): [string, readonly IrStep[]] => [`closing:${outcome.id}`, ir.closing?.[outcome.id] ?? []])];
}

function placeSteps(ir: ChecklistIR): Map<string, PlacedStep> {
  const placed = new Map<string, PlacedStep>();
  for (const [list, steps] of stepLists(ir)) {
    const siblings = steps.map((step) => step.id);
    for (const step of steps) placed.set(step.id, { step, list, siblings });
  }
  return placed;
}

function placeItems(ir: ChecklistIR): Map<string, PlacedItem> {
  const placed = new Map<string, PlacedItem>();
  for (const [, steps] of stepLists(ir)) for (const step of steps) for (const item of step.items) placed.set(item.id, { item, step: step.id });
  return placed;
}

const answerable = (item: IrItem): boolean => item.type !== 'instructions';
const answerableIds = (step: IrStep): string[] => step.items.filter(answerable).map((item) => item.id);

/** Under strict ordering, the steps after `id` in its list wait for it. */
function lockedBehind(ir: ChecklistIR, placed: PlacedStep): string[] {
  if (ir.ordering !== 'strict') return [];
  return placed.siblings.slice(placed.siblings.indexOf(placed.step.id) + 1);
}

export function stepChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const oldSteps = placeSteps(before);
  const newSteps = placeSteps(after);
  const changes: Change[] = [];
  for (const [id, { step }] of oldSteps) {
    if (!newSteps.has(id)) changes.push(change({ kind: 'removed', target: 'step', id, before: step.title, drops: answerableIds(step) }));
  }
  const moved = new Set<string>();
  for (const [list] of stepLists(after)) {
    const ids = (placed: Map<string, PlacedStep>) => [...placed.values()].filter((entry) => entry.list === list).map((entry) => entry.step.id);
    for (const id of movedIds(ids(oldSteps), ids(newSteps))) moved.add(id);
  }
  for (const [id, placed] of newSteps) {
    const old = oldSteps.get(id);
    if (old === undefined) {
      changes.push(change({ kind: 'added', target: 'step', id, after: placed.step.title, reopens: [id, ...lockedBehind(after, placed)] }));
      continue;
    }
    if (old.list !== placed.list || moved.has(id)) {
      const position = (entry: PlacedStep): string => `${entry.list} #${entry.siblings.indexOf(id) + 1}`;
      changes.push(change({ kind: 'moved', target: 'step', id, before: position(old), after: position(placed), reopens: lockedBehind(after, placed) }));
    }
    changes.push(...stepOwnChanges(old.step, placed.step));
  }
  return changes;
}

function stepOwnChanges(old: IrStep, next: IrStep): Change[] {
  const changes: Change[] = [];
  const id = next.id;
  if (old.title !== next.title) changes.push(change({ kind: 'label', target: 'step', id, detail: 'title', before: old.title, after: next.title }));
  if (old.description !== next.description) {
    changes.push(change({ kind: 'label', target: 'step', id, detail: 'description', before: old.description, after: next.description }));
  }
  if (!sameCondition(old.when, next.when)) {
    const way = direction(old.when, next.when);
    const hides = way === 'added' || way === 'tightened' || way === 'changed';
    const shows = way === 'removed' || way === 'loosened' || way === 'changed';
    changes.push(change({ kind: 'condition', target: 'step', id, detail: way, before: conditionText(old.when), after: conditionText(next.when), drops: hides ? answerableIds(next) : [], reopens: shows ? [id] : [] }));
  }
  return changes;
}

export function itemChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const oldItems = placeItems(before);
  const newItems = placeItems(after);
  const changes: Change[] = [];
  for (const [id, { item }] of oldItems) {
    if (!newItems.has(id)) changes.push(change({ kind: 'removed', target: 'item', id, before: describe(item), drops: answerable(item) ? [id] : [] }));
  }
  const reordered = reorderedInStep(before, after, oldItems, newItems);
  for (const [id, placed] of newItems) {
    const old = oldItems.get(id);
    const { item, step } = placed;
    const reopensIfRequired = item.required ? [step] : [];
    if (old === undefined) {
      changes.push(change({ kind: 'added', target: 'item', id, after: describe(item), reopens: reopensIfRequired }));
      continue;
    }
    if (old.step !== step) changes.push(change({ kind: 'moved', target: 'item', id, before: old.step, after: step, reopens: reopensIfRequired }));
    else if (reordered.has(id)) changes.push(change({ kind: 'moved', target: 'item', id, detail: 'position', before: step, after: step }));
    if (old.item.type !== item.type) {
      changes.push(change({ kind: 'retyped', target: 'item', id, before: old.item.type, after: item.type, drops: answerable(old.item) ? [id] : [], reopens: reopensIfRequired }));
      continue;
    }
    changes.push(...itemOwnChanges(old.item, item, step));
  }
  return changes;
}

function itemOwnChanges(old: IrItem, next: IrItem, step: string): Change[] {
  const changes: Change[] = [];
  const id = next.id;
  const text = (item: IrItem): string => (item.type === 'instructions' ? item.text : item.label);
  if (text(old) !== text(next)) changes.push(change({ kind: 'label', target: 'item', id, before: text(old), after: text(next) }));
  if (old.required !== next.required) {
    changes.push(change({ kind: 'required', target: 'item', id, before: old.required, after: next.required, reopens: next.required ? [step] : [] }));
  }
  for (const option of optionChanges(old, next)) {
    const drops = option.effect === 'drops' ? [id] : [];
    const reopens = option.effect === 'safe' ? [] : [step];
    changes.push(change({ kind: 'option', target: 'item', id, detail: option.option, before: option.before, after: option.after, drops, reopens }));
  }
  if (!sameCondition(old.when, next.when)) {
    const way = direction(old.when, next.when);
    const hides = way === 'added' || way === 'tightened' || way === 'changed';
    const shows = next.required && (way === 'removed' || way === 'loosened' || way === 'changed');
    const drops = hides && answerable(next) ? [id] : [];
    changes.push(change({ kind: 'condition', target: 'item', id, detail: way, before: conditionText(old.when), after: conditionText(next.when), drops, reopens: shows ? [step] : [] }));
  }
  return changes;
}

function reorderedInStep(before: ChecklistIR, after: ChecklistIR, oldItems: Map<string, PlacedItem>, newItems: Map<string, PlacedItem>): Set<string> {
  const oldOrder = new Map<string, string[]>();
  for (const [, steps] of stepLists(before)) for (const step of steps) oldOrder.set(step.id, step.items.map((item) => item.id));
  const reordered = new Set<string>();
  for (const [, steps] of stepLists(after)) {
    for (const step of steps) {
      const stays = (id: string) => oldItems.get(id)?.step === step.id && newItems.get(id)?.step === step.id;
      const was = (oldOrder.get(step.id) ?? []).filter(stays);
      for (const id of movedIds(was, step.items.map((item) => item.id).filter(stays))) reordered.add(id);
    }
  }
  return reordered;
}

function describe(item: IrItem): JsonValue {
  return { type: item.type, ...(item.type === 'instructions' ? {} : { label: item.label }), required: item.required };
}
