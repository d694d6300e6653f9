/**
 * The fuzzer's strategy table. A strategy makes one input from the generator and runs it, and
 * returns what went wrong (a finding) or nothing. Adding a target (fmt, the language server) is
 * one more entry here: `make` an input, `run` it, report the properties it broke.
 * Findings: an uncaught throw, a CW900, an IR the runtime refuses, output that differs between
 * two runs or between the text and YAML twins, prototype pollution, a mutated input. A hang (over
 * 5 s) is caught by the runner, which watches every input from outside.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compileSource } from '../../src/compile.js';
import { formatSource, toText } from '../../src/format/index.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import {
  answer,
  completeStep,
  evaluate,
  loadChecklist,
  replaySession,
  selectChecklist,
  setOutcome,
  startSession,
  transition,
  type LoadedChecklist,
  type SessionEvent,
} from '../../src/runtime/index.js';
import { plainCopy } from '../../src/runtime/plain-copy.js';
import { generateChecklist, renderText, renderYaml } from './generated.js';
import { hostileObject, hostileValue } from './hostile.js';
import type { Random } from './random.js';

export interface Finding {
  readonly kind: 'throw' | 'CW900' | 'refused-ir' | 'disagreement' | 'pollution' | 'mutated-input';
  readonly detail: string;
}

/** A compiler input is a file (saved as it is when it finds something); a runtime input is rebuilt from its seed. */
export interface Input {
  readonly file?: { readonly name: string; readonly text: string };
  readonly run: () => Finding | undefined;
}

export interface Strategy {
  readonly name: string;
  readonly make: (random: Random) => Input;
}

// Bundled (scripts/fuzz.mjs), this module no longer sits in test/fuzz: the script names the project root.
const SAMPLES = join(process.env['CHECKWRIGHT_FUZZ_ROOT'] ?? join(import.meta.dirname, '../..'), 'samples');
const sampleFiles = readdirSync(SAMPLES).filter((name) => name.endsWith('.checklist') || name.endsWith('.checklist.yaml'));
const samples = sampleFiles.map((name) => ({ name, text: readFileSync(join(SAMPLES, name), 'utf8') }));
const textSamples = samples.filter((sample) => !sample.name.endsWith('.yaml'));
const yamlSamples = samples.filter((sample) => sample.name.endsWith('.yaml'));

/** Compiled once per worker: the runtime strategies' checklists. */
const loaded: LoadedChecklist[] = textSamples.flatMap(({ name, text }) => {
  const { ir } = compileSource(text, join(SAMPLES, name));
  const result = ir === undefined ? undefined : loadChecklist(ir);
  return result?.ok ? [result.checklist] : [];
});
const irs: ChecklistIR[] = loaded.map((checklist) => checklist.ir);

const TEXT_TOKENS = ['checklist', 'step', 'when', 'not', 'and', 'or', 'in', 'contains', 'is', 'empty', 'required', 'data', 'udf', 'import', 'outcomes', 'closing', 'lifecycle', 'version', 'yes_no', 'checkbox', 'text', 'select', 'date', 'upload_files', '{', '}', '(', ')', '[', ']', ',', '==', '!=', '>', '<=', '"x"', '"""', '1e999', '-1', '0.5', 'a.b', 'q', 'x', '\n', ' ', '//', '#', '"', '\\'];
const YAML_TOKENS = ['checklist:', 'steps:', '- ', 'id:', 'items:', 'when:', 'all:', 'any:', 'not:', 'field:', 'op:', 'value:', 'yes_no:', 'text:', '{', '}', '[', ']', ':', '&a', '*a', '!!binary', '<<:', '---', '...', '|', '>', '"', "'", '\n', '  ', '1e999', 'null', '~', 'true', 'x'];
const CONFUSABLES: Record<string, string> = { a: 'а', e: 'е', o: 'ο', p: 'р', c: 'с', i: 'і' };

