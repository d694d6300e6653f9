/**
 * The emitter found something the checker should have rejected: a compiler bug. `emit()`
 * turns it into a CW900 diagnostic; it never reaches the user as a stack trace.
 */
export class EmitError extends Error {
  override readonly name = 'EmitError';
}
