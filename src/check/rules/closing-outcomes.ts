import { Diagnostics } from '../../diagnostics/messages.js';
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
        report(Diagnostics.ClosingWithoutOutcomes, symbols.file, outcome.span, [outcome.text]);
        continue;
      }
      report(Diagnostics.ClosingUndeclaredOutcome, symbols.file, outcome.span, [outcome.text], didYouMean(outcome.text, declared));
    }
  },
};
