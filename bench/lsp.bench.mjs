// Language server benchmark (docs/lsp.md, "Performance"). Run: `npm run build && node bench/lsp.bench.mjs`
// (`--steps N`, default 2000; `--runs N`, default 20).
//
// Spawns the built `checkwright lsp --stdio` and talks to it over stdio as an editor does
// (vscode-languageserver-protocol), on a generated checklist of N steps × 5 items that imports a
// dictionary. It times, as medians of RUNS:
//  - diagnostics after a one-character edit: from sending `didChange` to receiving the
//    `publishDiagnostics` of that version (the server re-parses and re-checks the edited file;
//    the import's parse is reused);
//  - completion in a condition near the end of the file;
//  - hover on a reference there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  CompletionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  HoverRequest,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(name);
  return index === -1 ? fallback : Number(args[index + 1]);
};
const STEPS = option('--steps', 2000);
const RUNS = option('--runs', 20);

const DICTIONARY = `fields bench_fields {
  dispute.type choice("ACDV", "AUD", "BRR") "Dispute type" required
  account.balance number "Balance"
  consumer.state choice("CA", "NY", "TX") "State"
}
`;

/** N steps × 5 items whose conditions read earlier items and the imported dictionary. */
function checklistOf(steps) {
  const lines = ['import "dictionary.checklist"', '', 'checklist bench "LSP benchmark" {', '  version 1'];
  for (let i = 0; i < steps; i++) {
    const when = i === 0 ? '' : i % 3 === 0 ? ` when s${i - 1}_ok` : i % 3 === 1 ? ` when dispute.type == "ACDV"` : ` when account.balance > ${i}`;
    lines.push(
      `  step s${i} "Step ${i}"${when} {`,
      `    yes_no s${i}_ok "Is item ${i} in order?" required`,
      `    select s${i}_why "Reason ${i}" options ["Verified", "Modified", "Deleted"] required when not s${i}_ok`,
      `    text_area s${i}_notes "Notes ${i}" max_length 500 when s${i}_why == "Modified"`,
      `    checkbox s${i}_done "Checked ${i}" when consumer.state in ["CA", "NY"]`,
      `    date s${i}_date "Date ${i}"`,
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

const folder = mkdtempSync(path.join(os.tmpdir(), 'checkwright-lsp-bench-'));
writeFileSync(path.join(folder, 'dictionary.checklist'), DICTIONARY);
const file = path.join(folder, 'bench.checklist');
const text = checklistOf(STEPS);
const uri = pathToFileURL(file).href;

const child = spawn(process.execPath, [path.join(root, 'bin/checkwright.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
const waiting = new Map();
connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
  waiting.get(params.version)?.(params.diagnostics);
  waiting.delete(params.version);
});
connection.listen();
const diagnosticsOf = (version) => new Promise((resolve) => waiting.set(version, resolve));

await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: pathToFileURL(folder).href, capabilities: {}, workspaceFolders: null });
let version = 1;
const opened = diagnosticsOf(version);
let start = performance.now();
await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'checklist', version, text } });
const openDiagnostics = await opened;
const openMs = performance.now() - start;
if (openDiagnostics.length > 0) throw new Error(`the generated checklist has diagnostics: ${JSON.stringify(openDiagnostics.slice(0, 3))}`);

// The edit: type one character into the last step's title, then delete it again (alternately).
const lines = text.split('\n');
const titleLine = lines.findIndex((line) => line.startsWith(`  step s${STEPS - 1} `));
const titleColumn = lines[titleLine].indexOf('"') + 1;
const conditionLine = lines.findIndex((line, n) => n > titleLine && line.includes('when consumer.state'));
const completionAt = { line: conditionLine, character: lines[conditionLine].indexOf('when ') + 5 };
const hoverAt = { line: conditionLine, character: lines[conditionLine].indexOf('consumer.state') + 3 };

const editMs = [];
const completionMs = [];
const hoverMs = [];
for (let run = 0; run < RUNS + 2; run++) {
  version++;
  const inserting = run % 2 === 0;
  const range = { start: { line: titleLine, character: titleColumn }, end: { line: titleLine, character: titleColumn + (inserting ? 0 : 1) } };
  const published = diagnosticsOf(version);
  start = performance.now();
  await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text: inserting ? 'X' : '' }] });
  const diagnostics = await published;
  const afterEdit = performance.now() - start;
  if (diagnostics.length > 0) throw new Error(`the edit produced diagnostics: ${JSON.stringify(diagnostics.slice(0, 3))}`);

  start = performance.now();
  const items = await connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: completionAt });
  const afterCompletion = performance.now() - start;
  if (!Array.isArray(items) || !items.some((item) => item.label === 'consumer.state')) throw new Error('completion did not offer the dictionary');

  start = performance.now();
  const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: hoverAt });
  const afterHover = performance.now() - start;
  if (hover === null) throw new Error('no hover');
  // Two unmeasured rounds first, so the JIT has compiled every path before the clock starts.
  if (run < 2) continue;
  editMs.push(afterEdit);
  completionMs.push(afterCompletion);
  hoverMs.push(afterHover);
}

await connection.sendRequest(ShutdownRequest.type);
await connection.sendNotification(ExitNotification.type);
await new Promise((resolve) => child.once('exit', resolve));
connection.dispose();
rmSync(folder, { recursive: true, force: true });

const ms = (value) => `${value.toFixed(1)} ms`;
console.log(`checkwright lsp --stdio, ${STEPS} steps × 5 items (${(text.length / 1024).toFixed(0)} KB, ${lines.length} lines), medians of ${RUNS}, Node ${process.version}, ${os.cpus().length} CPUs`);
console.log(`  open (first analysis, import parsed) ${ms(openMs)}`);
console.log(`  diagnostics after a one-character edit ${ms(median(editMs))} (min ${ms(Math.min(...editMs))}, max ${ms(Math.max(...editMs))})`);
console.log(`  completion in a condition             ${ms(median(completionMs))}`);
console.log(`  hover on a reference                  ${ms(median(hoverMs))}`);
