import { Diagnostics } from '../../diagnostics/messages.js';
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
          report(Diagnostics.NoEffectReadOnly, file, option.name.span, [option.name.text, id]);
        }
      }
      const sections = item.sections ?? [];
      if (sections.length === 0) {
        report(Diagnostics.CompareWithoutFields, file, at, [id]);
      }
      for (const section of sections) {
        if (section.fields.length > 0) continue;
        report(Diagnostics.SectionWithoutFields, file, section.title.span, [JSON.stringify(section.title.value), id]);
      }
      if (step.step.items.length > 1) {
        report(Diagnostics.CompareSharesStep, file, at, [id, step.id]);
      }
    }
  },
};
