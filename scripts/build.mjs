// The one build: generated sources first, then the bundles. `npm test`, `prepare` and the
// benches run it, so a clean checkout is complete after `npm ci`.
//   node scripts/build.mjs            generate + bundle; fail if grammar/ is out of date under CI
//   node scripts/build.mjs --grammar  also rewrite grammar/ (commit the result)
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

function step(script, extra = []) {
  const file = path.join(root, 'scripts', script);
  if (!existsSync(file)) return;
  const r = spawnSync(process.execPath, [file, ...extra], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

step('gen-validators.mjs');
step('gen-diagnostics-help.mjs');
step('bundle.mjs');
step('gen-grammar.mjs', args.includes('--grammar') ? ['--write'] : ['--check']);
