import type { Rule } from './rule.js';

/** CW010: the clashes the binder noted while collecting ids and declarations. */
export const duplicateIds: Rule = {
  codes: ['CW010'],
  check({ symbols, report }) {
    for (const duplicate of symbols.duplicates) {
      report('CW010', duplicate.file, duplicate.span, duplicate.message, duplicate.hint);
    }
  },
};
