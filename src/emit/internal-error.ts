/**
 * Compiler bugs (CW900): never a crash, always a diagnostic asking for a report
 * (`internalError` in src/diagnostics/diagnostic.ts).
 */

/**
 * The emitter found something the checker should have rejected. `emit()` turns it into CW900;
 * it never reaches the user as a stack trace.
 */
export class EmitError extends Error {
  override readonly name = 'EmitError';
}
