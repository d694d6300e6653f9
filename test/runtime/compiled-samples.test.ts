/** The compiler's IR for every sample loads and evaluates in the runtime (the IR contract, end to end). */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/compile.js';
import { evaluate, loadChecklist, selectChecklist, type LoadedChecklist } from '../../src/runtime/index.js';

const samples = path.resolve(import.meta.dirname, '../../samples');
const files = readdirSync(samples).filter((name) => /\.checklist(\.yaml)?$/.test(name) && name !== 'dictionary.checklist');

describe('compiled samples in the runtime', () => {
  const loaded: LoadedChecklist[] = [];

  it.each(files)('%s loads and evaluates', (name) => {
    const compiled = compileFile(path.join(samples, name));
    expect(compiled.ir, `${name} does not compile`).toBeDefined();
    const result = loadChecklist(compiled.ir);
    expect(result.ok ? [] : result.errors).toEqual([]);
    if (!result.ok) return;
    loaded.push(result.checklist);
    const evaluation = evaluate(result.checklist, {});
    expect(evaluation.steps).toHaveLength(result.checklist.ir.steps.length);
    expect(evaluation.status).toBe('in_progress');
  });

  it('selects identity_theft for an ACDV dispute with code 103', () => {
    const chosen = selectChecklist(loaded, { dispute: { type: 'ACDV', code: '103' } });
    expect(chosen?.ir.checklist).toBe('identity_theft');
  });
});
