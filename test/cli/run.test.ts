import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { TOOL_VERSION } from '../../src/diagnostics/format/tool.js';
import { CLEAN } from './fixtures.js';
import { makeTree, runCli } from './harness.js';

describe('run', () => {
  it('prints help on stdout and exits 0 for --help', async () => {
    const out = await runCli(makeTree({}), ['--help']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/Usage: checkwright/);
    for (const command of ['compile', 'lint', 'eval', 'select']) expect(out.stdout).toContain(command);
  });

  it('prints the version for --version', async () => {
    expect(await runCli(makeTree({}), ['--version'])).toEqual({ code: 0, stdout: `${TOOL_VERSION}\n`, stderr: '' });
  });

  it('exits 2 with the help on stderr when no command is given', async () => {
    const out = await runCli(makeTree({}), []);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/Usage: checkwright/);
  });

  it('exits 2 for an unknown command', async () => {
    const out = await runCli(makeTree({}), ['lnit', '.']);
    expect(out.code).toBe(2);
    expect(out.stderr).toBe("checkwright: unknown command 'lnit' (Did you mean lint?)\n");
  });

  it('exits 2 for an extra argument', async () => {
    const root = makeTree({ 'a.checklist': CLEAN, 'case.json': '{}' });
    const out = await runCli(root, ['eval', 'a.checklist', 'b.checklist', '--case', 'case.json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/too many arguments/);
  });

  const exploding = (env: Record<string, string>) => {
    let stderr = '';
    const root = makeTree({ 'a.checklist': CLEAN });
    const io = {
      cwd: root,
      env,
      stdout: {
        write: () => {
          throw new Error('disk full');
        },
      },
      stderr: { write: (text: string) => (stderr += text) },
    };
    return { io, stderr: () => stderr };
  };

  it('turns an unexpected exception into a message and exit 2, without a stack trace', async () => {
    const { io, stderr } = exploding({});
    expect(await run(['lint', '.', '--format', 'json'], io)).toBe(2);
    expect(stderr()).toMatch(/^checkwright: unexpected error: disk full\n/);
    expect(stderr()).not.toMatch(/\n\s+at /);
  });

  it('shows the stack trace when CHECKWRIGHT_DEBUG is set', async () => {
    const { io, stderr } = exploding({ CHECKWRIGHT_DEBUG: '1' });
    expect(await run(['lint', '.', '--format', 'json'], io)).toBe(2);
    expect(stderr()).toMatch(/\n\s+at /);
  });

  it('does not change its argv', async () => {
    const argv = Object.freeze(['lint', '.']);
    expect(await run(argv, { cwd: makeTree({ 'a.checklist': CLEAN }), stdout: { write: () => true }, stderr: { write: () => true } })).toBe(0);
  });
});

describe('run with a broken stderr', () => {
  it('still returns an exit code instead of throwing', async () => {
    const broken = {
      write: () => {
        throw new Error('closed');
      },
    };
    expect(await run(['lint', 'missing-folder'], { cwd: makeTree({}), stdout: broken, stderr: broken })).toBe(2);
  });
});
