/**
 * Every emitted IR is checked against the project's own schema. A failure is a compiler bug:
 * it becomes CW900, never a throw. The validator is the one the runtime loads IRs with, precompiled
 * by scripts/gen-validators.mjs, so compiler and runtime accept exactly the same IRs.
 */
import validate from '../runtime/generated/validate-ir.js';
import { internalError, type Diagnostic } from '../diagnostics/diagnostic.js';
import { NO_SPAN, type Span } from '../language/span.js';

/** Where the emitted IR first breaks its schema (`/steps/0/items/1: must have required property 'label'`), or undefined. */
export function irSchemaViolation(ir: unknown): string | undefined {
  if (validate(ir)) return undefined;
  const first = validate.errors?.[0];
  return first === undefined ? '(no detail)' : `${first.instancePath || '/'}: ${first.message ?? 'is invalid'}`;
}

/** CW900 diagnostics for an IR that fails its schema (none for a valid one). */
export function validateIr(ir: unknown, file: string, span: Span = NO_SPAN): Diagnostic[] {
  const violation = irSchemaViolation(ir);
  if (violation === undefined) return [];
  return [internalError(file, 'the emitter', `the emitted IR fails its schema at ${violation}`, span)];
}
