/**
 * The checklist as propositional logic (docs/explore.md). One variable per candidate value of
 * each path (exactly one holds), one per source test (equivalent to the candidates it accepts;
 * free on a wildcard), one per node's visibility (`S:`/`I:`), item validity (`V:`) and step
 * readiness (`R:`). The hidden-answer cascade: a test of an answer reads the answer while its
 * item is visible and "absent" otherwise.
 *
 * Scoped to a set of steps and items (`cone`), it encodes only those: their visibility, from the
 * literals their own conditions compare with. A scope closed under what its conditions read
 * decides each of its nodes' visibility exactly as the whole encoding would, in a formula whose
 * size does not grow with the checklist.
 */
import Logic, { type Formula, type Solver } from 'logic-solver';
import type { ChecklistIR, IrItem, IrStep, JsonLogic, JsonValue } from '../ir/types.js';
import type { LoadedChecklist } from '../runtime/load.js';
import { compileCondition } from '../runtime/conditions/compile.js';
import { varPaths } from '../runtime/conditions/description.js';
import { asOperation } from '../runtime/conditions/rule.js';
import { recognizeTest } from '../runtime/conditions/shapes.js';
import { checkItem, validityOf } from '../runtime/validity.js';
import { patternSample } from './pattern-sample.js';
import { declKind, domainOf, itemKind, type Domain, type Value, type ValueKind } from './domain.js';

export interface StepNode {
  readonly step: IrStep;
  /** For closing steps. */
  readonly outcome?: string;
}

export interface Encoding {
  readonly solver: Solver;
  readonly domains: ReadonlyMap<string, Domain>;
  readonly steps: readonly StepNode[];
  /** Every wildcard variable: a model that sets one is no witness. */
  readonly wildcards: readonly string[];
  /** The paths conditions read (not only validity). */
  readonly readPaths: readonly string[];
  /** The questions of the whole checklist; absent from a scoped encoding, which holds no validity. */
  readonly goals?: Goals;
  condition(rule: JsonLogic): Formula;
  valueVar(path: string, index: number): string;
}

export interface Goals {
  /** The checklist `complete` (SPEC §5 item 4) in a final state where every visible step is completed. */
  readonly completion: Formula;
  readonly resolution: Formula | undefined;
}

export const stepVar = (id: string): string => `S:${id}`;
export const itemVar = (id: string): string => `I:${id}`;
const validVar = (id: string): string => `V:${id}`;
const readyVar = (id: string): string => `R:${id}`;

/** Thrown by `encode` when its deadline passes: on a large checklist the encoding alone can outlast any budget. */
class EncodingBudgetSpent extends Error {}