function soup(random: Random, tokens: readonly string[]): string {
  return Array.from({ length: random.int(200) }, () => random.pick(tokens)).join(random.chance(0.5) ? ' ' : '');
}

function mutate(random: Random, text: string, tokens: readonly string[]): string {
  let result = text;
  for (let count = 1 + random.int(4); count > 0; count--) {
    const at = random.int(result.length + 1);
    const span = random.int(40);
    switch (random.int(5)) {
      case 0: result = result.slice(0, at) + result.slice(at + span); break;
      case 1: result = result.slice(0, at) + result.slice(at, at + span) + result.slice(at); break;
      case 2: result = `${result.slice(0, at)}${random.pick(tokens)}${result.slice(at)}`; break;
      case 3: result = result.slice(0, at) + String.fromCharCode(random.int(0x10000)) + result.slice(at + 1); break;
      default: {
        const lines = result.split('\n');
        const from = random.int(lines.length);
        const to = random.int(lines.length);
        [lines[from], lines[to]] = [lines[to] as string, lines[from] as string];
        result = lines.join('\n');
      }
    }
  }
  return result;
}

function encodingAttack(random: Random, text: string): string {
  const at = random.int(text.length + 1);
  switch (random.int(6)) {
    case 0: return `\ufeff${text}`;
    case 1: return text.replaceAll('\n', '\r\n');
    case 2: return `${text.slice(0, at)}\u0000${text.slice(at)}`;
    case 3: return `${text.slice(0, at)}${random.pick(['\ud800', '\udc00'])}${text.slice(at)}`;
    case 4: return `${text.slice(0, at)}${random.pick(['\u2028', '\u2029', '\u0085'])}${text.slice(at)}`;
    default: return text.replace(/[aeopci]/g, (letter) => (random.chance(0.05) ? (CONFUSABLES[letter] as string) : letter));
  }
}

/** Every nestable construct of the text form, nested `depth` deep, around a test that may or may not resolve. */
function nestedChecklist(random: Random): string {
  const depth = random.pick([1, 62, 63, 64, 65, 66, 100, 200, 1000, random.int(3000)]);
  const inner = random.pick(['q', 'unknown_name', 'q and x > 1']);
  const wrap = random.pick([
    (expr: string) => `not ${expr}`,
    (expr: string) => `(${expr})`,
    (expr: string) => `(q and ${expr})`,
    (expr: string) => `(q or ${expr})`,
    (expr: string) => `not (${expr})`,
  ]);
  let condition = inner;
  for (let level = 0; level < depth; level++) condition = wrap(condition);
  return `checklist fuzz "Fuzz" {\n  version 1\n  step s "S" {\n    yes_no q "Q?"\n    checkbox c "C" when ${condition}\n  }\n}\n`;
}

/** The compiler on one file: no throw, no CW900; an IR loads and evaluates (and, when `twice`, compiles the same again). */
function compilerInput(name: string, text: string, twice = false): Input {
  return { file: { name, text }, run: () => guarded([text], () => compileChecks(name, text, twice)) };
}

function compileChecks(name: string, text: string, twice: boolean): Finding | undefined {
  const path = join(SAMPLES, name);
  const first = compileSource(text, path);
  const internal = first.diagnostics.find((diagnostic) => diagnostic.code === 'CW900');
  if (internal !== undefined) return { kind: 'CW900', detail: internal.message };
  if (first.ir === undefined) return undefined;
  // Compiling is most of the cost of a compiler input: the determinism check runs on generated checklists only.
  if (twice && JSON.stringify(compileSource(text, path).ir) !== JSON.stringify(first.ir)) return { kind: 'disagreement', detail: 'the same source compiled to two IRs' };
  const result = loadChecklist(first.ir);
  if (!result.ok) return { kind: 'refused-ir', detail: result.errors.slice(0, 3).join('; ') };
  evaluate(result.checklist, {}, {});
  return undefined;
}

