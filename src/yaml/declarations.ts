/** `data`, `udf`, `resolution` and `fields` declarations: `PATH: TYPE` or `PATH: { type, label, required, values }`. */
import { Diagnostics } from '../diagnostics/messages.js';
import { isMap } from 'yaml';
import type { DataType, Decl, ScalarTypeName } from '../language/ast.js';
import { didYouMean } from '../check/suggest.js';
import { deref, entries, entry, quoted, report, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';
import { booleanOf, keyName, strListOf, strOf } from './scalars.js';

const SCALAR_TYPES: readonly ScalarTypeName[] = ['text', 'number', 'boolean', 'date', 'list'];
const TYPE_NAMES: readonly string[] = [...SCALAR_TYPES, 'choice'];

export function declarationsOf(ctx: YamlContext, node: YamlNode): Decl[] {
  return entries(ctx, node).flatMap((decl) => declarationOf(ctx, decl) ?? []);
}

function declarationOf(ctx: YamlContext, decl: Entry): Decl | undefined {
  const path = keyName(ctx, decl);
  const body = deref(ctx, decl.value);
  const fields = isMap(body) ? entries(ctx, body) : undefined;
  const typeNode = fields ? entry(fields, 'type')?.value : decl.value;
  const valuesEntry = fields && entry(fields, 'values');
  const type = dataTypeOf(ctx, typeNode, valuesEntry);
  if (!type) return undefined;
  const label = fields && strOf(ctx, entry(fields, 'label')?.value);
  const required = (fields && booleanOf(ctx, entry(fields, 'required')?.value)) ?? false;
  return { path, type, ...(label && { label }), required, span: decl.span };
}

function dataTypeOf(ctx: YamlContext, typeNode: YamlNode, valuesEntry: Entry | undefined): DataType | undefined {
  const written = strOf(ctx, typeNode);
  if (!written) return undefined;
  const { value: name, span } = written;
  if (!TYPE_NAMES.includes(name)) {
    report(ctx, Diagnostics.UnknownType, span, [quoted(name), TYPE_NAMES.map((t) => `\`${t}\``).join(', ')], didYouMean(name, TYPE_NAMES));
    return undefined;
  }
  if (name === 'choice') {
    if (!valuesEntry) {
      report(ctx, Diagnostics.ChoiceNeedsValues, span);
      return undefined;
    }
    return { kind: 'choice', values: strListOf(ctx, valuesEntry.value), span };
  }
  if (valuesEntry) {
    report(ctx, Diagnostics.ValuesWithoutChoice, spanOf(ctx, valuesEntry.keyNode));
    return undefined;
  }
  const kind = SCALAR_TYPES.find((t) => t === name);
  return kind && { kind, span };
}
