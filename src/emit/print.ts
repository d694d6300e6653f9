/**
 * The IR's printed form: indented like `JSON.stringify(ir, null, 2)`, except that what a reader
 * takes in at a glance stays on one line — each condition (`when`), each list of scalars
 * (`deps`, `options`, `enum`) and each small flat object (`source` entries, case-schema leaves).
 * Indenting every JsonLogic node would triple the file (a 2,000-step checklist: 3.0 MB against
 * 1.8 MB) and spread one condition over dozens of lines of a diff. The bytes are deterministic.
 */
import type { ChecklistIR } from '../ir/types.js';

const FLAT_OBJECT_WIDTH = 80;

export function printIr(ir: ChecklistIR): string {
  return `${print(ir, '', undefined)}\n`;
}

function print(value: unknown, indent: string, key: string | undefined): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (key === 'when' || staysOnOneLine(value)) return JSON.stringify(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((element) => inner + print(element, inner, undefined)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, field]) => field !== undefined);
  if (entries.length === 0) return '{}';
  const lines = entries.map(([name, field]) => `${inner}${JSON.stringify(name)}: ${print(field, inner, name)}`);
  return `{\n${lines.join(',\n')}\n${indent}}`;
}

function isScalar(value: unknown): boolean {
  return value === null || typeof value !== 'object';
}

function staysOnOneLine(value: object): boolean {
  if (Array.isArray(value)) return value.every(isScalar);
  const fields = Object.values(value);
  return fields.every(isScalar) && JSON.stringify(value).length <= FLAT_OBJECT_WIDTH;
}
