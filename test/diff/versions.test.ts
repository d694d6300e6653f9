// `checkwright diff` on samples/versions (v3 → v4 of identity_theft), the YAML twin, and bad input.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { normalize, direction } from '../../src/diff/conditions.js';
import { runCli } from '../cli/harness.js';
import { SAMPLES_DIR } from '../samples/sample-files.js';

const cwd = path.dirname(SAMPLES_DIR);
const V3 = 'samples/versions/identity_theft.v3.checklist';
const V4 = 'samples/versions/identity_theft.v4.checklist';

interface JsonChange {
  kind: string;
  target: string;
  id: string;
  detail?: string;
  impact: string;
  reopens: string[];
  drops: string[];
}

describe('checkwright diff', () => {
  it('lists each change of v3 → v4 with its impact and ids, and exits 1', async () => {
    const { code, stdout } = await runCli(cwd, ['diff', V3, V4, '--format', 'json']);
    expect(code).toBe(1);
    const changes = (JSON.parse(stdout) as { changes: JsonChange[] }).changes.map(({ kind, target, id, detail, impact, reopens, drops }) => [kind, target, id, detail ?? '', impact, reopens, drops]);
    expect(changes).toEqual([
      ['changed', 'checklist', 'identity_theft', 'version', 'safe', [], []],
      // v4 no longer reads the imported `related_cases` (its item is gone), so the case schema
      // leaves it out (docs/language.md, imported fields): a safe data change.
      ['removed', 'data', 'related_cases', '', 'safe', [], []],
      ['label', 'step', 'upload', 'title', 'safe', [], []],
      ['removed', 'item', 'linked', '', 'drops', [], ['linked']],
      ['added', 'item', 'report_number', '', 'reopens', ['evidence'], []],
      ['option', 'item', 'reason', 'options', 'safe', [], []],
      ['option', 'item', 'notes', 'maxLength', 'reopens', ['decide'], []],
      ['condition', 'item', 'notes', 'loosened', 'reopens', ['decide'], []],
      ['option', 'item', 'acdv', 'codes', 'drops', ['decide'], ['acdv']],
    ]);
  });

  it('prints one line per change for a pull request, and a Markdown table with --format markdown', async () => {
    const text = await runCli(cwd, ['diff', V3, V4]);
    expect(text.stdout.split('\n')[0]).toBe('identity_theft v3 → identity_theft v4: 9 changes (2 drop answers, 3 reopen steps, 4 safe)');
    expect(text.stdout).toContain('drops   item removed                 linked: was');
    const markdown = await runCli(cwd, ['diff', V3, V4, '--format', 'markdown']);
    expect(markdown.stdout).toContain('| impact | change | id | before → after | cases in flight |');
    expect(markdown.stdout.split('\n').filter((line) => line.startsWith('| '))).toHaveLength(10);
  });

  it('is quiet and exits 0 between the text form and its YAML twin (same hash)', async () => {
    expect(await runCli(cwd, ['diff', 'samples/identity_theft.checklist', 'samples/identity_theft.checklist.yaml'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('exits 1 with diagnostics for a file that does not compile, 2 for usage', async () => {
    const broken = await runCli(cwd, ['diff', V3, 'samples/invalid/CW013.checklist']);
    expect({ code: broken.code, stdout: broken.stdout }).toEqual({ code: 1, stdout: '' });
    expect(broken.stderr).toContain('CW013');
    expect((await runCli(cwd, ['diff', V3])).code).toBe(2);
    expect((await runCli(cwd, ['diff', V3, 'samples/missing.checklist'])).code).toBe(2);
    expect((await runCli(cwd, ['diff', V3, V4, '--format', 'xml'])).code).toBe(2);
  });
});

describe('conditions compared as conditions', () => {
  const v = (name: string) => ({ var: name });
  const a = { '!!': [v('responses.a')] };
  const b = { '===': [v('case.b'), 1] };
  const c = { in: [v('case.c'), ['x', 'y']] };

  it('ignores and/or order, nesting, duplicates, one-element groups and double negation', () => {
    const key = (rule: unknown) => normalize(rule).key;
    expect(key({ and: [a, b] })).toBe(key({ and: [b, a] }));
    expect(key({ and: [a, { and: [b, c] }] })).toBe(key({ and: [c, b, a, a] }));
    expect(key({ or: [a] })).toBe(key(a));
    expect(key({ '!': [{ '!': [a] }] })).toBe(key(a));
    expect(key({ '!': [b] })).toBe(key({ '!==': [v('case.b'), 1] }));
    expect(key({ in: [v('case.c'), ['y', 'x']] })).toBe(key(c));
    expect(key({ and: [a, b] })).not.toBe(key({ or: [a, b] }));
  });

  it('tells tightened from loosened', () => {
    expect(direction(a, { and: [a, b] })).toBe('tightened');
    expect(direction(a, { or: [a, b] })).toBe('loosened');
    expect(direction({ in: [v('case.c'), ['x']] }, c)).toBe('loosened');
    expect(direction(undefined, a)).toBe('added');
    expect(direction(a, undefined)).toBe('removed');
    expect(direction(a, b)).toBe('changed');
  });

  it('never throws on hostile rules', () => {
    const cycle: Record<string, unknown> = {};
    cycle['and'] = [cycle];
    expect(() => normalize(cycle)).not.toThrow();
    expect(() => normalize({ get and(): never { throw new Error('no'); } })).not.toThrow();
  });
});
