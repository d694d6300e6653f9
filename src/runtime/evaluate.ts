/**
 * Evaluation (SPEC §5, §5.1): one pass over the steps in document order. Responses enter the
 * condition data only once their item is known to be visible and their JSON type fits, so a
 * condition that reads a hidden or wrong-typed answer sees it as absent, and that cascades.
 * Pure: the inputs are read through own properties only and never modified.
 */
import { conditionData, explain, type ConditionData } from './conditions/index.js';
import { checkCase } from './case-check.js';
import type { LoadedChecklist, LoadedCondition, LoadedStep } from './load.js';
import { emptyRecord, ownValue, setOwn, type JsonObject } from './own.js';
import { readState, type ReadState } from './state.js';
import type {
  Blocker,
  DataError,
  EvaluationResult,
  ItemResult,
  Progress,
  ResolutionResult,
  StepResult,
  StepStatus,
  Why,
} from './types.js';
import { checkItem, responseFits, type ValidityContext } from './validity.js';

export function evaluate(checklist: LoadedChecklist, caseData: unknown, state?: unknown): EvaluationResult {
  return runEvaluation(checklist, caseData, state).result;
}

export interface Evaluation {
  readonly result: EvaluationResult;
  /** What the conditions read: `{ case, responses, outcome, status }` with the checked case and the visible responses. */
  readonly data: ConditionData;
}

export function runEvaluation(checklist: LoadedChecklist, caseData: unknown, state?: unknown): Evaluation {
  const { ir } = checklist;
  const caseCheck = checkCase(ir.caseSchema, caseData);
  const dataErrors: DataError[] = caseCheck.problems.map((problem) => ({ source: 'case', ...problem }));
  const read = readState(checklist, state, dataErrors);
  const visibleResponses = emptyRecord();
  // Reads each case path once per evaluation; `visibleResponses` fills up as items turn out visible.
  const data = conditionData(caseCheck.data, visibleResponses, read.outcome, read.status);
  const context: ValidityContext = {
    caseData: caseCheck.data,
    resolutionFields: ir.resolution?.fields ?? [],
    patterns: checklist.patterns,
  };
  const walker = new StepWalker(data, visibleResponses, read, context);

  const invalidated: string[] = [];
  const steps = walker.statuses(checklist.steps.map((step) => walker.visit(step)), ir.ordering, false, invalidated);
  const mainDone = steps.every((step) => !step.visible || step.status === 'completed');
  const closing: Record<string, StepResult[]> = {};
  for (const list of checklist.closing) {
    const visited = list.steps.map((step) => walker.visit(step, list.outcome));
    setOwn(closing, list.outcome, walker.statuses(visited, ir.ordering, !mainDone, invalidated));
  }
  const chosenClosing = read.outcome === null ? [] : ((ownValue(closing, read.outcome) as StepResult[] | undefined) ?? []);
  const counted = [...steps, ...chosenClosing].filter((step) => step.visible);
  const declaresOutcomes = (ir.outcomes ?? []).length > 0;
  const outcomeDone = read.outcome !== null && chosenClosing.every((step) => !step.visible || step.status === 'completed');

  const result: EvaluationResult = {
    checklist: ir.checklist,
    version: ir.version,
    hash: ir.hash,
    status: mainDone && (!declaresOutcomes || outcomeDone) ? 'complete' : 'in_progress',
    steps,
    closing,
    progress: progressOf(counted),
    resolution: resolutionOf(checklist, steps, data),
    invalidated,
    dataErrors,
  };
  return { result, data };
}

/** A step with its visibility and items decided; its status needs its list (ordering, locks). */
interface VisitedStep {
  readonly id: string;
  readonly visible: boolean;
  readonly why: Why | undefined;
  readonly items: ItemResult[];
}

class StepWalker {
  constructor(
    private readonly data: ConditionData,
    private readonly visibleResponses: JsonObject,
    private readonly state: ReadState,
    private readonly context: ValidityContext,
  ) {}

