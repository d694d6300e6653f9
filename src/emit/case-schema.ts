/**
 * The embedded JSON Schema (draft-07) of the case data, per docs/ir.md "The case schema":
 * dotted paths nest objects, a `required` declaration is required in its parent and makes each
 * enclosing object required in its own, extra fields are allowed.
 */
import type { DataType, Decl } from '../language/ast.js';
import type { CaseDecl } from '../check/model.js';
import type { JsonValue } from '../ir/types.js';

interface ObjectNode {
  readonly kind: 'object';
  /** A Map, not an object, so no path segment can touch a prototype while building. */
  readonly properties: Map<string, SchemaNode>;
  readonly required: Set<string>;
}

type SchemaNode = ObjectNode | { readonly kind: 'leaf'; readonly schema: JsonValue };

export function caseSchema(decls: readonly CaseDecl[]): JsonValue {
  const root = objectNode();
  for (const { decl } of decls) place(root, decl);
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    ...objectSchema(root),
  };
}

function objectNode(): ObjectNode {
  return { kind: 'object', properties: new Map(), required: new Set() };
}

function place(root: ObjectNode, decl: Decl): void {
  const segments = decl.path.text.split('.');
  const last = segments.pop() ?? '';
  let parent = root;
  for (const segment of segments) {
    let child = parent.properties.get(segment);
    // A leaf that is also a prefix is CW010; should one slip through, the deeper declaration wins.
    if (child === undefined || child.kind === 'leaf') {
      child = objectNode();
      parent.properties.set(segment, child);
    }
    if (decl.required) parent.required.add(segment);
    parent = child;
  }
  parent.properties.set(last, { kind: 'leaf', schema: leafSchema(decl) });
  if (decl.required) parent.required.add(last);
}

function leafSchema(decl: Decl): JsonValue {
  const schema = typeSchema(decl.type);
  if (decl.label !== undefined) schema['title'] = decl.label.value;
  return schema;
}

function typeSchema(type: DataType): Record<string, JsonValue> {
  switch (type.kind) {
    case 'text':
      return { type: 'string' };
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'date':
      return { type: 'string', format: 'date' };
    case 'list':
      return { type: 'array' };
    case 'choice':
      return { type: 'string', enum: type.values.map((value) => value.value) };
  }
}

function objectSchema(node: ObjectNode): Record<string, JsonValue> {
  const properties = Object.fromEntries(
    [...node.properties].map(([name, child]) => [name, child.kind === 'leaf' ? child.schema : objectSchema(child)]),
  );
  return {
    type: 'object',
    properties,
    ...(node.required.size === 0 ? {} : { required: [...node.required] }),
  };
}
