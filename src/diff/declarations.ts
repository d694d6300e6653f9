/**
 * Everything around the steps: the checklist's own fields, the data declarations (read from
 * `caseSchema`), resolution fields, outcomes, the lifecycle, `assign` and `qa_review`.
 */
import type { ChecklistIR, IrDecl, IrLifecycle, JsonLogic, JsonValue } from '../ir/types.js';
import { allSteps } from '../graph/steps.js';
import { conditionText, sameCondition } from './conditions.js';
import { change, type Change, type ChangeTarget } from './model.js';
import { sameJson } from './same.js';

export function checklistChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const changes: Change[] = [];
  const id = after.checklist;
  if (before.checklist !== after.checklist) changes.push(change({ kind: 'changed', target: 'checklist', id, detail: 'id', before: before.checklist, after: after.checklist }));
  for (const detail of ['title', 'description', 'version'] as const) {
    if (before[detail] !== after[detail]) changes.push(change({ kind: detail === 'version' ? 'changed' : 'label', target: 'checklist', id, detail, before: before[detail], after: after[detail] }));
  }
  if (before.ordering !== after.ordering) {
    // free → strict: a step completed after an open one is now locked.
    const reopens = after.ordering === 'strict' ? after.steps.slice(1).map((step) => step.id) : [];
    changes.push(change({ kind: 'changed', target: 'checklist', id, detail: 'ordering', before: before.ordering, after: after.ordering, reopens }));
  }
  changes.push(...conditionChange('assign', id, before.assign?.when, after.assign?.when));
  if (before.assign !== undefined && after.assign !== undefined && before.assign.priority !== after.assign.priority) {
    changes.push(change({ kind: 'changed', target: 'assign', id, detail: 'priority', before: before.assign.priority, after: after.assign.priority }));
  }
  changes.push(...conditionChange('qa_review', id, before.qaReview?.when, after.qaReview?.when));
  return changes;
}

/** assign and qa_review decide for new cases or at resolution; no step is undone. */
function conditionChange(target: ChangeTarget, id: string, before: JsonLogic | undefined, after: JsonLogic | undefined): Change[] {
  if (sameCondition(before, after)) return [];
  return [change({ kind: 'condition', target, id, before: conditionText(before), after: conditionText(after) })];
}

/** Declared case paths from `caseSchema`: each leaf with its schema and whether it is required. */
function dataDeclarations(schema: JsonValue): Map<string, JsonValue> {
  const found = new Map<string, JsonValue>();
  const walk = (node: JsonValue, prefix: string, depth: number): void => {
    if (depth > 64 || node === null || typeof node !== 'object' || Array.isArray(node)) return;
    const properties = node['properties'];
    const required = Array.isArray(node['required']) ? node['required'] : [];
    if (properties === null || typeof properties !== 'object' || Array.isArray(properties)) return;
    for (const [name, child] of Object.entries(properties)) {
      const path = prefix === '' ? name : `${prefix}.${name}`;
      const isObject = child !== null && typeof child === 'object' && !Array.isArray(child) && child['type'] === 'object' && 'properties' in child;
      if (isObject) walk(child, path, depth + 1);
      else found.set(path, { ...(child as Record<string, JsonValue>), required: required.includes(name) });
    }
  };
  walk(schema, '', 0);
  return found;
}

export function dataChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const changes: Change[] = [];
  const old = dataDeclarations(before.caseSchema);
  const next = dataDeclarations(after.caseSchema);
  for (const [path, schema] of old) if (!next.has(path)) changes.push(change({ kind: 'removed', target: 'data', id: path, before: schema }));
  for (const [path, schema] of next) {
    const was = old.get(path);
    if (was === undefined) changes.push(change({ kind: 'added', target: 'data', id: path, after: schema }));
    else if (!sameJson(was, schema)) {
      // A value that no longer fits its declaration is read as absent: the steps reading it may change.
      const typeChanged = !sameJson(withoutDisplay(was), withoutDisplay(schema));
      changes.push(change({ kind: 'changed', target: 'data', id: path, before: was, after: schema, reopens: typeChanged ? stepsReading(after, `case.${path}`, path) : [] }));
    }
  }
  return changes;
}

function withoutDisplay(schema: JsonValue): JsonValue {
  if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) return schema;
  const { title: _title, required: _required, ...rest } = schema;
  return rest;
}

function stepsReading(ir: ChecklistIR, dep: string, path: string): string[] {
  return allSteps(ir)
    .filter((step) =>
      [step, ...step.items].some((node) => (node.deps ?? []).includes(dep)) ||
      step.items.some((item) => item.type === 'data_compare' && item.sections.some((section) => section.fields.includes(path))),
    )
    .map((step) => step.id);
}

