/**
 * "Format document": the same bytes as `checkwright fmt` (src/format), as one edit replacing the
 * whole document. A file that does not compile is not formatted (fmt refuses it too); the answer
 * is then no edit, not an error, so that format-on-save of a half-written file stays quiet — the
 * diagnostics already say what is wrong.
 */
import type { TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formOf } from '../cli/commands/fmt.js';
import type { CompileHost } from '../compile.js';
import { formatSource } from '../format/index.js';

export function formatEdits(file: string, document: TextDocument, host: CompileHost): TextEdit[] {
  const text = document.getText();
  const result = formatSource(text, { form: formOf(file), fileName: file, host });
  if (!result.ok || result.text === text) return [];
  return [{ range: { start: { line: 0, character: 0 }, end: document.positionAt(text.length) }, newText: result.text }];
}
