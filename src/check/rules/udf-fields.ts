import { Diagnostics } from '../../diagnostics/messages.js';
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
        report(Diagnostics.UdfWithoutField, symbols.file, item.id?.span ?? item.typeSpan, [id]);
        continue;
      }
      const field = optionWord(validOption(item, 'field')?.value);
      if (field === undefined || symbols.udfPaths.has(field.text)) continue;
      report(Diagnostics.UnknownUdfField, symbols.file, field.span, [id, field.text], didYouMean(field.text, symbols.udfPaths.keys()));
    }
  },
};
