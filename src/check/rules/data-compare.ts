import type { ItemOption } from '../../language/ast.js';
import { isFlagSet, optionWord, validOption } from '../options.js';
import type { Rule } from './rule.js';

/**
 * `data_compare` items: CW040 (an editing option on a read-only compare), CW041 (nothing to
 * compare) and the warning CW042 (the compare shares its step with other items).
 */
export const dataCompare: Rule = {
  codes: ['CW040', 'CW041', 'CW042'],
  check({ symbols, report }) {
    const file = symbols.file;
    for (const { item, id, step } of symbols.items) {
      if (item.type !== 'data_compare') continue;
      const at = item.id?.span ?? item.typeSpan;
      if (optionWord(validOption(item, 'mode')?.value)?.text === 'read_only') {
        const editing = [validOption(item, 'quick_selection'), validOption(item, 'verification_indicators')];
        for (const option of editing.filter((o): o is ItemOption => isFlagSet(o))) {
          report(
            'CW040',
            file,
            option.name.span,
            `\`${option.name.text}\` has no effect on data compare \`${id}\`: its mode is \`read_only\``,
            `remove \`${option.name.text}\`, or use \`mode edit\``,
          );
        }
      }
      const sections = item.sections ?? [];
      if (sections.length === 0) {
        report('CW041', file, at, `data compare \`${id}\` has no fields to compare`, 'add `{ section "Title" { some.path } }`');
      }
      for (const section of sections) {
        if (section.fields.length > 0) continue;
        report('CW041', file, section.title.span, `section ${JSON.stringify(section.title.value)} of data compare \`${id}\` has no fields`, 'list the data paths to compare, or remove the section');
      }
      if (step.step.items.length > 1) {
        report('CW042', file, at, `data compare \`${id}\` shares step \`${step.id}\` with other items`, 'give the data compare a step of its own');
      }
    }
  },
};