export function resolutionChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const old = new Map((before.resolution?.fields ?? []).map((decl) => [decl.path, decl]));
  const next = new Map((after.resolution?.fields ?? []).map((decl) => [decl.path, decl]));
  // A resolving item's findings must hold every required field: its step may no longer be ready.
  const resolving = allSteps(after)
    .filter((step) => step.items.some((item) => 'allowCaseResolution' in item && item.allowCaseResolution))
    .map((step) => step.id);
  const changes: Change[] = [];
  for (const [path, decl] of old) if (!next.has(path)) changes.push(change({ kind: 'removed', target: 'resolution', id: path, before: declJson(decl) }));
  for (const [path, decl] of next) {
    const was = old.get(path);
    if (was === undefined) changes.push(change({ kind: 'added', target: 'resolution', id: path, after: declJson(decl), reopens: decl.required ? resolving : [] }));
    else if (!sameJson(was, decl)) {
      const stricter = (decl.required && !was.required) || decl.type !== was.type || !sameJson(was.values, decl.values);
      changes.push(change({ kind: 'changed', target: 'resolution', id: path, before: declJson(was), after: declJson(decl), reopens: stricter ? resolving : [] }));
    }
  }
  return changes;
}

function declJson(decl: IrDecl): JsonValue {
  return JSON.parse(JSON.stringify(decl)) as JsonValue;
}

export function outcomeChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const old = new Map((before.outcomes ?? []).map((outcome) => [outcome.id, outcome.label]));
  const next = new Map((after.outcomes ?? []).map((outcome) => [outcome.id, outcome.label]));
  const changes: Change[] = [];
  // A case whose outcome is a removed one loses it.
  for (const [id, label] of old) if (!next.has(id)) changes.push(change({ kind: 'removed', target: 'outcome', id, before: label, drops: [id] }));
  for (const [id, label] of next) {
    const was = old.get(id);
    if (was === undefined) changes.push(change({ kind: 'added', target: 'outcome', id, after: label }));
    else if (was !== label) changes.push(change({ kind: 'label', target: 'outcome', id, before: was, after: label }));
  }
  return changes;
}

const NO_LIFECYCLE: IrLifecycle = { statuses: [], transitions: [] };

export function lifecycleChanges(before: ChecklistIR, after: ChecklistIR): Change[] {
  const old = before.lifecycle ?? NO_LIFECYCLE;
  const next = after.lifecycle ?? NO_LIFECYCLE;
  const changes: Change[] = [];
  if (old.initial !== next.initial) changes.push(change({ kind: 'changed', target: 'lifecycle', id: 'initial', before: old.initial, after: next.initial }));
  const statusJson = (status: (typeof old.statuses)[number]): JsonValue => ({ label: status.label, active: status.active, final: status.final });
  const oldStatuses = new Map(old.statuses.map((status) => [status.id, statusJson(status)]));
  const newStatuses = new Map(next.statuses.map((status) => [status.id, statusJson(status)]));
  // A case in a removed status loses it.
  for (const [id, status] of oldStatuses) if (!newStatuses.has(id)) changes.push(change({ kind: 'removed', target: 'status', id, before: status, drops: [id] }));
  for (const [id, status] of newStatuses) {
    const was = oldStatuses.get(id);
    if (was === undefined) changes.push(change({ kind: 'added', target: 'status', id, after: status }));
    else if (!sameJson(was, status)) changes.push(change({ kind: 'changed', target: 'status', id, before: was, after: status }));
  }
  const transitionJson = (transition: (typeof old.transitions)[number]): JsonValue => ({
    from: [...transition.from],
    to: transition.to,
    ...(transition.when === undefined ? {} : { when: conditionText(transition.when)! }),
  });
  const oldTransitions = new Map(old.transitions.map((transition) => [transition.name, transition]));
  const newTransitions = new Map(next.transitions.map((transition) => [transition.name, transition]));
  for (const [id, transition] of oldTransitions) if (!newTransitions.has(id)) changes.push(change({ kind: 'removed', target: 'transition', id, before: transitionJson(transition) }));
  for (const [id, transition] of newTransitions) {
    const was = oldTransitions.get(id);
    if (was === undefined) changes.push(change({ kind: 'added', target: 'transition', id, after: transitionJson(transition) }));
    else if (!sameJson(was.from, transition.from) || was.to !== transition.to || !sameCondition(was.when, transition.when)) {
      changes.push(change({ kind: 'changed', target: 'transition', id, before: transitionJson(was), after: transitionJson(transition) }));
    }
  }
  return changes;
}
