import { Diagnostics } from '../../diagnostics/messages.js';
import { RESOLUTION_TYPES } from '../../language/content-types.js';
import { findOption, isFlagSet } from '../options.js';
import type { ItemSymbol } from '../symbols.js';
import type { Rule } from './rule.js';

/**
 * Case resolution from the last step: CW030 (`allow_case_resolution` on a type that cannot
 * resolve), CW031 (not on the last main step), CW032 (a second resolution item), CW033 (nothing
 * to record: no `resolution` field) and the warning CW103 (a `when` that can hide the resolution).
 */
export const caseResolution: Rule = {
  codes: ['CW030', 'CW031', 'CW032', 'CW033', 'CW103'],
  check({ symbols, report }) {
    const checklist = symbols.checklist;
    if (checklist === undefined) return;
    const file = symbols.file;
    const lastStep = symbols.mainSteps[symbols.mainSteps.length - 1];
    const resolutionItems: ItemSymbol[] = [];
    for (const symbol of symbols.items) {
      const option = findOption(symbol.item, 'allow_case_resolution');
      if (option === undefined || !isFlagSet(option)) continue;
      if (!RESOLUTION_TYPES.includes(symbol.item.type)) {
        report(Diagnostics.CannotResolve, file, option.name.span, [symbol.item.type, symbol.id, RESOLUTION_TYPES.map((type) => `\`${type}\``).join(', ')]);
        continue;
      }
      resolutionItems.push(symbol);
      if (symbol.step !== lastStep) {
        report(Diagnostics.ResolutionNotLast, file, option.name.span, [symbol.id, symbol.step.id, lastStep ? ` \`${lastStep.id}\`` : '']);
      }
      if (checklist.resolution.length === 0) {
        report(Diagnostics.NoResolutionBlock, file, option.name.span, [symbol.id]);
      }
    }
    const [first, ...others] = resolutionItems;
    for (const other of others) {
      report(Diagnostics.SecondResolutionItem, file, other.item.id?.span ?? other.item.typeSpan, [other.id, first?.id ?? '']);
    }
    if (first === undefined || lastStep === undefined) return;
    const stepWhen = lastStep.step.when;
    if (stepWhen !== undefined) {
      report(Diagnostics.ResolutionStepCondition, file, stepWhen.span, [lastStep.id, first.id]);
    }
  },
};
