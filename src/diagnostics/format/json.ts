import type { Diagnostic } from '../diagnostic.js';

/** Bumped only when a key is removed or changes meaning; new keys may appear without a bump. */
export const JSON_FORMAT_VERSION = 1;

/**
 * One document, always printed (also when there is nothing to report), with a fixed key order:
 * `{ formatVersion, errorCount, warningCount, diagnostics: [{ file, line, column, endLine,
 * endColumn, severity, code, message, hint? }] }`. docs/cli.md documents it.
 */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const document = {
    formatVersion: JSON_FORMAT_VERSION,
    errorCount: diagnostics.filter((d) => d.severity === 'error').length,
    warningCount: diagnostics.filter((d) => d.severity === 'warning').length,
    diagnostics: diagnostics.map(toJsonDiagnostic),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function toJsonDiagnostic(d: Diagnostic): Record<string, string | number> {
  const fields: Record<string, string | number> = {
    file: d.file,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    severity: d.severity,
    code: d.code,
    message: d.message,
  };
  if (d.hint !== undefined) fields['hint'] = d.hint;
  return fields;
}
