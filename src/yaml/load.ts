/**
 * Reading the text as YAML documents, and the YAML library's own errors as diagnostics:
 * malformed YAML and duplicate keys are CW001, nesting the library could not follow is CW003.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { LineCounter, parseAllDocuments, type Document, type YAMLError } from 'yaml';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import { quoted } from './context.js';

export interface LoadedYaml {
  readonly documents: readonly Document[];
  readonly lines: LineCounter;
  readonly diagnostics: Diagnostic[];
}

export function loadYaml(source: string, file: string): LoadedYaml {
  const lines = new LineCounter();
  const parsed = parseAllDocuments(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  // An empty stream comes back as an object that is not an array of documents.
  const documents = Array.isArray(parsed) ? parsed : [];
  const diagnostics: Diagnostic[] = [];
  for (const doc of documents) {
    for (const error of doc.errors) diagnostics.push(toDiagnostic(error, source, file, lines));
  }
  return { documents, lines, diagnostics };
}

function toDiagnostic(error: YAMLError, source: string, file: string, lines: LineCounter): Diagnostic {
  const [start, end] = error.pos;
  const duplicateKey = error.code === 'DUPLICATE_KEY' ? keyAt(source, start) : undefined;
  const from = lines.linePos(start);
  const to = lines.linePos(duplicateKey ? start + duplicateKey.length : Math.max(start, end));
  const span = { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
  if (error.code === 'RESOURCE_EXHAUSTION') {
    return diag(Diagnostics.YamlTooDeepToRead, file, span);
  }
  if (duplicateKey !== undefined) {
    return diag(Diagnostics.DuplicateKey, file, span, [quoted(duplicateKey)]);
  }
  if (error.code === 'TAB_AS_INDENT') return diag(Diagnostics.TabIndent, file, span);
  return diag(Diagnostics.MalformedYaml, file, span, [firstSentence(error.message)]);
}

/** The library points at a key's first character; the key runs to its `:` (quoted keys as written). */
function keyAt(source: string, start: number): string {
  const key = /^(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\n]|'')*'|[^:\n]*)/.exec(source.slice(start, start + 1024));
  return (key?.[0] ?? '').trim();
}

/** The library's messages may carry a source excerpt after the first line; the span says where. */
function firstSentence(message: string): string {
  const firstLine = message.split('\n', 1)[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?$/, '').trim();
}
