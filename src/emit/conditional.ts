import type { Condition } from '../language/ast.js';
import type { CheckedChecklist } from '../check/model.js';
import { lowerCondition, type LoweredCondition } from './lower.js';

/** `{ when, whenMode, deps }` for a node with a condition, `{}` for one without (spread into the node). */
export function conditional(when: Condition | undefined, model: CheckedChecklist): Partial<LoweredCondition> {
  return when === undefined ? {} : lowerCondition(when, model);
}
