/**
 * The sample tests run against the samples' `.checklist.yaml` twins too (docs/testing.md): the
 * YAML form must behave exactly as the text form, so the same test file passes with the same
 * coverage when only its `checklist:` names the twin.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSuite } from '../../src/testing/index.js';

const SAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
const CHECKLIST_LINE = /^checklist: (\S+\.checklist)$/m;
const WITH_TWINS = readdirSync(SAMPLES).filter((name) => {
  const named = name.endsWith('.test.yaml') ? CHECKLIST_LINE.exec(readFileSync(path.join(SAMPLES, name), 'utf8')) : null;
  return named !== null && existsSync(path.join(SAMPLES, `${named[1]}.yaml`));
});

describe('sample tests against the .checklist.yaml twins', () => {
  it('has a twin to run against', () => expect(WITH_TWINS.length).toBeGreaterThan(0));

  it.each(WITH_TWINS)('%s passes against the twin, with the same coverage', (name) => {
    const file = path.join(SAMPLES, name);
    const read = (twin: boolean) => (target: string): string => {
      const text = readFileSync(target, 'utf8');
      return twin && target === file ? text.replace(CHECKLIST_LINE, 'checklist: $1.yaml') : text;
    };
    const original = runSuite([file], { readFile: read(false) });
    const twin = runSuite([file], { readFile: read(true) });
    expect(twin.coverage.map((c) => path.basename(c.file))).toEqual([path.basename(original.coverage[0]!.file) + '.yaml']);
    expect({ passed: twin.passed, failed: twin.failed, broken: twin.broken }).toEqual({ passed: original.passed, failed: 0, broken: 0 });
    expect(twin.passed).toBeGreaterThan(0);
    expect(twin.coverage.map((c) => c.percent)).toEqual(original.coverage.map((c) => c.percent));
  });
});
