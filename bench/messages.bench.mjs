// Message-table benchmark (docs/messages.md, "Performance"). Run:
//   node --import tsx bench/messages.bench.mjs [--runs N]
// What a diagnostic costs to build now that its text is filled from a template: `diag(entry, …)`
// against the literal form it replaced (`diag(code, …, template literal)`), per diagnostic, and the
// whole compile of every file in samples/invalid/ (the front ends and the checker reporting).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileSource } from '../src/compile.ts';
import { diag } from '../src/diagnostics/diagnostic.ts';
import { Diagnostics } from '../src/diagnostics/messages.ts';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const runsAt = process.argv.indexOf('--runs');
const RUNS = runsAt === -1 ? 7 : Math.max(3, Number(process.argv[runsAt + 1]));
const SPAN = { line: 3, column: 5, endLine: 3, endColumn: 9 };
const N = 200_000;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const out = [];
  for (let run = 0; run < RUNS; run++) {
    const start = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(out);
}

let sink = 0;
const fromTable = time(() => {
  for (let i = 0; i < N; i++) sink += diag(Diagnostics.UnknownOption, 'a.checklist', SPAN, [`opt${i & 7}`, 'item `q`']).message.length;
});
const literal = time(() => {
  for (let i = 0; i < N; i++) sink += diag('CW021', 'a.checklist', SPAN, `unknown option \`${`opt${i & 7}`}\` on ${'item `q`'}`).message.length;
});

const dir = path.join(root, 'samples', 'invalid');
const files = readdirSync(dir).filter((f) => f.endsWith('.checklist') || f.endsWith('.checklist.yaml'));
const sources = files.map((f) => [path.join('samples/invalid', f), readFileSync(path.join(dir, f), 'utf8')]);
const host = { readFile: (file) => readFileSync(path.join(root, file), 'utf8') };
let diagnostics = 0;
const compileAll = time(() => {
  diagnostics = 0;
  for (const [name, source] of sources) diagnostics += compileSource(source, name, host).diagnostics.length;
});

console.log(`diag from the table:   ${((fromTable / N) * 1e6).toFixed(0)} ns per diagnostic (median of ${RUNS} × ${N})`);
console.log(`diag, literal message: ${((literal / N) * 1e6).toFixed(0)} ns per diagnostic`);
console.log(`compile samples/invalid (${sources.length} files, ${diagnostics} diagnostics): ${compileAll.toFixed(1)} ms`);
if (sink < 0) console.log(sink);
