// Compile benchmark (docs/performance.md, "## Compile"). Run: `npm run bench:compile`
// (or `node --expose-gc bench/compile.bench.mjs [--runs N] [--sizes 500,2000,8000]`).
//
// The TypeScript sources are bundled with esbuild into node_modules/.cache (there, so the bundle's
// bare imports resolve to this project's dependencies), then:
//  - parser construction: the time to import the text front end (chevrotain + building the one
//    parser instance) in a fresh process, against importing chevrotain alone;
//  - lex+parse, check, emit and the whole compileSource on generated checklists of 500, 2,000 and
//    8,000 steps × 5 items with mixed conditions, medians of ≥ 5 runs, as MB/s and lines/s;
//  - the floor: JSON.parse + ajv validation of the emitted IR (what loading the IR costs), measured
//    in the same run, and the ratio of compile to that floor (target ≤ 10×).
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'node_modules', '.cache', 'checkwright-bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : args[index + 1];
};
const RUNS = Math.max(5, Number(option('--runs', '7')));
const SIZES = option('--sizes', '500,2000,8000').split(',').map(Number);
const ITEMS_PER_STEP = 5;

await build({
  entryPoints: {
    compile: 'src/compile.ts',
    syntax: 'src/syntax/index.ts',
    check: 'src/check/index.ts',
    emit: 'src/emit/index.ts',
  },
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

/** A checklist of `steps` steps × 5 items: basic and advanced conditions, on steps and items. */
function generateChecklist(steps) {
  const lines = [
    'checklist bench "Benchmark checklist" {',
    '  version 1',
    '  description "Generated for the compile benchmark."',
    '  assign when dispute.type == "ACDV" and account.balance >= 0 priority 1',
    '  data {',
    '    account.balance number "Balance"',
    '    consumer.state choice("CA", "NY", "TX") "State"',
    '    dispute.type choice("ACDV", "AUD") "Dispute type"',
    '    dispute.received date "Received"',
    '  }',
  ];
  for (let i = 0; i < steps; i++) {
    const when =
      i % 4 === 1 ? ` when account.balance > ${i}`
      : i % 4 === 2 ? ` when s${i - 1}_q or dispute.type == "AUD"`
      : i % 4 === 3 ? ` when dispute.received >= 2024-01-31 and not (consumer.state in ["TX"])`
      : '';
    lines.push(
      `  step s${i} "Step ${i}"${when} {`,
      `    yes_no s${i}_q "Question ${i}?" required`,
      `    select s${i}_r "Reason ${i}" options ["Verified", "Modified", "Deleted"] required`,
      `    text_area s${i}_n "Notes ${i}" max_length 2000 required`,
      `      when s${i}_r == "Modified" or (account.balance >= 1000 and consumer.state in ["CA", "NY"])`,
      `    checkbox s${i}_c "Confirmed ${i}" when not s${i}_q`,
      `    text s${i}_t "Reference ${i}" pattern "^[A-Z0-9]+$" when s${i}_n is not empty`,
      '  }',
    );
  }
  lines.push('}', '');
  return lines.join('\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function time(fn) {
  globalThis.gc?.();
  const start = process.hrtime.bigint();
  fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6 };
}

/**
 * Medians of RUNS rounds; each round runs every measurement once, in turn, so all of them (and
 * the floor the ratio divides by) see the same machine load, which varies on a shared machine.
 */
function roundRobinMedians(measurements) {
  const samples = Object.fromEntries(Object.keys(measurements).map((name) => [name, []]));
  // Two unmeasured rounds first, so the JIT has compiled every path before the clock starts.
  for (let run = 0; run < 2; run++) for (const fn of Object.values(measurements)) fn();
  for (let run = 0; run < RUNS; run++) {
    for (const [name, fn] of Object.entries(measurements)) samples[name].push(time(fn).ms);
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]));
}

/**
 * Import time of `url` in a fresh Node process (ms), after importing `preload` untimed: median of
 * RUNS processes. With chevrotain preloaded, importing the text front end times building its parser.
 */
function freshImportMs(url, preload) {
  const before = preload === undefined ? '' : `await import(${JSON.stringify(preload)});`;
  const script = `${before} const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  const samples = [];
  for (let run = 0; run < RUNS; run++) {
    samples.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })));
  }
  return median(samples);
}

const chevrotain = import.meta.resolve('chevrotain');
const chevrotainMs = freshImportMs(chevrotain);
const parserMs = freshImportMs(bundle('syntax'), chevrotain);
const frontEndMs = freshImportMs(bundle('syntax'));

const { compileSource, printIr } = await import(bundle('compile'));
const { parseChecklistText } = await import(bundle('syntax'));
const { check } = await import(bundle('check'));
const { emit } = await import(bundle('emit'));
const irSchema = JSON.parse(readFileSync(path.join(root, 'schemas', 'checklist-ir.schema.json'), 'utf8'));
const validateIr = new Ajv({ strict: true }).compile(irSchema);
const host = { readFile: () => { throw new Error('no imports in the benchmark'); } };

const rows = [];
for (const steps of SIZES) {
  const source = generateChecklist(steps);
  const file = `bench-${steps}.checklist`;
  const bytes = Buffer.byteLength(source);
  const lines = source.split('\n').length - 1;

  const first = compileSource(source, file, host);
  const errors = first.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !first.ir) {
    console.error(`the generated checklist does not compile: ${JSON.stringify(errors.slice(0, 3))}`);
    process.exit(1);
  }

  // Each phase runs on its predecessor's output (the phases are deterministic).
  const parsed = parseChecklistText(source, file);
  const checked = check(parsed.file, []);
  const irText = printIr(first.ir);
  const ms = roundRobinMedians({
    compile: () => compileSource(source, file, host),
    parse: () => parseChecklistText(source, file),
    check: () => check(parsed.file, []),
    emit: () => emit(checked.model),
    floor: () => {
      if (!validateIr(JSON.parse(irText))) throw new Error('the emitted IR fails its schema');
    },
  });
  rows.push({
    steps,
    items: steps * ITEMS_PER_STEP,
    lines,
    sourceKB: +(bytes / 1024).toFixed(1),
    irKB: +(Buffer.byteLength(irText) / 1024).toFixed(1),
    compileMs: +ms.compile.toFixed(1),
    parseMs: +ms.parse.toFixed(1),
    checkMs: +ms.check.toFixed(1),
    emitMs: +ms.emit.toFixed(1),
    MBps: +(bytes / 1e6 / (ms.compile / 1e3)).toFixed(2),
    linesPerSec: Math.round(lines / (ms.compile / 1e3)),
    floorMs: +ms.floor.toFixed(1),
    ratio: +(ms.compile / ms.floor).toFixed(1),
    warnings: first.diagnostics.length,
  });
}

console.log(`node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)}, ${RUNS} runs per figure (medians)`);
console.log(
  `fresh process: importing the text front end ${frontEndMs.toFixed(1)} ms; chevrotain alone ${chevrotainMs.toFixed(1)} ms;` +
    ` the front end with chevrotain preloaded (parser construction) ${parserMs.toFixed(1)} ms`,
);
console.table(rows);
const perStep = rows.map((row) => (row.compileMs / row.steps).toFixed(3));
console.log(`compile ms per step: ${perStep.join(' / ')} (flat means linear growth)`);
if (args.includes('--json')) console.log(JSON.stringify({ frontEndMs, chevrotainMs, parserMs, rows }));
