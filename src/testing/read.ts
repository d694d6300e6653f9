/**
 * Test file text (YAML, or JSON, which YAML reads) → a `TestFile` with a span on every node, and
 * CW001 for every structural problem (SPEC §8.1). The structure is the one
 * schemas/checklist-test.schema.json publishes for editors; test/testing checks that the two agree.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import type { Document } from 'yaml';
import { diag, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { JsonValue } from '../ir/types.js';
import { NO_SPAN, type Span } from '../language/span.js';
import { report, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from '../yaml/context.js';
import { loadYaml } from '../yaml/load.js';
import { toPlain } from '../yaml/to-plain.js';
import type { Action, Expectation, Located, TestCase, TestFile, TestState, TestStep } from './model.js';
import { booleanOf, countOf, idMapOf, isDefined, jsonOf, mapOf, nullableTextOf, textListOf, textOf } from './nodes.js';

export interface ReadResult {
  /** Absent when the file could not be read far enough to know its checklist. */
  readonly testFile?: TestFile;
  readonly diagnostics: Diagnostic[];
}

const FILE_KEYS = ['checklist', 'tests'];
const TEST_KEYS = ['name', 'case', 'case_file', 'state', 'steps'];
const STATE_KEYS = ['responses', 'completed', 'outcome', 'status'];
const ACTION_KEYS = ['answer', 'complete', 'reopen', 'outcome', 'transition'] as const;
const STEP_KEYS = [...ACTION_KEYS, 'as', 'expect'];
const EXPECT_KEYS = ['visible', 'hidden', 'status', 'valid', 'invalid', 'checklist', 'progress', 'resolution', 'refused', 'why'];
const PROGRESS_KEYS = ['completed', 'total', 'current', 'remaining'];
const RESOLUTION_KEYS = ['allowed', 'qaReview', 'blockedBy'];

export function readTestFile(source: string, file: string): ReadResult {
  const loaded = loadYaml(source, file);
  const diagnostics = loaded.diagnostics;
  const documents = loaded.documents.filter((doc) => doc.contents !== null || doc.errors.length > 0);
  const [first, second] = documents;
  if (first === undefined) {
    diagnostics.push(diag(Diagnostics.EmptyTestFile, file, NO_SPAN));
    return { diagnostics };
  }
  const ctx: YamlContext = { source, file, doc: first, lines: loaded.lines, diagnostics };
  if (second !== undefined) report(ctx, Diagnostics.SecondTestDocument, spanOf({ ...ctx, doc: second as Document }, second.contents));
  // One bounded walk first (alias budget, depth): the readers below then follow aliases freely.
  if (diagnostics.length > 0 || toPlain(ctx, first.contents) === undefined) return { diagnostics: sortDiagnostics(diagnostics) };
  const testFile = readRoot(ctx, first.contents);
  return { ...(testFile && { testFile }), diagnostics: sortDiagnostics(diagnostics) };
}

function readRoot(ctx: YamlContext, root: YamlNode): TestFile | undefined {
  const keys = mapOf(ctx, root, 'a test file', FILE_KEYS);
  if (keys === undefined) return undefined;
  const checklist = required(ctx, keys, 'checklist', root, 'a test file') && textOf(ctx, keys.get('checklist')?.value, '`checklist` (the file under test)');
  const testsNode = keys.get('tests')?.value;
  if (!keys.has('tests')) report(ctx, Diagnostics.TestFileNeedsTests, spanOf(ctx, root));
  else if (seqItems(ctx, testsNode).length === 0) report(ctx, Diagnostics.NoTests, spanOf(ctx, testsNode, keys.get('tests')?.span));
  const tests = seqItems(ctx, testsNode).map((node) => readTest(ctx, node)).filter(isDefined);
  return checklist ? { file: ctx.file, checklist, tests } : undefined;
}

function readTest(ctx: YamlContext, node: YamlNode): TestCase | undefined {
  const keys = mapOf(ctx, node, 'a test', TEST_KEYS);
  if (keys === undefined) return undefined;
  const span = spanOf(ctx, node);
  const name = required(ctx, keys, 'name', node, 'a test') ? textOf(ctx, keys.get('name')?.value, '`name`') : undefined;
  const caseData = caseOf(ctx, keys, node);
  const stateEntry = keys.get('state');
  const state = stateEntry && stateOf(ctx, stateEntry);
  const stepsNode = keys.get('steps')?.value;
  if (!keys.has('steps')) report(ctx, Diagnostics.TestNeedsSteps, firstLine(span));
  const steps = seqItems(ctx, stepsNode).map((step) => readStep(ctx, step)).filter(isDefined);
  if (name === undefined || caseData === undefined) return undefined;
  return { name, span, caseData, ...(state && { state }), steps };
}

