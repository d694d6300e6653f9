/**
 * `explore` (SPEC §8.3): for every step, item, closing step, outcome, transition, the checklist's
 * completion and the resolution, whether it can happen, each "yes" with a witness the runtime
 * confirmed. A question is asked of the SAT encoding; a model becomes a witness script that is
 * replayed through a session, and every fact the replay shows answers its question too (so a few
 * witnesses answer most questions). UNSAT is "no" (the value classes cover every value, or a
 * wildcard stood in); a model the replay does not confirm, or the budget running out, is "unknown".
 */
import Logic, { type Formula, type Solution } from 'logic-solver';
import type { ChecklistIR, JsonValue } from '../ir/types.js';
import { loadChecklist, type LoadedChecklist } from '../runtime/load.js';
import { renderCondition } from '../runtime/conditions/render.js';
import { asOperation } from '../runtime/conditions/rule.js';
import { chunksOf } from './cone.js';
import { encode, itemVar, setPath, stepNodes, stepVar, type Encoding, type Goals } from './encode.js';
import { replay, visibilityOf, type Expect, type Script, type WitnessTest } from './witness.js';

export type Answer = 'yes' | 'no' | 'unknown';

export interface NodeAnswer {
  readonly kind: 'step' | 'item' | 'closing_step' | 'closing_item';
  readonly id: string;
  /** The outcome a closing step or item belongs to. */
  readonly outcome?: string;
  readonly step?: string;
  visible: Answer;
  hidden: Answer;
  /** Names of the witness tests. */
  readonly witness: { visible?: string; hidden?: string };
  /** For a node never visible: what rules it out (source text). */
  clause?: string;
}

export interface GoalAnswer {
  readonly id: string;
  answer: Answer;
  witness?: string;
}

export interface ExploreReport {
  readonly checklist: string;
  readonly nodes: NodeAnswer[];
  /** Per outcome: can the checklist be completed with it. */
  readonly outcomes: GoalAnswer[];
  readonly transitions: GoalAnswer[];
  readonly completion: GoalAnswer;
  /** `null` without a resolution item. */
  readonly resolution: GoalAnswer | null;
  readonly witnesses: WitnessTest[];
  /** True when the budget ran out before every question was asked. */
  budgetExceeded: boolean;
}

export interface ExploreOptions {
  /**
   * Milliseconds; questions not asked by then are `unknown`. Default 10 000. A clock makes the
   * answers depend on the machine: lint leaves it out (`Infinity`) and bounds the work instead.
   */
  readonly budgetMs?: number;
  /** SAT solver calls; questions not asked within them are `unknown`. Deterministic. Default: no limit. */
  readonly maxSolverCalls?: number;
  /** A checklist with more steps (main and closing) than this is not encoded: every answer `unknown`. Default 20 000. */
  readonly maxSteps?: number;
  /**
   * The most steps and items one encoding holds. A checklist up to this size is encoded whole,
   * once; a larger one is asked chunk by chunk of consecutive steps, each encoded with only its
   * cone of influence (cone.ts), so the visibility questions cost time linear in the checklist;
   * the completion, resolution, outcome and transition questions, which need the whole, are then
   * asked last, of the whole encoding, while the budget lasts. Default 600 (measured: bench/explore.bench.mjs).
   */
  readonly chunkNodes?: number;
}

export type ExploreResult = { ok: true; report: ExploreReport } | { ok: false; errors: string[] };

/** Never throws: an IR that does not load is an error value; anything the analysis cannot do is `unknown`. */
export function explore(ir: ChecklistIR, options: ExploreOptions = {}): ExploreResult {
  const loaded = loadChecklist(ir);
  if (!loaded.ok) return { ok: false, errors: loaded.errors };
  const report = emptyReport(loaded.checklist);
  const steps = report.nodes.filter((node) => node.kind === 'step' || node.kind === 'closing_step').length;
  if (steps > (options.maxSteps ?? 20_000)) {
    report.budgetExceeded = true;
    return { ok: true, report };
  }
  const limits = { deadline: Date.now() + (options.budgetMs ?? 10_000), solverCalls: options.maxSolverCalls ?? Infinity };
  const explorer = new Explorer(loaded.checklist, report, limits);
  // logic-solver type-checks every formula it is given (a quarter of the encoding's time): ours are built well-typed.
  Logic.disablingAssertions(() => {
    const chunkNodes = options.chunkNodes ?? 600;
    if (report.nodes.length <= chunkNodes) return explorer.round(undefined, explorer.questions);
    for (const chunk of chunksOf(loaded.checklist.ir, chunkNodes)) {
      const targets = new Set(chunk.targets);
      explorer.round(chunk.scope, explorer.questions.filter((question) => question.node !== undefined && targets.has(question.node)));
    }
    explorer.round(undefined, explorer.questions.filter((question) => question.node === undefined));
  });
  return { ok: true, report };
}

