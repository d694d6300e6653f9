/**
 * The checked model → the IR (SPEC §4, docs/ir.md). The emitter translates what the checker
 * approved and decides nothing; anything it cannot translate is a compiler bug (CW900).
 * Keys are written in the order src/ir/types.ts declares them, a node's own keys first and its
 * `when`/`whenMode`/`deps` after them (before a step's `items`), so the bytes are deterministic.
 */
import type { Lifecycle, Step } from '../language/ast.js';
import type { CheckedChecklist } from '../check/model.js';
import type { ChecklistIR, IrLifecycle, IrStep } from '../ir/types.js';
import { internalError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { caseSchema } from './case-schema.js';
import { isRead, readCasePaths } from './read-paths.js';
import { conditional } from './conditional.js';
import { irDecl } from './decl.js';
import { irItem } from './items.js';
import { lowerCondition } from './lower.js';
import { irHash } from './hash.js';
import { sourceMap } from './source-map.js';
import { validateIr } from './validate.js';

export interface EmitResult {
  readonly ir?: ChecklistIR;
  readonly diagnostics: Diagnostic[];
}

export function emit(model: CheckedChecklist): EmitResult {
  try {
    const ir = buildIr(model);
    const diagnostics = validateIr(ir, model.file, model.checklist.id.span);
    return diagnostics.length === 0 ? { ir, diagnostics } : { diagnostics };
  } catch (error) {
    return { diagnostics: [internalError(model.file, 'the emitter', error, model.checklist.id.span)] };
  }
}

function buildIr(model: CheckedChecklist): ChecklistIR {
  const checklist = model.checklist;
  const { resolution, qaReview, assign, lifecycle } = checklist;
  const body = {
    irVersion: 1 as const,
    checklist: checklist.id.text,
    title: checklist.title.value,
    ...(checklist.description === undefined ? {} : { description: checklist.description.value }),
    version: checklist.version?.value ?? 1,
    hash: '',
    ordering: checklist.ordering?.value ?? 'strict',
    caseSchema: {} as ReturnType<typeof caseSchema>,
    steps: irSteps(checklist.steps, model),
    ...(checklist.outcomes.length === 0
      ? {}
      : { outcomes: checklist.outcomes.map((outcome) => ({ id: outcome.id.text, label: outcome.label.value })) }),
    ...(checklist.closing.length === 0 ? {} : { closing: closingSteps(model) }),
    ...(resolution.length === 0 && checklist.resolutionSpan === undefined
      ? {}
      : { resolution: { fields: resolution.map(irDecl) } }),
    ...(qaReview === undefined ? {} : { qaReview: lowerCondition(qaReview, model) }),
    ...(assign === undefined ? {} : { assign: { ...lowerCondition(assign.when, model), priority: assign.priority?.value ?? 0 } }),
    ...(lifecycle === undefined ? {} : { lifecycle: irLifecycle(lifecycle, model) }),
  };
  // Imported dictionaries are shared across domains: only the entries this checklist reads belong
  // in its case schema (docs/language.md "Dictionaries"); its own file's declarations all do.
  const reads = readCasePaths(body);
  body.caseSchema = caseSchema(model.caseDecls.filter(({ decl, file }) => file === model.file || isRead(decl.path.text, reads)));
  body.hash = irHash(body);
  return { ...body, source: sourceMap(model) };
}

function irSteps(steps: readonly Step[], model: CheckedChecklist): IrStep[] {
  return steps.map((step) => ({
    id: step.id.text,
    title: step.title.value,
    ...(step.description === undefined ? {} : { description: step.description.value }),
    ...(step.sensitive === true ? { sensitive: true } : {}),
    ...conditional(step.when, model),
    items: step.items.map((item) => irItem(item, model)),
  }));
}

/** Keyed by outcome id in declaration order; two blocks for one outcome keep both, in order. */
function closingSteps(model: CheckedChecklist): Record<string, IrStep[]> {
  const byOutcome = new Map<string, IrStep[]>();
  for (const closing of model.checklist.closing) {
    const steps = irSteps(closing.steps, model);
    byOutcome.set(closing.outcome.text, [...(byOutcome.get(closing.outcome.text) ?? []), ...steps]);
  }
  // fromEntries defines own properties, so even an odd outcome id cannot reach a prototype.
  return Object.fromEntries(byOutcome);
}

function irLifecycle(lifecycle: Lifecycle, model: CheckedChecklist): IrLifecycle {
  return {
    ...(lifecycle.initial === undefined ? {} : { initial: lifecycle.initial.text }),
    statuses: lifecycle.statuses.map((status) => ({
      id: status.id.text,
      label: status.label.value,
      active: status.active,
      final: status.final,
    })),
    transitions: lifecycle.transitions.map((transition) => ({
      name: transition.name.text,
      from: transition.from.map((from) => from.text),
      to: transition.to.text,
      ...conditional(transition.when, model),
    })),
  };
}
