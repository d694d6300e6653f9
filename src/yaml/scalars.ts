/**
 * YAML scalars as the AST's names, strings, numbers and literals. Values of the wrong kind were
 * reported by the shape check; here they simply yield nothing.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { Scalar } from 'yaml';
import type { ListLiteral, Name, NumberValue, ScalarLiteral, Str } from '../language/ast.js';
import { asScalar, report, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';

const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Text where the form expects text. A number is kept as written (`codes: [01, 23]` means the codes
 * "01" and "23"), and a block scalar's final line breaks are dropped, as the text form's `"""`
 * strings drop their last blank line.
 */
export function strOf(ctx: YamlContext, node: YamlNode): Str | undefined {
  const scalar = asScalar(ctx, node);
  if (!scalar) return undefined;
  const span = spanOf(ctx, node);
  if (typeof scalar.value === 'number') return { value: writtenText(scalar), span };
  if (typeof scalar.value !== 'string') return undefined;
  const isBlock = scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED;
  return { value: isBlock ? scalar.value.replace(/\n+$/, '') : scalar.value, span };
}

/** An id or a path held by a value (its validity was checked by the shape check). */
export function nameOf(ctx: YamlContext, node: YamlNode): Name | undefined {
  const scalar = asScalar(ctx, node);
  return typeof scalar?.value === 'string' ? { text: scalar.value, span: spanOf(ctx, node) } : undefined;
}

/** An id or a path written as a map key (`outcomes`, declarations, statuses). */
export function keyName(ctx: YamlContext, entry: Entry): Name {
  return { text: entry.key, span: spanOf(ctx, entry.keyNode) };
}

export function integerOf(ctx: YamlContext, node: YamlNode): NumberValue | undefined {
  const scalar = asScalar(ctx, node);
  return typeof scalar?.value === 'number' && Number.isInteger(scalar.value)
    ? { value: scalar.value, span: spanOf(ctx, node) }
    : undefined;
}

export function booleanOf(ctx: YamlContext, node: YamlNode): boolean | undefined {
  const value = asScalar(ctx, node)?.value;
  return typeof value === 'boolean' ? value : undefined;
}

/**
 * A literal value. An unquoted `2024-01-31` is a date literal, as in the text form; quoted, it is
 * a string (the checker accepts a date string where a date is expected).
 */
export function scalarLiteralOf(ctx: YamlContext, node: YamlNode): ScalarLiteral | undefined {
  const scalar = asScalar(ctx, node);
  if (!scalar) return undefined;
  const span = spanOf(ctx, node);
  const value = scalar.value;
  if (typeof value === 'string') {
    const isDate = scalar.type === Scalar.PLAIN && DATE_LITERAL.test(value);
    return { kind: isDate ? 'date' : 'string', value, span };
  }
  if (typeof value === 'number' && Number.isFinite(value)) return { kind: 'number', value, span };
  if (typeof value === 'boolean') return { kind: 'boolean', value, span };
  return undefined;
}

/** A list of scalar literals; an entry that is not one is CW001. */
export function listLiteralOf(ctx: YamlContext, node: YamlNode): ListLiteral {
  const items: ScalarLiteral[] = [];
  for (const item of seqItems(ctx, node)) {
    const literal = scalarLiteralOf(ctx, item);
    if (literal) items.push(literal);
    else report(ctx, Diagnostics.BadListEntry, spanOf(ctx, item, spanOf(ctx, node)));
  }
  return { kind: 'list', items, span: spanOf(ctx, node) };
}

/** A list of strings (`options`, `values`), each kept as written when it is a number. */
export function strListOf(ctx: YamlContext, node: YamlNode): Str[] {
  return seqItems(ctx, node).flatMap((item) => strOf(ctx, item) ?? []);
}

function writtenText(scalar: Scalar): string {
  const source = (scalar as Scalar.Parsed).source;
  return typeof source === 'string' ? source : String(scalar.value);
}