function emptyReport(loaded: LoadedChecklist): ExploreReport {
  const ir = loaded.ir;
  const nodes: NodeAnswer[] = [];
  const add = (kind: NodeAnswer['kind'], id: string, extra: { outcome?: string; step?: string }): void => {
    nodes.push({ kind, id, ...extra, visible: 'unknown', hidden: 'unknown', witness: {} });
  };
  for (const step of ir.steps) {
    add('step', step.id, {});
    for (const item of step.items) add('item', item.id, { step: step.id });
  }
  for (const [outcome, list] of Object.entries(ir.closing ?? {})) {
    for (const step of list) {
      add('closing_step', step.id, { outcome });
      for (const item of step.items) add('closing_item', item.id, { outcome, step: step.id });
    }
  }
  return {
    checklist: ir.checklist,
    nodes,
    outcomes: (ir.outcomes ?? []).map((outcome) => ({ id: outcome.id, answer: 'unknown' })),
    transitions: (ir.lifecycle?.transitions ?? []).map((t) => ({ id: t.name, answer: 'unknown' })),
    completion: { id: 'completion', answer: 'unknown' },
    resolution: loaded.resolutionItemId === undefined ? null : { id: loaded.resolutionItemId, answer: 'unknown' },
    witnesses: [],
    budgetExceeded: false,
  };
}

interface Question {
  /** What its witness is named after. */
  readonly label: string;
  /** The step or item it asks about; undefined for the questions of the whole checklist. */
  readonly node?: string;
  /** What it asks of an encoding; undefined when that encoding cannot say (a scoped one, of the whole). */
  readonly formula: (encoding: Encoding) => Formula | undefined;
  /** Does the replay show it. */
  readonly confirmed: (facts: Facts) => boolean;
  readonly unanswered: () => boolean;
  readonly answer: (answer: Answer, witness?: string) => void;
  readonly complete: boolean;
  readonly transition?: string;
  /** Adds what it proves to a witness's `expect`. */
  readonly expect: (expect: Expect) => void;
}

interface Facts {
  readonly shown: Map<string, boolean>;
  readonly complete: boolean;
  readonly allowed: boolean;
  readonly fired: ReadonlySet<string>;
  readonly outcome?: string;
}

/** Visibility questions asked together (`settle`); measured on bench/generate.mjs checklists. */
const BATCH = 32;

/**
 * The most steps and items one encoding holds: beyond it MiniSat's fixed 64 MB runs out on
 * bench/generate.mjs checklists (5,500 fit). A chunk holds fewer; the whole checklist, for the
 * completion, resolution, outcome and transition questions, may not: those are then unknown.
 */
const MAX_ENCODED = 6_000;

interface Limits {
  readonly deadline: number;
  readonly solverCalls: number;
}

/**
 * The questions and their answers, asked round by round: a round is one encoding (the whole
 * checklist, or a chunk's cone) and the open questions it can answer. A witness of any round is
 * replayed on the whole checklist, so it answers every question its replay shows, in any round.
 */
class Explorer {
  readonly questions: Question[] = [];
  private solverCalls = 0;
  /** The current round's encoding. */
  private encoding!: Encoding;
  /** The paths some condition of the current encoding reads. */
  private read: ReadonlySet<string> = new Set();

  constructor(
    private readonly loaded: LoadedChecklist,
    private readonly report: ExploreReport,
    private readonly limits: Limits,
  ) {
    this.collectQuestions();
  }