  visit(loaded: LoadedStep, outcome?: string): VisitedStep {
    const hiddenWhy = this.stepHiddenWhy(loaded, outcome);
    const items = loaded.items.map(({ item, when }): ItemResult => {
      const why =
        hiddenWhy !== undefined
          ? { text: `its step ${loaded.step.id} is hidden: ${hiddenWhy.text}`, clause: hiddenWhy.clause, values: hiddenWhy.values }
          : this.hiddenWhy(when);
      // A hidden item never blocks its step, and its answer is not seen by later conditions.
      if (why !== undefined) {
        return { id: item.id, type: item.type, visible: false, required: item.required, valid: true, errors: [], why };
      }
      const response = ownValue(this.state.responses, item.id);
      if (responseFits(item, response)) setOwn(this.visibleResponses, item.id, response);
      const errors = checkItem(item, response, this.context);
      return { id: item.id, type: item.type, visible: true, required: item.required, valid: errors.length === 0, errors };
    });
    return { id: loaded.step.id, visible: hiddenWhy === undefined, why: hiddenWhy, items };
  }

  /** Step status, the first that applies (SPEC §5 item 3), for one list of steps. */
  statuses(visited: VisitedStep[], ordering: 'strict' | 'free', listLocked: boolean, invalidated: string[]): StepResult[] {
    let earlierIncomplete = false;
    return visited.map((step) => {
      const status = this.statusOf(step, listLocked || (ordering === 'strict' && earlierIncomplete), invalidated);
      if (step.visible && status !== 'completed') earlierIncomplete = true;
      // Literal objects, not spreads (spreading into a literal is slow in V8's hot paths), in the §5.1 key order.
      return step.why === undefined
        ? { id: step.id, visible: step.visible, status, items: step.items }
        : { id: step.id, visible: step.visible, status, why: step.why, items: step.items };
    });
  }

  private statusOf(step: VisitedStep, locked: boolean, invalidated: string[]): StepStatus {
    if (!step.visible) return 'hidden';
    if (locked) return 'locked';
    const ready = step.items.every((item) => item.valid);
    const marked = this.state.completed.has(step.id);
    if (marked && ready) return 'completed';
    if (ready) return 'ready';
    if (marked) invalidated.push(step.id);
    return 'open';
  }

  private stepHiddenWhy(loaded: LoadedStep, outcome: string | undefined): Why | undefined {
    if (outcome !== undefined && this.data.outcome !== outcome) {
      return explain({ '===': [{ var: 'outcome' }, outcome] }, this.data);
    }
    return this.hiddenWhy(loaded.when);
  }

  private hiddenWhy(when: LoadedCondition | undefined): Why | undefined {
    if (when === undefined || when.holds(this.data)) return undefined;
    return explain(when.rule, this.data);
  }
}

function progressOf(counted: StepResult[]): Progress {
  const completed = counted.filter((step) => step.status === 'completed').length;
  const current = counted.find((step) => step.status !== 'completed');
  return { completed, total: counted.length, current: current?.id ?? null, remaining: counted.length - completed };
}

function resolutionOf(checklist: LoadedChecklist, steps: StepResult[], data: ConditionData): ResolutionResult | null {
  const itemId = checklist.resolutionItemId;
  if (itemId === undefined) return null;
  const blockedBy: Blocker[] = [];
  let firstIncomplete: string | undefined;
  for (const step of steps) {
    if (!step.visible) continue;
    if (step.status === 'locked') blockedBy.push({ kind: 'step', id: step.id, why: `locked until step ${firstIncomplete} is completed` });
    if (step.status === 'open') {
      const invalid = step.items.filter((item) => !item.valid).map((item) => item.id);
      blockedBy.push({ kind: 'step', id: step.id, why: `open: ${invalid.join(', ')} not valid` });
    }
    if (step.status !== 'completed') firstIncomplete ??= step.id;
  }
  const item = steps.flatMap((step) => step.items).find((candidate) => candidate.id === itemId);
  if (item !== undefined && !item.visible) blockedBy.push({ kind: 'item', id: itemId, why: `hidden: ${item.why?.text ?? ''}` });
  else if (item !== undefined && !item.valid) {
    blockedBy.push({ kind: 'item', id: itemId, why: item.errors.map((error) => error.message).join('; ') });
  }
  return {
    allowed: blockedBy.length === 0 && item !== undefined,
    qaReview: checklist.qaReview?.holds(data) ?? false,
    blockedBy,
  };
}
