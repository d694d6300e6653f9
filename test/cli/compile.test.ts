import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLEAN, CLEAN_YAML, DICTIONARY, UNKNOWN_REFERENCE, WARNED } from './fixtures.js';
import { makeTree, runCli } from './harness.js';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

describe('compile', () => {
  it('prints the IR of one file on stdout and nothing else', async () => {
    const root = makeTree({ 'a.checklist': CLEAN });
    const out = await runCli(root, ['compile', 'a.checklist']);
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    const ir = JSON.parse(out.stdout);
    expect(ir).toMatchObject({ irVersion: 1, checklist: 'alpha' });
    expect(out.stdout.endsWith('}\n')).toBe(true);
  });

  it('compiles the YAML form', async () => {
    const root = makeTree({ 'y.checklist.yaml': CLEAN_YAML });
    const out = await runCli(root, ['compile', 'y.checklist.yaml']);
    expect(out.code).toBe(0);
    expect(JSON.parse(out.stdout).checklist).toBe('yalpha');
  });

  it('writes one <id>.checklist.json per input into a folder named with a trailing /', async () => {
    const root = makeTree({ 'a.checklist': CLEAN, 'y.checklist.yaml': CLEAN_YAML });
    const out = await runCli(root, ['compile', 'a.checklist', 'y.checklist.yaml', '-o', 'out/ir/']);
    expect(out).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(readJson(path.join(root, 'out/ir/alpha.checklist.json')).checklist).toBe('alpha');
    expect(readJson(path.join(root, 'out/ir/yalpha.checklist.json')).checklist).toBe('yalpha');
  });

  it('writes into an existing folder named without a trailing /', async () => {
    const root = makeTree({ 'a.checklist': CLEAN });
    mkdirSync(path.join(root, 'dist'));
    expect((await runCli(root, ['compile', 'a.checklist', '-o', 'dist'])).code).toBe(0);
    expect(existsSync(path.join(root, 'dist/alpha.checklist.json'))).toBe(true);
  });

  it('writes exactly the stdout bytes to a file named by -o', async () => {
    const root = makeTree({ 'a.checklist': CLEAN });
    const printed = await runCli(root, ['compile', 'a.checklist']);
    expect((await runCli(root, ['compile', 'a.checklist', '-o', 'build/alpha.json'])).code).toBe(0);
    expect(readFileSync(path.join(root, 'build/alpha.json'), 'utf8')).toBe(printed.stdout);
  });

  it('reports diagnostics on stderr in text form, prints no IR, and exits 1', async () => {
    const root = makeTree({ 'z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, ['compile', 'z.checklist']);
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^z\.checklist:2:\d+: error CW011: /);
  });

  it('writes the files that compiled and exits 1 for the one that did not', async () => {
    const root = makeTree({ 'a.checklist': CLEAN, 'z.checklist': UNKNOWN_REFERENCE });
    const out = await runCli(root, ['compile', 'a.checklist', 'z.checklist', '-o', 'out/']);
    expect(out.code).toBe(1);
    expect(existsSync(path.join(root, 'out/alpha.checklist.json'))).toBe(true);
    expect(existsSync(path.join(root, 'out/broken.checklist.json'))).toBe(false);
  });

  it('prints warnings on stderr and still emits, exit 0', async () => {
    const root = makeTree({ 'w.checklist': WARNED });
    const out = await runCli(root, ['compile', 'w.checklist']);
    expect(out.code).toBe(0);
    expect(out.stderr).toMatch(/warning CW102/);
    expect(JSON.parse(out.stdout).checklist).toBe('warned');
  });

  it('says so when a file holds only fields, and exits 0', async () => {
    const root = makeTree({ 'dictionary.checklist': DICTIONARY });
    const out = await runCli(root, ['compile', 'dictionary.checklist']);
    expect(out.code).toBe(0);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/dictionary\.checklist holds no checklist/);
  });

  it('resolves imports relative to the importing file, whatever the working folder', async () => {
    const root = makeTree({
      'lists/dictionary.checklist': 'fields {\n  dispute.type text\n}\n',
      'lists/main.checklist': `import "dictionary.checklist"
checklist main "Main" {
  step s1 "One" when dispute.type == "ACDV" {
    checkbox c "Tick"
  }
}
`,
    });
    const out = await runCli(root, ['compile', 'lists/main.checklist']);
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
  });

  it.each([
    [['compile', 'missing.checklist'], /no such file or folder: missing\.checklist/],
    [['compile', 'folder'], /folder is a folder/],
    [['compile', 'a.checklist', 'b.checklist'], /several files needs -o/],
    [['compile', 'a.checklist', 'b.checklist', '-o', 'one.json'], /name a folder/],
    [['compile'], /missing required argument/],
    [['compile', 'a.checklist', '-o', './a.checklist'], /would overwrite its source/],
  ])('%j is a usage error: exit 2, one line', async (argv, message) => {
    const root = makeTree({ 'a.checklist': CLEAN, 'b.checklist': CLEAN_YAML, 'folder/x.checklist': CLEAN });
    const out = await runCli(root, argv);
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(message);
  });

  it('compiles a file named twice once', async () => {
    const root = makeTree({ 'a.checklist': CLEAN });
    const once = await runCli(root, ['compile', 'a.checklist']);
    expect(await runCli(root, ['compile', 'a.checklist', './a.checklist'])).toEqual(once);
  });

  it('refuses to write two inputs with the same checklist id to one file name', async () => {
    const root = makeTree({ 'a.checklist': CLEAN, 'copy/a.checklist': CLEAN });
    const out = await runCli(root, ['compile', 'a.checklist', 'copy/a.checklist', '-o', 'out/']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/both define checklist alpha/);
    expect(existsSync(path.join(root, 'out'))).toBe(false);
  });
});
