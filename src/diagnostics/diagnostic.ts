import { CODES, type Code, type Severity } from './codes.js';
import type { Span } from '../language/span.js';

/** The one shape every phase reports and every formatter prints. */
export interface Diagnostic {
  /** The file as the user named it (relative paths stay relative), `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: Code;
  /** What is wrong, one sentence, no trailing period needed. */
  readonly message: string;
  /** What to do about it ("did you mean `Modified`?"), when there is something useful to say. */
  readonly hint?: string;
}

export function diag(code: Code, file: string, span: Span, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    severity: CODES[code].severity,
    code,
    message,
  };
  return hint === undefined ? d : { ...d, hint };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorted by file, position, then code; exact duplicates removed. Stable output for goldens and CI. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(d);
    }
  }
  return unique.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
