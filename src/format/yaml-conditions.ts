/**
 * A `when` in the YAML form, in the style its author chose (SPEC §3 allows both): a condition
 * string in the §2.2 syntax, or the admin UI's structure (`all`/`any`/`not` over
 * `{ field, op, value }` leaves). The AST does not say which style a condition was written in;
 * its span does: a structured condition's span is its YAML map (`{` or a key such as `all:`),
 * a string condition's span is inside its string. A text-form source has strings only.
 */
import type { Condition, TestCondition, TestOp } from '../language/ast.js';
import type { Span } from '../language/span.js';
import { conditionText } from './conditions.js';
import { yamlLiteral, yamlString } from './yaml-scalars.js';

const OP_WORDS: Readonly<Record<TestOp, string>> = {
  truthy: '"true"',
  '==': 'equals',
  '!=': 'not_equals',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
  in: 'in',
  not_in: 'not_in',
  contains: 'contains',
  empty: 'empty',
  not_empty: 'not_empty',
};

/** Tells a structured condition from a string one; see the file comment. */
export type IsStructured = (condition: Condition) => boolean;

export const NEVER_STRUCTURED: IsStructured = () => false;

const STRUCTURE_START = /^(?:\{|["']?(?:all|any|not|field|op|value)["']?\s*:)/;

/** Reads the style off the YAML source at each condition's start. */
export function structureDetector(source: string): IsStructured {
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const offsetOf = (span: Span): number => (lineStarts[span.line - 1] ?? source.length) + span.column - 1;
  return (condition) => STRUCTURE_START.test(source.slice(offsetOf(condition.span), offsetOf(condition.span) + 12));
}

/**
 * The condition under `key` as lines (the first holds `key:`), nested lines indented by two
 * spaces per level relative to the key.
 */
export function whenLines(key: string, condition: Condition, isStructured: IsStructured): string[] {
  if (!isStructured(condition)) return [`${key}: ${yamlString(conditionText(condition))}`];
  if (condition.kind === 'test') return [`${key}: ${leafText(condition)}`];
  return [`${key}:`, ...structureLines(condition, isStructured).map((line) => `  ${line}`)];
}

/** A structured condition that is not a leaf, as a block map's lines at indent 0. */
function structureLines(condition: Exclude<Condition, TestCondition>, isStructured: IsStructured): string[] {
  if (condition.kind === 'not') return whenLines('not', condition.operand, isStructured);
  const lines = [`${condition.kind === 'and' ? 'all' : 'any'}:`];
  for (const operand of condition.operands) {
    const [first = '', ...rest] = memberLines(operand, isStructured);
    lines.push(`  - ${first}`, ...rest.map((line) => `    ${line}`));
  }
  return lines;
}

/** One member of an `all`/`any` list: a leaf on one line, a string, or a nested structure. */
function memberLines(condition: Condition, isStructured: IsStructured): string[] {
  if (!isStructured(condition)) return [yamlString(conditionText(condition))];
  if (condition.kind === 'test') return [leafText(condition)];
  return structureLines(condition, isStructured);
}

function leafText(test: TestCondition): string {
  const value = test.value === undefined ? '' : `, value: ${yamlLiteral(test.value, true)}`;
  return `{ field: ${yamlString(test.ref.text, true)}, op: ${OP_WORDS[test.op]}${value} }`;
}
