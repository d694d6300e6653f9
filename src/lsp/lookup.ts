/** The name under a position, and every place a definition is written. */
import type { Position } from 'vscode-languageserver';
import type { Analysis } from './workspace.js';
import type { Definition, Occurrence } from './names.js';
import { spanHolds } from './positions.js';

export function occurrenceAt(analysis: Analysis, position: Position): Occurrence | undefined {
  return analysis.names.occurrences.find((o) => o.file === analysis.file && spanHolds(o.span, position));
}

export function occurrencesOf(analysis: Analysis, definition: Definition): Occurrence[] {
  return analysis.names.occurrences.filter((o) => o.definition === definition);
}