  /** Encodes `scope` (all when undefined) and asks it the open ones of `questions`. */
  round(scope: ReadonlySet<string> | undefined, questions: readonly Question[]): void {
    if (!questions.some((question) => question.unanswered())) return;
    if (this.spent() || (scope?.size ?? this.report.nodes.length) > MAX_ENCODED) {
      this.report.budgetExceeded = true;
      return;
    }
    // MiniSat (compiled to asm.js, 64 MB it cannot grow) reports running out of memory on
    // console.log before it throws: that must not reach a command's output (`--format json`).
    const log = console.log;
    console.log = () => undefined;
    try {
      this.encoding = encode(this.loaded, this.limits.deadline, scope);
      this.read = new Set(this.encoding.readPaths);
      this.ask(questions);
    } catch {
      // The deadline passed while encoding, the solver ran out of its memory, or a rule the
      // encoding does not know: this round proves nothing, its open questions stay unknown.
      this.report.budgetExceeded = true;
    } finally {
      console.log = log;
    }
  }

  private ask(questions: readonly Question[]): void {
    // Visibility questions first in batches: one model that shows many nodes at once answers
    // them all with one solver call and one witness (the witnesses, not the questions, cost).
    const visibility = questions.filter((question) => !question.complete && question.transition === undefined);
    for (let start = 0; start < visibility.length; start += BATCH) this.settle(visibility.slice(start, start + BATCH));
    for (const question of questions) {
      if (!question.unanswered()) continue;
      if (this.spent()) {
        this.report.budgetExceeded = true;
        return;
      }
      this.askOne(question);
    }
    this.explainNever(new Set(questions.flatMap((question) => (question.node === undefined ? [] : [question.node]))));
  }

  /** The budget: a deadline (interactive `explore`) and a count of solver calls (deterministic, for lint). */
  private spent(): boolean {
    return this.solverCalls >= this.limits.solverCalls || Date.now() > this.limits.deadline;
  }

  private solve(formula: Formula): Solution | null {
    this.solverCalls++;
    return this.encoding.solver.solveAssuming(formula);
  }

  /**
   * Asks the open questions of `batch` together; what one model does not answer is split in
   * halves and asked again, down to pairs. A single question is left to `ask`, which alone says
   * "no" or "unknown" (a conjunction being unsatisfiable proves nothing of its parts).
   */
  private settle(batch: readonly Question[]): void {
    const open = batch.filter((question) => question.unanswered());
    if (open.length < 2 || this.spent()) return;
    const all = Logic.and(...open.map((question) => this.formulaOf(question)));
    const any = this.solve(all);
    const model = any === null ? null : this.concrete(any, all);
    if (model !== null) this.witness(model, open[0]!);
    const left = open.filter((question) => question.unanswered());
    const half = Math.ceil(left.length / 2);
    this.settle(left.slice(0, half));
    this.settle(left.slice(half));
  }

  /** `solution` of `formula`, or one that needs no wildcard, or null: a wildcard's model is no witness. */
  private concrete(solution: Solution, formula: Formula): Solution | null {
    const { wildcards } = this.encoding;
    return usesWildcard(solution, wildcards) ? this.solve(Logic.and(formula, ...wildcards.map((w) => Logic.not(w)))) : solution;
  }

  /** A question the current encoding cannot say is asked of it as FALSE: unsatisfiable, so never "no" (see askOne). */
  private formulaOf(question: Question): Formula {
    return question.formula(this.encoding) ?? Logic.FALSE;
  }

  private askOne(question: Question): void {
    const formula = question.formula(this.encoding);
    if (formula === undefined) return;
    const any = this.solve(formula);
    if (any === null) return question.answer('no');
    const concrete = this.concrete(any, formula);
    if (concrete === null) return question.answer('unknown');
    this.witness(concrete, question);
    if (question.unanswered()) question.answer('unknown');
  }

  /** Replays a model; every open question its replay confirms is answered "yes" by it. */
  private witness(solution: Solution, target: Question): void {
    const script = this.scriptOf(solution, target);
    const replayed = replay(this.loaded, script);
    const facts: Facts = {
      shown: visibilityOf(replayed.result),
      complete: replayed.result.status === 'complete',
      allowed: replayed.result.resolution?.allowed ?? false,
      fired: replayed.fired,
      ...(script.outcome === undefined ? {} : { outcome: script.outcome }),
    };
    const name = `${this.report.witnesses.length + 1}: ${target.label}`;
    const expect: Expect = {};
    let proves = false;
    for (const question of this.questions) {
      if (question.unanswered() && question.confirmed(facts)) {
        question.answer('yes', name);
        question.expect(expect);
        proves = true;
      }
    }
    if (!proves) return;
    for (const key of ['visible', 'hidden'] as const) if (expect[key] !== undefined) expect[key] = [...new Set(expect[key])];
    this.report.witnesses.push({ name, case: script.caseData, steps: [...replayed.steps, { expect }] });
  }

