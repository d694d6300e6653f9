/**
 * The store ships as `checkwright/store` (dist/store.js) and nothing of it reaches a browser
 * bundle: the runtime's module graph holds no store module, no database client and no migration
 * code, and the built browser files hold none of the store's SQL (moving cases in flight is a server's job).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(result.metafile.inputs);
}

describe('the package and the browser bundles', () => {
  it('npm pack --dry-run ships dist/store.js beside dist/runtime.js', () => {
    // --ignore-scripts: `npm test` has built dist/ already; packing must not build again.
    const output = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' });
    const [packed] = JSON.parse(output) as { files: { path: string }[] }[];
    const files = packed!.files.map((file) => file.path);
    expect(files).toEqual(expect.arrayContaining(['dist/store.js', 'dist/runtime.js', 'dist/types/store/index.d.ts']));
  });

  it('the runtime bundles without any store or migration module', async () => {
    const inputs = await bundleInputs('src/runtime/index.ts');
    expect(inputs.some((input) => input.startsWith('src/runtime/'))).toBe(true);
    expect(inputs.filter((input) => /^src\/store\/|better-sqlite3|node_modules\/pg|src\/runtime\/migrate\.ts/.test(input))).toEqual([]);
  });

  it.each(['dist/runtime.js', 'dist/preview/page.js'])('%s holds none of the store’s SQL or drivers', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    expect(text).not.toMatch(/cw_events|better-sqlite3|BEGIN IMMEDIATE/);
  });
});
