import { didYouMean } from '../suggest.js';
import type { Rule } from './rule.js';

/** CW060: a `closing` block must name an outcome the `outcomes { }` block declares. */
export const closingOutcomes: Rule = {
  codes: ['CW060'],
  check({ symbols, report }) {
    const checklist = symbols.checklist;
    if (checklist === undefined || checklist.closing.length === 0) return;
    const declared = new Set(symbols.outcomeIds);
    for (const { outcome } of checklist.closing) {
      if (declared.has(outcome.text)) continue;
      if (declared.size === 0) {
        report(
          'CW060',
          symbols.file,
          outcome.span,
          `closing block for outcome \`${outcome.text}\`, but the checklist declares no outcomes`,
          `declare it: \`outcomes { ${outcome.text} "Label" }\``,
        );
        continue;
      }
      report(
        'CW060',
        symbols.file,
        outcome.span,
        `closing block for undeclared outcome \`${outcome.text}\``,
        didYouMean(outcome.text, declared) ?? `name a declared outcome, or add \`${outcome.text} "Label"\` to \`outcomes { … }\``,
      );
    }
  },
};
