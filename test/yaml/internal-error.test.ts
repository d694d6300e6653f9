import { describe, expect, it, vi } from 'vitest';
import { parseChecklistYaml } from '../../src/yaml/index.js';

// A bug in any phase must surface as CW900, never as a throw.
vi.mock('../../src/yaml/shape.js', () => ({
  checkShape: () => {
    throw new Error('simulated bug');
  },
}));

describe('never a throw', () => {
  it('an unexpected exception becomes CW900 and an empty file', () => {
    const parsed = parseChecklistYaml('checklist: x\ntitle: T\n', 'f');
    expect(parsed.diagnostics).toEqual([expect.objectContaining({ code: 'CW900', line: 1, column: 1 })]);
    expect(parsed.diagnostics[0]?.message).toContain('simulated bug');
    expect(parsed.file).toEqual({ file: 'f', imports: [], fields: [] });
  });
});
