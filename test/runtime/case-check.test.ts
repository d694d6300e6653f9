import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { checkCase, compileCaseCheck } from '../../src/runtime/case-check.js';
import { deepFreeze } from './helpers.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

const schema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  type: 'object',
  required: ['account'],
  properties: {
    account: {
      type: 'object',
      required: ['balance'],
      properties: { balance: { type: 'number', title: 'Balance' }, opened: { type: 'string', format: 'date' } },
    },
    dispute: { type: 'object', properties: { code: { type: 'string', enum: ['103', '104'] } } },
    qa: { type: 'object', properties: { selected: { type: 'boolean' } } },
    files: { type: 'array' },
  },
};

describe('checkCase', () => {
  it('accepts data that fits and keeps extra fields', () => {
    const data = { account: { balance: 5, extra: 1 }, other: 'x' };
    expect(checkCase(schema, data)).toEqual({ data, problems: [] });
  });

  it('reports each kind of violation at its path and drops the offending field', () => {
    const data = {
      account: { balance: '5', opened: '2023-02-29' },
      dispute: { code: '999' },
      qa: { selected: 'yes' },
      files: {},
    };
    const checked = checkCase(schema, data);
    expect(checked.problems.map((problem) => problem.path)).toEqual([
      'account.balance',
      'account.opened',
      'dispute.code',
      'qa.selected',
      'files',
    ]);
    expect(checked.data).toEqual({ account: {}, dispute: {}, qa: {} });
  });

  it('reports a missing required field at its own path, not at its parent', () => {
    expect(checkCase(schema, {}).problems).toEqual([{ path: 'account.balance', message: 'is required but missing' }]);
    const disputes = {
      type: 'object',
      required: ['dispute', 'note'],
      properties: {
        dispute: { type: 'object', required: ['type', 'code'], properties: { type: { type: 'string' }, code: { type: 'string' } } },
        note: { type: 'object', properties: { text: { type: 'string' } } },
      },
    };
    expect(checkCase(disputes, {}).problems.map((problem) => problem.path)).toEqual(['dispute.type', 'dispute.code', 'note']);
    expect(checkCase(disputes, { dispute: { type: 'x' }, note: {} }).problems.map((problem) => problem.path)).toEqual(['dispute.code']);
    expect(checkCase(schema, { account: {} }).problems).toEqual([{ path: 'account.balance', message: 'is required but missing' }]);
  });

  it('treats a case that is not an object as empty', () => {
    for (const bad of [null, 'x', 3, [], undefined]) {
      const checked = checkCase(schema, bad);
      expect(checked.data).toEqual({});
      expect(checked.problems[0]?.path).toBe('');
    }
  });

  it('accepts leap days and rejects impossible dates', () => {
    const dates = { type: 'object', properties: { d: { type: 'string', format: 'date' } } };
    expect(checkCase(dates, { d: '2024-02-29' }).problems).toEqual([]);
    for (const bad of ['2023-02-29', '2024-13-01', '2024-04-31', '2024-1-01', '2024-01-01T00:00:00Z', '１２３４-01-01', '2024-00-10', '2024-01-00', ' 2024-01-01', '2024-01-0a', '2024/01/01', '1900-02-29', '2024-01-1٣']) {
      expect(checkCase(dates, { d: bad }).problems).toHaveLength(1);
    }
  });

  it('never mutates its input and copies __proto__ keys as plain data', () => {
    const data = deepFreeze(JSON.parse('{"__proto__": {"polluted": true}, "account": {"balance": "bad"}}'));
    const checked = checkCase(schema, data);
    expect(Object.getPrototypeOf(checked.data)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(checked.data, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('compiles a schema once into a checker that any number of cases can use', () => {
    const check = compileCaseCheck(schema);
    const bad = { account: { balance: '5' } };
    const good = { account: { balance: 5 } };
    expect(check(bad)).toEqual(checkCase(schema, bad));
    expect(check(good)).toEqual({ data: good, problems: [] });
    expect(check(bad).problems).toEqual([{ path: 'account.balance', message: 'must be a number, got "5"' }]);
  });

  it('does not read inherited properties of the case as fields', () => {
    const inherited = Object.create({ account: { balance: 1 } }) as object;
    expect(checkCase(schema, inherited).problems).toEqual([{ path: 'account.balance', message: 'is required but missing' }]);
  });
});

// Random schemas built the way docs/ir.md "The case schema" describes, and random data for them.
const segment = fc.constantFrom('a', 'b', 'c', 'd');
const leafSchema = fc.oneof(
  fc.constant({ type: 'string' }),
  fc.constant({ type: 'number' }),
  fc.constant({ type: 'boolean' }),
  fc.constant({ type: 'array' }),
  fc.constant({ type: 'string', format: 'date' }),
  fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { minLength: 1 }).map((values) => ({ type: 'string', enum: values })),
);
type SchemaNode = { type: string; properties?: Record<string, SchemaNode>; required?: string[] };
const objectSchema: fc.Arbitrary<SchemaNode> = fc.letrec<{ node: SchemaNode; object: SchemaNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leafSchema as fc.Arbitrary<SchemaNode>, tie('object')),
  object: fc
    .dictionary(segment, tie('node'), { maxKeys: 4 })
    .chain((properties) =>
      fc.subarray(Object.keys(properties)).map((required) => ({
        type: 'object',
        properties,
        ...(required.length > 0 && { required }),
      })),
    ),
})).object;

