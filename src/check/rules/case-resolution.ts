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
        report(
          'CW030',
          file,
          option.name.span,
          `\`${symbol.item.type}\` item \`${symbol.id}\` cannot resolve the case`,
          `only ${RESOLUTION_TYPES.map((type) => `\`${type}\``).join(', ')} items take \`allow_case_resolution\``,
        );
        continue;
      }
      resolutionItems.push(symbol);
      if (symbol.step !== lastStep) {
        report(
          'CW031',
          file,
          option.name.span,
          `resolution item \`${symbol.id}\` is on step \`${symbol.step.id}\`, not on the last step${lastStep ? ` \`${lastStep.id}\`` : ''}`,
          'move it to the last main step: the case is resolved once every step before it is done',
        );
      }
      if (checklist.resolution.length === 0) {
        report(
          'CW033',
          file,
          option.name.span,
          `item \`${symbol.id}\` allows case resolution, but the checklist has no \`resolution\` field to record`,
          'add `resolution { finding choice("Accurate", "Inaccurate") "Finding" required }`',
        );
      }
    }
    const [first, ...others] = resolutionItems;
    for (const other of others) {
      report(
        'CW032',
        file,
        other.item.id?.span ?? other.item.typeSpan,
        `a second resolution item \`${other.id}\`: \`${first?.id ?? ''}\` already resolves the case`,
        'keep `allow_case_resolution` on one item only',
      );
    }
    if (first === undefined || lastStep === undefined) return;
    const stepWhen = lastStep.step.when;
    if (stepWhen !== undefined) {
      report(
        'CW103',
        file,
        stepWhen.span,
        `the last step \`${lastStep.id}\` holds resolution item \`${first.id}\` but has a condition: when it is false the case cannot be resolved`,
        'remove the condition, or move the resolution item to a step that is always shown',
      );
    }
  },
};
