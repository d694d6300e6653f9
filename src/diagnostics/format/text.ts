import type { Diagnostic } from '../diagnostic.js';

/**
 * `path:line:col: error CW013: message`, then `  hint: …` indented under it. Nothing at all for
 * no diagnostics, so a clean run stays quiet.
 */
export function formatText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map(formatOne).join('');
}

function formatOne(d: Diagnostic): string {
  const head = `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}\n`;
  return d.hint === undefined ? head : `${head}  hint: ${d.hint}\n`;
}
