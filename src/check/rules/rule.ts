import type { Code } from '../../diagnostics/codes.js';
import type { Span } from '../../language/span.js';
import type { Symbols } from '../symbols.js';

export interface RuleContext {
  readonly symbols: Symbols;
  report(code: Code, file: string, span: Span, message: string, hint?: string): void;
}

/** One rule (or a close-knit group): the codes it reports and the check that reports them. */
export interface Rule {
  readonly codes: readonly Code[];
  readonly check: (context: RuleContext) => void;
}
