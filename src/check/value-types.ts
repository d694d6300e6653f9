import type { DataType, Literal } from '../language/ast.js';
import type { ValueType } from '../language/content-types.js';

/** The type a condition sees when it reads a declared field. */
export function declValueType(type: DataType): ValueType {
  if (type.kind === 'choice') return { kind: 'choice', values: type.values.map((value) => value.value) };
  if (type.kind === 'list') return { kind: 'list' };
  return { kind: type.kind };
}

export function sameDataType(a: DataType, b: DataType): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind !== 'choice' || b.kind !== 'choice') return true;
  return a.values.length === b.values.length && a.values.every((value, index) => value.value === b.values[index]?.value);
}

/** For messages: `a number`, `a choice of "A", "B"`, `a list of choices "A", "B"`. */
export function describeType(type: ValueType): string {
  switch (type.kind) {
    case 'choice':
      return `a choice of ${quoteAll(type.values)}`;
    case 'list':
      if (type.of === undefined) return 'a list';
      return type.of.kind === 'choice' ? `a list of choices ${quoteAll(type.of.values)}` : `a list of ${plural(type.of)}`;
    case 'none':
      return 'nothing (instructions have no response)';
    case 'object':
      return 'an object';
    case 'text':
      return 'text';
    default:
      return `a ${type.kind}`;
  }
}

function plural(type: ValueType): string {
  return type.kind === 'object' ? 'objects' : `${type.kind}s`;
}

export function describeLiteral(literal: Literal): string {
  switch (literal.kind) {
    case 'string':
      return `the text ${JSON.stringify(literal.value)}`;
    case 'number':
      return `the number ${literal.value}`;
    case 'boolean':
      return `\`${literal.value}\``;
    case 'date':
      return `the date ${literal.value}`;
    case 'list':
      return 'a list';
  }
}

function quoteAll(values: readonly string[]): string {
  const shown = values.slice(0, 6).map((value) => JSON.stringify(value));
  return values.length > 6 ? `${shown.join(', ')}, …` : shown.join(', ');
}
