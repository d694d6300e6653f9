/**
 * Every name of a bound checklist, where it is declared and where it is used: what go to
 * definition, hover, rename and completion look up. Built from the binder's symbol table
 * (src/check/symbols.ts), so it knows what the compiler knows, also for a file that does not compile.
 */
import type { Decl, Item, Name, Step } from '../language/ast.js';
import type { Span } from '../language/span.js';
import type { Symbols } from '../check/symbols.js';
import { findOption } from '../check/options.js';
import { describeType } from '../check/value-types.js';

export type NameKind = 'step' | 'item' | 'case' | 'udf' | 'outcome' | 'status';

/** A declared name: `kind` and `id` together say what it is (`case` ids are paths). */
export interface Definition {
  readonly kind: NameKind;
  readonly id: string;
  readonly file: string;
  readonly span: Span;
  /** One line of Markdown for hover (built when read: an edit re-indexes thousands of names). */
  readonly summary: string;
  /** For completion after `==` / `in`: the values a select or choice takes. */
  readonly values?: readonly string[];
  /** Document order of an item (items before a condition are what it may read). */
  readonly order?: number;
  /** Items of closing steps (a closing step may read every main item, not these). */
  readonly closing?: boolean;
}

export interface Occurrence {
  readonly definition: Definition;
  readonly file: string;
  readonly span: Span;
}

export interface NameIndex {
  readonly definitions: readonly Definition[];
  /** Declarations and uses alike, in every file the index knows. */
  readonly occurrences: readonly Occurrence[];
}

export function indexNames(symbols: Symbols): NameIndex {
  const definitions = new Map<string, Definition>();
  const occurrences: Occurrence[] = [];
  const define = (definition: Definition): Definition => {
    const key = `${definition.kind}:${definition.id}`;
    const known = definitions.get(key);
    if (known !== undefined) return known;
    definitions.set(key, definition);
    occurrences.push({ definition, file: definition.file, span: definition.span });
    return definition;
  };
  const use = (kind: NameKind, name: Name, file = symbols.file): void => {
    const definition = definitions.get(`${kind}:${name.text}`);
    if (definition !== undefined) occurrences.push({ definition, file, span: name.span });
  };

  for (const [path, symbol] of symbols.casePaths) define(declDefinition('case', path, symbol.decl, symbol.file));
  for (const [path, symbol] of symbols.udfPaths) define(declDefinition('udf', path, symbol.decl, symbol.file));
  for (const step of symbols.steps) define(stepDefinition(step.step, symbols.file, step.outcome));
  for (const item of symbols.items) {
    if (item.item.id === undefined) continue;
    define(itemDefinition(item.item, item.id, symbols.file, item.order, item.step.outcome !== undefined, item.valueType));
  }
  const checklist = symbols.checklist;
  for (const outcome of checklist?.outcomes ?? []) {
    define({ kind: 'outcome', id: outcome.id.text, file: symbols.file, span: outcome.id.span, summary: `outcome \`${outcome.id.text}\` — ${outcome.label.value}` });
  }
  for (const status of checklist?.lifecycle?.statuses ?? []) {
    define({ kind: 'status', id: status.id.text, file: symbols.file, span: status.id.span, summary: `status \`${status.id.text}\` — ${status.label.value}` });
  }

  for (const { test } of symbols.tests) {
    const target = symbols.resolve(test.ref.text);
    if (target === undefined) continue;
    if (target.kind === 'response') use('item', { text: target.itemId, span: test.ref.span });
    else if (target.kind === 'case') use('case', { text: target.path, span: test.ref.span });
  }
  for (const closing of checklist?.closing ?? []) use('outcome', closing.outcome);
  const lifecycle = checklist?.lifecycle;
  if (lifecycle?.initial) use('status', lifecycle.initial);
  for (const transition of lifecycle?.transitions ?? []) {
    for (const from of transition.from) use('status', from);
    use('status', transition.to);
  }
  for (const { item } of symbols.items) {
    const field = findOption(item, 'field')?.value;
    if (field?.kind === 'path') use('udf', field.path);
    for (const section of item.sections ?? []) for (const path of section.fields) use('case', path);
  }
  return { definitions: [...definitions.values()], occurrences };
}

function declDefinition(kind: 'case' | 'udf', path: string, decl: Decl, file: string): Definition {
  const values = decl.type.kind === 'choice' ? decl.type.values.map((v) => v.value) : undefined;
  return {
    kind,
    id: path,
    file,
    span: decl.path.span,
    get summary() {
      const type = values ? `choice(${values.map((v) => JSON.stringify(v)).join(', ')})` : decl.type.kind;
      const label = decl.label ? ` — ${decl.label.value}` : '';
      return `${kind === 'case' ? 'case data' : 'udf'} \`${path}\`: ${type}${decl.required ? ', required' : ''}${label}`;
    },
    ...(values ? { values } : {}),
  };
}

function stepDefinition(step: Step, file: string, outcome: string | undefined): Definition {
  return {
    kind: 'step',
    id: step.id.text,
    file,
    span: step.id.span,
    get summary() {
      const where = outcome === undefined ? 'step' : `closing step (outcome \`${outcome}\`)`;
      const conditional = step.when ? ', shown only when its condition holds' : '';
      return `${where} \`${step.id.text}\` — ${step.title.value}${conditional}`;
    },
  };
}

function itemDefinition(item: Item, id: string, file: string, order: number, closing: boolean, valueType: Symbols['items'][number]['valueType']): Definition {
  const values = valueType?.kind === 'choice' ? valueType.values : valueType?.kind === 'list' && valueType.of?.kind === 'choice' ? valueType.of.values : undefined;
  return {
    kind: 'item',
    id,
    file,
    span: item.id?.span ?? item.typeSpan,
    get summary() {
      const required = findOption(item, 'required') ? ', required' : '';
      const label = item.label && item.type !== 'instructions' ? ` — ${item.label.value}` : '';
      const reads = valueType && valueType.kind !== 'none' ? ` (conditions read it as ${describeType(valueType)})` : '';
      return `**${item.type}** \`${id}\`${required}${label}${reads}`;
    },
    order,
    closing,
    ...(values ? { values } : {}),
  };
}
