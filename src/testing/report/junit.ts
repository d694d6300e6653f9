/**
 * JUnit XML as Jenkins, GitLab and GitHub test reporters read it (the Ant/Jenkins dialect;
 * test/testing/junit.xsd is the schema the tests validate against): a `testsuite` per test file,
 * a `testcase` per test, a `failure` per failed test, and a file that could not run as one
 * `testcase` with an `error` holding its diagnostics.
 */
import { formatText } from '../../diagnostics/format/text.js';
import type { FileResult, SuiteResult } from '../suite.js';

export function formatTestJunit(result: SuiteResult): string {
  const suites = result.files.map(suiteOf);
  const tests = result.files.reduce((n, f) => n + count(f).tests, 0);
  const failures = result.failed;
  const errors = result.broken;
  const time = seconds(result.files.flatMap((f) => f.tests).reduce((ms, t) => ms + t.ms, 0));
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="checkwright" tests="${tests}" failures="${failures}" errors="${errors}" time="${time}">\n${suites.join('')}</testsuites>\n`;
}

function suiteOf(file: FileResult, index: number): string {
  const { tests, failures, errors } = count(file);
  const time = seconds(file.tests.reduce((ms, t) => ms + t.ms, 0));
  const head = `  <testsuite name="${attr(file.file)}" id="${index}" tests="${tests}" failures="${failures}" errors="${errors}" skipped="0" time="${time}">\n`;
  const className = attr(file.file.replace(/\.test\.(ya?ml|json)$/, ''));
  const cases = file.tests.map((test) => {
    const open = `    <testcase name="${attr(test.name)}" classname="${className}" time="${seconds(test.ms)}"`;
    if (test.failures.length === 0) return `${open}/>\n`;
    const [first] = test.failures;
    const message = first ? `expected ${first.expected}; seen ${first.seen}` : '';
    const body = test.failures.map((f) => `${file.file}:${f.span.line}:${f.span.column}\n  expected: ${f.expected}\n  seen:     ${f.seen}\n`).join('');
    return `${open}>\n      <failure message="${attr(message)}" type="expectation">${text(body)}</failure>\n    </testcase>\n`;
  });
  if (errors > 0) {
    const message = file.diagnostics.find((d) => d.severity === 'error')?.message ?? 'the test file could not run';
    cases.push(`    <testcase name="${attr(file.file)}" classname="${className}" time="0">\n      <error message="${attr(message)}" type="diagnostic">${text(formatText(file.diagnostics))}</error>\n    </testcase>\n`);
  }
  return `${head}${cases.join('')}  </testsuite>\n`;
}

function count(file: FileResult): { tests: number; failures: number; errors: number } {
  const broken = file.diagnostics.some((d) => d.severity === 'error') ? 1 : 0;
  return { tests: file.tests.length + broken, failures: file.tests.filter((t) => t.failures.length > 0).length, errors: broken };
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

/** XML 1.0 cannot carry most control characters even escaped: they are dropped. */
function text(value: string): string {
  return value
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;').replace(/\r/g, '&#13;');
}