const scalar = fc.oneof(
  fc.constantFrom('x', 'y', '', '2024-02-29', '2023-02-29', '2024-12-31', 'nope', 0, 1.5, -3, true, false, null),
  fc.string({ maxLength: 3 }),
);
const data = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    scalar,
    fc.array(tie('value'), { maxLength: 2 }),
    fc.dictionary(fc.oneof(segment, fc.constantFrom('__proto__', 'constructor')), tie('value'), { maxKeys: 4 }),
  ),
})).value;


/** The paths ajv's errors name, a missing field spelled out as the required fields below it (docs/runtime.md). */
function ajvPaths(schema: SchemaNode, errors: { instancePath: string; keyword: string; params: Record<string, unknown> }[]): string[] {
  const paths = errors.flatMap((error) => {
    const segments = error.instancePath.split('/').slice(1);
    const path = segments.join('.');
    if (error.keyword !== 'required') return [path];
    const missing = String(error.params.missingProperty);
    const parent = segments.reduce<SchemaNode | undefined>((node, key) => node?.properties?.[key], schema);
    return requiredLeaves(parent?.properties?.[missing], path === '' ? missing : `${path}.${missing}`);
  });
  return [...new Set(paths)].sort();
}

function requiredLeaves(node: SchemaNode | undefined, path: string): string[] {
  const below = (node?.required ?? []).flatMap((name) => requiredLeaves(node?.properties?.[name], `${path}.${name}`));
  return below.length > 0 ? below : [path];
}

describe('checkCase agrees with ajv + ajv-formats', () => {
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));

  it('on random schemas and data', () => {
    let evaluations = 0;
    fc.assert(
      fc.property(objectSchema, data, (caseSchema, rawData) => {
        // Round-trip through JSON, so `__proto__` keys are own data, as in parsed case files.
        const caseData = JSON.parse(JSON.stringify(rawData) ?? 'null') as unknown;
        const validate = ajv.compile({ $schema: 'http://json-schema.org/draft-07/schema#', ...caseSchema });
        const ajvValid = validate(caseData);
        const ours = checkCase(caseSchema, caseData);
        evaluations++;
        expect(ours.problems.length === 0).toBe(ajvValid);
        expect([...new Set(ours.problems.map((problem) => problem.path))].sort()).toEqual(ajvPaths(caseSchema as SchemaNode, validate.errors ?? []));
        // What remains after dropping the offending fields breaks no rule but `required`.
        validate(ours.data);
        expect((validate.errors ?? []).filter((error) => error.keyword !== 'required')).toEqual([]);
      }),
      { numRuns: 3000 },
    );
    console.log(`checkCase vs ajv: ${evaluations} schema/data pairs agreed`);
  });
});