/** A generated checklist in both forms, or a sample twin after an encoding change: the same hash. */
function twinInput(random: Random): Input {
  const generated = random.chance(0.9) ? generateChecklist(random) : undefined;
  const change = random.pick([(source: string) => source, (source: string) => source.replaceAll('\n', '\r\n'), (source: string) => `\ufeff${source}`]);
  const yaml = generated === undefined ? random.pick(yamlSamples) : { name: 'fuzz.checklist.yaml', text: renderYaml(generated) };
  const text = generated === undefined ? (samples.find((sample) => `${sample.name}.yaml` === yaml.name) ?? textSamples[0]!) : { name: 'fuzz.checklist', text: renderText(generated) };
  const pair = `${change(text.text)}\n# ---- the YAML twin ----\n${change(yaml.text)}`;
  return {
    file: { name: 'twins.txt', text: pair },
    run: () =>
      guarded([], () => {
        const fromText = compileSource(change(text.text), join(SAMPLES, text.name));
        const fromYaml = compileSource(change(yaml.text), join(SAMPLES, yaml.name));
        const internal = [...fromText.diagnostics, ...fromYaml.diagnostics].find((diagnostic) => diagnostic.code === 'CW900');
        if (internal !== undefined) return { kind: 'CW900', detail: internal.message };
        const hashes = [fromText.ir?.hash, fromYaml.ir?.hash];
        return hashes[0] !== undefined && hashes[0] === hashes[1] ? undefined : { kind: 'disagreement', detail: `text ${hashes[0]} and YAML ${hashes[1]} differ` };
      }),
  };
}

/**
 * `fmt` and `convert` (src/format): a mutated text sample that compiles formats to a file that
 * compiles to the same hash and formats to itself; a mutated YAML sample converts to such a text.
 */
function formatInput(random: Random): Input {
  const sample = random.pick(samples);
  const form = sample.name.endsWith('.yaml') ? 'yaml' : 'dsl';
  const name = form === 'yaml' ? 'fuzz.checklist.yaml' : 'fuzz.checklist';
  const text = random.chance(0.7) ? mutate(random, sample.text, form === 'yaml' ? YAML_TOKENS : TEXT_TOKENS) : sample.text;
  return {
    file: { name, text },
    run: () =>
      guarded([text], () => {
        const path = join(SAMPLES, name);
        const options = { form, fileName: path } as const;
        const printed = form === 'yaml' ? toText(text, options) : formatSource(text, options);
        if (!printed.ok) {
          const internal = printed.diagnostics.find((diagnostic) => diagnostic.code === 'CW900');
          return internal === undefined ? undefined : { kind: 'CW900', detail: internal.message };
        }
        const textPath = join(SAMPLES, 'fuzz.checklist');
        const before = compileSource(text, path).ir?.hash;
        const after = compileSource(printed.text, textPath).ir?.hash;
        if (after !== before) return { kind: 'disagreement', detail: `formatted to a file of hash ${after}, not ${before}` };
        const again = formatSource(printed.text, { form: 'dsl', fileName: textPath });
        return again.ok && again.text === printed.text ? undefined : { kind: 'disagreement', detail: 'formatting is not idempotent' };
      }),
  };
}

/** Mutated IRs: a random node replaced by a hostile value, as JSON and as live JavaScript. */
function irInput(random: Random): Input {
  const ir = JSON.parse(JSON.stringify(random.pick(irs))) as unknown;
  const asJson = random.chance(0.3);
  for (let count = 1 + random.int(3); count > 0; count--) replaceSomewhere(random, ir, asJson);
  const input = asJson ? (JSON.parse(JSON.stringify(ir)) as unknown) : ir;
  return {
    run: () =>
      guarded([input], () => {
        const result = loadChecklist(input);
        if (result.ok) evaluate(result.checklist, {}, {});
        return undefined;
      }),
  };
}

