/** Every rule the checker runs, in the order they report. */
import { caseResolution } from './case-resolution.js';
import { closingOutcomes } from './closing-outcomes.js';
import { conditionTypes } from './condition-types.js';
import { constantConditions } from './constant-conditions.js';
import { dataCompare } from './data-compare.js';
import { duplicateIds } from './duplicate-ids.js';
import { itemOptions } from './item-options.js';
import { lifecycleErrors } from './lifecycle-errors.js';
import { optionValues } from './option-values.js';
import { references } from './references.js';
import { reservedNames } from './reserved-names.js';
import type { Rule } from './rule.js';
import { udfFields } from './udf-fields.js';
import { unreachableStatuses } from './unreachable-statuses.js';
import { unusedData } from './unused-data.js';

export type { Rule, RuleContext } from './rule.js';

export const RULES: readonly Rule[] = [
  duplicateIds,
  reservedNames,
  references,
  conditionTypes,
  itemOptions,
  optionValues,
  caseResolution,
  dataCompare,
  udfFields,
  closingOutcomes,
  lifecycleErrors,
  unreachableStatuses,
  constantConditions,
  unusedData,
];
