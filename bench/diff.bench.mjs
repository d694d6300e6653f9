// Diff benchmark (docs/diff.md, "Performance"). Run: `node bench/diff.bench.mjs [--runs N] [--steps 500,1000,2000]`.
// Two generated checklists of N steps × 10 items (bench/generate.mjs), the second with ~2 % of its
// items edited (retitled, made required, removed, a condition tightened) and one step moved;
// the median time of diffChecklists over the runs, and µs per step, to show it is linear.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate } from './generate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'node_modules', '.cache', 'checkwright-bench-diff');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Math.max(3, Number(option('--runs', '7')));
const STEPS = option('--steps', '500,1000,2000').split(',').map(Number);

await build({ entryPoints: { diff: 'src/diff/index.ts' }, absWorkingDir: root, bundle: true, format: 'esm', platform: 'node', outdir, logLevel: 'silent' });
const { diffChecklists } = await import(pathToFileURL(path.join(outdir, 'diff.js')).href);

function edited(ir) {
  const copy = structuredClone(ir);
  copy.hash = `sha256:${'1'.repeat(64)}`;
  copy.steps.forEach((step, s) => {
    step.items = step.items.flatMap((item, i) => {
      const n = s * 10 + i;
      if (n % 200 === 7) return [];
      if (n % 200 === 11) return [{ ...item, label: `${item.label} (edited)` }];
      if (n % 200 === 13) return [{ ...item, required: !item.required }];
      if (n % 200 === 17 && item.when !== undefined) return [{ ...item, when: { and: [item.when, { '!!': [{ var: 'case.review.field_0' }] }] } }];
      return [item];
    });
  });
  copy.steps.push(copy.steps.shift());
  return copy;
}

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
console.log(`diff, median of ${RUNS} runs (Node ${process.version})`);
for (const steps of STEPS) {
  const before = generate(steps * 10, { records: 1 }).ir;
  const after = edited(before);
  const times = [];
  let changes = 0;
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    changes = diffChecklists(before, after).changes.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = median(times);
  console.log(`${String(steps).padStart(5)} steps (${steps * 10} items): ${ms.toFixed(1)} ms, ${((ms * 1000) / steps).toFixed(1)} µs/step, ${changes} changes`);
}
