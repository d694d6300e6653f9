import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './harness.js';

// Microsoft's SARIF Multitool applies GitHub code scanning's ingestion rules (`Gh`) and the SARIF
// spec's own (`Sarif`), beyond what the JSON schema can say (e.g. a rule without `help`).
const multitool: string = createRequire(import.meta.url)('@microsoft/sarif-multitool-linux');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const scratch = mkdtempSync(path.join(tmpdir(), 'cw-sarif-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.runIf(process.platform === 'linux' && process.arch === 'x64')('SARIF Multitool', () => {
  it('finds no error in the lint output of samples/invalid (Gh and Sarif rule kinds)', async () => {
    // The folder itself is ignored (samples/.checkwrightignore): name its files.
    const files = readdirSync(path.join(root, 'samples/invalid')).filter((name) => /\.checklist(\.yaml)?$/.test(name));
    const lint = await runCli(root, ['lint', '--format', 'sarif', ...files.map((name) => `samples/invalid/${name}`)]);
    expect(lint.code).toBe(1);
    const log = path.join(scratch, 'lint.sarif');
    writeFileSync(log, lint.stdout);
    const out = path.join(scratch, 'validation.sarif');
    const r = spawnSync(multitool, ['validate', '--rule-kind', 'Gh;Sarif', '--output', out, log], { encoding: 'utf8' });
    const errors = r.stdout.split('\n').filter((line) => /: error /.test(line));
    expect(errors).toEqual([]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
  }, 60_000);
});
