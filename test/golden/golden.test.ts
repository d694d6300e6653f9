import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { INVALID_DIR, REPO_ROOT, compileSample, goldenText, invalidSamples, readRepoFile } from './golden-lines.js';

/** Every code but CW900 (an internal error: no source should be able to cause one). */
const CODES_WITH_A_SAMPLE = Object.keys(CODES).filter((code) => code !== 'CW900');

const samples = invalidSamples();

describe('samples/invalid', () => {
  it('has a sample for every code', () => {
    const covered = new Set(samples.map((s) => s.code));
    expect(CODES_WITH_A_SAMPLE.filter((code) => !covered.has(code))).toEqual([]);
  });

  it('has a YAML sample for YAML structure errors', () => {
    expect(samples.map((s) => s.file)).toContain(`${INVALID_DIR}/CW001.checklist.yaml`);
  });

  it('has no .expected file without its sample', () => {
    const expected = new Set(samples.map((s) => s.expectedFile));
    const orphans = readdirSync(path.join(REPO_ROOT, INVALID_DIR))
      .filter((name) => name.endsWith('.expected'))
      .map((name) => `${INVALID_DIR}/${name}`)
      .filter((file) => !expected.has(file));
    expect(orphans).toEqual([]);
  });

  it('has an .expected file beside every sample', () => {
    const missing = samples.filter((s) => !existsSync(path.join(REPO_ROOT, s.expectedFile)));
    expect(missing.map((s) => s.expectedFile)).toEqual([]);
  });
});

describe.each(samples)('$file', ({ file, expectedFile, code }) => {
  // Checked apart from the golden text, so regenerating goldens cannot hide a missing rule.
  it(`reports ${code}`, () => {
    expect(compileSample(file).map((d) => d.code)).toContain(code);
  });

  it('reports exactly what its .expected file says', () => {
    expect(goldenText(compileSample(file))).toBe(readRepoFile(expectedFile));
  });
});
