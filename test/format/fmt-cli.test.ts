import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeTree, runCli } from '../cli/harness.js';

const TIDY = 'checklist c "C" {\n  step s "S" {\n    yes_no q "Q" required // why\n  }\n}\n';
const UNTIDY = 'checklist c "C" { step s "S" { yes_no q "Q"   required // why\n } }\n';
const BROKEN = 'checklist c "C" { step s "S" { yes_no q "Q" required \n';

describe('checkwright fmt', () => {
  it('prints one file to stdout', async () => {
    const root = makeTree({ 'a.checklist': UNTIDY });
    expect(await runCli(root, ['fmt', 'a.checklist'])).toEqual({ code: 0, stdout: TIDY, stderr: '' });
  });

  it('--check lists the files that would change (exit 1) and is quiet when all are tidy', async () => {
    const root = makeTree({ 'a.checklist': UNTIDY, 'b.checklist': TIDY });
    expect(await runCli(root, ['fmt', '--check', '.'])).toEqual({ code: 1, stdout: 'a.checklist\n', stderr: '' });
    expect(await runCli(root, ['fmt', '--check', 'b.checklist'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('--write rewrites in place, then --check is clean', async () => {
    const root = makeTree({ 'a.checklist': UNTIDY });
    expect((await runCli(root, ['fmt', '--write', 'a.checklist'])).code).toBe(0);
    expect(readFileSync(path.join(root, 'a.checklist'), 'utf8')).toBe(TIDY);
    expect((await runCli(root, ['fmt', '--check', 'a.checklist'])).code).toBe(0);
  });

  it('never rewrites a file with syntax errors: diagnostics, exit 1', async () => {
    const root = makeTree({ 'bad.checklist': BROKEN, 'a.checklist': UNTIDY });
    const outcome = await runCli(root, ['fmt', '--write', '.']);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('bad.checklist:');
    expect(outcome.stderr).toContain('CW001');
    expect(readFileSync(path.join(root, 'bad.checklist'), 'utf8')).toBe(BROKEN);
    expect(readFileSync(path.join(root, 'a.checklist'), 'utf8')).toBe(TIDY);
  });

  it('several files without --check or --write is a usage error', async () => {
    const root = makeTree({ 'a.checklist': TIDY, 'b.checklist': TIDY });
    expect((await runCli(root, ['fmt', '.'])).code).toBe(2);
  });
});
