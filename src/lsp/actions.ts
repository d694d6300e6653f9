/**
 * Quick fixes: a diagnostic whose hint says "did you mean `X`?" offers to write `X` in its place
 * (quoted when it replaces a string literal).
 */
import { CodeActionKind, type CodeAction, type Diagnostic, type Range } from 'vscode-languageserver';

export function quickFixes(uri: string, diagnostics: readonly Diagnostic[], textAt: (range: Range) => string): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    const hint = (diagnostic.data as { hint?: unknown } | undefined)?.hint;
    const suggestion = typeof hint === 'string' ? /did you mean `([^`]+)`\?/.exec(hint)?.[1] : undefined;
    if (suggestion === undefined) continue;
    actions.push({
      title: `Change to \`${suggestion}\``,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: { changes: { [uri]: [{ range: diagnostic.range, newText: textAt(diagnostic.range).startsWith('"') ? JSON.stringify(suggestion) : suggestion }] } },
    });
  }
  return actions;
}
