import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { ITEM_TYPES } from '../../src/language/ast.js';
import { CONTENT_TYPES, OPTIONS, RESERVED_NAMES, type OptionName } from '../../src/language/content-types.js';

const schema = JSON.parse(readFileSync(new URL('../../schemas/checklist-ir.schema.json', import.meta.url), 'utf8')) as {
  $id: string;
  definitions: Record<string, { properties?: Record<string, unknown>; pattern?: string }>;
};

describe('schemas/checklist-ir.schema.json', () => {
  it('compiles under ajv strict mode and as standalone code (no custom keywords)', () => {
    const ajv = new Ajv({ strict: true, code: { source: true, esm: true } });
    const validate = ajv.compile(schema);
    expect(standalone.default(ajv, validate)).toContain('export');
    expect(schema.$id).toMatch(/^https:\/\//);
  });

  it('describes every item type with exactly the IR keys the content-type table gives it', () => {
    for (const type of ITEM_TYPES) {
      const definition = schema.definitions[`item_${type}`];
      expect(definition, type).toBeDefined();
      const optionKeys = (Object.keys(CONTENT_TYPES[type].options) as OptionName[]).map((name) => OPTIONS[name].irKey);
      const expected = new Set(['id', 'type', type === 'instructions' ? 'text' : 'label', 'required', ...optionKeys,
        ...(type === 'data_compare' ? ['sections'] : []), 'when', 'whenMode', 'deps']);
      expect(new Set(Object.keys(definition!.properties ?? {})), type).toEqual(expected);
    }
  });

  it('forbids every reserved name as a segment', () => {
    const pattern = new RegExp(schema.definitions['reservedSegment']!.pattern!);
    for (const reserved of RESERVED_NAMES) {
      expect(pattern.test(reserved)).toBe(true);
      expect(pattern.test(`case.${reserved}.x`)).toBe(true);
    }
    expect(pattern.test('case.constructors')).toBe(false);
    expect(pattern.test('my_prototype')).toBe(false);
  });
});
