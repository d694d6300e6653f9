/**
 * Run by memory.test.ts in its own `node --expose-gc` process: loads, evaluates and drops
 * `count` checklists, each reading 10 case paths of its own, and prints the heap retained after
 * GC (bytes) as JSON. A module-level cache keyed by the data would show up here.
 */
import { evaluate, loadChecklist } from '../../src/runtime/index.js';
import { ir, item, step, when, gt } from './helpers.js';

const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with node --expose-gc');

function oneChecklist(n: number): void {
  const items = Array.from({ length: 10 }, (_, index) => item('checkbox', `q${index}`, when(gt(`case.tenant_${n}.field_${index}`, index))));
  const loaded = loadChecklist(ir([step('s', items)], { checklist: `list_${n}` }));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  evaluate(loaded.checklist, { [`tenant_${n}`]: { field_0: 5 } }, {});
}

function retained(): number {
  for (let round = 0; round < 4; round++) gc!();
  return process.memoryUsage().heapUsed;
}

const count = Number(process.argv[2] ?? 20_000);
// Warm up first, so what the engine compiles once is in the baseline.
for (let n = 0; n < 500; n++) oneChecklist(1_000_000 + n);
const before = retained();
for (let n = 0; n < count; n++) oneChecklist(n);
const after = retained();
process.stdout.write(JSON.stringify({ count, retainedBytes: after - before }));
