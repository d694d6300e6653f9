import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('generated grammar files', () => {
  it('grammar/diagrams.html and src/syntax/cst.ts match the grammar (`gen-grammar.mjs --check`)', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-grammar.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
