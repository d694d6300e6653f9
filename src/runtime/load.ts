/**
 * Loading an IR: validate it with the precompiled schema validator (no `new Function`), check
 * every condition against the operator subset, compile each condition once, refuse duplicate ids,
 * and index steps and items in document order so evaluation is one linear pass.
 */
import type { ChecklistIR, IrItem, IrStep, JsonLogic } from '../ir/types.js';
import { checkRule, compileExplanation, Slots, type ConditionData, type Explanation } from './conditions/index.js';
import { compileCaseCheck, type CaseChecker } from './case-check.js';
import validateIr from './generated/validate-ir.js';
import { hasOwn, isObject } from './own.js';
import { jsonPointer, plainCopy } from './plain-copy.js';
import { isKnownItemType, validityOf, type ItemValidity } from './validity.js';

export type Condition = (data: ConditionData) => boolean;

/** A `when` as loaded: the rule, its compiled closure, and its `why` when false, prepared once. */
export interface LoadedCondition {
  readonly rule: JsonLogic;
  readonly holds: Condition;
  readonly explanation: Explanation;
}

/**
 * An item as evaluation reads it. `id`, `type` and `required` are copied out of the IR item, whose
 * shape varies with its type's options: every loaded item has one shape, so reading them is fast.
 */
export interface LoadedItem {
  readonly item: IrItem;
  readonly id: string;
  readonly type: IrItem['type'];
  readonly required: boolean;
  /** Its type's validity rules. */
  readonly validity: ItemValidity;
  readonly when: LoadedCondition | undefined;
  /** Where evaluation keeps this item's response: its index in the response tables (`responseSlot`). */
  readonly responseSlot: number;
}

export interface LoadedStep {
  readonly step: IrStep;
  readonly when?: LoadedCondition;
  readonly items: readonly LoadedItem[];
  /** Set on closing steps: the outcome they belong to. */
  readonly outcome?: string;
}

export interface LoadedClosingList {
  readonly outcome: string;
  /** `outcome == "<outcome>"`: what hides the list's steps while another outcome (or none) is chosen. */
  readonly chosen: LoadedCondition;
  readonly steps: readonly LoadedStep[];
}

export interface LoadedTransition {
  readonly name: string;
  readonly from: readonly string[];
  readonly to: string;
  readonly when?: LoadedCondition;
}

export interface LoadedChecklist {
  readonly ir: ChecklistIR;
  /** Main steps in document order. */
  readonly steps: readonly LoadedStep[];
  /** Closing steps per outcome, in the outcomes' declaration order. */
  readonly closing: readonly LoadedClosingList[];
  /** The runtime's checker of `caseSchema`, prepared once. */
  readonly checkCase: CaseChecker;
  readonly stepsById: ReadonlyMap<string, LoadedStep>;
  readonly itemsById: ReadonlyMap<string, { readonly item: LoadedItem; readonly step: LoadedStep }>;
  /** Numbers the case paths its conditions read and its items' responses (`responseSlot`): its own, so its tables are as long as it needs. */
  readonly slots: Slots;
  /**
   * Each item's `responseSlot` by id, `NO_RESPONSE` for instructions: what reading a state's
   * answers looks up. A prototype-less object, not a `Map`: a keyed read of it measured 1.2 µs
   * faster per 200-item evaluation than `Map.get`, and without a prototype no key is inherited.
   */
  readonly responseSlotsById: Readonly<Record<string, number>>;
  /** The item with `allowCaseResolution`, if any. */
  readonly resolutionItemId?: string;
  /** Anchored `text` patterns by item id. */
  readonly patterns: ReadonlyMap<string, RegExp>;
  readonly assign?: LoadedCondition & { readonly priority: number };
  readonly qaReview?: LoadedCondition;
  readonly transitions: ReadonlyMap<string, LoadedTransition>;
  /** The declared outcomes' ids. */
  readonly outcomeIds: readonly string[];
  /** The lifecycle's status ids; `undefined` without a lifecycle (then any status string is read). */
  readonly statusIds: readonly string[] | undefined;
}

