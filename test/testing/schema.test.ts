import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/checklist-test.schema.json' with { type: 'json' };
import { readTestFile } from '../../src/testing/index.js';
import { ITEM_ERROR_CODES, SESSION_ERROR_CODES, STEP_STATUS_NAMES } from '../../src/testing/vocabulary.js';

const SAMPLES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../samples');
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** Each case: the schema and the reader agree on whether it is well formed. */
const MALFORMED = [
  'tests: [{ name: x, case: {}, steps: [] }]',
  'checklist: a\ntests: [{ name: x, steps: [] }]',
  'checklist: a\ntests: [{ name: x, case: {}, case_file: c.json, steps: [] }]',
  'checklist: a\ntests: [{ name: x, case: {}, steps: [{ complete: a, reopen: a }] }]',
  'checklist: a\ntests: [{ name: x, case: {}, steps: [{ expect: { visibel: [a] } }] }]',
  'checklist: a\ntests: [{ name: x, case: {}, steps: [{ expect: { progress: { total: -1 } } }] }]',
];

describe('schemas/checklist-test.schema.json', () => {
  it('accepts every sample test file', () => {
    const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.test.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const ok = validate(parse(readFileSync(path.join(SAMPLES, file), 'utf8')));
      expect([file, ok, validate.errors ?? []]).toEqual([file, true, []]);
    }
  });

  it('rejects what the reader rejects', () => {
    for (const source of MALFORMED) {
      expect([source, validate(parse(source))]).toEqual([source, false]);
      expect(readTestFile(source, 't.test.yaml').diagnostics.length).toBeGreaterThan(0);
    }
  });

  it('lists the same closed sets as the runtime', () => {
    expect(schema.definitions.errorCode.enum).toEqual(ITEM_ERROR_CODES);
    expect(schema.definitions.expect.properties.refused.enum).toEqual(SESSION_ERROR_CODES);
    expect(schema.definitions.expect.properties.status.additionalProperties.enum).toEqual(STEP_STATUS_NAMES);
  });
});
