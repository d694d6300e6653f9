/**
 * The leaf shapes of docs/ir.md's lowering table, recognised back into source tests. One reading
 * serves the compiler (fused closures), `renderCondition` and `explain`.
 */
import { asOperation } from './rule.js';

/** A literal of the condition language: strings (dates are `YYYY-MM-DD` strings), numbers, booleans. */
export type Literal = string | number | boolean;

export type OrderingOp = '<' | '<=' | '>' | '>=';

/** One source test (§2.2 `test`), with the `var` path it reads. */
export type Test =
  | { readonly kind: 'truthy'; readonly path: string }
  | { readonly kind: 'equals'; readonly path: string; readonly value: Literal; readonly negated: boolean }
  | { readonly kind: 'ordering'; readonly op: OrderingOp; readonly path: string; readonly value: Literal }
  | { readonly kind: 'in'; readonly path: string; readonly list: readonly Literal[]; readonly negated: boolean }
  | { readonly kind: 'contains'; readonly path: string; readonly value: Literal }
  | { readonly kind: 'empty'; readonly path: string; readonly negated: boolean };

const ORDERING_OPS: ReadonlySet<string> = new Set(['<', '<=', '>', '>=']);

/** The path of a plain `{"var": "path"}` (no default), else undefined. */
export function varPath(rule: unknown): string | undefined {
  const operation = asOperation(rule);
  if (!operation || operation.op !== 'var' || operation.args.length !== 1) return undefined;
  const path = operation.args[0];
  return typeof path === 'string' ? path : undefined;
}

function isLiteral(value: unknown): value is Literal {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

function isLiteralList(value: unknown): value is Literal[] {
  return Array.isArray(value) && value.every(isLiteral);
}

/** `[V, k]` → the path and k. */
function varAndLiteral(args: readonly unknown[]): { path: string; value: Literal } | undefined {
  if (args.length !== 2) return undefined;
  const path = varPath(args[0]);
  const value = args[1];
  return path !== undefined && isLiteral(value) ? { path, value } : undefined;
}

export function recognizeTest(rule: unknown): Test | undefined {
  const operation = asOperation(rule);
  if (!operation) return undefined;
  const { op, args } = operation;
  switch (op) {
    case '!!': {
      const path = args.length === 1 ? varPath(args[0]) : undefined;
      return path === undefined ? undefined : { kind: 'truthy', path };
    }
    case '===':
    case '!==': {
      const leaf = varAndLiteral(args);
      return leaf && { kind: 'equals', ...leaf, negated: op === '!==' };
    }
    case 'in':
      return recognizeIn(args);
    case 'and':
      return recognizeGuardedOrdering(args) ?? recognizeEmpty(args);
    case '!': {
      if (args.length !== 1) return undefined;
      const inner = asOperation(args[0]);
      if (inner?.op === 'in') {
        const test = recognizeIn(inner.args);
        return test?.kind === 'in' ? { ...test, negated: true } : undefined;
      }
      if (inner?.op === 'and') {
        const test = recognizeEmpty(inner.args);
        return test && { ...test, negated: true };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

function recognizeIn(args: readonly unknown[]): Test | undefined {
  if (args.length !== 2) return undefined;
  const needlePath = varPath(args[0]);
  if (needlePath !== undefined && isLiteralList(args[1])) {
    return { kind: 'in', path: needlePath, list: args[1], negated: false };
  }
  const haystackPath = varPath(args[1]);
  if (haystackPath !== undefined && isLiteral(args[0])) return { kind: 'contains', path: haystackPath, value: args[0] };
  return undefined;
}

/** `{"and": [{"!=": [V, null]}, {"<": [V, k]}]}` */
function recognizeGuardedOrdering(args: readonly unknown[]): Test | undefined {
  if (args.length !== 2) return undefined;
  const guard = asOperation(args[0]);
  const comparison = asOperation(args[1]);
  if (guard?.op !== '!=' || guard.args.length !== 2 || guard.args[1] !== null) return undefined;
  if (!comparison || !ORDERING_OPS.has(comparison.op)) return undefined;
  const path = varPath(guard.args[0]);
  const leaf = varAndLiteral(comparison.args);
  if (path === undefined || leaf?.path !== path) return undefined;
  return { kind: 'ordering', op: comparison.op as OrderingOp, ...leaf };
}

/** `{"and": [{"!": [V]}, {"!==": [V, false]}, {"!==": [V, 0]}]}` */
function recognizeEmpty(args: readonly unknown[]): Extract<Test, { kind: 'empty' }> | undefined {
  if (args.length !== 3) return undefined;
  const falsy = asOperation(args[0]);
  if (falsy?.op !== '!' || falsy.args.length !== 1) return undefined;
  const path = varPath(falsy.args[0]);
  if (path === undefined) return undefined;
  const notFalse = asOperation(args[1]);
  const notZero = asOperation(args[2]);
  const matches = (operation: typeof notFalse, value: Literal): boolean =>
    operation?.op === '!==' && varAndLiteral(operation.args)?.path === path && operation.args[1] === value;
  return matches(notFalse, false) && matches(notZero, 0) ? { kind: 'empty', path, negated: false } : undefined;
}