/** In `responseSlotsById`: an item that takes no response (instructions). */
export const NO_RESPONSE = -1;

export type LoadResult = { ok: true; checklist: LoadedChecklist } | { ok: false; errors: string[] };

/**
 * Far beyond any IR the compiler emits (conditions nest at most 64 levels; an 8,000-step
 * checklist of 80,000 items is about 2,500,000 objects and lists): bounds for hostile input.
 */
const MAX_IR_DEPTH = 400;
const MAX_IR_NODES = 10_000_000;

export function loadChecklist(input: unknown): LoadResult {
  // A private copy of own data only, read once: later changes to the caller's object cannot reach
  // the loaded checklist, the validator never sees inherited properties, and no value at all (a
  // hole, a throwing getter, a proxy, a cycle, a BigInt) can make loading throw.
  const problems: string[] = [];
  const ir = plainCopy(input, (path, message) => problems.push(`${jsonPointer(path)}: ${message}`), {
    strict: true,
    maxDepth: MAX_IR_DEPTH,
    maxNodes: MAX_IR_NODES,
  });
  if (problems.length > 0) return { ok: false, errors: problems.slice(0, MAX_REPORTED) };
  if (!validateIr(ir)) {
    const errors = (validateIr.errors ?? []).map((error) => `${error.instancePath || '/'}: ${error.message ?? error.keyword}`);
    return { ok: false, errors: errors.length > 0 ? errors : ['the IR does not fit schemas/checklist-ir.schema.json'] };
  }
  if (!isObject(ir) || !Array.isArray(ir.steps)) return { ok: false, errors: ['/: the IR must be an object with steps'] };
  return new Loader(ir as unknown as ChecklistIR).load();
}

/** A hostile IR can have a million problems; the first ones say what is wrong. */
const MAX_REPORTED = 100;

class Loader {
  private readonly errors: string[] = [];
  private readonly stepsById = new Map<string, LoadedStep>();
  private readonly itemsById = new Map<string, { item: LoadedItem; step: LoadedStep }>();
  private readonly responseSlotsById = Object.create(null) as Record<string, number>;
  private readonly ids = new Set<string>();
  private readonly patterns = new Map<string, RegExp>();
  private resolutionItemId: string | undefined;
  private readonly slots = new Slots();

  constructor(private readonly ir: ChecklistIR) {}

  load(): LoadResult {
    const { ir } = this;
    const steps = ir.steps.map((step, index) => this.loadStep(step, `/steps/${index}`));
    const declaredOutcomes = new Set((ir.outcomes ?? []).map((outcome) => outcome.id));
    const closing = Object.keys(ir.closing ?? {}).map((outcome) => {
      if (!declaredOutcomes.has(outcome)) this.errors.push(`/closing/${outcome}: closing steps for an undeclared outcome`);
      const list = (ir.closing ?? {})[outcome] ?? [];
      const chosen = compiled({ '===': [{ var: 'outcome' }, outcome] }, this.slots);
      return { outcome, chosen, steps: list.map((step, index) => this.loadStep(step, `/closing/${outcome}/${index}`, outcome)) };
    });
    const assign = ir.assign && this.condition(ir.assign.when, '/assign/when');
    const qaReview = ir.qaReview && this.condition(ir.qaReview.when, '/qaReview/when');
    const transitions = this.loadTransitions();
    if (this.errors.length > 0) return { ok: false, errors: this.errors };
    return {
      ok: true,
      checklist: {
        ir,
        steps,
        closing,
        checkCase: compileCaseCheck(ir.caseSchema),
        stepsById: this.stepsById,
        itemsById: this.itemsById,
        slots: this.slots,
        responseSlotsById: this.responseSlotsById,
        ...(this.resolutionItemId !== undefined && { resolutionItemId: this.resolutionItemId }),
        patterns: this.patterns,
        ...(assign && { assign: { ...assign, priority: ir.assign?.priority ?? 0 } }),
        ...(qaReview && { qaReview }),
        transitions,
        outcomeIds: (ir.outcomes ?? []).map((outcome) => outcome.id),
        statusIds: ir.lifecycle?.statuses.map((status) => status.id),
      },
    };
  }

