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
    report('CW021', file, item.typeSpan, `this \`${item.type}\` item has no id`, `write an id after \`${item.type}\`, e.g. \`${item.type} my_${item.type} "Label"\``);
  }
  if (spec.labelRequired && item.label === undefined) {
    report('CW021', file, item.id?.span ?? item.typeSpan, `${name} has no label`, 'write its label in quotes after the id');
  }
  if (item.sections !== undefined && item.type !== 'data_compare') {
    const at = item.sections[0]?.span ?? item.id?.span ?? item.typeSpan;
    report('CW021', file, at, `${name} cannot have a \`{ section … }\` body`, 'only `data_compare` items have sections');
  }
  const seen = new Set<string>();
  const accepted = Object.keys(spec.options);
  for (const option of item.options) {
    const optionName = option.name.text;
    if (item.type === 'instructions') {
      if (optionName === 'required') {
        report('CW020', file, option.name.span, `${name} cannot be \`required\`: instructions have no response`, 'remove `required`');
      } else {
        report('CW021', file, option.name.span, `${name} cannot take \`${optionName}\`: instructions take no options`, 'remove it');
      }
      continue;
    }
    if (!isOptionName(optionName)) {
      report('CW021', file, option.name.span, `unknown option \`${optionName}\` on ${name}`, didYouMean(optionName, accepted) ?? takes(item.type, accepted));
      continue;
    }
    if (!Object.hasOwn(spec.options, optionName)) {
      // `allow_case_resolution` on another type is CW030 (rules/case-resolution).
      if (optionName !== 'allow_case_resolution') {
        report('CW021', file, option.name.span, `\`${optionName}\` is not an option of \`${item.type}\` items`, takes(item.type, accepted));
      }
      continue;
    }
    if (seen.has(optionName)) {
      report('CW021', file, option.name.span, `option \`${optionName}\` is written twice on ${name}`, 'remove the repeat');
      continue;
    }
    seen.add(optionName);
    const problem = valueKindProblem(OPTIONS[optionName].value, option.value);
    if (problem !== undefined) report('CW021', file, option.value?.span ?? option.span, `option \`${optionName}\` of ${name} ${problem}`);
  }
}

function takes(type: Item['type'], accepted: readonly string[]): string {
  return `\`${type}\` takes: ${accepted.map((option) => `\`${option}\``).join(', ')}`;
}
