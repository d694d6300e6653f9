import { Diagnostics } from '../../diagnostics/messages.js';
import type { Condition } from '../../language/ast.js';
import { prove } from '../prover.js';
import type { Rule } from './rule.js';

/**
 * Warnings CW100 (a condition proven always true or always false, at the node where the proof
 * is) and CW101 (a step that is hidden under every case: its own condition is always false, or
 * every one of its items has a condition that is always false). Only proofs count (prover.ts).
 */
export const constantConditions: Rule = {
  codes: ['CW100', 'CW101'],
  check({ symbols, report, reportRendered }) {
    const file = symbols.file;
    const referenceKey = (test: { readonly ref: { readonly text: string } }): string | undefined => symbols.resolve(test.ref.text)?.varPath;
    const values = new Map<Condition, boolean | undefined>();
    for (const { condition } of symbols.conditions) {
      const value = prove(condition, referenceKey, (proof) => reportRendered(proof.problem, file, proof.node.span));
      values.set(condition, value);
    }
    const alwaysFalse = (condition: Condition | undefined): boolean => condition !== undefined && values.get(condition) === false;
    for (const { id, step } of symbols.steps) {
      if (alwaysFalse(step.when)) {
        report(Diagnostics.StepAlwaysHidden, file, step.id.span, [id]);
      } else if (step.items.length > 0 && step.items.every((item) => alwaysFalse(item.when))) {
        report(Diagnostics.StepItemsAlwaysHidden, file, step.id.span, [id]);
      }
    }
  },
};
