import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import ajvFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { ITEM_TYPES } from '../../src/language/ast.js';
import type { ChecklistIR, IrStep } from '../../src/ir/types.js';
import { goldenLine } from '../golden/golden-lines.js';
import { CASES_DIR, SAMPLES_DIR, checklistOfCaseFile, compileSample, readCaseFile, sampleFiles, sampleIr } from './sample-files.js';

const DICTIONARY = 'dictionary.checklist';
const checklistFiles = sampleFiles.filter((name) => name !== DICTIONARY);

const ajv = new Ajv({ allErrors: true, strict: false });
// A CommonJS module: under NodeNext its default import is `module.exports`, the plugin is `.default`.
ajvFormats.default(ajv);
const irSchema: unknown = JSON.parse(readFileSync(path.join(SAMPLES_DIR, '../schemas/checklist-ir.schema.json'), 'utf8'));
const validateIr = ajv.compile(irSchema as object);

function allSteps(ir: ChecklistIR): IrStep[] {
  return [...ir.steps, ...Object.values(ir.closing ?? {}).flat()];
}

/** Every `whenMode` anywhere in the IR: steps, items, assign, qa_review, transitions. */
function whenModes(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const element of value) whenModes(element, found);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'whenMode' && typeof child === 'string') found.add(child);
      else if (key !== 'caseSchema' && key !== 'when') whenModes(child, found);
    }
  }
  return found;
}

describe('the bundled samples', () => {
  it('include the text and YAML forms of the identity-theft checklist', () => {
    expect(sampleFiles).toEqual(expect.arrayContaining(['identity_theft.checklist', 'identity_theft.checklist.yaml', DICTIONARY]));
  });

  it.each(sampleFiles)('%s lints clean: no errors, no warnings', (name) => {
    expect(compileSample(name).diagnostics.map(goldenLine)).toEqual([]);
  });

  it('the dictionary holds only fields, so it compiles to no IR', () => {
    expect(compileSample(DICTIONARY).ir).toBeUndefined();
  });

  it.each(checklistFiles)('%s compiles to an IR that fits the IR schema', (name) => {
    const ir = sampleIr(name);
    expect(validateIr(ir) ? [] : validateIr.errors).toEqual([]);
  });

  it('the YAML twin compiles to the same IR hash as the text form', () => {
    expect(sampleIr('identity_theft.checklist.yaml').hash).toBe(sampleIr('identity_theft.checklist').hash);
  });

  it('together use every content type', () => {
    const used = new Set(checklistFiles.flatMap((name) => allSteps(sampleIr(name)).flatMap((s) => s.items.map((i) => i.type))));
    expect(ITEM_TYPES.filter((type) => !used.has(type))).toEqual([]);
  });

  it('together use both condition modes', () => {
    const modes = new Set(checklistFiles.flatMap((name) => [...whenModes(sampleIr(name))]));
    expect([...modes].sort()).toEqual(['advanced', 'basic']);
  });

  it('together declare outcomes with closing steps and a lifecycle', () => {
    const irs = checklistFiles.map(sampleIr);
    expect(irs.some((ir) => (ir.outcomes?.length ?? 0) > 0 && Object.keys(ir.closing ?? {}).length > 0)).toBe(true);
    expect(irs.some((ir) => ir.lifecycle !== undefined)).toBe(true);
  });
});

describe('samples/cases', () => {
  const caseFiles = readdirSync(CASES_DIR).filter((name) => name.endsWith('.case.json')).sort();
  const stateFiles = readdirSync(CASES_DIR).filter((name) => name.endsWith('.state.json')).sort();

  it.each(caseFiles)('%s fits the case schema of its checklist', (name) => {
    const validateCase = ajv.compile(sampleIr(checklistOfCaseFile(name)).caseSchema as object);
    expect(validateCase(readCaseFile(name)) ? [] : validateCase.errors).toEqual([]);
  });

  it.each(stateFiles)('%s answers only items and completes only steps of its checklist', (name) => {
    const ir = sampleIr(checklistOfCaseFile(name));
    const steps = allSteps(ir);
    const itemIds = new Set(steps.flatMap((s) => s.items.map((i) => i.id)));
    const stepIds = new Set(steps.map((s) => s.id));
    const state = readCaseFile(name) as { responses?: Record<string, unknown>; completed?: string[] };
    expect(Object.keys(state.responses ?? {}).filter((id) => !itemIds.has(id))).toEqual([]);
    expect((state.completed ?? []).filter((id) => !stepIds.has(id))).toEqual([]);
  });
});
