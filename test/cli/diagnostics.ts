import { diag, type Diagnostic } from '../../src/diagnostics/diagnostic.js';

/** Diagnostics as the compiler would report them, for the pure formatter tests. */
export const forwardReference: Diagnostic = diag(
  'CW013',
  'samples/identity_theft.checklist',
  { line: 12, column: 5, endLine: 12, endColumn: 14 },
  'condition reads `notes`, which comes after it',
  'move the condition below `notes`',
);

export const unusedData: Diagnostic = diag(
  'CW102',
  'samples/onboarding.checklist',
  { line: 3, column: 3, endLine: 3, endColumn: 20 },
  '`qa.selected` is declared but never read',
);

export const syntaxError: Diagnostic = diag(
  'CW001',
  'checklists/a b#1.checklist',
  { line: 1, column: 1, endLine: 1, endColumn: 6 },
  "expected a step, an item or `}` but found `stpe`",
);
