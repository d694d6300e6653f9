import { Diagnostics } from '../../diagnostics/messages.js';
import { CONTENT_TYPES } from '../../language/content-types.js';
import { optionWord, validOption } from '../options.js';
import type { Symbols } from '../symbols.js';
import type { Rule } from './rule.js';

/**
 * Warning CW102: a `data` declaration nothing reads — no condition, no `data_compare` field, no
 * `review_files`/`related_cases` source (written or default). `fields` blocks are dictionaries
 * shared between checklists, so their unread entries are never reported.
 */
export const unusedData: Rule = {
  codes: ['CW102'],
  check({ symbols, report }) {
    const checklist = symbols.checklist;
    if (checklist === undefined || checklist.data.length === 0) return;
    const read = readPaths(symbols);
    for (const decl of checklist.data) {
      if (read.has(decl.path.text)) continue;
      report(Diagnostics.UnusedData, symbols.file, decl.path.span, [decl.path.text]);
    }
  },
};

function readPaths(symbols: Symbols): Set<string> {
  const read = new Set<string>();
  for (const { test } of symbols.tests) {
    const target = symbols.resolve(test.ref.text);
    if (target?.kind === 'case') read.add(target.path);
  }
  for (const { item } of symbols.items) {
    for (const section of item.sections ?? []) for (const field of section.fields) read.add(field.text);
    if (item.type === 'review_files' || item.type === 'related_cases') {
      const written = optionWord(validOption(item, 'source')?.value)?.text;
      const fallback = CONTENT_TYPES[item.type].options.source;
      const source = written ?? (typeof fallback === 'string' ? fallback : undefined);
      if (source !== undefined) read.add(source);
    }
  }
  return read;
}
