/**
 * Structural validation of a condition against the IR's JsonLogic subset, done once at load so
 * that evaluation can trust the shape it compiled.
 */
import { asOperation, DATA_ROOTS, MAX_RULE_DEPTH } from './rule.js';
import { RESERVED_NAMES } from './reserved-names.js';

/** Arities json-logic-js gives a meaning to (extra arguments it would silently ignore are errors). */
const ARITY: ReadonlyMap<string, readonly [min: number, max: number]> = new Map([
  ['var', [1, 2]],
  ['!', [1, 1]],
  ['!!', [1, 1]],
  ['===', [2, 2]],
  ['!==', [2, 2]],
  ['==', [2, 2]],
  ['!=', [2, 2]],
  ['<', [2, 3]],
  ['<=', [2, 3]],
  ['>', [2, 2]],
  ['>=', [2, 2]],
  ['in', [2, 2]],
  ['and', [1, Infinity]],
  ['or', [1, Infinity]],
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Human-readable problems, each prefixed by a JSON pointer into the rule; empty when fine. A `var`
 * path is dotted identifiers under `case`, `responses`, `outcome` or `status`, none reserved.
 */
export function checkRule(rule: unknown): string[] {
  const problems: string[] = [];
  visit(rule, '', 0, (pointer, message) => problems.push(`${pointer || '(root)'}: ${message}`));
  return problems;
}

type Report = (pointer: string, message: string) => void;

function visit(rule: unknown, pointer: string, depth: number, report: Report): void {
  if (depth > MAX_RULE_DEPTH) return report(pointer, `nested deeper than ${MAX_RULE_DEPTH} levels`);
  if (rule === null || typeof rule === 'boolean' || typeof rule === 'string') return;
  if (typeof rule === 'number') {
    if (!Number.isFinite(rule)) report(pointer, `${String(rule)} is not a JSON number`);
    return;
  }
  if (Array.isArray(rule)) {
    for (let index = 0; index < rule.length; index++) {
      const element: unknown = rule[index];
      visit(element, `${pointer}/${index}`, depth + 1, report);
    }
    return;
  }
  if (typeof rule !== 'object') return report(pointer, `${typeof rule} is not a JSON value`);
  const operation = asOperation(rule);
  if (!operation) {
    return report(pointer, 'an object must have exactly one key, its operator (object literals are not in the subset)');
  }
  const { op, args } = operation;
  const here = `${pointer}/${escapePointer(op)}`;
  const arity = ARITY.get(op);
  if (!arity) return report(here, `unknown operator ${JSON.stringify(op)} (allowed: ${[...ARITY.keys()].join(' ')})`);
  const [min, max] = arity;
  if (args.length < min || args.length > max) {
    const expected = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return report(here, `${op} takes ${expected} argument${expected.endsWith(' 1') || expected === '1' ? '' : 's'}, got ${args.length}`);
  }
  if (op === 'var') {
    checkPath(args[0], `${here}/0`, report);
    if (args.length === 2) visit(args[1], `${here}/1`, depth + 1, report);
    return;
  }
  args.forEach((arg, index) => visit(arg, `${here}/${index}`, depth + 1, report));
}

function checkPath(path: unknown, pointer: string, report: Report): void {
  if (typeof path !== 'string') return report(pointer, 'a var path must be a literal string');
  const segments = path.split('.');
  const bad = segments.find((segment) => !IDENTIFIER.test(segment));
  if (bad !== undefined) {
    return report(pointer, `var path ${JSON.stringify(path)} must be identifiers joined by "." (bad segment ${JSON.stringify(bad)})`);
  }
  const reserved = segments.find((segment) => RESERVED_NAMES.has(segment));
  if (reserved !== undefined) {
    return report(pointer, `var path ${JSON.stringify(path)} has the reserved segment ${JSON.stringify(reserved)}`);
  }
  const root = segments[0] as string;
  if (!DATA_ROOTS.has(root)) {
    return report(pointer, `var path ${JSON.stringify(path)} must start with case, responses, outcome or status`);
  }
  const single = root === 'outcome' || root === 'status';
  if (single !== (segments.length === 1)) {
    return report(pointer, single ? `var path ${JSON.stringify(path)}: ${root} has no fields` : `var path ${JSON.stringify(path)} must name a field under ${root}`);
  }
}

function escapePointer(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}
