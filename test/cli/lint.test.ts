import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BROKEN_DICTIONARY, CLEAN, CLEAN_YAML, DICTIONARY, SYNTAX_ERROR, UNKNOWN_REFERENCE, WARNED } from './fixtures.js';
import { makeTree, runCli } from './harness.js';
import { sarifValidator } from './sarif-schema.js';

const lines = (text: string) => text.split('\n').filter((line) => line !== '');
/** The files the text report names, in order, each once (hint lines skipped). */
const reportedFiles = (text: string) =>
  lines(text)
    .filter((line) => !line.startsWith(' '))
    .map((line) => line.split(':')[0]!)
    .filter((file, index, all) => file !== all[index - 1]);

describe('lint: finding files', () => {
  it('is quiet and exits 0 when every checklist is clean', async () => {
    const root = makeTree({ 'a.checklist': CLEAN, 'sub/b.checklist.yaml': CLEAN_YAML, 'dictionary.checklist': DICTIONARY });
    expect(await runCli(root, ['lint', '.'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('reports every problem under a folder, sorted by file, and exits 1', async () => {
    const root = makeTree({ 'z.checklist': UNKNOWN_REFERENCE, 'sub/a.checklist': SYNTAX_ERROR, 'm.checklist': CLEAN });
    const out = await runCli(root, ['lint', '.']);
    expect(out.code).toBe(1);
    expect(reportedFiles(out.stdout)).toEqual(['sub/a.checklist', 'z.checklist']);
    expect(out.stdout).toMatch(/^sub\/a\.checklist:2:\d+: error CW001: /);
    expect(out.stdout).toMatch(/^z\.checklist:2:\d+: error CW011: /m);
  });

  it('names files relative to the working folder however the path was written', async () => {
    const root = makeTree({ 'lists/z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, ['lint', './lists/']);
    expect(out.stdout).toMatch(/^lists\/z\.checklist:2:/);
  });

  it('lints the YAML form too', async () => {
    const root = makeTree({ 'y.checklist.yaml': 'checklist: y\ntitle: Y\nstepz: []\n' });
    const out = await runCli(root, ['lint', '.']);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^y\.checklist\.yaml:\d+:\d+: error CW001: /);
  });

  it('lints dictionary files', async () => {
    const root = makeTree({ 'dictionary.checklist': BROKEN_DICTIONARY });
    const out = await runCli(root, ['lint', '.']);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^dictionary\.checklist:2:\d+: error CW001: /);
  });

  it('takes only checklist files from a folder, and skips node_modules', async () => {
    const root = makeTree({
      'notes.txt': SYNTAX_ERROR,
      'a.checklist.json': SYNTAX_ERROR,
      'node_modules/pkg/x.checklist': SYNTAX_ERROR,
      'ok.checklist': CLEAN,
    });
    expect(await runCli(root, ['lint', '.'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('always lints a file named on the command line, whatever its name', async () => {
    const root = makeTree({ 'notes.txt': SYNTAX_ERROR });
    expect((await runCli(root, ['lint', 'notes.txt'])).code).toBe(1);
  });

  it('reports a file named twice, or named and also found in a folder, once', async () => {
    const root = makeTree({ 'z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, ['lint', 'z.checklist', '.', 'z.checklist']);
    expect(lines(out.stdout).filter((line) => line.includes('CW011'))).toHaveLength(1);
  });

  it('succeeds quietly on a folder with no checklists', async () => {
    const root = makeTree({ 'readme.md': '# nothing' });
    expect(await runCli(root, ['lint', '.'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe('lint: .checkwrightignore', () => {
  it('skips what the ignore file at the walk root lists (samples/.checkwrightignore keeps invalid/ out)', async () => {
    const root = makeTree({
      'samples/.checkwrightignore': '# broken on purpose\ninvalid/\n',
      'samples/invalid/CW011.checklist': UNKNOWN_REFERENCE,
      'samples/good.checklist': CLEAN,
    });
    expect(await runCli(root, ['lint', 'samples'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('applies an ignore file in a subfolder to that subfolder, relative to it', async () => {
    const root = makeTree({
      'sub/.checkwrightignore': 'draft.checklist\n',
      'sub/draft.checklist': SYNTAX_ERROR,
      'draft.checklist': UNKNOWN_REFERENCE,
    });
    const out = await runCli(root, ['lint', '.']);
    expect(reportedFiles(out.stdout)).toEqual(['draft.checklist']);
  });

  it('applies an ignore file above a folder to everything below it', async () => {
    const root = makeTree({
      '.checkwrightignore': 'deep/inner/*.checklist\n',
      'deep/inner/x.checklist': SYNTAX_ERROR,
    });
    expect((await runCli(root, ['lint', '.'])).code).toBe(0);
  });

  it('lets a deeper ignore file re-include with !pattern', async () => {
    const root = makeTree({
      '.checkwrightignore': '*.checklist\n',
      'keep/.checkwrightignore': '!wanted.checklist\n',
      'keep/wanted.checklist': SYNTAX_ERROR,
      'keep/other.checklist': SYNTAX_ERROR,
    });
    const out = await runCli(root, ['lint', '.']);
    expect(reportedFiles(out.stdout)).toEqual(['keep/wanted.checklist']);
  });

  it('reads ignore files written on Windows (BOM, CRLF)', async () => {
    const root = makeTree({
      '.checkwrightignore': '\uFEFFdrafts/\r\nold.checklist\r\n',
      'drafts/x.checklist': SYNTAX_ERROR,
      'old.checklist': SYNTAX_ERROR,
    });
    expect((await runCli(root, ['lint', '.'])).code).toBe(0);
  });

  it('applies an ignore file above a named folder (SPEC §6: in it or above it), and says so', async () => {
    const root = makeTree({
      'sub/.checkwrightignore': 'deep/\n',
      'sub/deep/CW011.checklist': UNKNOWN_REFERENCE,
    });
    const out = await runCli(root, ['lint', 'sub/deep']);
    expect(out).toEqual({ code: 0, stdout: '', stderr: 'checkwright: sub/deep is ignored by a .checkwrightignore above it; name its files to check them\n' });
  });

  it('applies an ignore file above a named folder to files below it', async () => {
    const root = makeTree({
      '.checkwrightignore': 'sub/deep/*.checklist\n',
      'sub/deep/x.checklist': UNKNOWN_REFERENCE,
      'sub/y.checklist': UNKNOWN_REFERENCE,
    });
    expect(reportedFiles((await runCli(root, ['lint', 'sub'])).stdout)).toEqual(['sub/y.checklist']);
  });

  it('reads from the git repository root when it is above the working folder', async () => {
    const root = makeTree({
      '.git/HEAD': 'ref: refs/heads/main\n',
      '.checkwrightignore': 'drafts/\n',
      'team/drafts/x.checklist': UNKNOWN_REFERENCE,
    });
    expect((await runCli(path.join(root, 'team'), ['lint', 'drafts'])).code).toBe(0);
  });

  it('reads no ignore file above both the working folder and the repository', async () => {
    const root = makeTree({
      '.checkwrightignore': 'drafts/\n',
      'team/drafts/x.checklist': UNKNOWN_REFERENCE,
    });
    expect((await runCli(path.join(root, 'team'), ['lint', 'drafts'])).code).toBe(1);
  });

  it('still lints an ignored file named on the command line', async () => {
    const root = makeTree({
      'samples/.checkwrightignore': 'invalid/\n',
      'samples/invalid/CW011.checklist': UNKNOWN_REFERENCE,
    });
    const out = await runCli(root, ['lint', 'samples', 'samples/invalid/CW011.checklist']);
    expect(out.code).toBe(1);
    expect(out.stdout).toMatch(/^samples\/invalid\/CW011\.checklist:2:/);
  });
});

describe('lint: formats', () => {
  it('json prints a document even when clean', async () => {
    const root = makeTree({ 'a.checklist': CLEAN });
    const out = await runCli(root, ['lint', '.', '--format', 'json']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual({ formatVersion: 1, errorCount: 0, warningCount: 0, diagnostics: [] });
  });

  it('json lists the diagnostics with their positions', async () => {
    const root = makeTree({ 'z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, ['lint', '.', '--format', 'json']);
    expect(out.code).toBe(1);
    const document = JSON.parse(out.stdout);
    expect(document.errorCount).toBeGreaterThan(0);
    expect(document.diagnostics[0]).toMatchObject({ file: 'z.checklist', line: 2, severity: 'error', code: 'CW011' });
  });

  it('sarif prints a valid SARIF 2.1.0 log, clean or not', async () => {
    const validate = sarifValidator();
    const root = makeTree({ 'a.checklist': CLEAN, 'bad/z.checklist': UNKNOWN_REFERENCE, 'w.checklist': WARNED });
    const clean = await runCli(root, ['lint', 'a.checklist', '--format', 'sarif']);
    expect(validate(JSON.parse(clean.stdout))).toBe(true);
    const failing = await runCli(root, ['lint', '.', '--format', 'sarif']);
    expect(failing.code).toBe(1);
    const log = JSON.parse(failing.stdout);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['CW011', 'CW102']);
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('bad/z.checklist');
  });

  it('github prints workflow commands', async () => {
    const root = makeTree({ 'z.checklist': UNKNOWN_REFERENCE, 'w.checklist': WARNED });
    const out = await runCli(root, ['lint', '.', '--format', 'github']);
    expect(out.code).toBe(1);
    expect(lines(out.stdout)[0]).toMatch(/^::warning file=w\.checklist,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=CW102::/);
    expect(lines(out.stdout)[1]).toMatch(/^::error file=z\.checklist,line=2,col=\d+,endLine=\d+,endColumn=\d+,title=CW011::/);
  });
});

describe('lint: warnings and --max-warnings', () => {
  it('prints warnings but exits 0 without --max-warnings', async () => {
    const root = makeTree({ 'w.checklist': WARNED });
    const out = await runCli(root, ['lint', '.']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^w\.checklist:\d+:\d+: warning CW102: /);
  });

  it('exits 1 when the warnings are more than N, saying so on stderr', async () => {
    const root = makeTree({ 'w.checklist': WARNED });
    const out = await runCli(root, ['lint', '.', '--max-warnings', '0']);
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/more than --max-warnings 0/);
  });

  it('exits 0 when the warnings are exactly N', async () => {
    const root = makeTree({ 'w.checklist': WARNED });
    expect((await runCli(root, ['lint', '.', '--max-warnings', '1'])).code).toBe(0);
  });

  it('still exits 1 on errors however high N is', async () => {
    const root = makeTree({ 'z.checklist': UNKNOWN_REFERENCE });
    expect((await runCli(root, ['lint', '.', '--max-warnings', '100'])).code).toBe(1);
  });
});

describe('lint: the command line', () => {
  it.each([
    [['lint', '.', '--format', 'xml'], /argument 'xml' is invalid/],
    [['lint', '.', '--max-warnings', '-1'], /--max-warnings/],
    [['lint', '.', '--max-warnings', 'many'], /whole number/],
    [['lint', '.', '--formt', 'json'], /unknown option '--formt' \(Did you mean --format\?\)$/m],
    [['lint', '.', '--frobnicate'], /unknown option '--frobnicate'/],
    [['lint'], /missing required argument/],
    [['lint', 'no/such/folder'], /no such file or folder: no\/such\/folder/],
  ])('%j exits 2 with a one-line message', async (argv, message) => {
    const root = makeTree({ 'a.checklist': CLEAN });
    const out = await runCli(root, argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(lines(out.stderr)).toHaveLength(1);
    expect(out.stderr).toMatch(/^checkwright: /);
    expect(out.stderr).toMatch(message);
  });
});
