/**
 * Hand-built ASTs and a minimal checked model, so the emitter is tested on its own, without
 * the parser or the checker (the model resolves refs the way docs/ir.md "References" says).
 */
import type {
  Checklist, Condition, Decl, Item, ItemOption, ItemType, Literal, Name, OptionValue, ScalarLiteral,
  Section, Step, Str, TestOp,
} from '../../src/language/ast.js';
import type { CheckedChecklist, RefTarget } from '../../src/check/model.js';
import type { Span } from '../../src/language/span.js';

export const at = (line: number, column = 1): Span => ({ line, column, endLine: line, endColumn: column + 1 });
const SPAN = at(1);

export const name = (text: string, span: Span = SPAN): Name => ({ text, span });
export const str = (value: string): Str => ({ value, span: SPAN });

export function lit(value: string | number | boolean): ScalarLiteral {
  if (typeof value === 'string') return { kind: 'string', value, span: SPAN };
  if (typeof value === 'number') return { kind: 'number', value, span: SPAN };
  return { kind: 'boolean', value, span: SPAN };
}
export const date = (value: string): ScalarLiteral => ({ kind: 'date', value, span: SPAN });
export const list = (...values: (string | number | boolean)[]): Literal => ({ kind: 'list', items: values.map(lit), span: SPAN });

export function test(ref: string, op: TestOp, value?: Literal | string | number | boolean): Condition {
  const literal = value === undefined || typeof value === 'object' ? value : lit(value);
  return { kind: 'test', ref: name(ref), op, ...(literal === undefined ? {} : { value: literal }), span: SPAN };
}
export const and = (...operands: Condition[]): Condition => ({ kind: 'and', operands, span: SPAN });
export const or = (...operands: Condition[]): Condition => ({ kind: 'or', operands, span: SPAN });
export const not = (operand: Condition): Condition => ({ kind: 'not', operand, span: SPAN });

export function option(optionName: string, value?: OptionValue): ItemOption {
  return { name: name(optionName), ...(value === undefined ? {} : { value }), span: SPAN };
}
export const pathValue = (text: string): OptionValue => ({ kind: 'path', path: name(text), span: SPAN });
export const pathsValue = (...texts: string[]): OptionValue => ({ kind: 'paths', paths: texts.map((text) => name(text)), span: SPAN });

export function item(
  type: ItemType,
  id: string | undefined,
  label: string,
  extra: { options?: ItemOption[]; when?: Condition; sections?: Section[]; span?: Span } = {},
): Item {
  const span = extra.span ?? SPAN;
  return {
    type,
    typeSpan: span,
    ...(id === undefined ? {} : { id: name(id, span) }),
    label: str(label),
    options: extra.options ?? [],
    ...(extra.sections === undefined ? {} : { sections: extra.sections }),
    ...(extra.when === undefined ? {} : { when: extra.when }),
    span,
  };
}

export function section(title: string, ...fields: string[]): Section {
  return { title: str(title), fields: fields.map((field) => name(field)), span: SPAN };
}

export function step(id: string, items: Item[], extra: { when?: Condition; description?: string; span?: Span } = {}): Step {
  return {
    id: name(id, extra.span ?? SPAN),
    title: str(`Step ${id}`),
    ...(extra.when === undefined ? {} : { when: extra.when }),
    ...(extra.description === undefined ? {} : { description: str(extra.description) }),
    items,
    span: SPAN,
  };
}

export function decl(path: string, kind: Decl['type']['kind'], extra: { label?: string; required?: boolean; values?: string[] } = {}): Decl {
  const type: Decl['type'] =
    kind === 'choice' ? { kind, values: (extra.values ?? []).map(str), span: SPAN } : { kind, span: SPAN };
  return {
    path: name(path),
    type,
    ...(extra.label === undefined ? {} : { label: str(extra.label) }),
    required: extra.required ?? false,
    span: SPAN,
  };
}

export function checklist(steps: Step[], extra: Partial<Checklist> = {}): Checklist {
  return {
    id: name('demo', at(1, 11)),
    title: str('Demo'),
    data: [],
    udf: [],
    resolution: [],
    outcomes: [],
    closing: [],
    steps,
    span: SPAN,
    ...extra,
  };
}

/** A checked model as the binder would build it, for ASTs that are already correct. */
export function model(list: Checklist, file = 'samples/demo.checklist', importedDecls: Decl[] = []): CheckedChecklist {
  const ids = new Map<Item, string>();
  for (const s of [...list.steps, ...list.closing.flatMap((closing) => closing.steps)]) {
    s.items.forEach((it, index) => ids.set(it, it.id?.text ?? `${s.id.text}_instructions_${index + 1}`));
  }
  const itemIds = new Set(ids.values());
  const decls = [...importedDecls, ...list.data];
  return {
    file,
    checklist: list,
    caseDecls: decls.map((d) => ({ decl: d, file })),
    itemId: (it) => ids.get(it) ?? 'unknown',
    resolve(ref): RefTarget | undefined {
      if (itemIds.has(ref.text)) return { kind: 'response', itemId: ref.text, varPath: `responses.${ref.text}`, type: { kind: 'text' } };
      if (ref.text === 'outcome') return { kind: 'outcome', varPath: 'outcome', type: { kind: 'text' } };
      if (ref.text === 'status') return { kind: 'status', varPath: 'status', type: { kind: 'text' } };
      const found = decls.find((d) => d.path.text === ref.text);
      return found && { kind: 'case', path: ref.text, varPath: `case.${ref.text}`, type: { kind: 'text' }, decl: found };
    },
    udf: (path) => list.udf.find((d) => d.path.text === path),
  };
}

/** A model whose only condition is `when`, on one item; refs resolve as case data. */
export function modelWithCondition(when: Condition): CheckedChecklist {
  const refs = new Set<string>();
  const collect = (c: Condition): void => {
    if (c.kind === 'test') refs.add(c.ref.text);
    else if (c.kind === 'not') collect(c.operand);
    else c.operands.forEach(collect);
  };
  collect(when);
  return model(checklist([step('s', [item('checkbox', 'probe', 'Probe', { when })])], { data: [...refs].map((r) => decl(r, 'text')) }));
}
