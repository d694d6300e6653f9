/**
 * JsonLogic back to §2.2 source text: every leaf shape of docs/ir.md's lowering table, `and`,
 * `or` and `not` with minimal parentheses. Anything else prints as compact JSON, so a rule written
 * by hand (or by another tool) still renders, unambiguously, and rendering never throws.
 */
import type { JsonLogic } from '../../ir/types.js';
import { asOperation, MAX_RULE_DEPTH } from './rule.js';
import { recognizeTest, type Literal, type Test } from './shapes.js';

/** Binding strength in the grammar: `or` < `and` < `not` < a test. */
const enum Level {
  Or,
  And,
  Not,
  Atom,
}

interface Rendered {
  readonly text: string;
  readonly level: Level;
}

export function renderCondition(rule: JsonLogic): string {
  return render(rule, 0).text;
}

/** The name a source condition uses for a `var` path: `case.account.balance` → `account.balance`, `responses.q` → `q`. */
export function sourceName(path: string): string {
  if (path.startsWith('case.')) return path.slice('case.'.length);
  if (path.startsWith('responses.')) return path.slice('responses.'.length);
  return path;
}

function render(rule: unknown, depth: number): Rendered {
  const test = depth <= MAX_RULE_DEPTH ? recognizeTest(rule) : undefined;
  if (test) return { text: renderTest(test), level: Level.Atom };
  const operation = depth <= MAX_RULE_DEPTH ? asOperation(rule) : undefined;
  if (operation && operation.args.length > 0) {
    const { op, args } = operation;
    if (op === 'and' || op === 'or') {
      const level = op === 'and' ? Level.And : Level.Or;
      const operands = args.map((arg) => parenthesize(render(arg, depth + 1), level));
      return { text: operands.join(` ${op} `), level: args.length === 1 ? Level.Atom : level };
    }
    if (op === '!' && args.length === 1) {
      return { text: `not ${parenthesize(render(args[0], depth + 1), Level.Not)}`, level: Level.Not };
    }
  }
  return { text: compactJson(rule), level: Level.Atom };
}

function parenthesize(operand: Rendered, context: Level): string {
  return operand.level < context ? `(${operand.text})` : operand.text;
}

function renderTest(test: Test): string {
  const name = sourceName(test.path);
  switch (test.kind) {
    case 'truthy':
      return name;
    case 'equals':
      return `${name} ${test.negated ? '!=' : '=='} ${renderLiteral(test.value)}`;
    case 'ordering':
      return `${name} ${test.op} ${renderOrderingLiteral(test.value)}`;
    case 'in':
      return `${name} ${test.negated ? 'not in' : 'in'} [${test.list.map(renderLiteral).join(', ')}]`;
    case 'contains':
      return `${name} contains ${renderLiteral(test.value)}`;
    case 'empty':
      return `${name} is ${test.negated ? 'not empty' : 'empty'}`;
  }
}

function renderLiteral(value: Literal): string {
  return JSON.stringify(value);
}

const DATE_LITERAL = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Dates lower to `"YYYY-MM-DD"` strings; ordering a text field is a type error (CW014), so a
 * date-shaped string under `<`/`<=`/`>`/`>=` came from a date literal and prints bare.
 */
function renderOrderingLiteral(value: Literal): string {
  return typeof value === 'string' && DATE_LITERAL.test(value) ? value : renderLiteral(value);
}

export function compactJson(value: unknown): string {
  // `explain` prints values on every evaluation: the common cases skip JSON.stringify's overhead.
  if (typeof value === 'string' && !needsEscape(value)) return `"${value}"`;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  try {
    return JSON.stringify(value) ?? typeof value;
  } catch {
    return `(unprintable ${typeof value})`;
  }
}

/** Whether JSON.stringify would escape a character of `text` (quotes, backslashes, controls, surrogates). */
function needsEscape(text: string): boolean {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || code === 0x22 || code === 0x5c || (code >= 0xd800 && code <= 0xdfff)) return true;
  }
  return false;
}
