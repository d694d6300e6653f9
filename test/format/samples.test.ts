// fmt over every sample: already formatted (fmt --check samples exits 0), idempotent, same hash, every comment kept.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileFile, nodeHost } from '../../src/compile.js';
import { commentTexts, formatted, hashOf } from './helpers.js';

const SAMPLES = path.resolve(__dirname, '../../samples');
const textSamples = readdirSync(SAMPLES).filter((name) => name.endsWith('.checklist'));

describe.each(textSamples)('fmt %s', (name) => {
  const file = path.join(SAMPLES, name);
  const text = readFileSync(file, 'utf8');

  it('is already in the canonical layout', () => {
    expect(formatted(text, 'dsl', file, nodeHost)).toBe(text);
  });

  it('keeps the hash and every comment of a scrambled copy, and formats it back to the sample', () => {
    // Options, members and lines scrambled by hand-written noise: the same AST, another layout.
    const scrambled = text.replace(/\n {2}/g, '\n      ').replace(/ required/g, '   required');
    const out = formatted(scrambled, 'dsl', file, nodeHost);
    expect(out).toBe(text);
    expect(hashOf(out, file, nodeHost)).toBe(compileFile(file).ir?.hash);
    expect(commentTexts(out)).toEqual(commentTexts(text));
  });
});
