import { describe, expect, it } from 'vitest';
import { CLEAN, DICTIONARY, UNKNOWN_REFERENCE, WITH_CLOSING } from './fixtures.js';
import { makeTree, runCli } from './harness.js';

const files = {
  'a.checklist': CLEAN,
  'case.json': '{}',
  'answered.state.json': JSON.stringify({ responses: { q: true, done: true }, completed: ['s1'] }),
  'no.state.json': JSON.stringify({ responses: { q: false } }),
};

describe('eval', () => {
  it('prints the §5.1 result as JSON', async () => {
    const root = makeTree(files);
    const out = await runCli(root, ['eval', 'a.checklist', '--case', 'case.json', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const result = JSON.parse(out.stdout);
    expect(result).toMatchObject({ checklist: 'alpha', status: 'in_progress' });
    expect(result.steps.map((s: { id: string }) => s.id)).toEqual(['s1', 's2']);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining(['checklist', 'version', 'hash', 'status', 'steps', 'closing', 'progress', 'resolution', 'invalidated', 'dataErrors']),
    );
  });

  it('reads the state', async () => {
    const root = makeTree(files);
    const out = await runCli(root, ['eval', 'a.checklist', '--case', 'case.json', '--state', 'answered.state.json', '--format', 'json']);
    const result = JSON.parse(out.stdout);
    expect(result.steps[0].status).toBe('completed');
    expect(result.steps[1].status).toBe('ready');
  });

  it('prints a readable table by default: statuses, required marks, errors and why', async () => {
    const root = makeTree(files);
    const out = await runCli(root, ['eval', 'a.checklist', '--case', 'case.json', '--state', 'no.state.json']);
    expect(out.code).toBe(0);
    const text = out.stdout;
    expect(text).toMatch(/^alpha v1: in_progress \(0 of 1 steps completed, current step: s1\)\n/);
    expect(text).toMatch(/^STEP \/ ITEM\s+TYPE\s+STATUS\s+DETAILS$/m);
    expect(text).toMatch(/^s1\s+step\s+ready$/m);
    expect(text).toMatch(/^ {2}q \*\s+yes_no\s+valid$/m);
    expect(text).toMatch(/^s2\s+step\s+hidden\s+\S.*q.*$/m);
    expect(text).toMatch(/^ {2}done \*\s+checkbox\s+hidden/m);
    expect(text.split('\n').every((line) => line === line.trimEnd())).toBe(true);
  });

  it('explains the * only when some item is required', async () => {
    const root = makeTree({ ...files, 'optional.checklist': 'checklist opt "Opt" {\n  step s1 "One" {\n    checkbox c "Tick"\n  }\n}\n' });
    expect((await runCli(root, ['eval', 'a.checklist', '--case', 'case.json'])).stdout).toMatch(/^\* required$/m);
    expect((await runCli(root, ['eval', 'optional.checklist', '--case', 'case.json'])).stdout).not.toMatch(/required/);
  });

  it('lists item errors in the table', async () => {
    const root = makeTree(files);
    const out = await runCli(root, ['eval', 'a.checklist', '--case', 'case.json']);
    expect(out.stdout).toMatch(/^ {2}q \*\s+yes_no\s+invalid\s+missing: /m);
  });

  it('shows closing steps, resolution and data errors below the table', async () => {
    const root = makeTree({
      'closer.checklist': WITH_CLOSING,
      'case.json': '{}',
      'state.json': JSON.stringify({
        responses: { acdv: { code: '01', validated: true, findings: { finding: 'Accurate' } }, ghost: 1 },
        completed: ['s1'],
        outcome: 'upheld',
      }),
    });
    const out = await runCli(root, ['eval', 'closer.checklist', '--case', 'case.json', '--state', 'state.json']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/\n\nclosing steps for outcome upheld:\nletter\s+step\s+open\n {2}sent \*\s+checkbox\s+invalid\s+missing: /);
    expect(out.stdout).toMatch(/^resolution: allowed$/m);
    expect(out.stdout).toMatch(/^data errors:\n {2}state responses\.ghost: /m);
  });

  it('lists what blocks resolution and the invalidated steps', async () => {
    const root = makeTree({ 'closer.checklist': WITH_CLOSING, 'case.json': '{}', 'state.json': '{"completed": ["s1"]}' });
    const out = await runCli(root, ['eval', 'closer.checklist', '--case', 'case.json', '--state', 'state.json']);
    expect(out.stdout).toMatch(/^resolution: not allowed\n {2}blocked by step s1: /m);
    expect(out.stdout).toMatch(/^ {2}blocked by item acdv: /m);
    expect(out.stdout).toMatch(/^invalidated \(marked complete, no longer ready\): s1$/m);
  });

  it('lines up the closing steps with the main table', async () => {
    const root = makeTree({ 'closer.checklist': WITH_CLOSING, 'case.json': '{}' });
    const out = await runCli(root, ['eval', 'closer.checklist', '--case', 'case.json']);
    const statusColumn = (id: string) => out.stdout.split('\n').find((line) => line.startsWith(id))!.search(/\s(open|hidden|ready|locked|completed)\b/);
    expect(statusColumn('s1 ')).toBe(statusColumn('letter '));
  });

  it('evaluates a compiled .checklist.json the same as its source', async () => {
    const root = makeTree(files);
    await runCli(root, ['compile', 'a.checklist', '-o', 'a.checklist.json']);
    const fromSource = await runCli(root, ['eval', 'a.checklist', '--case', 'case.json', '--format', 'json']);
    const fromIr = await runCli(root, ['eval', 'a.checklist.json', '--case', 'case.json', '--format', 'json']);
    expect(fromIr).toEqual(fromSource);
  });

  it('exits 1 with the diagnostics when the checklist does not compile', async () => {
    const root = makeTree({ ...files, 'z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, ['eval', 'z.checklist', '--case', 'case.json']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^z\.checklist:2:\d+: error CW011: /);
  });

  it('exits 1 when the IR does not load, saying why', async () => {
    const root = makeTree({ ...files, 'bad.checklist.json': '{"irVersion": 2}', 'text.checklist.json': 'not json' });
    const bad = await runCli(root, ['eval', 'bad.checklist.json', '--case', 'case.json']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.checklist\.json: not a valid checklist IR:\n {2}\S/);
    const text = await runCli(root, ['eval', 'text.checklist.json', '--case', 'case.json']);
    expect(text.code).toBe(1);
    expect(text.stderr).toMatch(/^text\.checklist\.json: not valid JSON/);
  });

  it('exits 1 for a file with no checklist in it', async () => {
    const root = makeTree({ ...files, 'dictionary.checklist': DICTIONARY });
    const out = await runCli(root, ['eval', 'dictionary.checklist', '--case', 'case.json']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/holds no checklist/);
  });

  it.each([
    [['eval', 'a.checklist', '--case', 'missing.json'], /--case: no such file or folder: missing\.json/],
    [['eval', 'a.checklist', '--case', 'broken.json'], /--case broken\.json is not JSON/],
    [['eval', 'a.checklist', '--case', 'case.json', '--state', 'broken.json'], /--state broken\.json is not JSON/],
    [['eval', 'a.checklist', '--case', 'case.json', '--state', 'missing.json'], /--state: no such file/],
    [['eval', 'a.checklist'], /required option '--case <file>' not specified/],
    [['eval', 'a.checklist', '--case', 'case.json', '--format', 'sarif'], /argument 'sarif' is invalid/],
    [['eval', 'missing.checklist', '--case', 'case.json'], /no such file or folder: missing\.checklist/],
    [['eval', 'z.checklist', '--case', 'broken.json'], /is not JSON/],
  ])('%j exits 2 with a one-line message', async (argv, message) => {
    const root = makeTree({ ...files, 'broken.json': '{ nope', 'z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });
});
