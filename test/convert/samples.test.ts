// convert over every sample: dsl → yaml → dsl gives fmt's output, the same hash at every hop,
// every comment carried; yaml → dsl → yaml gives the YAML sample back; --to json is compile.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile, nodeHost, printIr } from '../../src/compile.js';
import { convertSource } from '../../src/format/convert.js';
import type { SourceForm } from '../../src/format/index.js';
import { commentTexts, formatted, hashOf, yamlCommentTexts } from '../format/helpers.js';

const SAMPLES = path.resolve(__dirname, '../../samples');
const named = (suffix: string): string[] => readdirSync(SAMPLES).filter((name) => name.endsWith(suffix));
const DICTIONARY = 'dictionary.checklist';

function converted(text: string, to: 'dsl' | 'yaml' | 'json', form: SourceForm, file: string): string {
  const result = convertSource(text, to, { form, fileName: file, host: nodeHost });
  if (!result.ok) throw new Error(`does not convert: ${JSON.stringify(result.diagnostics)}`);
  return result.text;
}

describe.each(named('.checklist').filter((name) => name !== DICTIONARY))('convert %s', (name) => {
  const file = path.join(SAMPLES, name);
  const yamlFile = file.replace(/\.checklist$/, '.converted.checklist.yaml');
  const text = readFileSync(file, 'utf8');
  const yaml = converted(text, 'yaml', 'dsl', file);

  it('dsl → yaml → dsl gives fmt’s output, with the same hash at every hop', () => {
    const hash = compileFile(file).ir?.hash;
    expect(hash).toBeDefined();
    expect(hashOf(yaml, yamlFile, nodeHost)).toBe(hash);
    const back = converted(yaml, 'dsl', 'yaml', yamlFile);
    expect(back).toBe(formatted(text, 'dsl', file, nodeHost));
    expect(hashOf(back, file, nodeHost)).toBe(hash);
  });

  it('carries every comment and keeps imports as imports', () => {
    expect(yamlCommentTexts(yaml)).toEqual(commentTexts(text).map((c) => c.replace(/^line:/, '')));
    if (text.includes('import "')) expect(yaml).toMatch(/^import: \[/m);
    expect(formatted(yaml, 'yaml', yamlFile, nodeHost)).toBe(yaml);
  });

  it('--to json is compile', () => {
    const ir = compileFile(file).ir;
    expect(ir).toBeDefined();
    expect(converted(text, 'json', 'dsl', file)).toBe(printIr(ir!));
  });
});

describe.each(named('.checklist.yaml'))('convert %s', (name) => {
  const file = path.join(SAMPLES, name);
  const text = readFileSync(file, 'utf8');

  it('yaml → dsl → yaml keeps the hash and every comment (structured `when`s come back as strings)', () => {
    const dslFile = file.replace(/\.checklist\.yaml$/, '.converted.checklist');
    const dsl = converted(text, 'dsl', 'yaml', file);
    const hash = compileFile(file).ir?.hash;
    expect(hashOf(dsl, dslFile, nodeHost)).toBe(hash);
    const back = converted(dsl, 'yaml', 'dsl', dslFile);
    expect(hashOf(back, file, nodeHost)).toBe(hash);
    expect(yamlCommentTexts(back)).toEqual(yamlCommentTexts(text));
    // Everything but the conditions comes back line for line (a sanity bound, whatever the sample's size).
    const unconditional = (yaml: string): number => yaml.split('\n').filter((line) => !line.includes('when') && !line.includes('{ field')).length;
    expect(unconditional(back)).toBeGreaterThanOrEqual(unconditional(text) / 2);
  });
});

describe('convert of the shared dictionary', () => {
  it('keeps every declaration, merged into the one `fields` map the YAML form has', () => {
    const file = path.join(SAMPLES, DICTIONARY);
    const text = readFileSync(file, 'utf8');
    const yaml = converted(text, 'yaml', 'dsl', file);
    const declared = (source: string): string[] => [...source.matchAll(/^\s+([a-z_]+\.[a-z_]+)[ :]/gm)].map((m) => m[1] ?? '').sort();
    expect(declared(yaml)).toEqual(declared(text));
    expect(yamlCommentTexts(yaml)).toEqual(commentTexts(text).map((c) => c.replace(/^line:/, '')));
  });
});
