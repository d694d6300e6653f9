export { emit, type EmitResult } from './emit.js';
export { canonicalJson } from './canonical-json.js';
export { irHash } from './hash.js';
export { validateIr, irSchemaViolation } from './validate.js';
