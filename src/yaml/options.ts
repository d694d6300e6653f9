/**
 * Item options under their keywords, converted to the same `ItemOption` the text parser makes,
 * by the value kind `OPTIONS` gives each one (flags: `true` is the bare option, `false` leaves it
 * out). Unknown keys that look like options are kept, so the checker reports CW021 with a
 * suggestion exactly as for the text form.
 */
import { isMap, isSeq } from 'yaml';
import type { ItemOption, OptionValue, ScalarLiteral } from '../language/ast.js';
import { OPTIONS, type OptionName, type OptionValueKind } from '../language/content-types.js';
import { asScalar, deref, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';
import { booleanOf, integerOf, keyName, listLiteralOf, nameOf, scalarLiteralOf, strOf } from './scalars.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function knownOptionOf(ctx: YamlContext, option: Entry, name: OptionName): ItemOption | undefined {
  const optionName = keyName(ctx, option);
  const kind = OPTIONS[name].value;
  if (kind === 'flag') {
    return booleanOf(ctx, option.value) === true ? { name: optionName, span: option.span } : undefined;
  }
  const value = optionValueOf(ctx, option, kind);
  return value && { name: optionName, value, span: option.span };
}

function optionValueOf(ctx: YamlContext, option: Entry, kind: Exclude<OptionValueKind, 'flag'>): OptionValue | undefined {
  const node = option.value;
  const span = spanOf(ctx, node, option.span);
  switch (kind) {
    case 'date': {
      const text = strOf(ctx, node);
      return text && { kind: 'date', value: text.value, span };
    }
    case 'integer': {
      const number = integerOf(ctx, node);
      return number && { kind: 'number', value: number.value, span };
    }
    case 'string': {
      const text = strOf(ctx, node);
      return text && { kind: 'string', value: text.value, span };
    }
    case 'strings': {
      if (!isSeq(deref(ctx, node))) return undefined;
      const items = seqItems(ctx, node).flatMap((item): ScalarLiteral[] => {
        const text = strOf(ctx, item);
        return text ? [{ kind: 'string', value: text.value, span: text.span }] : [];
      });
      return { kind: 'list', items, span };
    }
    case 'path':
    case 'word': {
      const path = nameOf(ctx, node);
      return path && { kind: 'path', path, span };
    }
    case 'roots': {
      if (!isSeq(deref(ctx, node))) return undefined;
      const paths = seqItems(ctx, node).flatMap((item) => nameOf(ctx, item) ?? []);
      return { kind: 'paths', paths, span };
    }
  }
}

/** An unknown key kept as an option: a name, and a bare value or a list of them (or nothing). */
export function looksLikeOption(ctx: YamlContext, option: Entry): boolean {
  if (!IDENTIFIER.test(option.key)) return false;
  const value = deref(ctx, option.value);
  if (isMap(value)) return false;
  return !isSeq(value) || value.items.every((item) => asScalar(ctx, item as YamlNode) !== undefined);
}

export function unknownOptionOf(ctx: YamlContext, option: Entry): ItemOption {
  const name = keyName(ctx, option);
  const isList = isSeq(deref(ctx, option.value));
  const scalarValue = asScalar(ctx, option.value)?.value;
  if (!isList && (scalarValue === true || scalarValue == null)) return { name, span: option.span };
  const value = isList ? listLiteralOf(ctx, option.value) : scalarLiteralOf(ctx, option.value);
  return value ? { name, value, span: option.span } : { name, span: option.span };
}
