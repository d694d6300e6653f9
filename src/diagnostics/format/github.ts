import type { Diagnostic } from '../diagnostic.js';

/**
 * GitHub Actions workflow commands, one per diagnostic:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CW013::message`.
 * The runner turns them into annotations on the pull request's diff.
 */
export function formatGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatOne).join('');
}

function formatOne(d: Diagnostic): string {
  const properties = [
    `file=${escapeProperty(d.file)}`,
    `line=${d.line}`,
    `col=${d.column}`,
    `endLine=${d.endLine}`,
    `endColumn=${d.endColumn}`,
    `title=${escapeProperty(d.code)}`,
  ].join(',');
  const text = d.hint === undefined ? d.message : `${d.message}\nhint: ${d.hint}`;
  return `::${d.severity} ${properties}::${escapeData(text)}\n`;
}

/** The runner's own escaping (actions/toolkit `escapeData`): `%` first, so escapes stay unambiguous. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Property values also end at `,` and `:` (actions/toolkit `escapeProperty`). */
export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
