import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../cli/harness.js';

const DSL = 'checklist c "C" {\n  step s "S" {\n    yes_no q "Q" required // why\n  }\n}\n';
const YAML = 'checklist: c\ntitle: C\n\nsteps:\n  - step: s\n    title: S\n    items:\n      - yes_no: q # why\n        label: Q\n        required: true\n';
const BROKEN = 'checklist c "C" { step s "S" { yes_no q "Q" required \n';

describe('checkwright convert', () => {
  it('--to yaml and --to dsl print the other form, comments carried', async () => {
    const root = makeTree({ 'a.checklist': DSL, 'a.checklist.yaml': YAML });
    expect(await runCli(root, ['convert', 'a.checklist', '--to', 'yaml'])).toEqual({ code: 0, stdout: YAML, stderr: '' });
    expect(await runCli(root, ['convert', 'a.checklist.yaml', '--to', 'dsl'])).toEqual({ code: 0, stdout: DSL, stderr: '' });
  });

  it('--to json is compile', async () => {
    const root = makeTree({ 'a.checklist': DSL });
    const converted = await runCli(root, ['convert', 'a.checklist', '--to', 'json']);
    expect(converted.code).toBe(0);
    expect(converted.stdout).toBe((await runCli(root, ['compile', 'a.checklist'])).stdout);
  });

  it('-o writes the file; the input itself is refused', async () => {
    const root = makeTree({ 'a.checklist': DSL });
    expect(await runCli(root, ['convert', 'a.checklist', '--to', 'yaml', '-o', 'b.checklist.yaml'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path.join(root, 'b.checklist.yaml'), 'utf8')).toBe(YAML);
    expect((await runCli(root, ['convert', 'a.checklist', '--to', 'dsl', '-o', 'a.checklist'])).code).toBe(2);
  });

  it('a file that does not compile: diagnostics, exit 1, nothing written', async () => {
    const root = makeTree({ 'bad.checklist': BROKEN });
    const outcome = await runCli(root, ['convert', 'bad.checklist', '--to', 'yaml', '-o', 'out.checklist.yaml']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('CW001');
    expect(existsSync(path.join(root, 'out.checklist.yaml'))).toBe(false);
  });

  it('a bad --to or a missing file is a usage error', async () => {
    const root = makeTree({ 'a.checklist': DSL });
    expect((await runCli(root, ['convert', 'a.checklist', '--to', 'xml'])).code).toBe(2);
    expect((await runCli(root, ['convert', 'nope.checklist', '--to', 'yaml'])).code).toBe(2);
  });
});

describe('checkwright fmt on the YAML form', () => {
  it('--check lists an untidy YAML file; --write fixes it', async () => {
    const untidy = YAML.replace('        label: Q\n        required: true\n', '        required: true\n        label: "Q"\n');
    const root = makeTree({ 'a.checklist.yaml': untidy });
    expect(await runCli(root, ['fmt', '--check', '.'])).toEqual({ code: 1, stdout: 'a.checklist.yaml\n', stderr: '' });
    expect((await runCli(root, ['fmt', '--write', 'a.checklist.yaml'])).code).toBe(0);
    expect(readFileSync(path.join(root, 'a.checklist.yaml'), 'utf8')).toBe(YAML);
  });
});
