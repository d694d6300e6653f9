import { describe, expect, it } from 'vitest';
import { assigned, CLEAN, DICTIONARY, UNKNOWN_REFERENCE } from './fixtures.js';
import { makeTree, runCli } from './harness.js';

const acdv = JSON.stringify({ dispute: { type: 'ACDV' } });
const aud = JSON.stringify({ dispute: { type: 'AUD' } });
const other = JSON.stringify({ dispute: { type: 'OTHER' } });

describe('select', () => {
  const tree = () =>
    makeTree({
      'lists/low.checklist': assigned('low', 1),
      'lists/high.checklist': assigned('high', 10),
      'lists/aud.checklist': assigned('audit', 50, 'AUD'),
      'lists/plain.checklist': CLEAN,
      'lists/dictionary.checklist': DICTIONARY,
      'acdv.json': acdv,
      'aud.json': aud,
      'other.json': other,
    });

  it('prints the id of the matching checklist with the highest priority', async () => {
    const root = tree();
    expect(await runCli(root, ['select', 'lists', '--case', 'acdv.json'])).toEqual({ code: 0, stdout: 'high\n', stderr: '' });
    expect((await runCli(root, ['select', 'lists', '--case', 'aud.json'])).stdout).toBe('audit\n');
  });

  it('breaks a priority tie by checklist id, ascending', async () => {
    const root = makeTree({ 'b.checklist': assigned('bravo', 5), 'a.checklist': assigned('charlie', 5), 'acdv.json': acdv });
    expect((await runCli(root, ['select', 'b.checklist', 'a.checklist', '--case', 'acdv.json'])).stdout).toBe('bravo\n');
  });

  it('exits 1 when no checklist matches', async () => {
    const out = await runCli(tree(), ['select', 'lists', '--case', 'other.json']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/no checklist is assigned/);
  });

  it('reads compiled .checklist.json files too', async () => {
    const root = tree();
    await runCli(root, ['compile', 'lists/high.checklist', '-o', 'compiled/']);
    expect((await runCli(root, ['select', 'compiled', '--case', 'acdv.json'])).stdout).toBe('high\n');
  });

  it('exits 1 with the diagnostics when a candidate does not compile', async () => {
    const broken = makeTree({ 'z.checklist': UNKNOWN_REFERENCE, 'h.checklist': assigned('high', 10), 'acdv.json': acdv });
    const failing = await runCli(broken, ['select', '.', '--case', 'acdv.json']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toBe('');
    expect(failing.stderr).toMatch(/^z\.checklist:2:\d+: error CW011: /);
  });

  it.each([
    [['select', 'lists'], /required option '--case <file>'/],
    [['select', 'lists', '--case', 'nope.json'], /--case: no such file/],
    [['select', 'lists', '--case', 'lists/plain.checklist'], /is not JSON/],
    [['select', 'nowhere', '--case', 'acdv.json'], /no such file or folder: nowhere/],
  ])('%j exits 2', async (argv, message) => {
    const out = await runCli(tree(), argv);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
  });
});
