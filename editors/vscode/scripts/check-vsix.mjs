// Checks a built .vsix (a zip): the manifest and every file it names are inside, nothing that
// must stay out is, and the bundled server answers `initialize` and `shutdown` on its own — run
// from a temporary folder, away from any node_modules, as it runs inside VS Code.
//   node scripts/check-vsix.mjs checkwright-0.1.0.vsix
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';

const vsix = process.argv[2];
if (vsix === undefined) fail('usage: node scripts/check-vsix.mjs FILE.vsix');
const entries = readZip(readFileSync(vsix));
const names = [...entries.keys()];
const text = (name) => {
  const entry = entries.get(name);
  if (entry === undefined) fail(`${name} is not in ${vsix}`);
  return entry().toString('utf8');
};

const manifest = JSON.parse(text('extension/package.json'));
const inside = (relative) => `extension/${path.posix.normalize(relative)}`;
const expected = [
  manifest.main,
  ...manifest.contributes.grammars.map((g) => g.path),
  ...manifest.contributes.languages.map((l) => l.configuration),
  ...manifest.contributes.yamlValidation.map((v) => v.url),
  'server/checkwright.mjs',
  'docs/diagnostics.md',
].map(inside);
for (const name of expected) text(name);
// vsce writes them as readme.md and LICENSE.txt.
if (!names.some((n) => /^extension\/readme\.md$/i.test(n))) fail('no README in the .vsix');
if (!names.some((n) => /^extension\/LICENSE(\.txt|\.md)?$/i.test(n))) fail('no LICENSE in the .vsix');
const language = manifest.contributes.languages.find((l) => l.id === 'checklist');
if (!language?.extensions?.includes('.checklist')) fail('the manifest does not contribute the `checklist` language for .checklist files');
if (!manifest.contributes.yamlValidation.some((v) => v.fileMatch === '*.checklist.yaml')) fail('the manifest does not associate *.checklist.yaml with the schema');
const grammar = JSON.parse(text(inside(manifest.contributes.grammars[0].path)));
if (grammar.scopeName !== 'source.checklist') fail(`the grammar's scope is ${grammar.scopeName}, not source.checklist`);
JSON.parse(text(inside(manifest.contributes.yamlValidation[0].url)));
const leaked = names.filter((n) => /^extension\/(node_modules|src|scripts)\//.test(n) || n.endsWith('.vsix'));
if (leaked.length > 0) fail(`files that must stay out of the .vsix: ${leaked.slice(0, 5).join(', ')}`);

// The server bundle alone, in a folder with no node_modules above it.
const folder = mkdtempSync(path.join(tmpdir(), 'checkwright-vsix-'));
try {
  const server = path.join(folder, 'checkwright.mjs');
  writeFileSync(server, entries.get('extension/server/checkwright.mjs')());
  const frame = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
  };
  const input = [
    frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }),
    frame({ method: 'initialized', params: {} }),
    frame({ id: 2, method: 'shutdown' }),
    frame({ method: 'exit' }),
  ].join('');
  const run = spawnSync(process.execPath, [server, 'lsp', '--stdio'], { cwd: folder, input, encoding: 'utf8', timeout: 30_000 });
  if (run.status !== 0) fail(`the bundled server exited with ${run.status}: ${run.stderr}`);
  if (!/"id":1,"result":\{"capabilities":/.test(run.stdout) || !/"id":2,"result":null/.test(run.stdout)) fail(`the bundled server did not answer initialize and shutdown:\n${run.stdout}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
const kb = (readFileSync(vsix).length / 1024).toFixed(0);
process.stdout.write(`check-vsix: ${vsix} (${kb} KB, ${names.length} files) has the manifest, grammar, language configuration, schema, client and server; the server answers on its own\n`);

function fail(message) {
  process.stderr.write(`check-vsix: ${message}\n`);
  process.exit(1);
}

/** Name → reader of each file in a zip, from its central directory (stored or deflated entries). */
function readZip(zip) {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) fail(`${vsix} is not a zip`);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map();
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) fail(`${vsix}: a damaged central directory`);
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
    files.set(name, () => {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : inflateRawSync(data);
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}
