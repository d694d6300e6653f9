import type { Code } from '../../diagnostics/codes.js';
import type { MessageArgs, Rendered } from '../../diagnostics/diagnostic.js';
import type { MessageDef } from '../../diagnostics/template.js';
import type { Span } from '../../language/span.js';
import type { Symbols } from '../symbols.js';

export interface RuleContext {
  readonly symbols: Symbols;
  /** `report(Diagnostics.X, file, span, [args], hint?)`: an entry of the message table. */
  report<M extends MessageDef>(entry: M, file: string, span: Span, ...rest: NoInfer<MessageArgs<M>>): void;
  /** A message a helper already rendered (`renderMessage(Diagnostics.X, …)`), placed at `span`. */
  reportRendered(problem: Rendered, file: string, span: Span): void;
}

/** One rule (or a close-knit group): the codes it reports and the check that reports them. */
export interface Rule {
  readonly codes: readonly Code[];
  readonly check: (context: RuleContext) => void;
}
