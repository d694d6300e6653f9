/**
 * A `when` in either style: a condition string in the text form's syntax (parsed by the text
 * front end, positioned at the string's first character), or the admin UI's structure
 * `{ all: [...] }` / `{ any: [...] }` / `{ not: ... }` with leaves `{ field, op, value }`.
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { isMap, isScalar, isSeq, Scalar } from 'yaml';
import type { Condition, TestOp } from '../language/ast.js';
import { MAX_CONDITION_DEPTH } from '../language/limits.js';
import { parseConditionText } from '../syntax/index.js';
import { deref, entries, entry, report, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';
import { listLiteralOf, nameOf, scalarLiteralOf } from './scalars.js';


const TEST_OPS: ReadonlyMap<string, TestOp> = new Map([
  ['equals', '=='],
  ['not_equals', '!='],
  ['lt', '<'],
  ['lte', '<='],
  ['gt', '>'],
  ['gte', '>='],
  ['in', 'in'],
  ['not_in', 'not_in'],
  ['contains', 'contains'],
  ['empty', 'empty'],
  ['not_empty', 'not_empty'],
  ['true', 'truthy'],
]);

const WITHOUT_VALUE: ReadonlySet<TestOp> = new Set(['truthy', 'empty', 'not_empty']);
const WITH_LIST: ReadonlySet<TestOp> = new Set(['in', 'not_in']);
const TEST_KEYS = ['field', 'op', 'value'];
const OP_WORDS = [...TEST_OPS.keys()].map((word) => `\`${word}\``).join(', ');

export function conditionOf(ctx: YamlContext, node: YamlNode): Condition | undefined {
  return conditionAt(ctx, node, 0);
}

function conditionAt(ctx: YamlContext, node: YamlNode, depth: number): Condition | undefined {
  const target = deref(ctx, node);
  if (isScalar(target) && typeof target.value === 'string') return conditionText(ctx, target);
  if (!isMap(target)) return undefined;
  const keys = entries(ctx, target);
  const isTest = keys.some((key) => TEST_KEYS.includes(key.key));
  const forms = (['all', 'any', 'not'] as const).filter((form) => entry(keys, form));
  const [form] = forms;
  if (forms.length + (isTest ? 1 : 0) !== 1) {
    report(ctx, Diagnostics.BadConditionForm, spanOf(ctx, node));
    return undefined;
  }
  if (form === undefined) return testOf(ctx, node, keys);
  if (keys.length > 1) {
    report(ctx, Diagnostics.FormStandsAlone, spanOf(ctx, node), [form]);
    return undefined;
  }
  if (depth >= MAX_CONDITION_DEPTH) {
    report(ctx, Diagnostics.ConditionTooDeep, spanOf(ctx, node), [MAX_CONDITION_DEPTH]);
    return undefined;
  }
  const inner = entry(keys, form)?.value;
  const span = spanOf(ctx, node);
  if (form === 'not') {
    const operand = conditionAt(ctx, inner, depth + 1);
    return operand && { kind: 'not', operand, span };
  }
  const members = seqItems(ctx, inner);
  if (members.length === 0) {
    if (isSeq(deref(ctx, inner))) report(ctx, Diagnostics.EmptyConditionList, spanOf(ctx, inner), [form]);
    return undefined;
  }
  const operands = members.map((member) => conditionAt(ctx, member, depth + 1));
  if (!operands.every((c): c is Condition => c !== undefined)) return undefined;
  const [only] = operands;
  if (operands.length === 1 && only) return only;
  return { kind: form === 'all' ? 'and' : 'or', operands, span };
}

function conditionText(ctx: YamlContext, scalar: Scalar): Condition | undefined {
  const parsed = parseConditionText(scalar.value as string, ctx.file, originOf(ctx, scalar));
  ctx.diagnostics.push(...parsed.diagnostics);
  return parsed.condition;
}

/** Where the scalar's text starts: after a quote, or on the first line of a block scalar. */
function originOf(ctx: YamlContext, scalar: Scalar): { line: number; column: number } {
  const start = scalar.range?.[0] ?? 0;
  let offset = start;
  if (scalar.type === Scalar.QUOTE_DOUBLE || scalar.type === Scalar.QUOTE_SINGLE) {
    offset = start + 1;
  } else if (scalar.type === Scalar.BLOCK_LITERAL || scalar.type === Scalar.BLOCK_FOLDED) {
    const lineBreak = ctx.source.indexOf('\n', start);
    offset = lineBreak < 0 ? start : lineBreak + 1;
    while (ctx.source[offset] === ' ') offset++;
  }
  const position = ctx.lines.linePos(offset);
  return { line: position.line, column: position.col };
}

function testOf(ctx: YamlContext, node: YamlNode, keys: readonly Entry[]): Condition | undefined {
  const span = spanOf(ctx, node);
  const fieldEntry = entry(keys, 'field');
  const opEntry = entry(keys, 'op');
  const valueEntry = entry(keys, 'value');
  if (!fieldEntry || !opEntry) {
    if (fieldEntry) report(ctx, Diagnostics.TestNeedsOp, span, [OP_WORDS]);
    else report(ctx, Diagnostics.TestNeedsField, span);
    return undefined;
  }
  const ref = nameOf(ctx, fieldEntry.value);
  const opValue = deref(ctx, opEntry.value);
  // `op: true` unquoted is a YAML boolean; it means the op `true` all the same.
  const opWord = isScalar(opValue) ? String(opValue.value) : '';
  const op = TEST_OPS.get(opWord);
  if (!ref || !op) return undefined;
  if (WITHOUT_VALUE.has(op)) {
    if (valueEntry) {
      report(ctx, Diagnostics.OpTakesNoValue, valueEntry.span, [opWord]);
      return undefined;
    }
    return { kind: 'test', ref, op, span };
  }
  if (!valueEntry) {
    report(ctx, Diagnostics.OpNeedsValue, span, [opWord]);
    return undefined;
  }
  const isList = isSeq(deref(ctx, valueEntry.value));
  if (WITH_LIST.has(op) !== isList) {
    report(ctx, isList ? Diagnostics.OpTakesOneValue : Diagnostics.OpNeedsList, spanOf(ctx, valueEntry.value, valueEntry.span), [opWord]);
    return undefined;
  }
  const value = isList ? listLiteralOf(ctx, valueEntry.value) : scalarLiteralOf(ctx, valueEntry.value);
  return value && { kind: 'test', ref, op, value, span };
}