function replaceSomewhere(random: Random, root: unknown, asJson: boolean): void {
  try {
    descendAndReplace(random, root, asJson);
  } catch {
    // A hostile value an earlier edit put there may refuse this one (a boxed string's indexes are
    // read-only, a proxy's traps throw): the harness skips the edit; only the product is under test.
  }
}

function descendAndReplace(random: Random, root: unknown, asJson: boolean): void {
  let node = root;
  for (let step = 0; step < 12; step++) {
    if (typeof node !== 'object' || node === null) return;
    const keys = Object.keys(node);
    if (keys.length === 0) return;
    const key = random.pick(keys);
    const child = (node as Record<string, unknown>)[key];
    if (random.chance(0.25) || typeof child !== 'object' || child === null) {
      const replacement = asJson ? random.pick([null, 0, '', 'x', [], {}, true, -1, 1e300]) : hostileValue(random);
      if (Array.isArray(node) && random.chance(0.2)) (node as unknown[]).length += 1 + random.int(3);
      else (node as Record<string, unknown>)[key] = replacement;
      return;
    }
    node = child;
  }
}

function hostileCase(random: Random): unknown {
  return random.chance(0.5) ? hostileValue(random) : { account: hostileValue(random), dispute: hostileObject(random, 1), ...hostileObject(random, 1) };
}

function hostileState(random: Random): unknown {
  if (random.chance(0.3)) return hostileValue(random);
  return { responses: hostileObject(random, 1), completed: hostileValue(random), outcome: hostileValue(random), status: hostileValue(random) };
}

/** `evaluate` and `selectChecklist` on hostile case data and state. */
function evaluateInput(random: Random): Input {
  const checklist = random.pick(loaded);
  const caseData = hostileCase(random);
  const state = hostileState(random);
  return {
    run: () =>
      guarded([caseData, state], () => {
        evaluate(checklist, caseData, state);
        selectChecklist(loaded, caseData);
        return undefined;
      }),
  };
}

/** Every session command with hostile arguments, then a replay of the log it made. */
function sessionInput(random: Random): Input {
  const checklist = random.pick(loaded);
  const caseData = hostileCase(random);
  const items = [...checklist.itemsById.keys()];
  const steps = [...checklist.stepsById.keys()];
  const commands = Array.from({ length: 1 + random.int(6) }, () => ({
    kind: random.int(5),
    id: random.chance(0.8) ? random.pick([...items, ...steps, ...checklist.outcomeIds, ...checklist.transitions.keys()]) : hostileValue(random),
    value: hostileValue(random),
    meta: random.chance(0.9) ? { actor: 'fuzz', at: '2026-01-01T00:00:00Z' } : hostileValue(random),
  }));
  return {
    run: () =>
      guarded([caseData, ...commands], () => {
        let session = startSession(checklist, caseData);
        for (const { kind, id, value, meta } of commands) {
          const args = [session, id, meta] as const;
          const next =
            kind === 0 ? answer(session, id as string, value, meta as never)
            : kind === 1 ? completeStep(...(args as unknown as Parameters<typeof completeStep>))
            : kind === 2 ? setOutcome(session, (random.chance(0.5) ? id : value) as string, meta as never)
            : kind === 3 ? transition(...(args as unknown as Parameters<typeof transition>))
            : answer(session, id as string, random.pick([true, false, 'x', ['a'], { id: 'f' }]), meta as never);
          if (next.ok) session = next.session;
        }
        const replayed = replaySession(checklist, session.caseData, JSON.parse(JSON.stringify(session.events)) as unknown);
        if (!replayed.ok) return { kind: 'disagreement', detail: `a log the session made does not replay: ${replayed.error.message}` };
        return undefined;
      }),
  };
}

