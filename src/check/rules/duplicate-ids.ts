import type { Rule } from './rule.js';

/** CW010: the clashes the binder noted while collecting ids and declarations. */
export const duplicateIds: Rule = {
  codes: ['CW010'],
  check({ symbols, reportRendered }) {
    for (const duplicate of symbols.duplicates) {
      reportRendered(duplicate.problem, duplicate.file, duplicate.span);
    }
  },
};
