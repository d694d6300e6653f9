/**
 * The text report: quiet on success but for one summary line; each failure as the test file's
 * `path:line:col`, the test's name, what was expected and what was seen; the diagnostics of files
 * that could not run, as `lint` prints them; coverage when asked.
 */
import { formatText } from '../../diagnostics/format/text.js';
import type { ChecklistCoverage } from '../coverage.js';
import type { SuiteResult } from '../suite.js';

export function formatTestText(result: SuiteResult, withCoverage: boolean): string {
  const out: string[] = [];
  for (const file of result.files) {
    if (file.diagnostics.length > 0) out.push(formatText(file.diagnostics));
    for (const test of file.tests) {
      for (const failure of test.failures) {
        out.push(`${file.file}:${failure.span.line}:${failure.span.column}: FAIL ${JSON.stringify(test.name)}\n  expected: ${failure.expected}\n  seen:     ${failure.seen}\n`);
      }
    }
  }
  if (withCoverage) out.push(formatCoverageText(result.coverage));
  out.push(`${summaryLine(result)}\n`);
  return out.join('');
}

export function summaryLine(result: SuiteResult): string {
  const files = result.files.length;
  const parts = [`${result.passed} passed`, ...(result.failed > 0 ? [`${result.failed} failed`] : []), ...(result.broken > 0 ? [`${result.broken} test ${result.broken === 1 ? 'file' : 'files'} could not run`] : [])];
  return `${parts.join(', ')} (${result.passed + result.failed} tests in ${files} ${files === 1 ? 'file' : 'files'})`;
}

/** Per checklist: its percentage, then each goal not covered at its file:line. */
export function formatCoverageText(coverage: readonly ChecklistCoverage[]): string {
  return coverage.map(formatOneCoverage).join('');
}

function formatOneCoverage(coverage: ChecklistCoverage): string {
  const head = `coverage ${coverage.file} (${coverage.checklist}): ${coverage.percent}% (${coverage.covered}/${coverage.total})\n`;
  return head + coverage.uncovered.map((goal) => `  ${goal.where}: ${goal.id} never ${goalWords(goal.kind)}\n`).join('');
}

function goalWords(kind: ChecklistCoverage['uncovered'][number]['kind']): string {
  switch (kind) {
    case 'condition true':
      return 'seen with its condition true';
    case 'condition false':
      return 'seen with its condition false';
    case 'outcome set':
      return 'set as the outcome';
    case 'resolution allowed':
      return 'seen allowing the resolution';
    case 'completed':
      return 'completed';
    default:
      return `seen ${kind}`;
  }
}
