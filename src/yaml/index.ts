/**
 * The `.checklist.yaml` front end (SPEC §3): YAML text → the same `SourceFile` AST the text form
 * gives. Phases: load (YAML errors), to-plain + shape (the JSON Schema), then the AST readers.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import type { Document } from 'yaml';
import type { Checklist, FieldsBlock, Import, SourceFile } from '../language/ast.js';
import { NO_SPAN } from '../language/span.js';
import { diag, internalError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { report, spanOf, type YamlContext } from './context.js';
import { readDocument } from './document.js';
import { loadYaml } from './load.js';
import { checkShape } from './shape.js';
import { toPlain } from './to-plain.js';

export function parseChecklistYaml(source: string, file: string): { file: SourceFile; diagnostics: Diagnostic[] } {
  try {
    return parse(source, file);
  } catch (error) {
    return { file: { file, imports: [], fields: [] }, diagnostics: [internalError(file, 'the YAML front end', error)] };
  }
}

function parse(source: string, file: string): { file: SourceFile; diagnostics: Diagnostic[] } {
  const loaded = loadYaml(source, file);
  const diagnostics = loaded.diagnostics;
  const imports: Import[] = [];
  const fields: FieldsBlock[] = [];
  let checklist: Checklist | undefined;
  const documents = contentDocuments(loaded.documents);
  if (documents.length === 0) diagnostics.push(diag(Diagnostics.EmptyYamlFile, file, NO_SPAN));
  for (const doc of documents) {
    if (doc.errors.some((error) => error.code === 'RESOURCE_EXHAUSTION')) continue;
    const ctx: YamlContext = { source, file, doc, lines: loaded.lines, diagnostics };
    const plain = toPlain(ctx, doc.contents);
    if (plain === undefined) continue;
    checkShape(ctx, doc.contents, plain);
    const parts = readDocument(ctx, doc.contents);
    imports.push(...parts.imports);
    fields.push(...parts.fields);
    if (parts.checklist && checklist) {
      const where = spanOf(ctx, parts.checklistKey?.keyNode);
      report(ctx, Diagnostics.SecondChecklist, where, [parts.checklist.id.text, checklist.id.text, `${checklist.span.line}:${checklist.span.column}`]);
    } else if (parts.checklist) {
      checklist = parts.checklist;
    }
  }
  return { file: { file, imports, fields, ...(checklist && { checklist }) }, diagnostics: sortDiagnostics(diagnostics) };
}

/** Documents with content; a stray `---` at the end of a file adds an empty one, which means nothing. */
function contentDocuments(documents: readonly Document[]): readonly Document[] {
  return documents.filter((doc) => doc.contents !== null || doc.errors.length > 0);
}
