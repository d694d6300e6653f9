/** The name under a position, and every place a definition is written. */
import type { Position, Range } from 'vscode-languageserver';
import type { Analysis } from './workspace.js';
import type { Definition, Occurrence } from './names.js';
import { rangeOf, spanHolds } from './positions.js';
import { wordAt } from './text.js';

export function occurrenceAt(analysis: Analysis, position: Position): Occurrence | undefined {
  return analysis.names.occurrences.find((o) => o.file === analysis.file && spanHolds(o.span, position));
}

/**
 * What hover and go to definition read: the bound occurrence under the position or, on a line the
 * parser could not read (being typed), the declared name the word under the cursor spells.
 */
export function nameAt(analysis: Analysis, position: Position): { readonly definition: Definition; readonly range: Range } | undefined {
  const occurrence = occurrenceAt(analysis, position);
  if (occurrence !== undefined) return { definition: occurrence.definition, range: rangeOf(occurrence.span) };
  const word = wordAt(analysis.text, position);
  const definition = word && analysis.names.definitions.find((d) => d.id === word.text && d.kind !== 'status' && d.kind !== 'outcome');
  return definition ? { definition, range: word.range } : undefined;
}

export function occurrencesOf(analysis: Analysis, definition: Definition): Occurrence[] {
  return analysis.names.occurrences.filter((o) => o.definition === definition);
}