function caseOf(ctx: YamlContext, keys: Map<string, Entry>, node: YamlNode): TestCase['caseData'] | undefined {
  const inline = keys.get('case');
  const file = keys.get('case_file');
  if (inline && file) {
    report(ctx, Diagnostics.CaseAndCaseFile, spanOf(ctx, file.keyNode));
    return undefined;
  }
  if (file) {
    const path = textOf(ctx, file.value, '`case_file` (a JSON file, relative to the test file)');
    return path && { kind: 'file', path };
  }
  if (inline) {
    const value = jsonOf(ctx, inline.value);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      report(ctx, Diagnostics.CaseNotAMap, spanOf(ctx, inline.value, inline.span));
      return undefined;
    }
    return { kind: 'inline', value };
  }
  report(ctx, Diagnostics.TestNeedsCase, firstLine(spanOf(ctx, node)));
  return undefined;
}

function stateOf(ctx: YamlContext, stateEntry: Entry): Located<TestState> | undefined {
  const keys = mapOf(ctx, stateEntry.value, '`state`', STATE_KEYS);
  if (keys === undefined) return undefined;
  const responsesNode = keys.get('responses')?.value;
  const responses = keys.has('responses') ? answersOf(ctx, responsesNode, '`responses`') : [];
  const completed = keys.has('completed') ? textListOf(ctx, keys.get('completed')?.value, '`completed`') : [];
  const outcome = keys.has('outcome') ? nullableTextOf(ctx, keys.get('outcome')?.value, '`outcome`') : undefined;
  const status = keys.has('status') ? textOf(ctx, keys.get('status')?.value, '`status`') : undefined;
  return { value: { responses, completed, ...(outcome && { outcome }), ...(status && { status }) }, span: stateEntry.span };
}

function answersOf(ctx: YamlContext, node: YamlNode, what: string): { id: Located<string>; value: JsonValue }[] {
  return idMapOf(ctx, node, what, (e) => jsonOf(ctx, e.value)).map(({ id, value }) => ({ id, value }));
}

function readStep(ctx: YamlContext, node: YamlNode): TestStep | undefined {
  const keys = mapOf(ctx, node, 'a step of a test', STEP_KEYS);
  if (keys === undefined) return undefined;
  const span = spanOf(ctx, node);
  const written = ACTION_KEYS.filter((key) => keys.has(key));
  if (written.length > 1) {
    report(ctx, Diagnostics.TwoActions, spanOf(ctx, keys.get(written[1]!)?.keyNode), [written[0]!, written[1]!]);
    return undefined;
  }
  const asEntry = keys.get('as');
  const actor = asEntry && textOf(ctx, asEntry.value, '`as` (the actor)');
  const expectEntry = keys.get('expect');
  if (written.length === 0 && !expectEntry) {
    report(ctx, Diagnostics.StepWithoutAction, span);
    return undefined;
  }
  if (asEntry && written.length === 0) report(ctx, Diagnostics.ActorWithoutAction, spanOf(ctx, asEntry.keyNode));
  const action = written[0] && actionOf(ctx, keys.get(written[0])!, written[0]);
  const expect = expectEntry ? expectationsOf(ctx, expectEntry.value) : [];
  return { span, ...(action && { action: actor ? { ...action, actor: actor.value } : action }), expect };
}

function actionOf(ctx: YamlContext, e: Entry, key: (typeof ACTION_KEYS)[number]): Action | undefined {
  const span = e.span;
  switch (key) {
    case 'answer': {
      const answers = answersOf(ctx, e.value, '`answer`');
      return answers.length > 0 ? { value: { kind: 'answer', answers }, span } : undefined;
    }
    case 'complete':
    case 'reopen': {
      const step = textOf(ctx, e.value, `\`${key}\` (a step id)`);
      return step && { value: { kind: key, step }, span };
    }
    case 'outcome': {
      const outcome = nullableTextOf(ctx, e.value, '`outcome` (an outcome id, or null to clear it)');
      return outcome && { value: { kind: 'outcome', outcome }, span };
    }
    case 'transition': {
      const name = textOf(ctx, e.value, '`transition` (a transition name)');
      return name && { value: { kind: 'transition', name }, span };
    }
  }
}

