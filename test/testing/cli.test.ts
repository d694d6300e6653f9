import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../cli/harness.js';
import { DEMO, RC_VALID, testFile } from './fixtures.js';

const XSD = path.join(path.dirname(fileURLToPath(import.meta.url)), 'junit.xsd');

const PASSING = testFile(`  - name: fresh case
    case: { amount: 5 }
    steps:
      - expect: { hidden: [two], invalid: { big: [missing] } }
`);

const FAILING = testFile(`  - name: "wrong <visibility> & more"
    case: { amount: 5 }
    steps:
      - expect: { visible: [two] }
  - name: resolves
    case: { amount: 5 }
    state: { responses: { big: false }, completed: [one] }
    steps:
      - answer: { rc: ${RC_VALID} }
        expect: { resolution: { allowed: true } }
`);

function xmllint(xml: string): { status: number | null; stderr: string } {
  const file = path.join(makeTree({}), 'report.xml');
  writeFileSync(file, xml);
  const result = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  return { status: result.status, stderr: result.stderr };
}

describe('checkwright test', () => {
  it('is quiet on success but for one summary line, and exits 0', async () => {
    const root = makeTree({ 'demo.checklist': DEMO, 'demo.test.yaml': PASSING });
    expect(await runCli(root, ['test'])).toEqual({ code: 0, stdout: '1 passed (1 tests in 1 file)\n', stderr: '' });
  });

  it('prints a failure as the expectation, what was seen and line:col, and exits 1', async () => {
    const root = makeTree({ 'demo.checklist': DEMO, 'demo.test.yaml': FAILING });
    const { code, stdout } = await runCli(root, ['test', '.']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      'demo.test.yaml:6:29: FAIL "wrong <visibility> & more"\n  expected: `two` visible\n  seen:     hidden: amount > 100 was false (amount = 5)\n1 passed, 1 failed (2 tests in 1 file)\n',
    );
  });

  it('finds *.test.yaml and *.test.json, skipping what .checkwrightignore lists', async () => {
    const json = JSON.stringify({ checklist: '../demo.checklist', tests: [{ name: 'json', case: {}, steps: [{ expect: { hidden: ['two'] } }] }] });
    const root = makeTree({
      'demo.checklist': DEMO,
      'a/one.test.yaml': PASSING.replace('demo.checklist', '../demo.checklist'),
      'b/two.test.json': json,
      'broken/bad.test.yaml': 'checklist: [',
      '.checkwrightignore': 'broken/\n',
    });
    expect(await runCli(root, ['test'])).toMatchObject({ code: 0, stdout: '2 passed (2 tests in 2 files)\n' });
    const named = await runCli(root, ['test', 'broken/bad.test.yaml']);
    expect(named.code).toBe(1);
    expect(named.stdout).toMatch(/^broken\/bad\.test\.yaml:1:\d+: error CW001: malformed YAML/);
  });

  it('reports coverage with the uncovered goals as file:line, and fails under --min-coverage', async () => {
    const root = makeTree({ 'demo.checklist': DEMO, 'demo.test.yaml': PASSING });
    const { code, stdout } = await runCli(root, ['test', '--coverage']);
    expect(code).toBe(0);
    expect(stdout).toContain('coverage demo.checklist (demo): ');
    expect(stdout).toContain('  demo.checklist:13: two never seen with its condition true\n');
    const under = await runCli(root, ['test', '--min-coverage', '90']);
    expect(under.code).toBe(1);
    expect(under.stderr).toMatch(/^checkwright: demo\.checklist is covered [\d.]+%, under --min-coverage 90/);
    expect((await runCli(root, ['test', '--min-coverage', '0'])).code).toBe(0);
  });

  it('exits 2 for the command line’s own problems', async () => {
    const root = makeTree({ 'demo.checklist': DEMO });
    expect((await runCli(root, ['test', 'nowhere'])).code).toBe(2);
    expect((await runCli(root, ['test', '--min-coverage', 'lots'])).code).toBe(2);
    expect((await runCli(root, ['test', '--format', 'tap'])).code).toBe(2);
    const none = await runCli(root, ['test']);
    expect(none).toMatchObject({ code: 1, stderr: 'checkwright: no test files (*.test.yaml, *.test.yml, *.test.json) under .\n' });
  });

  it('writes a result object with --format json', async () => {
    const root = makeTree({ 'demo.checklist': DEMO, 'demo.test.yaml': FAILING });
    const { stdout } = await runCli(root, ['test', '--format', 'json', '--coverage']);
    const parsed = JSON.parse(stdout) as { summary: unknown; files: { tests: { passed: boolean; failures: { line: number }[] }[] }[]; coverage: unknown[] };
    expect(parsed.summary).toEqual({ passed: 1, failed: 1, broken: 0 });
    expect(parsed.files[0]?.tests.map((t) => t.passed)).toEqual([false, true]);
    expect(parsed.files[0]?.tests[0]?.failures[0]?.line).toBe(6);
    expect(parsed.coverage).toHaveLength(1);
  });

  it('writes JUnit XML that the JUnit schema accepts, failures and unusable files included', async () => {
    const root = makeTree({ 'demo.checklist': DEMO, 'demo.test.yaml': FAILING, 'bad.test.yaml': 'checklist: demo.checklist\ntests: [{ name: "\u0001x", case: {}, steps: [{ complete: nope }] }]\n' });
    const { code, stdout } = await runCli(root, ['test', '--format', 'junit']);
    expect(code).toBe(1);
    expect(stdout).toContain('<testsuites name="checkwright" tests="3" failures="1" errors="1"');
    expect(stdout).toContain('<failure message="expected `two` visible; seen hidden: amount &gt; 100 was false (amount = 5)" type="expectation">');
    expect(stdout).toContain('name="wrong &lt;visibility&gt; &amp; more"');
    expect(xmllint(stdout)).toMatchObject({ status: 0 });
  });

  it("passes the samples' own tests with at least 90% coverage (the README's promise)", async () => {
    const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const run = await runCli(repo, ['test', 'samples', '--min-coverage', '90']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});
