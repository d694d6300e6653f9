import { readFileSync } from 'node:fs';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS: under NodeNext its default import is the function itself at run time.
const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

/**
 * A validator for the official OASIS SARIF 2.1.0 schema (fixtures/, copied from oasis-tcs/sarif-spec
 * sarif-2.1/schema/sarif-schema-2.1.0.json). The schema is draft-04; ajv 8 reads it as draft-07
 * once the draft-04 `id` is renamed `$id`: it uses no other draft-04-only keyword.
 */
export function sarifValidator(): ValidateFunction {
  const text = readFileSync(new URL('./fixtures/sarif-schema-2.1.0.json', import.meta.url), 'utf8');
  const { $schema: _draft04, id, ...schema } = JSON.parse(text) as Record<string, unknown>;
  return addFormats(new Ajv({ strict: false, allErrors: true })).compile({ $id: id as string, ...schema });
}
