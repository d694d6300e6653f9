// fmt benchmark (docs/fmt.md, "Performance"). Run: `node bench/fmt.bench.mjs [--runs N] [--sizes 500,2000,4000]`
// (`--sizes ,` times only the 1,000-file `fmt --check`).
// Bundles src with esbuild into node_modules/.cache, then times on generated checklists of 500,
// 2,000 and 4,000 steps (3 items each, comments and conditions): compileSource vs formatSource
// (which parses once, compiles that AST to refuse a broken file, attaches comments and prints),
// the same for the YAML form (the checklist converted with toYaml), medians of N runs; and
// `fmt --check`'s work over 1,000 small files in one process.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'node_modules', '.cache', 'checkwright-fmt-bench');
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt === -1 ? 5 : Number(process.argv[runsAt + 1]);
const sizesAt = process.argv.indexOf('--sizes');
const SIZES = sizesAt === -1 ? [500, 2000, 4000] : process.argv[sizesAt + 1].split(',').filter(Boolean).map(Number);
await build({
  entryPoints: { fmt: path.join(root, 'src/format/index.ts'), compile: path.join(root, 'src/compile.ts') },
  bundle: true, platform: 'node', format: 'esm', outdir, packages: 'external', logLevel: 'error',
});
const { formatSource, toYaml } = await import(pathToFileURL(path.join(outdir, 'fmt.js')).href);
const { compileSource } = await import(pathToFileURL(path.join(outdir, 'compile.js')).href);

function checklist(steps) {
  const lines = ['// generated', 'checklist big "Big" {', '  version 1', '  data {', '    account.balance number "Balance"', '  }'];
  for (let s = 0; s < steps; s++) {
    lines.push('', `  // step ${s}`, `  step s${s} "Step ${s}" {`);
    lines.push(`    yes_no q${s} "Question ${s}?" required // why ${s}`);
    lines.push(`    text t${s} "Text ${s}" max_length 40 required when q${s} and account.balance > ${s}`);
    lines.push(`    select c${s} "Choice" options ["A", "B"] required when not q${s} or account.balance < 10`);
    lines.push('  }');
  }
  lines.push('}', '');
  return lines.join('\n');
}

function median(run) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

for (const steps of SIZES) {
  const text = checklist(steps);
  const compile = median(() => compileSource(text, 'big.checklist'));
  const fmt = median(() => {
    const result = formatSource(text, { form: 'dsl', fileName: 'big.checklist' });
    if (!result.ok) throw new Error('does not format');
  });
  console.log(`${steps} steps (${(text.length / 1024).toFixed(0)} KB): compile ${compile.toFixed(0)} ms, fmt ${fmt.toFixed(0)} ms, fmt/compile ${(fmt / compile).toFixed(2)}×`);
  const yaml = toYaml(text, { form: 'dsl', fileName: 'big.checklist' }).text;
  const compileYaml = median(() => compileSource(yaml, 'big.checklist.yaml'));
  const fmtYaml = median(() => {
    const result = formatSource(yaml, { form: 'yaml', fileName: 'big.checklist.yaml' });
    if (!result.ok) throw new Error('does not format');
  });
  console.log(`  YAML (${(yaml.length / 1024).toFixed(0)} KB): compile ${compileYaml.toFixed(0)} ms, fmt ${fmtYaml.toFixed(0)} ms, fmt/compile ${(fmtYaml / compileYaml).toFixed(2)}×`);
}
const small = Array.from({ length: 1000 }, (_, i) => checklist(3).replace('big', `c${i}`));
const start = process.hrtime.bigint();
let changed = 0;
for (const text of small) {
  const result = formatSource(text, { form: 'dsl', fileName: 'small.checklist' });
  if (result.ok && result.text !== text) changed++;
}
console.log(`fmt --check work over 1,000 files: ${(Number(process.hrtime.bigint() - start) / 1e6).toFixed(0)} ms (${changed} would change)`);
