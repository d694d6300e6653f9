import { Diagnostics, Hints } from '../../diagnostics/messages.js';
import { hint, type HintText } from '../../diagnostics/diagnostic.js';
import type { Item } from '../../language/ast.js';
import { CONTENT_TYPES, OPTIONS, isOptionName } from '../../language/content-types.js';
import { valueKindProblem } from '../options.js';
import { didYouMean } from '../suggest.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * CW020 (`required` on instructions) and CW021 (what an item may be written with: its options,
 * their value kinds, a `{ section … }` body, and the mandatory id and label). A missing id or
 * label is CW021 too: the parser accepts the item, so it is the item's shape that is wrong,
 * not the syntax.
 */
export const itemOptions: Rule = {
  codes: ['CW020', 'CW021'],
  check(context) {
    for (const { item, id } of context.symbols.items) checkItem(context, item, id);
  },
};

function checkItem({ symbols, report }: RuleContext, item: Item, id: string): void {
  const file = symbols.file;
  const spec = CONTENT_TYPES[item.type];
  const name =
    item.type === 'instructions' ? `instructions \`${id}\`` : item.id === undefined ? `this \`${item.type}\` item` : `\`${item.type}\` item \`${id}\``;
  if (item.type !== 'instructions' && item.id === undefined) {
    report(Diagnostics.ItemWithoutId, file, item.typeSpan, [item.type]);
  }
  if (spec.labelRequired && item.label === undefined) {
    report(Diagnostics.ItemWithoutLabel, file, item.id?.span ?? item.typeSpan, [name]);
  }
  if (item.sections !== undefined && item.type !== 'data_compare') {
    const at = item.sections[0]?.span ?? item.id?.span ?? item.typeSpan;
    report(Diagnostics.SectionsOnNonCompare, file, at, [name]);
  }
  const seen = new Set<string>();
  const accepted = Object.keys(spec.options);
  for (const option of item.options) {
    const optionName = option.name.text;
    if (item.type === 'instructions') {
      if (optionName === 'required') {
        report(Diagnostics.RequiredOnInstructions, file, option.name.span, [name]);
      } else {
        report(Diagnostics.OptionOnInstructions, file, option.name.span, [name, optionName]);
      }
      continue;
    }
    if (!isOptionName(optionName)) {
      report(Diagnostics.UnknownOption, file, option.name.span, [optionName, name], didYouMean(optionName, accepted) ?? takes(item.type, accepted));
      continue;
    }
    if (!Object.hasOwn(spec.options, optionName)) {
      // `allow_case_resolution` on another type is CW030 (rules/case-resolution).
      if (optionName !== 'allow_case_resolution') {
        report(Diagnostics.OptionNotForType, file, option.name.span, [optionName, item.type], takes(item.type, accepted));
      }
      continue;
    }
    if (seen.has(optionName)) {
      report(Diagnostics.OptionTwice, file, option.name.span, [optionName, name]);
      continue;
    }
    seen.add(optionName);
    const problem = valueKindProblem(OPTIONS[optionName].value, option.value);
    if (problem !== undefined) report(Diagnostics.OptionValueKind, file, option.value?.span ?? option.span, [optionName, name, problem]);
  }
}

function takes(type: Item['type'], accepted: readonly string[]): HintText {
  return hint(Hints.TypeTakes, [type, accepted.map((option) => `\`${option}\``).join(', ')]);
}
