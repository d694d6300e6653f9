import { Diagnostics } from '../../diagnostics/messages.js';
import type { Lifecycle, LifecycleStatus, Name } from '../../language/ast.js';
import type { Span } from '../../language/span.js';
import { didYouMean } from '../suggest.js';
import { statusesById } from './lifecycle-statuses.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * CW061 lifecycle errors: no `initial`, an `initial` or a transition end that names no declared
 * status, a transition out of a `final` status.
 */
export const lifecycleErrors: Rule = {
  codes: ['CW061'],
  check(context) {
    const lifecycle = context.symbols.checklist?.lifecycle;
    if (lifecycle === undefined) return;
    const statuses = statusesById(lifecycle);
    checkInitial(context, lifecycle, statuses);
    for (const transition of lifecycle.transitions) {
      const what = `transition \`${transition.name.text}\``;
      for (const from of transition.from) {
        const status = statuses.get(from.text);
        if (status === undefined) {
          reportUnknown(context, from, `${what} starts from`, statuses);
        } else if (status.final) {
          const entry = transition.from.length > 1 ? Diagnostics.TransitionSourceFinal : Diagnostics.TransitionFromFinal;
          context.report(entry, context.symbols.file, from.span, [what, from.text]);
        }
      }
      if (!statuses.has(transition.to.text)) reportUnknown(context, transition.to, `${what} leads to`, statuses);
    }
  },
};

function checkInitial(context: RuleContext, lifecycle: Lifecycle, statuses: ReadonlyMap<string, LifecycleStatus>): void {
  const initial = lifecycle.initial;
  if (initial !== undefined) {
    if (!statuses.has(initial.text)) reportUnknown(context, initial, '`initial` names', statuses);
    return;
  }
  const first = statuses.keys().next();
  const at = keywordSpan(lifecycle.span, 'lifecycle');
  if (first.done === true) context.report(Diagnostics.EmptyLifecycle, context.symbols.file, at);
  else context.report(Diagnostics.NoInitialStatus, context.symbols.file, at, [first.value]);
}

function reportUnknown({ symbols, report }: RuleContext, name: Name, subject: string, statuses: ReadonlyMap<string, LifecycleStatus>): void {
  report(Diagnostics.UnknownStatus, symbols.file, name.span, [subject, name.text], didYouMean(name.text, statuses.keys()));
}

/**
 * A block's leading keyword, for a problem of the whole block (nothing inside it is wrong). The
 * AST keeps no keyword span; the text form's block span starts at its keyword (the YAML form's
 * at the `lifecycle` mapping, whose first line it then points at).
 */
function keywordSpan(block: Span, keyword: string): Span {
  return { line: block.line, column: block.column, endLine: block.line, endColumn: block.column + keyword.length };
}
