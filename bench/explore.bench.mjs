// Explore benchmark (docs/explore.md, "Performance"). Run:
//   node bench/explore.bench.mjs [--sizes 500,2000,8000] [--budget MS]
// The TypeScript sources are bundled with esbuild into node_modules/.cache, then:
//  - every sample: compile + explore, the median of 3 runs (SPEC §8.3: within 1 s each);
//  - generated checklists of N steps × 10 items (bench/generate.mjs: conditions on case data and
//    earlier answers, 80 % of items conditional): encode + solve + replay, one run each (they take
//    seconds), with how many questions were decided and how many witnesses it took; wall and CPU time.
import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'node_modules', '.cache', 'checkwright-explore-bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const SIZES = option('--sizes', '500,2000,8000').split(',').map(Number);
const BUDGET = Number(option('--budget', '120000'));

await build({
  entryPoints: { compile: 'src/compile.ts', explore: 'src/explore/index.ts' },
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  outdir,
  logLevel: 'error',
});
const bundle = (name) => pathToFileURL(path.join(outdir, `${name}.js`)).href;
const { compileFile } = await import(bundle('compile'));
const { explore } = await import(bundle('explore'));

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const decided = (report) => {
  const answers = [...report.nodes.flatMap((node) => [node.visible, node.hidden]), report.completion.answer];
  return `${answers.filter((a) => a !== 'unknown').length}/${answers.length}`;
};

console.log('sample                                   compile+explore (median of 3)  decided  witnesses');
for (const name of readdirSync(path.join(root, 'samples')).filter((n) => /\.checklist(\.yaml)?$/.test(n) && n !== 'dictionary.checklist')) {
  const file = path.join(root, 'samples', name);
  const times = [];
  let report;
  for (let run = 0; run < 3; run++) {
    const start = performance.now();
    const { ir } = compileFile(file);
    report = explore(ir).report;
    times.push(performance.now() - start);
  }
  console.log(`${name.padEnd(40)} ${median(times).toFixed(0).padStart(8)} ms                  ${decided(report).padStart(8)}  ${report.witnesses.length}`);
}

console.log('\nsteps  items   explore (wall / cpu)   decided        witnesses  budget exceeded');
for (const steps of SIZES) {
  const { ir } = generate(steps * 10);
  const start = performance.now();
  // CPU time too: on the shared dev machine the wall clock mostly measures the other processes.
  const cpu = process.cpuUsage();
  const result = explore(ir, { budgetMs: BUDGET, maxSteps: Infinity });
  const elapsed = performance.now() - start;
  const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
  const report = result.ok ? result.report : undefined;
  if (report === undefined) {
    console.log(`${steps}: does not load: ${result.errors.slice(0, 3).join('; ')}`);
    continue;
  }
  console.log(`${String(steps).padStart(5)}  ${String(steps * 10).padStart(6)}  ${(elapsed / 1000).toFixed(2).padStart(7)} s / ${cpuSeconds.toFixed(2).padStart(6)} s  ${decided(report).padStart(13)}  ${String(report.witnesses.length).padStart(9)}  ${report.budgetExceeded}`);
}
