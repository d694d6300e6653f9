/**
 * A run over test files: read each, compile the checklist it names (once per run, however many
 * files test it), check it against that checklist, read its case files, run its tests, and
 * gather coverage per checklist. A file that cannot be used is its diagnostics; it is never a throw.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import path from 'node:path';
import { compileFile, readSource, type CompileHost } from '../compile.js';
import { diag, internalError, hasErrors, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { NO_SPAN, type Span } from '../language/span.js';
import { loadChecklist, type LoadedChecklist } from '../runtime/load.js';
import { checkTestFile } from './check.js';
import { CoverageTracker, type ChecklistCoverage } from './coverage.js';
import type { TestCase, TestFile } from './model.js';
import { readTestFile } from './read.js';
import { runTest, type Failure } from './run.js';

export interface TestResult {
  readonly name: string;
  readonly span: Span;
  readonly failures: readonly Failure[];
  /** Wall-clock milliseconds, for reports (JUnit `time`); never asserted on. */
  readonly ms: number;
}

export interface FileResult {
  readonly file: string;
  /** The checklist file under test, relative to the run's folder, when the test file names one. */
  readonly checklist?: string;
  /** Why the file (or some of its tests) could not run: the test file's own or its checklist's. */
  readonly diagnostics: readonly Diagnostic[];
  readonly tests: readonly TestResult[];
}

export interface SuiteResult {
  readonly files: readonly FileResult[];
  /** Per checklist tested, in the order first met. */
  readonly coverage: readonly ChecklistCoverage[];
  readonly passed: number;
  readonly failed: number;
  /** Test files that could not run (their diagnostics say why). */
  readonly broken: number;
}

export function runSuite(files: readonly string[], host: CompileHost): SuiteResult {
  const checklists = new Map<string, Compiled>();
  const results = files.map((file) => runFile(file, host, checklists));
  // Only checklists some tests ran against: a file that could not run says so in its diagnostics.
  const ran = new Set(results.filter((r) => r.tests.length > 0).map((r) => r.checklist));
  const coverage = [...checklists].flatMap(([file, c]) => (c.tracker && ran.has(file) ? [c.tracker.report()] : []));
  const tests = results.flatMap((r) => r.tests);
  const failed = tests.filter((t) => t.failures.length > 0).length;
  return { files: results, coverage, passed: tests.length - failed, failed, broken: results.filter((r) => hasErrors(r.diagnostics)).length };
}

interface Compiled {
  readonly diagnostics: readonly Diagnostic[];
  readonly checklist?: LoadedChecklist;
  readonly tracker?: CoverageTracker;
}

function runFile(file: string, host: CompileHost, checklists: Map<string, Compiled>): FileResult {
  const source = readSource(file, host);
  if (typeof source !== 'string') return { file, diagnostics: [diag(Diagnostics.CannotRead, file, NO_SPAN, [file, source.reason])], tests: [] };
  const read = readTestFile(withoutBom(source), file);
  if (read.testFile === undefined || hasErrors(read.diagnostics)) return { file, diagnostics: read.diagnostics, tests: [] };
  const testFile = read.testFile;
  const checklistFile = path.posix.join(path.posix.dirname(file), testFile.checklist.value);
  const compiled = compiledChecklist(checklistFile, host, checklists);
  if (compiled.checklist === undefined || compiled.tracker === undefined) {
    const why = diag(compiled.diagnostics.length > 0 ? Diagnostics.ChecklistDoesNotCompile : Diagnostics.ChecklistFileHoldsNone, file, testFile.checklist.span, [testFile.checklist.value]);
    return { file, checklist: checklistFile, diagnostics: sortDiagnostics([why, ...compiled.diagnostics]), tests: [] };
  }
  const cases = testFile.tests.map((test) => caseOf(test, testFile, host));
  const diagnostics = sortDiagnostics([...checkTestFile(testFile, compiled.checklist), ...cases.flatMap((c) => c.diagnostics)]);
  if (hasErrors(diagnostics)) return { file, checklist: checklistFile, diagnostics, tests: [] };
  const { checklist, tracker } = compiled;
  const tests = testFile.tests.map((test, index) => {
    const started = performance.now();
    const outcome = runTest(checklist, test, cases[index]?.data, (result, state) => tracker.observe(result, state));
    return { name: test.name.value, span: test.span, failures: outcome.failures, ms: performance.now() - started };
  });
  return { file, checklist: checklistFile, diagnostics, tests };
}

function compiledChecklist(file: string, host: CompileHost, checklists: Map<string, Compiled>): Compiled {
  const known = checklists.get(file);
  if (known) return known;
  const { ir, diagnostics } = compileFile(file, host);
  let compiled: Compiled = { diagnostics: diagnostics.filter((d) => d.severity === 'error') };
  if (ir !== undefined && !hasErrors(diagnostics)) {
    const loaded = loadChecklist(ir);
    compiled = loaded.ok
      ? { diagnostics: [], checklist: loaded.checklist, tracker: new CoverageTracker(file, loaded.checklist) }
      : { diagnostics: [internalError(file, 'the test runner', `the compiled IR does not load (${loaded.errors.join('; ')})`)] };
  }
  checklists.set(file, compiled);
  return compiled;
}

/** The case data of a test: inline, or a JSON file relative to the test file (CW002 when unusable). */
function caseOf(test: TestCase, testFile: TestFile, host: CompileHost): { data?: unknown; diagnostics: Diagnostic[] } {
  if (test.caseData.kind === 'inline') return { data: test.caseData.value, diagnostics: [] };
  const { value, span } = test.caseData.path;
  const caseFile = path.posix.join(path.posix.dirname(testFile.file), value);
  const text = readSource(caseFile, host);
  if (typeof text !== 'string') return { diagnostics: [diag(Diagnostics.CannotUseCaseFile, testFile.file, span, [value, text.reason, caseFile])] };
  try {
    return { data: JSON.parse(withoutBom(text)), diagnostics: [] };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { diagnostics: [diag(Diagnostics.CaseFileNotJson, testFile.file, span, [value, reason, caseFile])] };
  }
}

/** Some editors write a byte-order mark; YAML and JSON.parse would read it as content. */
function withoutBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