function expectationsOf(ctx: YamlContext, node: YamlNode): Expectation[] {
  const keys = mapOf(ctx, node, '`expect`', EXPECT_KEYS);
  if (keys === undefined) return [];
  const found: Expectation[] = [];
  for (const [key, e] of keys) found.push(...expectationOf(ctx, key, e));
  return found;
}

function expectationOf(ctx: YamlContext, key: string, e: Entry): Expectation[] {
  const what = `\`${key}\``;
  switch (key) {
    case 'visible':
    case 'hidden':
    case 'valid':
      return textListOf(ctx, e.value, what).map((id) => ({ kind: key, id: id.value, span: id.span }));
    case 'status':
      return idMapOf(ctx, e.value, what, (s) => textOf(ctx, s.value, 'a step status')).map(({ id, value, span }) => ({ kind: 'status', id: id.value, status: value.value, span }));
    case 'invalid':
      return idMapOf(ctx, e.value, what, (s) => (s.value == null ? [] : textListOf(ctx, s.value, 'the error codes'))).map(({ id, value, span }) => ({
        kind: 'invalid',
        id: id.value,
        codes: value.map((code) => code.value),
        span,
      }));
    case 'why':
      return idMapOf(ctx, e.value, what, (s) => textOf(ctx, s.value, 'the text a why must contain')).map(({ id, value, span }) => ({ kind: 'why', id: id.value, text: value.value, span }));
    case 'checklist':
    case 'refused': {
      const text = textOf(ctx, e.value, what);
      return text ? [key === 'checklist' ? { kind: 'checklist', status: text.value, span: e.span } : { kind: 'refused', code: text.value, span: e.span }] : [];
    }
    case 'progress':
      return progressOf(ctx, e);
    default:
      return resolutionOf(ctx, e);
  }
}

function progressOf(ctx: YamlContext, e: Entry): Expectation[] {
  const keys = mapOf(ctx, e.value, '`progress`', PROGRESS_KEYS);
  if (keys === undefined) return [];
  const count = (key: string) => (keys.has(key) ? countOf(ctx, keys.get(key)?.value, `\`${key}\``) : undefined);
  const current = keys.has('current') ? nullableTextOf(ctx, keys.get('current')?.value, '`current` (a step id, or null)') : undefined;
  const [completed, total, remaining] = [count('completed'), count('total'), count('remaining')];
  const progress = {
    ...(completed !== undefined && { completed }),
    ...(total !== undefined && { total }),
    ...(current && { current: current.value }),
    ...(remaining !== undefined && { remaining }),
  };
  return [{ kind: 'progress', progress, span: e.span }];
}

function resolutionOf(ctx: YamlContext, e: Entry): Expectation[] {
  const keys = mapOf(ctx, e.value, '`resolution`', RESOLUTION_KEYS);
  if (keys === undefined) return [];
  const flag = (key: string) => (keys.has(key) ? booleanOf(ctx, keys.get(key)?.value, `\`${key}\``) : undefined);
  const [allowed, qaReview] = [flag('allowed'), flag('qaReview')];
  const blockedBy = keys.has('blockedBy') ? textListOf(ctx, keys.get('blockedBy')?.value, '`blockedBy`').map((id) => id.value) : undefined;
  const resolution = {
    ...(allowed !== undefined && { allowed }),
    ...(qaReview !== undefined && { qaReview }),
    ...(blockedBy && { blockedBy }),
  };
  return [{ kind: 'resolution', resolution, span: e.span }];
}

function required(ctx: YamlContext, keys: Map<string, Entry>, key: string, node: YamlNode, what: string): boolean {
  if (keys.has(key)) return true;
  report(ctx, Diagnostics.MissingKey, firstLine(spanOf(ctx, node)), [what, key]);
  return false;
}

/** A missing key is reported on its map's first line, not across the whole map. */
function firstLine(span: Span): Span {
  return { line: span.line, column: span.column, endLine: span.line, endColumn: span.column + 1 };
}
