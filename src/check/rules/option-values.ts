import type { Item, ItemOption, OptionValue } from '../../language/ast.js';
import { OPTIONS } from '../../language/content-types.js';
import type { Span } from '../../language/span.js';
import { isRealDate } from '../dates.js';
import { findOption, optionStrings, optionWord, rootNames, validOption } from '../options.js';
import { didYouMean } from '../suggest.js';
import type { ItemSymbol } from '../symbols.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * CW022 (`select` options missing or repeated), CW023 (an option value of the right kind that
 * makes no sense) and CW051 (`max_files` below 1). Values of the wrong kind are CW021's.
 */
export const optionValues: Rule = {
  codes: ['CW022', 'CW023', 'CW051'],
  check(context) {
    for (const symbol of context.symbols.items) checkItem(context, symbol);
  },
};

function checkItem({ symbols, report }: RuleContext, { item, id }: ItemSymbol): void {
  const file = symbols.file;
  const bad = (span: Span, message: string, hint?: string): void => report('CW023', file, span, `${message} on item \`${id}\``, hint);
  const integer = (name: 'max_length' | 'borrowers' | 'max_files'): { value: number; span: Span } | undefined => {
    const value = validOption(item, name)?.value;
    return value?.kind === 'number' ? value : undefined;
  };

  if (item.type === 'select') checkSelectOptions({ symbols, report }, item, id);
  for (const name of ['codes', 'indicators', 'evidence'] as const) {
    const option = validOption(item, name);
    if (option !== undefined) checkStringList(option, name, bad);
  }

  const pattern = validOption(item, 'pattern')?.value;
  if (pattern?.kind === 'string') {
    const problem = regexProblem(pattern.value);
    if (problem !== undefined) bad(pattern.span, `\`pattern\` is not a valid regular expression (${problem})`, 'write a JavaScript regular expression (Unicode mode), without slashes');
  }
  checkDates(item, bad);

  const maxLength = integer('max_length');
  if (maxLength !== undefined && maxLength.value < 1) bad(maxLength.span, '`max_length` must be at least 1', 'allow at least one character, or remove `max_length`');
  const borrowers = integer('borrowers');
  if (borrowers !== undefined && borrowers.value !== 1 && borrowers.value !== 2) bad(borrowers.span, '`borrowers` must be 1 or 2', 'write `borrowers 1` or `borrowers 2`');
  const maxFiles = integer('max_files');
  if (maxFiles !== undefined && maxFiles.value < 1) {
    report('CW051', file, maxFiles.span, `\`max_files\` is ${maxFiles.value} on item \`${id}\`: no file could be uploaded`, 'allow at least 1 file (the default is 10)');
  }

  const mode = optionWord(validOption(item, 'mode')?.value);
  const words = OPTIONS.mode.words;
  if (mode !== undefined && !(words as readonly string[]).includes(mode.text)) {
    bad(mode.span, `\`mode\` is \`${mode.text}\``, didYouMean(mode.text, words) ?? 'write `edit` or `read_only`');
  }
  const sourcesOption = validOption(item, 'sources');
  const roots = rootNames(sourcesOption?.value);
  if (sourcesOption !== undefined && roots !== undefined && (roots.length !== 2 || roots.some((root) => root.text.includes('.')))) {
    bad(sourcesOption.value?.span ?? sourcesOption.span, '`sources` must name exactly two roots', 'write two identifiers, like `sources dispute record`');
  }
}

function checkSelectOptions({ symbols, report }: RuleContext, item: Item, id: string): void {
  const option = findOption(item, 'options');
  if (option === undefined || (option.value?.kind === 'list' && option.value.items.length === 0)) {
    report('CW022', symbols.file, option?.span ?? item.id?.span ?? item.typeSpan, `\`select\` item \`${id}\` has no options`, 'add `options ["A", "B"]`');
    return;
  }
  if (validOption(item, 'options') !== undefined) {
    checkStringList(option, 'options', (span, message, hint) => report('CW022', symbols.file, span, `${message} on item \`${id}\``, hint));
  }
}

function checkStringList(option: ItemOption, name: string, problem: (span: Span, message: string, hint: string) => void): void {
  const value = option.value;
  if (value?.kind !== 'list' || optionStrings(value) === undefined) return;
  if (value.items.length === 0) {
    problem(value.span, `\`${name}\` is empty`, `list at least one value, or remove \`${name}\``);
    return;
  }
  const seen = new Set<string>();
  for (const entry of value.items) {
    const text = String(entry.value);
    if (seen.has(text)) problem(entry.span, `${JSON.stringify(text)} is listed twice in \`${name}\``, 'list each value once');
    seen.add(text);
  }
}

function regexProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function checkDates(item: Item, bad: (span: Span, message: string, hint?: string) => void): void {
  const date = (name: 'min' | 'max'): { readonly value: string; readonly span: Span } | undefined => {
    const value: OptionValue | undefined = validOption(item, name)?.value;
    if (value?.kind !== 'date' && value?.kind !== 'string') return undefined;
    if (isRealDate(value.value)) return value;
    bad(value.span, `\`${name}\` ${JSON.stringify(value.value)} is not a real calendar date`, 'write a date that exists, as YYYY-MM-DD');
    return undefined;
  };
  const min = date('min');
  const max = date('max');
  if (min !== undefined && max !== undefined && min.value > max.value) {
    bad(max.span, `\`max\` ${max.value} is before \`min\` ${min.value}`, 'swap them, or correct one of the dates');
  }
}