/** `scope`: the ids of the steps and items to encode (closed under what their conditions read: `cone`); all when absent. */
export function encode(loaded: LoadedChecklist, deadline = Infinity, scope?: ReadonlySet<string>): Encoding {
  const ir = loaded.ir;
  const inScope = (id: string): boolean => scope === undefined || scope.has(id);
  const all = stepNodes(ir);
  const items = new Map(all.flatMap(({ step }) => step.items.map((item) => [item.id, item] as const)));
  const steps = all.filter(({ step }) => inScope(step.id));
  const itemsOf = (step: IrStep): IrItem[] => step.items.filter((item) => inScope(item.id));
  const literals = collectLiterals(ir, steps, itemsOf, scope === undefined);
  const domains = new Map<string, Domain>();
  const domainFor = (path: string): Domain => {
    let domain = domains.get(path);
    if (domain === undefined) {
      domain = buildDomain(path, kindOf(path, ir, items), literals.get(path), items);
      domains.set(path, domain);
    }
    return domain;
  };
  const solver = new Logic.Solver();
  const wildcards: string[] = [];
  const valueVar = (path: string, index: number): string => `${path}=${index}`;
  const declare = (domain: Domain): void => {
    const vars = domain.candidates.map((_, index) => valueVar(domain.path, index));
    if (domain.open) {
      vars.push(`${domain.path}=*`);
      wildcards.push(`${domain.path}=*`);
    }
    solver.require(Logic.exactlyOne(...vars));
  };
  const declared = new Set<string>();
  const ensure = (path: string): Domain => {
    const domain = domainFor(path);
    if (!declared.has(path)) {
      declared.add(path);
      declare(domain);
    }
    return domain;
  };

  /** A test of one path's raw value: a variable tied to the candidates it accepts. */
  const leaves = new Map<string, string>();
  const rawLeaf = (rule: JsonLogic, path: string): string => {
    const key = `${path}\0${JSON.stringify(rule)}`;
    const known = leaves.get(key);
    if (known !== undefined) return known;
    // Each new test costs a clause per candidate value, the bulk of the encoding: check the clock here.
    if (Date.now() > deadline) throw new EncodingBudgetSpent();
    const name = `T:${leaves.size}`;
    leaves.set(key, name);
    const holds = compileCondition(rule);
    const domain = ensure(path);
    const accepted: string[] = [];
    const rejected: string[] = [];
    domain.candidates.forEach((value, index) => (holds(dataWith(path, value)) ? accepted : rejected).push(valueVar(path, index)));
    // The test holds iff its value is one it accepts. Exactly one value holds, so one side's
    // implications and one clause say it: the smaller side (half the clauses or fewer).
    // A wildcard value leaves the test free: it is on neither side.
    const [side, test] = accepted.length <= rejected.length ? [accepted, name] : [rejected, Logic.not(name)];
    for (const value of side) solver.require(Logic.implies(value, test));
    solver.require(Logic.or(Logic.not(test), ...side, ...(domain.open ? [`${path}=*`] : [])));
    return name;
  };
  const leaf = (rule: JsonLogic, path: string): Formula => {
    const raw = rawLeaf(rule, path);
    const itemId = path.startsWith('responses.') ? path.slice('responses.'.length) : undefined;
    if (itemId === undefined || !items.has(itemId)) return raw;
    const whenAbsent = compileCondition(rule)(dataWith(path, undefined));
    return Logic.or(Logic.and(itemVar(itemId), raw), Logic.and(Logic.not(itemVar(itemId)), whenAbsent ? Logic.TRUE : Logic.FALSE));
  };
  const condition = (rule: JsonLogic): Formula => {
    const paths = varPaths(rule);
    if (paths.size === 0) return compileCondition(rule)(dataWith('', undefined)) ? Logic.TRUE : Logic.FALSE;
    const operation = asOperation(rule);
    if (recognizeTest(rule) === undefined && operation !== undefined) {
      if (operation.op === 'and') return Logic.and(...operation.args.map((arg) => condition(arg as JsonLogic)));
      if (operation.op === 'or') return Logic.or(...operation.args.map((arg) => condition(arg as JsonLogic)));
      if (operation.op === '!' && operation.args.length === 1) return Logic.not(condition(operation.args[0] as JsonLogic));
      if (operation.op === '!!' && operation.args.length === 1) return condition(operation.args[0] as JsonLogic);
    }
    // One path: a test (or any rule over one path), decided per candidate.
    if (paths.size === 1) return leaf(rule, [...paths][0]!);
    throw new Error(`a rule outside the lowering shapes: ${JSON.stringify(rule)}`);
  };

  const context = { caseData: {}, resolutionFields: ir.resolution?.fields ?? [], patterns: loaded.patterns };
  const validity = (item: IrItem): Formula => {
    if (item.type === 'instructions') return Logic.TRUE;
    const path = `responses.${item.id}`;
    const domain = ensure(path);
    const rule = validityOf(item.type);
    const valid = domain.candidates.flatMap((value, index) =>
      checkItem(item, rule, value, context).length === 0 ? [valueVar(path, index)] : [],
    );
    return Logic.or(...valid, ...(domain.open ? [`${path}=*`] : []));
  };

  for (const { step, outcome } of steps) {
    const own = step.when === undefined ? Logic.TRUE : condition(step.when);
    const chosen = outcome === undefined ? Logic.TRUE : condition({ '===': [{ var: 'outcome' }, outcome] });
    solver.require(Logic.equiv(stepVar(step.id), Logic.and(chosen, own)));
    for (const item of itemsOf(step)) {
      solver.require(Logic.equiv(itemVar(item.id), Logic.and(stepVar(step.id), item.when === undefined ? Logic.TRUE : condition(item.when))));
      if (scope === undefined) solver.require(Logic.equiv(validVar(item.id), Logic.or(Logic.not(itemVar(item.id)), validity(item))));
    }
    if (scope === undefined) solver.require(Logic.equiv(readyVar(step.id), Logic.and(...step.items.map((item) => validVar(item.id)))));
  }
  const encoding = { solver, domains, steps, wildcards, readPaths: [...literals.keys()], condition, valueVar };
  if (scope !== undefined) return encoding;
  const doneOrHidden = (node: StepNode): Formula => Logic.or(Logic.not(stepVar(node.step.id)), readyVar(node.step.id));
  const mainReady = Logic.and(...steps.filter((node) => node.outcome === undefined).map(doneOrHidden));
  const outcomes = ir.outcomes ?? [];
  const completion =
    outcomes.length === 0
      ? mainReady
      : Logic.and(mainReady, condition({ '!==': [{ var: 'outcome' }, null] }), ...steps.filter((node) => node.outcome !== undefined).map(doneOrHidden));
  const resolutionItem = loaded.resolutionItemId;
  const resolution = resolutionItem === undefined ? undefined : Logic.and(itemVar(resolutionItem), validVar(resolutionItem), mainReady);
  return { ...encoding, goals: { completion, resolution } };
}

/** Main steps, then each outcome's closing steps: document order. */
export function stepNodes(ir: ChecklistIR): StepNode[] {
  return [...ir.steps.map((step) => ({ step })), ...Object.entries(ir.closing ?? {}).flatMap(([outcome, list]) => list.map((step) => ({ step, outcome })))];
}

