import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ChecklistParser } from '../../src/syntax/parser.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the grammar', () => {
  it('passes chevrotain\'s own checks (the shared parser skips them to start faster)', () => {
    expect(() => new ChecklistParser({ validateGrammar: true })).not.toThrow();
  });
});

describe('generated grammar files', () => {
  it('grammar/diagrams.html and src/syntax/cst.ts match the grammar (`gen-grammar.mjs --check`)', () => {
    const run = spawnSync(process.execPath, ['scripts/gen-grammar.mjs', '--check'], { cwd: root, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
