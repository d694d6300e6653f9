// Times (and, with --cpu-prof, profiles) one thing: evaluate() of a generated checklist, bundled
// by esbuild as applications get it. For finding where evaluate() spends its time:
//   node bench/profile-eval.mjs [--items 200] [--records 20] [--copies] [--seconds 3] [--runtime <dir>/index.ts]
//   node --cpu-prof --cpu-prof-dir=.tmp bench/profile-eval.mjs
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { generate } from './generate.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const option = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const entry = option('runtime', 'src/runtime/index.ts');
const outfile = path.join(root, 'node_modules', '.cache', 'checkwright-profile', `${path.basename(path.dirname(path.resolve(entry)))}-runtime.js`);
await build({ entryPoints: [entry], absWorkingDir: root, bundle: true, format: 'esm', platform: 'neutral', outfile, logLevel: 'error' });
const runtime = await import(pathToFileURL(outfile).href);

const items = Number(option('items', '200'));
const seconds = Number(option('seconds', '3'));
const generated = generate(items, { records: Number(option('records', '20')) });
const { ir } = generated;
// --copies: every record a copy of the first (other objects, the same values): tells the cost of
// data that changes from case to case (branches) from the cost of more data (caches).
const records = process.argv.includes('--copies') ? generated.records.map(() => structuredClone(generated.records[0])) : generated.records;
const loaded = runtime.loadChecklist(ir);
if (!loaded.ok) throw new Error(loaded.errors.join('; '));
const states = records.map((record) => ({ responses: record.responses, completed: [] }));

const cpu = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};
let sink = 0;
const samples = [];
const end = Date.now() + seconds * 1000;
let next = 0;
while (Date.now() < end) {
  const start = cpu();
  for (let i = 0; i < 2000; i++) {
    const index = next++ % records.length;
    sink += runtime.evaluate(loaded.checklist, records[index].case, states[index]).steps.length;
  }
  samples.push((cpu() - start) / 2000 / 1000);
}
samples.sort((a, b) => a - b);
console.log(`${entry}: ${items} items, evaluate() ${samples[Math.floor(samples.length / 2)].toFixed(1)} µs (median of ${samples.length} batches of 2,000; min ${samples[0].toFixed(1)})${sink === -1 ? '' : ''}`);
