import { Diagnostics } from '../../diagnostics/messages.js';
import type { Item, ItemOption, OptionValue } from '../../language/ast.js';
import { OPTIONS } from '../../language/content-types.js';
import type { Span } from '../../language/span.js';
import { isRealDate } from '../dates.js';
import { findOption, optionStrings, optionWord, rootNames, validOption } from '../options.js';
import { didYouMean } from '../suggest.js';
import type { ItemSymbol, Symbols } from '../symbols.js';
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
  const integer = (name: 'max_length' | 'borrowers' | 'max_files'): { value: number; span: Span } | undefined => {
    const value = validOption(item, name)?.value;
    return value?.kind === 'number' ? value : undefined;
  };

  if (item.type === 'select') checkSelectOptions(symbols, report, item, id);
  for (const name of ['codes', 'indicators', 'evidence'] as const) {
    const option = validOption(item, name);
    if (option !== undefined) checkStringList(report, file, option, name, id, STRING_LIST_PROBLEMS);
  }

  const pattern = validOption(item, 'pattern')?.value;
  if (pattern?.kind === 'string') {
    const problem = regexProblem(pattern.value);
    if (problem !== undefined) report(Diagnostics.BadPattern, file, pattern.span, [problem, id]);
  }
  checkDates(item, id, file, report);

  const maxLength = integer('max_length');
  if (maxLength !== undefined && maxLength.value < 1) report(Diagnostics.MaxLengthBelowOne, file, maxLength.span, [id]);
  const borrowers = integer('borrowers');
  if (borrowers !== undefined && borrowers.value !== 1 && borrowers.value !== 2) report(Diagnostics.BadBorrowers, file, borrowers.span, [id]);
  const maxFiles = integer('max_files');
  if (maxFiles !== undefined && maxFiles.value < 1) {
    report(Diagnostics.MaxFilesBelowOne, file, maxFiles.span, [maxFiles.value, id]);
  }

  const mode = optionWord(validOption(item, 'mode')?.value);
  const words = OPTIONS.mode.words;
  if (mode !== undefined && !(words as readonly string[]).includes(mode.text)) {
    report(Diagnostics.BadMode, file, mode.span, [mode.text, id], didYouMean(mode.text, words));
  }
  const sourcesOption = validOption(item, 'sources');
  const roots = rootNames(sourcesOption?.value);
  if (sourcesOption !== undefined && roots !== undefined && (roots.length !== 2 || roots.some((root) => root.text.includes('.')))) {
    report(Diagnostics.BadSources, file, sourcesOption.value?.span ?? sourcesOption.span, [id]);
  }
}

function checkSelectOptions(symbols: Symbols, report: RuleContext['report'], item: Item, id: string): void {
  const option = findOption(item, 'options');
  if (option === undefined || (option.value?.kind === 'list' && option.value.items.length === 0)) {
    report(Diagnostics.SelectWithoutOptions, symbols.file, option?.span ?? item.id?.span ?? item.typeSpan, [id]);
    return;
  }
  if (validOption(item, 'options') !== undefined) {
    // An empty `options` list is "no options" above, so only a repeat is left to report here.
    checkStringList(report, symbols.file, option, 'options', id, { repeated: Diagnostics.RepeatedOptionValue });
  }
}

/** What an empty list and a repeated value are reported as: CW023 for codes and the like, CW022 for `select` options. */
interface StringListProblems {
  readonly empty?: typeof Diagnostics.EmptyStringList;
  readonly repeated: typeof Diagnostics.RepeatedStringListValue | typeof Diagnostics.RepeatedOptionValue;
}

const STRING_LIST_PROBLEMS: StringListProblems = { empty: Diagnostics.EmptyStringList, repeated: Diagnostics.RepeatedStringListValue };

function checkStringList(report: RuleContext['report'], file: string, option: ItemOption, name: string, id: string, problems: StringListProblems): void {
  const value = option.value;
  if (value?.kind !== 'list' || optionStrings(value) === undefined) return;
  if (value.items.length === 0) {
    if (problems.empty !== undefined) report(problems.empty, file, value.span, [name, id]);
    return;
  }
  const seen = new Set<string>();
  for (const entry of value.items) {
    const text = String(entry.value);
    if (seen.has(text)) report(problems.repeated, file, entry.span, [JSON.stringify(text), name, id]);
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

function checkDates(item: Item, id: string, file: string, report: RuleContext['report']): void {
  const date = (name: 'min' | 'max'): { readonly value: string; readonly span: Span } | undefined => {
    const value: OptionValue | undefined = validOption(item, name)?.value;
    if (value?.kind !== 'date' && value?.kind !== 'string') return undefined;
    if (isRealDate(value.value)) return value;
    report(Diagnostics.OptionNotARealDate, file, value.span, [name, JSON.stringify(value.value), id]);
    return undefined;
  };
  const min = date('min');
  const max = date('max');
  if (min !== undefined && max !== undefined && min.value > max.value) {
    report(Diagnostics.MaxBeforeMin, file, max.span, [max.value, min.value, id]);
  }
}
