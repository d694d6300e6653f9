import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CLEAN, UNKNOWN_REFERENCE } from './fixtures.js';
import { makeTree } from './tree.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bin = path.join(repo, 'bin/checkwright.js');
const built = existsSync(path.join(repo, 'dist/cli.js'));

const node = (script: string, args: readonly string[], cwd: string) =>
  spawnSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', env: { ...process.env, CHECKWRIGHT_DEBUG: '' } });

/** A copy of the shim in a fresh package folder holding `files`, to run it against a chosen dist/. */
function shimIn(files: Readonly<Record<string, string>>): { script: string; folder: string } {
  const folder = makeTree({ 'package.json': '{ "type": "module" }', ...files });
  mkdirSync(path.join(folder, 'bin'));
  const script = path.join(folder, 'bin/checkwright.js');
  copyFileSync(bin, script);
  return { script, folder };
}

describe('bin/checkwright.js', () => {
  it.skipIf(!built)('lints a folder end to end: quiet and 0 when clean, diagnostics and 1 when not', () => {
    const clean = makeTree({ 'samples/a.checklist': CLEAN, 'samples/.checkwrightignore': 'invalid/\n', 'samples/invalid/z.checklist': UNKNOWN_REFERENCE });
    const ok = node(bin, ['lint', 'samples'], clean);
    expect({ status: ok.status, stdout: ok.stdout, stderr: ok.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
    const failing = node(bin, ['lint', 'samples/invalid/z.checklist'], clean);
    expect(failing.status).toBe(1);
    expect(failing.stdout).toMatch(/^samples\/invalid\/z\.checklist:2:\d+: error CW011: /);
  });

  it.skipIf(!built)('exits 2 on a bad flag', () => {
    const result = node(bin, ['lint', '.', '--format', 'xml'], makeTree({}));
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^checkwright: /);
  });

  it('asks for a build when dist/cli.js is missing', () => {
    const { script, folder } = shimIn({});
    const result = node(script, ['lint', '.'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('checkwright: dist/cli.js is missing; run `npm run build` first\n');
  });
});

describe('bin/checkwright.js without its dependencies', () => {
  it('says it cannot start, in one line, and exits 2', () => {
    const { script, folder } = shimIn({ 'dist/cli.js': "import 'a-package-that-is-not-installed';\n" });
    const result = node(script, ['--version'], folder);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^checkwright: cannot start: .*a-package-that-is-not-installed.*\n$/);
  });
});

describe('dist/runtime.js', () => {
  const runtime = path.join(repo, 'dist/runtime.js');

  it.skipIf(!existsSync(runtime))('imports nothing, no Node built-in and no package, so it runs in a browser', async () => {
    const { build } = await import('esbuild');
    const result = await build({ entryPoints: [runtime], bundle: true, write: false, metafile: true, format: 'esm', external: ['*'], logLevel: 'silent' });
    expect(Object.values(result.metafile.inputs).flatMap((input) => input.imports)).toEqual([]);
  });
});
