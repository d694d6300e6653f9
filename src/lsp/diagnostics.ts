/** The compiler's diagnostics as LSP diagnostics: code, a link to its docs section, the hint kept for quick fixes. */
import { DiagnosticSeverity, type Diagnostic as LspDiagnostic } from 'vscode-languageserver';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import { docsAnchor } from '../diagnostics/codes.js';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { rangeOf } from './positions.js';

/** docs/ ships in the package (package.json `files`), so the link works offline, from where the server runs. */
const PACKAGE_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function toLspDiagnostic(d: Diagnostic): LspDiagnostic {
  const [docsFile, anchor] = docsAnchor(d.code).split('#');
  return {
    range: rangeOf(d),
    severity: d.severity === 'error' ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
    code: d.code,
    codeDescription: { href: `${pathToFileURL(path.join(PACKAGE_ROOT, docsFile ?? '')).href}#${anchor ?? ''}` },
    source: 'checkwright',
    message: d.hint === undefined ? d.message : `${d.message}\n${d.hint}`,
    ...(d.hint === undefined ? {} : { data: { hint: d.hint } }),
  };
}
