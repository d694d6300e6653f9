// Recomputes `hash` and `expected` of conformance vectors from the current runtime, for review:
//   node --import tsx test/conformance/fill-expected.mjs [name.json…]   (default: every vector)
// Read the diff line by line against SPEC §5 before committing (docs/conformance.md).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { irHash } from '../../src/emit/hash.ts';
import { evaluate, loadChecklist } from '../../src/runtime/index.ts';

const folder = path.dirname(fileURLToPath(import.meta.url));
const names = process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(folder).filter((name) => name.endsWith('.json'));

for (const name of names) {
  const file = path.join(folder, path.basename(name));
  const { expected: _old, ...vector } = JSON.parse(readFileSync(file, 'utf8'));
  vector.ir.hash = irHash(vector.ir);
  const loaded = loadChecklist(vector.ir);
  if (!loaded.ok) {
    console.error(`${name}: the IR does not load:\n  ${loaded.errors.join('\n  ')}`);
    process.exitCode = 1;
    continue;
  }
  const expected = evaluate(loaded.checklist, vector.case, vector.state);
  writeFileSync(file, `${JSON.stringify({ ...vector, expected }, null, 2)}\n`);
}
