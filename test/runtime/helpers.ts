/** Builders for hand-written IRs in runtime tests. */
import type { ChecklistIR, IrItem, IrStep, JsonLogic } from '../../src/ir/types.js';
import { loadChecklist, type LoadedChecklist } from '../../src/runtime/index.js';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** `when`, `whenMode` and `deps` for a rule, the way the emitter writes them. */
export function when(rule: JsonLogic): { when: JsonLogic; whenMode: 'basic' | 'advanced'; deps: string[] } {
  const deps = new Set<string>();
  const walk = (node: JsonLogic): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node !== null && typeof node === 'object') {
      for (const [op, args] of Object.entries(node)) {
        if (op === 'var') deps.add(String(Array.isArray(args) ? args[0] : args));
        else walk(args);
      }
    }
  };
  walk(rule);
  return { when: rule, whenMode: isSingleTest(rule) ? 'basic' : 'advanced', deps: [...deps].sort() };
}

/** Whether a rule is one lowered source test (docs/ir.md): `not in` and `is not empty` are single tests. */
function isSingleTest(rule: JsonLogic): boolean {
  const op = operator(rule);
  if (op === 'or') return false;
  if (op === 'and') return isGuardedComparison(rule) || isEmptyTest(rule);
  if (op === '!') {
    const inner = (rule as { '!': JsonLogic[] })['!'][0]!;
    return operator(inner) === 'in' || (operator(inner) === 'and' && isEmptyTest(inner));
  }
  return true;
}

function operator(rule: JsonLogic): string | undefined {
  return rule !== null && typeof rule === 'object' && !Array.isArray(rule) ? Object.keys(rule)[0] : undefined;
}

function isGuardedComparison(rule: JsonLogic): boolean {
  const args = (rule as { and: JsonLogic[] }).and;
  return args.length === 2 && JSON.stringify(args[0]).startsWith('{"!=":');
}

function isEmptyTest(rule: JsonLogic): boolean {
  const args = (rule as { and: JsonLogic[] }).and;
  return args.length === 3 && JSON.stringify(args[1]).includes('false');
}

export const v = (path: string): JsonLogic => ({ var: path });
export const eq = (path: string, value: JsonLogic): JsonLogic => ({ '===': [v(path), value] });
export const truthy = (path: string): JsonLogic => ({ '!!': [v(path)] });
export const gt = (path: string, value: number): JsonLogic => compare('>', path, value);
export const compare = (op: '<' | '<=' | '>' | '>=', path: string, value: JsonLogic): JsonLogic => ({
  and: [{ '!=': [v(path), null] }, { [op]: [v(path), value] }],
});
export const isIn = (path: string, list: JsonLogic[]): JsonLogic => ({ in: [v(path), list] });
export const not = (rule: JsonLogic): JsonLogic => ({ '!': [rule] });
export const contains = (path: string, value: JsonLogic): JsonLogic => ({ in: [value, v(path)] });
export const isEmpty = (path: string): JsonLogic => ({ and: [{ '!': [v(path)] }, { '!==': [v(path), false] }, { '!==': [v(path), 0] }] });
export const all = (...rules: JsonLogic[]): JsonLogic => ({ and: rules });
export const any = (...rules: JsonLogic[]): JsonLogic => ({ or: rules });

export function step(id: string, items: IrItem[], extra: Partial<Mutable<IrStep>> = {}): IrStep {
  return { id, title: `Step ${id}`, ...extra, items };
}

export function item<T extends IrItem['type']>(type: T, id: string, extra: Record<string, unknown> = {}): IrItem {
  const base: Record<string, unknown> = type === 'instructions' ? { id, type, required: false, text: 'Read.' } : { id, type, label: `Label ${id}`, required: false };
  return { ...base, ...DEFAULTS[type], ...extra } as unknown as IrItem;
}

const DEFAULTS: Partial<Record<IrItem['type'], Record<string, unknown>>> = {
  select: { options: ['A', 'B'], multiple: false },
  udf: { field: { path: 'score', type: 'number', required: false } },
  review_files: { source: 'files' },
  related_cases: { source: 'related_cases' },
  upload_files: { maxFiles: 10, downloadable: false },
  data_compare: {
    mode: 'edit',
    quickSelection: false,
    verificationIndicators: false,
    sources: ['dispute', 'record'],
    sections: [{ title: 'Consumer', fields: ['consumer.name'] }],
  },
  response_code: { allowCaseResolution: false },
  aud_correction: { allowCaseResolution: false },
  brr_response: { allowCaseResolution: false },
  associate_consumer: { borrowers: 1 },
};

export function ir(steps: IrStep[], extra: Partial<Mutable<ChecklistIR>> = {}): ChecklistIR {
  return {
    irVersion: 1,
    checklist: 'test_list',
    title: 'Test',
    version: 1,
    hash: `sha256:${'0'.repeat(64)}`,
    ordering: 'strict',
    caseSchema: { $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: {} },
    steps,
    ...extra,
    source: {},
  };
}

export function load(checklistIr: unknown): LoadedChecklist {
  const loaded = loadChecklist(checklistIr);
  if (!loaded.ok) throw new Error(`test IR does not load:\n${loaded.errors.join('\n')}`);
  return loaded.checklist;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

export const META = { actor: 'ann', at: '2026-01-02T03:04:05Z' };
