import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import schema from '../../schemas/checklist-yaml.schema.json' with { type: 'json' };
import { ITEM_TYPES } from '../../src/language/ast.js';
import { OPTIONS, type OptionValueKind } from '../../src/language/content-types.js';

type SchemaNode = { [key: string]: unknown };

const KIND_SCHEMAS: Record<OptionValueKind, SchemaNode> = {
  flag: { type: 'boolean' },
  date: { $ref: '#/definitions/date' },
  integer: { type: 'integer' },
  string: { $ref: '#/definitions/text' },
  strings: { type: 'array', items: { $ref: '#/definitions/text' } },
  path: { $ref: '#/definitions/path' },
  word: { $ref: '#/definitions/id' },
  roots: { type: 'array', items: { $ref: '#/definitions/id' }, minItems: 2, maxItems: 2 },
};

/** Every `properties` entry anywhere in the schema, with where it is. */
function propertiesOf(node: unknown, where: string): [string, SchemaNode][] {
  if (node === null || typeof node !== 'object') return [];
  const found: [string, SchemaNode][] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'properties') {
      for (const [name, property] of Object.entries(value as SchemaNode)) found.push([`${where}.${name}`, property as SchemaNode]);
    }
    found.push(...propertiesOf(value, `${where}.${key}`));
  }
  return found;
}

describe('schemas/checklist-yaml.schema.json', () => {
  const itemProperties = schema.definitions.item.properties as Record<string, SchemaNode>;

  it('is a draft-07 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(() => new Ajv({ strict: true, allowUnionTypes: true }).compile(schema)).not.toThrow();
  });

  it('describes every item type, and every option with the value kind OPTIONS gives it', () => {
    for (const type of ITEM_TYPES) expect(itemProperties, type).toHaveProperty(type);
    for (const [name, option] of Object.entries(OPTIONS)) {
      expect(itemProperties[name], name).toMatchObject(KIND_SCHEMAS[option.value]);
    }
  });

  it('gives every property a description, for editor help', () => {
    const undocumented = propertiesOf(schema, '#')
      .filter(([, property]) => typeof property.description !== 'string' && !('$ref' in property && Object.keys(property).length === 1))
      .map(([where]) => where);
    expect(undocumented).toEqual([]);
  });

  it('accepts the YAML fixture as an editor reads it', () => {
    const validate = new Ajv({ allowUnionTypes: true }).compile(schema);
    const document: unknown = parse(readFileSync(new URL('fixtures/every-construct.checklist.yaml', import.meta.url), 'utf8'));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });
});