/** `{ case, responses, outcome, status }` with one path set (absent: nothing set). */
export function dataWith(path: string, value: Value): { case: unknown; responses: unknown; outcome: unknown; status: unknown } {
  const data: Record<string, unknown> = { case: {}, responses: {}, outcome: null, status: null };
  if (value !== undefined && path !== '') setPath(data, path.split('.'), value);
  return data as { case: unknown; responses: unknown; outcome: unknown; status: unknown };
}

export function setPath(root: Record<string, unknown>, segments: readonly string[], value: unknown): void {
  let node = root;
  segments.slice(0, -1).forEach((segment) => {
    const next = node[segment];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {};
    node = node[segment] as Record<string, unknown>;
  });
  node[segments[segments.length - 1]!] = value;
}

interface PathLiterals {
  readonly all: JsonValue[];
  readonly contained: JsonValue[];
}

/** The literals each path's tests compare with; `contains` literals apart (they make sets). */
function collectLiterals(ir: ChecklistIR, steps: readonly StepNode[], itemsOf: (step: IrStep) => readonly IrItem[], whole: boolean): Map<string, PathLiterals> {
  const found = new Map<string, PathLiterals>();
  const entry = (path: string): PathLiterals => {
    let literals = found.get(path);
    if (literals === undefined) found.set(path, (literals = { all: [], contained: [] }));
    return literals;
  };
  const visit = (rule: unknown, depth: number): void => {
    if (depth > 200) return;
    const test = recognizeTest(rule);
    if (test !== undefined) {
      const literals = entry(test.path);
      if (test.kind === 'contains') literals.contained.push(test.value);
      if ('value' in test) literals.all.push(test.value);
      if ('list' in test) literals.all.push(...test.list);
      return;
    }
    const operation = asOperation(rule);
    if (operation !== undefined) for (const arg of operation.args) visit(arg, depth + 1);
  };
  for (const { step } of steps) {
    visit(step.when, 0);
    for (const item of itemsOf(step)) {
      visit(item.when, 0);
      // Validity thresholds split values as tests do.
      if (item.type === 'date') entry(`responses.${item.id}`).all.push(...[item.min, item.max].filter((d): d is string => d !== undefined));
    }
  }
  if (whole) for (const transition of ir.lifecycle?.transitions ?? []) visit(transition.when, 0);
  return found;
}

function kindOf(path: string, ir: ChecklistIR, items: ReadonlyMap<string, IrItem>): ValueKind | undefined {
  if (path === 'outcome') return { kind: 'choice', values: (ir.outcomes ?? []).map((o) => o.id) };
  if (path === 'status') return { kind: 'choice', values: (ir.lifecycle?.statuses ?? []).map((s) => s.id) };
  if (path.startsWith('responses.')) {
    const item = items.get(path.slice('responses.'.length));
    return item === undefined ? undefined : itemKind(item, ir.resolution?.fields ?? []);
  }
  if (path.startsWith('case.')) return caseKind(ir.caseSchema, path.slice('case.'.length).split('.'));
  return undefined;
}

function caseKind(schema: JsonValue, segments: readonly string[]): ValueKind | undefined {
  let node: unknown = schema;
  for (const segment of segments) {
    const properties = (node as { properties?: Record<string, unknown> } | null)?.properties;
    node = properties !== undefined && Object.hasOwn(properties, segment) ? properties[segment] : undefined;
  }
  const leaf = node as { type?: string; format?: string; enum?: string[] } | undefined;
  switch (leaf?.type) {
    case 'string':
      if (leaf.enum !== undefined) return declKind({ type: 'choice', values: leaf.enum });
      return { kind: leaf.format === 'date' ? 'date' : 'text' };
    case 'number':
      return { kind: 'number' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'array':
      return { kind: 'list' };
    default:
      return undefined;
  }
}

function buildDomain(path: string, kind: ValueKind | undefined, literals: PathLiterals | undefined, items: ReadonlyMap<string, IrItem>): Domain {
  // An undeclared path (never in IR from the compiler): only a wildcard beside "absent".
  if (kind === undefined) return { path, candidates: [undefined], open: true };
  const item = path.startsWith('responses.') ? items.get(path.slice('responses.'.length)) : undefined;
  // A pattern's own sample, so a required patterned text has a witness.
  const sample = item?.type === 'text' && item.pattern !== undefined ? patternSample(item.pattern) : undefined;
  const domain = domainOf(path, kind, [...(literals?.all ?? []), ...(sample === undefined ? [] : [sample])], literals?.contained ?? []);
  // Validity the candidates may not decide: a pattern, a length limit.
  const undecided = item !== undefined && (item.type === 'text' || item.type === 'text_area') && (item.maxLength !== undefined || (item.type === 'text' && item.pattern !== undefined));
  return undecided ? { ...domain, open: true } : domain;
}

