import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./retained-heap.child.ts', import.meta.url));

describe('memory per loaded checklist', () => {
  it('retains under 2 MB after loading, evaluating and dropping 20,000 checklists of their own paths', () => {
    const output = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', child, '20000'], { encoding: 'utf8', timeout: 120_000 });
    const { count, retainedBytes } = JSON.parse(output) as { count: number; retainedBytes: number };
    expect(count).toBe(20_000);
    expect(retainedBytes).toBeLessThan(2 * 1024 * 1024);
  }, 150_000);
});