  private scriptOf(solution: Solution, question: Question): Script {
    const trueVars = new Set(solution.getTrueVars());
    const valueOf = (path: string): JsonValue | undefined => {
      const domain = this.encoding.domains.get(path);
      const index = domain?.candidates.findIndex((_, k) => trueVars.has(this.encoding.valueVar(path, k))) ?? -1;
      return index < 0 ? undefined : domain!.candidates[index];
    };
    const caseData: Record<string, unknown> = {};
    for (const path of this.encoding.domains.keys()) {
      const value = path.startsWith('case.') ? valueOf(path) : undefined;
      if (value !== undefined) setPath(caseData, path.slice('case.'.length).split('.'), value);
    }
    const answers: [string, JsonValue][] = [];
    for (const { step } of this.encoding.steps) {
      for (const item of step.items) {
        const value = valueOf(`responses.${item.id}`);
        // Visibility reads only the answers conditions test; completion needs every answer.
        const needed = question.complete || this.read.has(`responses.${item.id}`);
        if (value !== undefined && needed && trueVars.has(itemVar(item.id))) answers.push([item.id, value]);
      }
    }
    const outcome = valueOf('outcome');
    const status = valueOf('status');
    const transitions = [...pathTo(this.loaded.ir, typeof status === 'string' ? status : undefined), ...(question.transition === undefined ? [] : [question.transition])];
    return { caseData, ...(typeof outcome === 'string' ? { outcome } : {}), answers, transitions, complete: question.complete };
  }

  private collectQuestions(): void {
    const { report } = this;
    const visibility = (node: NodeAnswer, shown: boolean): Question => ({
      label: `${node.id} ${shown ? 'visible' : 'hidden'}`,
      node: node.id,
      formula: () => (shown ? nodeVar(node) : Logic.not(nodeVar(node))),
      confirmed: (facts) => facts.shown.get(node.id) === shown,
      unanswered: () => (shown ? node.visible : node.hidden) === 'unknown',
      answer: (answer, witness) => {
        if (shown) node.visible = answer;
        else node.hidden = answer;
        if (witness !== undefined) node.witness[shown ? 'visible' : 'hidden'] = witness;
      },
      complete: false,
      expect: (expect) => {
        const key = shown ? 'visible' : 'hidden';
        (expect[key] ??= []).push(node.id);
      },
    });
    const goal = (label: string, answer: GoalAnswer, formula: (goals: Goals, encoding: Encoding) => Formula | undefined, confirmed: (facts: Facts) => boolean, extra: Partial<Question> = {}): Question => ({
      label,
      formula: (encoding) => (encoding.goals === undefined ? undefined : formula(encoding.goals, encoding)),
      confirmed,
      unanswered: () => answer.answer === 'unknown',
      answer: (value, witness) => {
        answer.answer = value;
        if (witness !== undefined) answer.witness = witness;
      },
      complete: true,
      expect: (expect) => (expect.checklist = 'complete'),
      ...extra,
    });
    for (const node of report.nodes) this.questions.push(visibility(node, true));
    for (const node of report.nodes) this.questions.push(visibility(node, false));
    const conditional = new Set(stepNodes(this.loaded.ir).flatMap(({ step }) => [step, ...step.items]).filter((node) => node.when !== undefined).map((node) => node.id));
    for (const node of report.nodes) {
      if (conditional.has(node.id)) this.questions.push(...this.conditionFalse(node));
    }
    this.questions.push(goal('checklist completed', report.completion, (goals) => goals.completion, (facts) => facts.complete));
    for (const outcome of report.outcomes) {
      const chosen = (goals: Goals, encoding: Encoding): Formula => Logic.and(goals.completion, encoding.condition({ '===': [{ var: 'outcome' }, outcome.id] }));
      this.questions.push(goal(`completed with outcome ${outcome.id}`, outcome, chosen, (facts) => facts.complete && facts.outcome === outcome.id));
    }
    if (report.resolution !== null) {
      this.questions.push(
        goal('resolution allowed', report.resolution, (goals) => goals.resolution, (facts) => facts.allowed, { expect: (expect) => (expect.resolution = { allowed: true }) }),
      );
    }
    for (const answer of report.transitions) {
      const declared = this.loaded.transitions.get(answer.id);
      if (declared === undefined) continue;
      const fires = (_: Goals, encoding: Encoding): Formula =>
        Logic.and(encoding.condition({ in: [{ var: 'status' }, [...declared.from]] }), declared.when === undefined ? Logic.TRUE : encoding.condition(declared.when.rule));
      this.questions.push(goal(`transition ${answer.id}`, answer, fires, (facts) => facts.fired.has(answer.id), { complete: false, transition: answer.id, expect: () => undefined }));
    }
  }

