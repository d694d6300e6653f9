/** The bundled samples (samples/*.checklist, *.checklist.yaml, samples/cases), compiled once per test file. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFile } from '../../src/compile.js';
import type { CompileResult } from '../../src/compile.js';
import type { ChecklistIR } from '../../src/ir/types.js';
import { goldenLine } from '../golden/golden-lines.js';

export const SAMPLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
export const CASES_DIR = path.join(SAMPLES_DIR, 'cases');

export const sampleFiles: readonly string[] = readdirSync(SAMPLES_DIR)
  .filter((name) => /\.checklist(\.yaml)?$/.test(name))
  .sort();

const compiled = new Map<string, CompileResult>();

export function compileSample(name: string): CompileResult {
  let result = compiled.get(name);
  if (result === undefined) {
    result = compileFile(path.join(SAMPLES_DIR, name));
    compiled.set(name, result);
  }
  return result;
}

/** The IR of a sample that must compile; throws with the diagnostics otherwise. */
export function sampleIr(name: string): ChecklistIR {
  const { ir, diagnostics } = compileSample(name);
  if (ir === undefined) {
    throw new Error(`${name} did not compile:\n${diagnostics.map(goldenLine).join('\n')}`);
  }
  return ir;
}

export function readCaseFile(name: string): unknown {
  return JSON.parse(readFileSync(path.join(CASES_DIR, name), 'utf8'));
}

/** `identity_theft.half.state.json` belongs to `identity_theft.checklist`. */
export function checklistOfCaseFile(name: string): string {
  return `${name.slice(0, name.indexOf('.'))}.checklist`;
}
