import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/check/index.js', () => ({
  check: () => {
    throw new Error('the binder fell over');
  },
}));

const { compileSource } = await import('../../src/compile.js');

describe('compile: CW900', () => {
  it('turns an exception thrown by a phase into CW900', () => {
    const { ir, diagnostics } = compileSource('checklist demo "Demo" {\n  step a "A" { checkbox c "C" }\n}\n', 'demo.checklist', {
      readFile: () => '',
    });
    expect(ir).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'CW900', severity: 'error', file: 'demo.checklist' }]);
    expect(diagnostics[0]!.message).toBe('internal error in the compiler: the binder fell over');
  });
});