  /**
   * A node's own condition false where it is read (an item's while its step is shown, a closing
   * step's while its outcome is chosen): not in the report (it is not hidden-or-not), but its
   * witness is what coverage (SPEC §8.2) counts as the condition seen false, so the generated
   * tests cover every condition both ways. For a node with a condition of its own.
   */
  private conditionFalse(node: NodeAnswer): Question[] {
    const where =
      node.step !== undefined
        ? { formula: (): Formula => stepVar(node.step!), holds: (facts: Facts) => facts.shown.get(node.step!) === true }
        : node.kind === 'closing_step'
          ? { formula: (encoding: Encoding): Formula => encoding.condition({ '===': [{ var: 'outcome' }, node.outcome!] }), holds: (facts: Facts) => facts.outcome === node.outcome }
          : undefined;
    if (where === undefined) return [];
    let asked = false;
    return [{
      label: `${node.id} hidden by its condition`,
      node: node.id,
      formula: (encoding) => Logic.and(where.formula(encoding), Logic.not(nodeVar(node))),
      confirmed: (facts) => where.holds(facts) && facts.shown.get(node.id) === false,
      unanswered: () => !asked,
      answer: () => (asked = true),
      complete: false,
      expect: (expect) => {
        (expect.hidden ??= []).push(node.id);
        if (node.step !== undefined) (expect.visible ??= []).push(node.step);
      },
    }];
  }

  /** The clause that rules out each of `asked` that is never visible (the current encoding holds them). */
  private explainNever(asked: ReadonlySet<string>): void {
    const stepsById = new Map(this.encoding.steps.map(({ step }) => [step.id, step]));
    for (const node of this.report.nodes) {
      if (node.visible !== 'no' || node.clause !== undefined || !asked.has(node.id)) continue;
      const step = node.step === undefined ? undefined : stepsById.get(node.step);
      const when = node.step === undefined ? stepsById.get(node.id)?.when : step?.items.find((item) => item.id === node.id)?.when;
      const parent = step === undefined ? Logic.TRUE : stepVar(step.id);
      // Out of budget, the warning says only that the condition is never true.
      if (this.spent()) return;
      if (step !== undefined && this.solve(parent) === null) {
        node.clause = `its step \`${step.id}\` is never visible`;
        continue;
      }
      if (when === undefined) {
        node.clause = node.outcome === undefined ? 'its step is never visible' : `outcome == ${JSON.stringify(node.outcome)} is never true`;
        continue;
      }
      const operation = asOperation(when);
      const operands = operation?.op === 'and' ? operation.args : [when];
      const ruledOut = operands.find((operand) => this.solve(Logic.and(parent, this.encoding.condition(operand as typeof when))) === null);
      node.clause = renderCondition((ruledOut ?? when) as typeof when);
    }
  }
}

function nodeVar(node: NodeAnswer): string {
  return node.kind === 'step' || node.kind === 'closing_step' ? stepVar(node.id) : itemVar(node.id);
}

function usesWildcard(solution: Solution, wildcards: readonly string[]): boolean {
  return wildcards.some((w) => solution.evaluate(w));
}

/** The shortest chain of transitions from the initial status to `target` (breadth first). */
function pathTo(ir: ChecklistIR, target: string | undefined): string[] {
  const lifecycle = ir.lifecycle;
  if (lifecycle?.initial === undefined || target === undefined) return [];
  const via = new Map<string, string[]>([[lifecycle.initial, []]]);
  const queue = [lifecycle.initial];
  while (queue.length > 0) {
    const status = queue.shift()!;
    for (const t of lifecycle.transitions) {
      if (t.from.includes(status) && !via.has(t.to)) {
        via.set(t.to, [...via.get(status)!, t.name]);
        queue.push(t.to);
      }
    }
  }
  return via.get(target) ?? [];
}
