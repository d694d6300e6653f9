import { Diagnostics, Hints } from '../../diagnostics/messages.js';
import { hint, renderMessage, type HintText, type Rendered } from '../../diagnostics/diagnostic.js';
import type { Literal, ScalarLiteral, TestCondition } from '../../language/ast.js';
import type { ValueType } from '../../language/content-types.js';
import type { Span } from '../../language/span.js';
import { isRealDate } from '../dates.js';
import type { RefTarget } from '../model.js';
import { didYouMean } from '../suggest.js';
import type { Symbols } from '../symbols.js';
import { describeLiteral, describeType } from '../value-types.js';
import type { Rule, RuleContext } from './rule.js';

/**
 * CW014 (the literal or the operator does not fit what the reference holds) and CW015 (a value
 * that is not among a `select`'s options or a `choice`'s values).
 */
export const conditionTypes: Rule = {
  codes: ['CW014', 'CW015'],
  check(context) {
    for (const { test } of context.symbols.tests) checkTest(context, test);
  },
};

type Problem = { readonly span: Span; readonly problem: Rendered };

function checkTest({ symbols, reportRendered }: RuleContext, test: TestCondition): void {
  const emit = ({ span, problem }: Problem): void => reportRendered(problem, symbols.file, span);
  const value = test.value;
  if (value?.kind === 'list') value.items.forEach((literal) => checkDate(literal, emit));
  else if (value !== undefined) checkDate(value, emit);
  const type = knownType(symbols, test.ref.text);
  if (type === undefined) return;
  for (const problem of typeProblems(test, type, subject(symbols.resolve(test.ref.text), test.ref.text))) emit(problem);
}

/** The type a reference reads; undefined when unknown (reported elsewhere: CW011, CW022, CW050). */
function knownType(symbols: Symbols, text: string): ValueType | undefined {
  const target = symbols.resolve(text);
  if (target?.kind === 'response') return symbols.itemsById.get(target.itemId)?.valueType;
  return target?.type;
}

function subject(target: RefTarget | undefined, text: string): string {
  if (target?.kind === 'response') return `item \`${text}\``;
  return target?.kind === 'case' ? `field \`${text}\`` : `\`${text}\``;
}

/** Every date literal must be a real date, whatever it is compared with. */
function checkDate(literal: ScalarLiteral, emit: (problem: Problem) => void): void {
  if (literal.kind === 'date' && !isRealDate(literal.value)) {
    emit({ span: literal.span, problem: renderMessage(Diagnostics.NotARealDate, [literal.value]) });
  }
}

function typeProblems(test: TestCondition, type: ValueType, what: string): Problem[] {
  if (type.kind === 'none') {
    return [{ span: test.ref.span, problem: renderMessage(Diagnostics.InstructionsHaveNoResponse, [what]) }];
  }
  const value = test.value;
  switch (test.op) {
    case 'truthy':
    case 'empty':
    case 'not_empty':
      return [];
    case '==':
    case '!=':
      return value === undefined ? [] : scalarProblems(type, value, what, `\`${test.op}\``);
    case '<':
    case '<=':
    case '>':
    case '>=':
      if (type.kind !== 'number' && type.kind !== 'date') {
        return [
          {
            span: test.span,
            problem: renderMessage(
              Diagnostics.OrderingNeedsNumberOrDate,
              [`\`${test.op}\``, what, describeType(type)],
              type.kind === 'choice' || type.kind === 'boolean' ? hint(Hints.UseOrderingWords) : undefined,
            ),
          },
        ];
      }
      return value === undefined ? [] : scalarProblems(type, value, what, `\`${test.op}\``);
    case 'in':
    case 'not_in':
      return value === undefined ? [] : inProblems(test, type, value, what);
    case 'contains':
      return value === undefined ? [] : containsProblems(test, type, value, what);
  }
}

function inProblems(test: TestCondition, type: ValueType, value: Literal, what: string): Problem[] {
  const operator = test.op === 'in' ? '`in`' : '`not in`';
  if (value.kind !== 'list') {
    return [{ span: value.span, problem: renderMessage(Diagnostics.InNeedsList, [operator, describeLiteral(value)]) }];
  }
  if (type.kind === 'list' || type.kind === 'object') {
    return [
      {
        span: test.span,
        problem: renderMessage(Diagnostics.InTestsSingleValue, [operator, what, describeType(type)], hint(type.kind === 'list' ? Hints.UseContains : Hints.TestEmptiness)),
      },
    ];
  }
  return value.items.flatMap((item) => scalarProblems(type, item, what, operator));
}

function containsProblems(test: TestCondition, type: ValueType, value: Literal, what: string): Problem[] {
  if (type.kind !== 'list') {
    return [
      {
        span: test.span,
        problem: renderMessage(Diagnostics.ContainsNeedsList, [what, describeType(type)], hint(type.kind === 'object' ? Hints.TestEmptiness : Hints.UseEqualsOrIn)),
      },
    ];
  }
  if (type.of === undefined) {
    return value.kind === 'list'
      ? [{ span: value.span, problem: renderMessage(Diagnostics.ContainsOneElement) }]
      : [];
  }
  return scalarProblems(type.of, value, `an element of ${what}`, '`contains`');
}

/** Does one literal fit a scalar type (`==`, `!=`, ordering, each entry of `in`)? */
function scalarProblems(type: ValueType, literal: Literal, what: string, operator: string): Problem[] {
  const mismatch = (advice?: HintText): Problem[] => [
    { span: literal.span, problem: renderMessage(Diagnostics.LiteralTypeMismatch, [operator, what, describeType(type), describeLiteral(literal)], advice) },
  ];
  if (literal.kind === 'list') return mismatch(hint(type.kind === 'list' ? Hints.UseContains : Hints.WriteSingleValue));
  switch (type.kind) {
    case 'text':
      return literal.kind === 'string' || literal.kind === 'date' ? [] : mismatch(hint(Hints.WriteAsText, [String(literal.value)]));
    case 'number':
      return literal.kind === 'number' ? [] : mismatch(hint(Hints.WriteNumber));
    case 'boolean':
      return literal.kind === 'boolean' ? [] : mismatch(hint(Hints.WriteBoolean));
    case 'date':
      if (literal.kind === 'date') return [];
      if (literal.kind === 'string' && isRealDate(literal.value)) return [];
      return mismatch(hint(Hints.WriteRealDate));
    case 'choice':
      return choiceProblems(type.values, literal, what, mismatch);
    case 'list':
      return mismatch(hint(Hints.UseContains));
    case 'object':
      return mismatch(hint(Hints.TestEmptiness));
    case 'none':
      return [];
  }
}

/** One set per choice type, so checking a value costs the same however many values there are. */
const valueSets = new WeakMap<readonly string[], ReadonlySet<string>>();
function valueSet(values: readonly string[]): ReadonlySet<string> {
  let set = valueSets.get(values);
  if (set === undefined) {
    set = new Set(values);
    valueSets.set(values, set);
  }
  return set;
}

function choiceProblems(
  values: readonly string[],
  literal: ScalarLiteral,
  what: string,
  mismatch: (advice?: HintText) => Problem[],
): Problem[] {
  if (literal.kind !== 'string' && literal.kind !== 'date') return mismatch(hint(Hints.WriteChoiceValue));
  if (valueSet(values).has(literal.value)) return [];
  return [
    {
      span: literal.span,
      problem: renderMessage(Diagnostics.NotAChoiceValue, [JSON.stringify(literal.value), what, describeType({ kind: 'choice', values })], didYouMean(literal.value, values)),
    },
  ];
}
