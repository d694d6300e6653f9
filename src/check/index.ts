/**
 * The semantic checker: bind (symbols.ts, binder.ts), then run every rule (rules/) over the
 * symbol table. Never throws: a rule that fails is reported as CW900, and the others still run.
 */
import { diag, diagnosticAt, internalError, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { FieldsBlock, SourceFile } from '../language/ast.js';
import { bind, checkedModel } from './binder.js';
import type { CheckedChecklist } from './model.js';
import type { Symbols } from './symbols.js';
import { RULES } from './rules/index.js';
import type { RuleContext } from './rules/rule.js';

export type { CheckedChecklist, RefTarget, CaseDecl } from './model.js';

export interface CheckResult {
  /** Present whenever the file has a checklist; emit it only when `diagnostics` has no error. */
  readonly model?: CheckedChecklist;
  readonly diagnostics: Diagnostic[];
  /** The binder's table (absent only when the binder failed): the language server reads it. */
  readonly symbols?: Symbols;
}

/**
 * `imported`: the `fields` blocks of every imported file, in import order, depth first.
 * A file with only `fields` blocks gets its declarations checked and no model.
 */
export function check(main: SourceFile, imported: readonly FieldsBlock[]): CheckResult {
  const diagnostics: Diagnostic[] = [];
  try {
    const symbols = bind(main, imported);
    const context: RuleContext = {
      symbols,
      report: (entry, file, span, ...rest) => {
        diagnostics.push(diag(entry, file, span, ...rest));
      },
      reportRendered: (problem, file, span) => {
        diagnostics.push(diagnosticAt(problem, file, span));
      },
    };
    for (const rule of RULES) {
      try {
        rule.check(context);
      } catch (error) {
        diagnostics.push(internalError(main.file, `the checker (rule ${rule.codes.join('/')})`, error));
      }
    }
    const model = checkedModel(symbols);
    const sorted = sortDiagnostics(diagnostics);
    return model === undefined ? { diagnostics: sorted, symbols } : { model, diagnostics: sorted, symbols };
  } catch (error) {
    diagnostics.push(internalError(main.file, 'the checker (the binder)', error));
    return { diagnostics };
  }
}
