import type { Item, ItemOption, Name, OptionValue } from '../language/ast.js';
import { CONTENT_TYPES, OPTIONS, type OptionName, type OptionValueKind } from '../language/content-types.js';

/** The first time the option is written on the item (a repeat is CW021). */
export function findOption(item: Item, name: string): ItemOption | undefined {
  return item.options.find((option) => option.name.text === name);
}

/** A bare flag is set; the YAML form may also write `multiple: true` / `multiple: false`. */
export function isFlagSet(option: ItemOption | undefined): boolean {
  if (option === undefined) return false;
  return option.value === undefined || (option.value.kind === 'boolean' && option.value.value);
}

/** A `path` or `word` option's text, whichever way the front end wrote it. */
export function optionWord(value: OptionValue | undefined): { readonly text: string; readonly span: Name['span'] } | undefined {
  if (value?.kind === 'path') return value.path;
  if (value?.kind === 'string') return { text: value.value, span: value.span };
  return undefined;
}

/** A `strings` option's entries, when every entry is a string. */
export function optionStrings(value: OptionValue | undefined): readonly string[] | undefined {
  if (value?.kind !== 'list') return undefined;
  const strings: string[] = [];
  for (const entry of value.items) {
    if (entry.kind !== 'string') return undefined;
    strings.push(entry.value);
  }
  return strings;
}

/** Why an option's written value is not of the kind the option takes (CW021), if it is not. */
export function valueKindProblem(kind: OptionValueKind, value: OptionValue | undefined): string | undefined {
  switch (kind) {
    case 'flag':
      return value === undefined || value.kind === 'boolean' ? undefined : 'is a flag and takes no value';
    case 'date':
      return value?.kind === 'date' || value?.kind === 'string' ? undefined : 'takes a date (YYYY-MM-DD)';
    case 'integer':
      return value?.kind === 'number' && Number.isInteger(value.value) ? undefined : 'takes a whole number';
    case 'string':
      return value?.kind === 'string' ? undefined : 'takes a text in quotes';
    case 'strings':
      return optionStrings(value) === undefined ? 'takes a list of texts, like ["A", "B"]' : undefined;
    case 'path':
      return optionWord(value) === undefined ? 'takes a path' : undefined;
    case 'word':
      return optionWord(value) === undefined ? 'takes a word' : undefined;
    case 'roots':
      return rootNames(value) === undefined ? 'takes two source roots, like `dispute record`' : undefined;
  }
}

/** `sources dispute record` (text form) or `sources: [dispute, record]` (YAML). */
export function rootNames(value: OptionValue | undefined): readonly { readonly text: string; readonly span: Name['span'] }[] | undefined {
  if (value?.kind === 'paths') return value.paths;
  if (value?.kind === 'list' && value.items.every((entry) => entry.kind === 'string')) {
    return value.items.map((entry) => ({ text: String(entry.value), span: entry.span }));
  }
  if (value?.kind === 'path') return [value.path];
  return undefined;
}

/** The option, when the item's type takes it and its value is of the right kind (CW021 otherwise). */
export function validOption(item: Item, name: OptionName): ItemOption | undefined {
  const option = findOption(item, name);
  if (option === undefined || !Object.hasOwn(CONTENT_TYPES[item.type].options, name)) return undefined;
  return valueKindProblem(OPTIONS[name].value, option.value) === undefined ? option : undefined;
}
