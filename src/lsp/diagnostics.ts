/**
 * The compiler's diagnostics as LSP diagnostics: code, a link to its docs section, the hint kept
 * for quick fixes, and the declaration of the name it is about (a duplicate's first id, a forward
 * reference's item) as a related location.
 */
import { DiagnosticSeverity, type DiagnosticRelatedInformation, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { docsAnchor } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import type { NameIndex } from './names.js';
import { rangeOf } from './positions.js';
import { lineAt } from './text.js';

/** docs/ ships in the package (package.json `files`), so the link works offline, from where the server runs. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function toLspDiagnostic(d: Diagnostic, text: string, names: NameIndex): LspDiagnostic {
  const [docsFile, anchor] = docsAnchor(d.code).split('#');
  const related = relatedOf(d, text, names);
  return {
    range: rangeOf(d),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: `${pathToFileURL(path.join(PACKAGE_ROOT, docsFile ?? '')).href}#${anchor ?? ''}` },
    source: 'checkwright',
    message: d.hint === undefined ? d.message : `${d.message}\n${d.hint}`,
    ...(related.length > 0 ? { relatedInformation: related } : {}),
    ...(d.hint === undefined ? {} : { data: { hint: d.hint } }),
  };
}

/** The declarations, elsewhere, of the name the diagnostic underlines. */
function relatedOf(d: Diagnostic, text: string, names: NameIndex): DiagnosticRelatedInformation[] {
  if (d.line !== d.endLine) return [];
  const written = lineAt(text, d.line - 1).slice(d.column - 1, d.endColumn - 1);
  return names.definitions
    .filter((definition) => definition.id === written && !(definition.file === d.file && definition.span.line === d.line && definition.span.column === d.column))
    .map((definition) => ({
      location: { uri: pathToFileURL(path.resolve(definition.file)).href, range: rangeOf(definition.span) },
      message: `\`${written}\` is declared here`,
    }));
}
