import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { makeTree } from './tree.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** scripts/bundle.mjs run in a scratch project holding only `files` (and the repo's node_modules). */
function bundleIn(files: Readonly<Record<string, string>>) {
  const project = makeTree({ 'tsconfig.json': '{ "compilerOptions": { "noEmit": false }, "include": [] }', ...files });
  mkdirSync(path.join(project, 'scripts'));
  copyFileSync(path.join(repo, 'scripts/bundle.mjs'), path.join(project, 'scripts/bundle.mjs'));
  const modules = path.join(project, 'node_modules');
  symlinkSync(path.join(repo, 'node_modules'), modules, 'dir');
  try {
    const result = spawnSync(process.execPath, ['scripts/bundle.mjs'], { cwd: project, encoding: 'utf8' });
    return { ...result, project };
  } finally {
    unlinkSync(modules); // before the scratch folder is removed, so nothing can reach through the link
  }
}

describe('scripts/bundle.mjs', () => {
  it('skips the entries not written yet with a warning, and builds the rest', () => {
    const result = bundleIn({ 'src/runtime/index.ts': 'export const answer: number = 42;\n' });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: src\/cli\/main\.ts does not exist yet; skipping dist\/cli\.js/);
    expect(result.stderr).toMatch(/warning: src\/index\.ts does not exist yet; skipping dist\/index\.js/);
    expect(result.stdout).toMatch(/dist\/runtime\.js [\d.]+ KB minified, [\d.]+ KB gzipped/);
    expect(existsSync(path.join(result.project, 'dist/runtime.js'))).toBe(true);
  });

  it('skips an entry whose imports are not written yet', () => {
    const result = bundleIn({ 'src/index.ts': "export { compileFile } from './compile.js';\n" });
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: library: .*Could not resolve "\.\/compile\.js"; skipping dist\/index\.js/);
  });

  it('fails when the browser runtime would import a Node built-in', () => {
    const result = bundleIn({ 'src/runtime/index.ts': "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/error: runtime: src\/runtime\/index\.ts:1: Could not resolve "node:fs" \(the browser runtime must not use Node built-ins/);
  });
});
