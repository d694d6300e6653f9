// The README's quick start and samples/cases/README.md, run in-process on the bundled samples.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { SAMPLES_DIR } from './sample-files.js';
import { readdirSync } from 'node:fs';

const REPO_ROOT = path.dirname(SAMPLES_DIR);

/** The folder itself is ignored (samples/.checkwrightignore), so its files are named one by one, as a shell glob would. */
function invalidSamples(): string[] {
  return readdirSync(path.join(SAMPLES_DIR, 'invalid'))
    .filter((name) => /\.checklist(\.yaml)?$/.test(name))
    .map((name) => `samples/invalid/${name}`);
}

async function checkwright(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    cwd: REPO_ROOT,
  };
  const exitCode = await run(argv, io);
  return { exitCode, stdout, stderr };
}

describe('the sample commands', () => {
  it('`lint samples` is quiet and succeeds: the invalid samples are ignored, the rest are clean', async () => {
    expect(await checkwright('lint', 'samples', '--max-warnings', '0')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('`lint samples/invalid/*` names the broken files and fails', async () => {
    const { exitCode, stdout } = await checkwright('lint', ...invalidSamples());
    expect(exitCode).toBe(1);
    expect(stdout).toContain('samples/invalid/CW013.checklist');
  });

  it('`fmt --check samples` is quiet and succeeds: every sample is in canonical form', async () => {
    expect(await checkwright('fmt', '--check', 'samples')).toEqual({ exitCode: 0, stdout: '', stderr: '' });
  });

  it('`compile samples/identity_theft.checklist` prints its IR', async () => {
    const { exitCode, stdout } = await checkwright('compile', 'samples/identity_theft.checklist');
    expect(exitCode).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ irVersion: 1, checklist: 'identity_theft', version: 3 });
  });

  it.each([
    ['identity_theft.fresh.case.json', 'identity_theft'],
    ['aud_correction.case.json', 'aud_correction'],
    ['brr_block_rescission.case.json', 'brr_block_rescission'],
    ['loan_dispute_of_purchase.case.json', 'loan_dispute_of_purchase'],
  ])('`select samples --case %s` picks %s', async (caseFile, checklist) => {
    const { exitCode, stdout } = await checkwright('select', 'samples', '--case', `samples/cases/${caseFile}`);
    expect({ exitCode, stdout: stdout.trim() }).toEqual({ exitCode: 0, stdout: checklist });
  });
});
