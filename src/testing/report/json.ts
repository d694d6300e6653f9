/** The `--format json` result object (documented in docs/testing.md). */
import type { SuiteResult } from '../suite.js';

export function formatTestJson(result: SuiteResult, withCoverage: boolean): string {
  const files = result.files.map((file) => ({
    file: file.file,
    ...(file.checklist !== undefined && { checklist: file.checklist }),
    diagnostics: file.diagnostics,
    tests: file.tests.map((test) => ({
      name: test.name,
      line: test.span.line,
      column: test.span.column,
      passed: test.failures.length === 0,
      failures: test.failures.map((f) => ({ line: f.span.line, column: f.span.column, expected: f.expected, seen: f.seen })),
    })),
  }));
  const summary = { passed: result.passed, failed: result.failed, broken: result.broken };
  return `${JSON.stringify({ summary, files, ...(withCoverage && { coverage: result.coverage }) }, null, 2)}\n`;
}