  private loadStep(step: IrStep, pointer: string, outcome?: string): LoadedStep {
    this.claimId(step.id, pointer);
    const items: LoadedItem[] = [];
    const loaded: LoadedStep = {
      step,
      ...this.optionalWhen(step.when, pointer),
      items,
      ...(outcome !== undefined && { outcome }),
    };
    this.stepsById.set(step.id, loaded);
    step.items.forEach((item, index) => {
      const itemPointer = `${pointer}/items/${index}`;
      const loadedItem = this.loadItem(item, itemPointer);
      items.push(loadedItem);
      this.itemsById.set(item.id, { item: loadedItem, step: loaded });
    });
    return loaded;
  }

  private loadItem(item: IrItem, pointer: string): LoadedItem {
    this.claimId(item.id, pointer);
    if (!isKnownItemType(item.type)) this.errors.push(`${pointer}/type: unknown item type ${JSON.stringify(item.type)}`);
    if (item.type === 'text' && item.pattern !== undefined) this.compilePattern(item.id, item.pattern, pointer);
    if (hasOwn(item, 'allowCaseResolution') && (item as { allowCaseResolution?: boolean }).allowCaseResolution === true) {
      if (this.resolutionItemId !== undefined) this.errors.push(`${pointer}: a second item with allowCaseResolution`);
      this.resolutionItemId = item.id;
    }
    const slot = this.slots.response(item.id);
    this.responseSlotsById[item.id] = item.type === 'instructions' ? NO_RESPONSE : slot;
    return {
      item,
      id: item.id,
      type: item.type,
      required: item.required,
      validity: validityOf(item.type),
      when: item.when === undefined ? undefined : this.condition(item.when, `${pointer}/when`),
      responseSlot: slot,
    };
  }

  private loadTransitions(): Map<string, LoadedTransition> {
    const transitions = new Map<string, LoadedTransition>();
    (this.ir.lifecycle?.transitions ?? []).forEach((transition, index) => {
      const pointer = `/lifecycle/transitions/${index}`;
      if (transitions.has(transition.name)) this.errors.push(`${pointer}: duplicate transition ${JSON.stringify(transition.name)}`);
      transitions.set(transition.name, {
        name: transition.name,
        from: transition.from,
        to: transition.to,
        ...this.optionalWhen(transition.when, pointer),
      });
    });
    return transitions;
  }

  private claimId(id: string, pointer: string): void {
    if (this.ids.has(id)) this.errors.push(`${pointer}/id: duplicate id ${JSON.stringify(id)}`);
    this.ids.add(id);
  }

  private compilePattern(id: string, pattern: string, pointer: string): void {
    try {
      this.patterns.set(id, new RegExp(`^(?:${pattern})$`, 'u'));
    } catch {
      this.errors.push(`${pointer}/pattern: not a valid regular expression`);
    }
  }

  private optionalWhen(when: JsonLogic | undefined, pointer: string): { when?: LoadedCondition } {
    if (when === undefined) return {};
    const condition = this.condition(when, `${pointer}/when`);
    return condition ? { when: condition } : {};
  }

  private condition(rule: JsonLogic, pointer: string): LoadedCondition | undefined {
    const problems = checkRule(rule);
    if (problems.length > 0) {
      this.errors.push(...problems.map((problem) => `${pointer}: ${problem}`));
      return undefined;
    }
    return compiled(rule, this.slots);
  }
}

/** A rule `checkRule` accepts, compiled. */
function compiled(rule: JsonLogic, slots: Slots): LoadedCondition {
  const explanation = compileExplanation(rule, slots);
  return { rule, holds: explanation.holds, explanation };
}

