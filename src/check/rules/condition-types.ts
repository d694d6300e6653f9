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

type Problem = { readonly code: 'CW014' | 'CW015'; readonly span: Span; readonly message: string; readonly hint?: string };

function checkTest({ symbols, report }: RuleContext, test: TestCondition): void {
  const emit = (problem: Problem): void => report(problem.code, symbols.file, problem.span, problem.message, problem.hint);
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
    emit({ code: 'CW014', span: literal.span, message: `${literal.value} is not a real calendar date`, hint: 'write a date that exists, as YYYY-MM-DD' });
  }
}

function typeProblems(test: TestCondition, type: ValueType, what: string): Problem[] {
  if (type.kind === 'none') {
    return [{ code: 'CW014', span: test.ref.span, message: `${what} is instructions: it has no response to read`, hint: 'read a question item instead' }];
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
            code: 'CW014',
            span: test.span,
            message: `\`${test.op}\` compares numbers and dates, but ${what} is ${describeType(type)}`,
            hint: type.kind === 'choice' || type.kind === 'boolean' ? 'use `==`, `!=` or `in`' : undefined,
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
    return [{ code: 'CW014', span: value.span, message: `${operator} needs a list of values, not ${describeLiteral(value)}`, hint: 'write `[…]`' }];
  }
  if (type.kind === 'list' || type.kind === 'object') {
    return [
      {
        code: 'CW014',
        span: test.span,
        message: `${operator} tests a single value, but ${what} is ${describeType(type)}`,
        hint: type.kind === 'list' ? 'use `contains` to test an element' : 'test it with `is empty` or `is not empty`',
      },
    ];
  }
  return value.items.flatMap((item) => scalarProblems(type, item, what, operator));
}

function containsProblems(test: TestCondition, type: ValueType, value: Literal, what: string): Problem[] {
  if (type.kind !== 'list') {
    return [
      {
        code: 'CW014',
        span: test.span,
        message: `\`contains\` tests the elements of a list, but ${what} is ${describeType(type)}`,
        hint: type.kind === 'object' ? 'test it with `is empty` or `is not empty`' : 'use `==` or `in`',
      },
    ];
  }
  if (type.of === undefined) {
    return value.kind === 'list'
      ? [{ code: 'CW014', span: value.span, message: '`contains` tests one element, not a list', hint: 'write a single value' }]
      : [];
  }
  return scalarProblems(type.of, value, `an element of ${what}`, '`contains`');
}

/** Does one literal fit a scalar type (`==`, `!=`, ordering, each entry of `in`)? */
function scalarProblems(type: ValueType, literal: Literal, what: string, operator: string): Problem[] {
  const mismatch = (hint?: string): Problem[] => [
    { code: 'CW014', span: literal.span, message: `${operator} compares ${what}, which is ${describeType(type)}, with ${describeLiteral(literal)}`, hint },
  ];
  if (literal.kind === 'list') return mismatch(type.kind === 'list' ? 'use `contains` to test an element' : 'write a single value');
  switch (type.kind) {
    case 'text':
      return literal.kind === 'string' || literal.kind === 'date' ? [] : mismatch(`write it as text: "${String(literal.value)}"`);
    case 'number':
      return literal.kind === 'number' ? [] : mismatch('write a number');
    case 'boolean':
      return literal.kind === 'boolean' ? [] : mismatch('write `true` or `false`');
    case 'date':
      if (literal.kind === 'date') return [];
      if (literal.kind === 'string' && isRealDate(literal.value)) return [];
      return mismatch('write a real calendar date, as YYYY-MM-DD');
    case 'choice':
      return choiceProblems(type.values, literal, what, mismatch);
    case 'list':
      return mismatch('use `contains` to test an element');
    case 'object':
      return mismatch('test it with `is empty` or `is not empty`');
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
  mismatch: (hint?: string) => Problem[],
): Problem[] {
  if (literal.kind !== 'string' && literal.kind !== 'date') return mismatch('write one of its values as text');
  if (valueSet(values).has(literal.value)) return [];
  return [
    {
      code: 'CW015',
      span: literal.span,
      message: `${JSON.stringify(literal.value)} is not a value of ${what}, which is ${describeType({ kind: 'choice', values })}`,
      hint: didYouMean(literal.value, values),
    },
  ];
}
