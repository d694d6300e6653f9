import { describe, expect, it } from 'vitest';
import { diag, type Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { formatText, wantsColor } from '../../src/diagnostics/format/text.js';
import { CLEAN, UNKNOWN_REFERENCE } from './fixtures.js';
import { makeTree, runCli } from './harness.js';

const at = (line: number, column: number, endLine: number, endColumn: number, hint?: string): Diagnostic =>
  diag('CW011', 'a.checklist', { line, column, endLine, endColumn }, 'unknown reference `zz`', hint);
const show = (d: Diagnostic, text: string) => formatText([d], { source: (file) => (file === 'a.checklist' ? text : undefined) });

describe('text format with the source', () => {
  it('shows the line and underlines the span, then the hint', () => {
    expect(show(at(2, 8, 2, 10, 'declare it'), 'line one\nwhen a zz b\n')).toBe(
      'a.checklist:2:8: error CW011: unknown reference `zz`\n' +
        '  2 | when a zz b\n' +
        '    |        ^~\n' +
        '  hint: declare it\n',
    );
  });

  it('underlines a span over several lines to the end of its first line', () => {
    expect(show(at(1, 6, 3, 2), 'when (a and\n  b\n)').split('\n').slice(1, 3)).toEqual(['  1 | when (a and', '    |      ^~~~~~']);
  });

  it('lines the caret up after tabs and wide characters, and under CRLF line ends', () => {
    const out = show(at(1, 5, 1, 7), '\t日本 zz\r\nnext');
    expect(out.split('\n').slice(1, 3)).toEqual(['  1 |     日本 zz', `    | ${' '.repeat(9)}^~`]);
  });

  it('marks an empty span with one caret, and shows nothing for an unknown file or a line past the end', () => {
    expect(show(at(1, 5, 1, 5), 'abcd').split('\n')[2]).toBe('    |     ^');
    expect(formatText([at(1, 1, 1, 2)])).toBe('a.checklist:1:1: error CW011: unknown reference `zz`\n');
    expect(show(at(9, 1, 9, 2), 'one line')).toBe('a.checklist:9:1: error CW011: unknown reference `zz`\n');
  });

  it('colours only when asked', () => {
    expect(formatText([at(1, 1, 1, 2)], { color: true })).toContain('\u001b[1;31merror\u001b[0m');
    expect(show(at(1, 1, 1, 2), 'ab')).not.toContain('\u001b');
  });
});

describe('wantsColor', () => {
  it('is on for a terminal, off otherwise, never with NO_COLOR, always with FORCE_COLOR', () => {
    expect(wantsColor({ isTTY: true }, {})).toBe(true);
    expect(wantsColor({}, {})).toBe(false);
    expect(wantsColor({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColor({}, { FORCE_COLOR: '1' })).toBe(true);
    expect(wantsColor({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
  });
});

describe('the CLI shows source lines and reads `-` as standard input', () => {
  it('lint prints the source line under each diagnostic', async () => {
    const out = await runCli(makeTree({ 'z.checklist': UNKNOWN_REFERENCE }), ['lint', 'z.checklist']);
    expect(out.stdout.split('\n')[1]).toMatch(/^ {2}2 \| /);
    expect(out.stdout.split('\n')[2]).toMatch(/^ {4}\| +\^~*$/);
  });

  it('lint, compile, eval and select read `-` as `<stdin>`, imports relative to the working folder', async () => {
    const root = makeTree({ 'case.json': '{}' });
    const stdin = (text: string) => ({ stdin: () => text });
    const lint = await runCliWith(root, ['lint', '-'], stdin(UNKNOWN_REFERENCE));
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(/^<stdin>:2:\d+: error CW011: /);
    const compiled = await runCliWith(root, ['compile', '-'], stdin(CLEAN));
    expect(compiled.code).toBe(0);
    expect(JSON.parse(compiled.stdout)).toMatchObject({ irVersion: 1 });
    expect((await runCliWith(root, ['eval', '-', '--case', 'case.json'], stdin(CLEAN))).code).toBe(0);
    const select = await runCliWith(root, ['select', '-', '--case', 'case.json'], stdin(UNKNOWN_REFERENCE));
    expect(select.stderr).toMatch(/^<stdin>:2:/);
  });

  it('--version prints the version', async () => {
    expect(await runCli(makeTree({}), ['--version'])).toEqual({ code: 0, stdout: '0.1.0\n', stderr: '' });
  });
});

async function runCliWith(cwd: string, argv: readonly string[], extra: { stdin: () => string }) {
  const { run } = await import('../../src/cli/run.js');
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { cwd, env: {}, ...extra, stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } });
  return { code, stdout, stderr };
}
