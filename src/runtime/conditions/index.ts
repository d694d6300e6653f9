/** The runtime's condition engine: validate IR conditions, compile them once, explain false ones. */
export { checkRule } from './check-rule.js';
export { conditionData, responseSlotData, Slots, type ConditionData, type ResponseSlotData } from './case-reads.js';
export { compileCondition, ConditionError } from './compile.js';
export { compileExplanation, type Explanation, type Why } from './explain.js';
export { renderCondition } from './render.js';
