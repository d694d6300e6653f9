/**
 * The compiler package's public surface (`checkwright`). The runtime has its own entry,
 * `checkwright/runtime`, so an application that only evaluates IR loads no compiler code.
 */
export { compileFile, compileSource, printIr, nodeHost, type CompileHost, type CompileResult } from './compile.js';
export { CODES, severityOf, docsAnchor, type Code, type CodeInfo, type Severity } from './diagnostics/codes.js';
export { sortDiagnostics, hasErrors, type Diagnostic } from './diagnostics/diagnostic.js';
export type * from './ir/types.js';
export type { Span } from './language/span.js';
