// The red-team suite (docs/fuzz.md): `npm run fuzz -- --n N --seed S [--workers K] [--out DIR] [--only I]`.
// test/fuzz is bundled with esbuild into node_modules/.cache (there, so bare imports resolve to this
// project's dependencies): plain .mjs workers start fast and need no TypeScript loader.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'node_modules', '.cache', 'checkwright-fuzz');
await build({
  entryPoints: { fuzz: 'test/fuzz/fuzz.ts', worker: 'test/fuzz/worker.ts' },
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outExtension: { '.js': '.mjs' },
  outdir,
  logLevel: 'error',
});
// The strategies read the samples from the project, wherever the bundle lives (workers inherit it).
process.env.CHECKWRIGHT_FUZZ_ROOT = root;
const { main } = await import(pathToFileURL(path.join(outdir, 'fuzz.mjs')).href);
process.exitCode = await main(process.argv.slice(2), pathToFileURL(path.join(outdir, 'worker.mjs')));
