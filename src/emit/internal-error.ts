/**
 * Compiler bugs (CW900): never a crash, always a diagnostic asking for a report.
 */
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../language/span.js';

/**
 * The emitter found something the checker should have rejected. `emit()` turns it into CW900;
 * it never reaches the user as a stack trace.
 */
export class EmitError extends Error {
  override readonly name = 'EmitError';
}

/** CW900 for a thrown error or a described failure. */
export function internalError(file: string, span: Span, failure: unknown): Diagnostic {
  const reason = failure instanceof Error ? failure.message : String(failure);
  return diag('CW900', file, span, `internal error: ${reason}; please report this`,
    'this is a bug in the Checkwright compiler, not in your checklist');
}
