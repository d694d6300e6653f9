// `checkwright test` benchmark (docs/testing.md, "Performance"): 1,000 test cases in one process.
//   node bench/test.bench.mjs
// The four tests of samples/identity_theft.test.yaml, repeated 250 times in one test file (every
// test a session of 4–15 actions with its expectations), run by runSuite as the CLI runs them:
// read and check the test file, compile the checklist once, run every test with coverage on.
// src/testing is bundled by esbuild first (as dist/cli.js bundles it), so tsx is not measured.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { parse, stringify } from 'yaml';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// Inside the project, so the bundle's imports of its dependencies resolve to node_modules.
const bundle = path.join(root, 'node_modules', '.checkwright-test-bench.mjs');
await build({ entryPoints: [path.join(root, 'src/testing/index.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: bundle, logLevel: 'silent' });
const { runSuite } = await import(pathToFileURL(bundle).href);

const sample = parse(readFileSync(path.join(root, 'samples/identity_theft.test.yaml'), 'utf8'));
const COPIES = 250;
const tests = Array.from({ length: COPIES }, (_, copy) => sample.tests.map((t) => ({ ...t, name: `${t.name} #${copy + 1}` }))).flat();
// Written out in full: shared objects would become YAML aliases, which no hand-written test file has.
const generated = stringify({ checklist: sample.checklist, tests }, { aliasDuplicateObjects: false });
const benchFile = 'samples/bench.test.yaml';
const host = { readFile: (name) => (name === benchFile ? generated : readFileSync(path.join(root, name), 'utf8')) };

const RUNS = 5;
const times = [];
let last;
for (let run = 0; run < RUNS; run++) {
  const started = process.hrtime.bigint();
  last = runSuite([benchFile], host);
  times.push(Number(process.hrtime.bigint() - started) / 1e6);
}
rmSync(bundle, { force: true });
if (last.failed > 0 || last.broken > 0 || last.passed !== tests.length) throw new Error(`the bench tests did not all pass: ${JSON.stringify({ passed: last.passed, failed: last.failed, broken: last.broken })}`);
times.sort((a, b) => a - b);
const median = times[Math.floor(RUNS / 2)];
const actions = tests.reduce((n, t) => n + t.steps.length, 0);
console.log(`${tests.length} tests (${actions} steps) in one process, ${RUNS} runs: median ${median.toFixed(0)} ms (best ${times[0].toFixed(0)} ms)`);
console.log(`${Math.round(tests.length / (median / 1000))} tests/s (median), ${Math.round(tests.length / (times[0] / 1000))} tests/s (best); coverage ${last.coverage[0].percent}%`);
