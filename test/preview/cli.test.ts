import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/harness.js';
import { ROOT } from './fixture.js';

describe('checkwright preview (command line)', () => {
  it.each([
    [['--host', '0.0.0.0'], /loopback address only/],
    [['--port', 'eighty'], /--port must be an integer/],
    [['--port', '99999'], /--port must be an integer/],
  ])('refuses %j with exit 2', async (flags, message) => {
    const outcome = await runCli(ROOT, ['preview', 'samples/identity_theft.checklist', ...flags]);
    expect(outcome.code).toBe(2);
    expect(outcome.stderr).toMatch(message);
  });

  it('refuses a checklist or case file that does not exist with exit 2', async () => {
    expect((await runCli(ROOT, ['preview', path.join('samples', 'nope.checklist')])).code).toBe(2);
    expect((await runCli(ROOT, ['preview', 'samples/identity_theft.checklist', '--case', 'nope.json'])).code).toBe(2);
  });
});
