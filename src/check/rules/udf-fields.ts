import { optionWord, validOption, findOption } from '../options.js';
import { didYouMean } from '../suggest.js';
import type { Rule } from './rule.js';

/** CW050: a `udf` item's `field` must name a `udf { }` declaration (missing `field` included). */
export const udfFields: Rule = {
  codes: ['CW050'],
  check({ symbols, report }) {
    for (const { item, id } of symbols.items) {
      if (item.type !== 'udf') continue;
      if (findOption(item, 'field') === undefined) {
        report('CW050', symbols.file, item.id?.span ?? item.typeSpan, `udf item \`${id}\` names no udf field`, 'add `field <path>` naming a declaration of the `udf { }` block');
        continue;
      }
      const field = optionWord(validOption(item, 'field')?.value);
      if (field === undefined || symbols.udfPaths.has(field.text)) continue;
      report(
        'CW050',
        symbols.file,
        field.span,
        `udf item \`${id}\` names \`${field.text}\`, which the \`udf { }\` block does not declare`,
        didYouMean(field.text, symbols.udfPaths.keys()) ?? `declare it: \`udf { ${field.text} text "Label" }\``,
      );
    }
  },
};