/** `replaySession` on forged logs: real events with fields replaced by hostile values. */
function replayInput(random: Random): Input {
  const checklist = random.pick(loaded);
  const meta = { actor: 'fuzz', at: 'now' };
  const events: unknown[] = [...checklist.itemsById.keys()].slice(0, 4).map((item): SessionEvent => ({ type: 'answer', item, value: true, ...meta }));
  const real = new Set(events);
  for (let count = 1 + random.int(3); count > 0; count--) {
    const at = random.int(events.length + 1);
    if (random.chance(0.3)) events.splice(at, 0, hostileValue(random));
    // Only the events built here are edited: an inserted hostile value may be a primitive or a trap.
    else if (real.has(events[at])) (events[at] as Record<string, unknown>)[random.pick(['type', 'item', 'value', 'actor', 'at', 'step', 'snapshot', '__proto__'])] = hostileValue(random);
  }
  const log = random.chance(0.1) ? hostileValue(random) : events;
  return { run: () => guarded([log], () => (replaySession(checklist, {}, log), undefined)) };
}

export const STRATEGIES: readonly Strategy[] = [
  { name: 'bytes', make: (random) => compilerInput(random.pick(['fuzz.checklist', 'fuzz.checklist.yaml']), String.fromCharCode(...Array.from({ length: random.int(300) }, () => random.int(256)))) },
  { name: 'token-soup', make: (random) => compilerInput('fuzz.checklist', soup(random, TEXT_TOKENS)) },
  { name: 'yaml-soup', make: (random) => compilerInput('fuzz.checklist.yaml', soup(random, YAML_TOKENS)) },
  {
    name: 'mutate-sample',
    make: (random) => {
      const sample = random.pick(samples);
      const yaml = sample.name.endsWith('.yaml');
      return compilerInput(yaml ? 'fuzz.checklist.yaml' : 'fuzz.checklist', mutate(random, sample.text, yaml ? YAML_TOKENS : TEXT_TOKENS));
    },
  },
  { name: 'encoding', make: (random) => { const sample = random.pick(samples); return compilerInput(sample.name.replace(/^[^.]+/, 'fuzz'), encodingAttack(random, sample.text)); } },
  { name: 'nesting', make: (random) => compilerInput('fuzz.checklist', nestedChecklist(random)) },
  { name: 'well-formed', make: (random) => compilerInput('fuzz.checklist', renderText(generateChecklist(random)), true) },
  { name: 'twins', make: twinInput },
  { name: 'fmt', make: formatInput },
  { name: 'ir-mutate', make: irInput },
  { name: 'evaluate', make: evaluateInput },
  { name: 'session', make: sessionInput },
  { name: 'replay', make: replayInput },
];

const PROTOTYPES = [Object.prototype, Array.prototype, Function.prototype, String.prototype, Number.prototype] as const;

/** Runs `body`; a throw, a changed prototype or a changed input is a finding. */
function guarded(inputs: readonly unknown[], body: () => Finding | undefined): Finding | undefined {
  const prototypesBefore = PROTOTYPES.map((prototype) => Reflect.ownKeys(prototype).length);
  const inputsBefore = inputs.map(fingerprint);
  let finding: Finding | undefined;
  try {
    finding = body();
  } catch (error) {
    finding = { kind: 'throw', detail: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : String(error) };
  }
  if (finding !== undefined) return finding;
  if (PROTOTYPES.some((prototype, index) => Reflect.ownKeys(prototype).length !== prototypesBefore[index]) || ({} as Record<string, unknown>).polluted !== undefined) {
    return { kind: 'pollution', detail: 'a prototype gained a property' };
  }
  const changed = inputs.findIndex((input, index) => fingerprint(input) !== inputsBefore[index]);
  return changed >= 0 ? { kind: 'mutated-input', detail: `input ${changed} changed` } : undefined;
}

/** What an input holds, read once and safely (throwing getters, proxies and cycles included). */
function fingerprint(value: unknown): string {
  const problems: string[] = [];
  const copy = plainCopy(value, (path, message) => problems.push(`${path.join('.')}: ${message}`), { strict: false, maxDepth: 64, maxNodes: 10_000 });
  return `${JSON.stringify(copy) ?? 'undefined'}|${problems.join(',')}`;
}
