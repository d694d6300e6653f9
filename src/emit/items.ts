/**
 * AST item → IR item. Options go through the content-type table: every option the type accepts
 * is looked up by its DSL name, written under `OPTIONS[name].irKey`, and filled from the
 * table's default when not written (omitted when the table has no default).
 */
import type { Item, ItemOption, ItemType, OptionValue } from '../language/ast.js';
import { CONTENT_TYPES, OPTIONS, type OptionName, type OptionValueKind } from '../language/content-types.js';
import type { CheckedChecklist } from '../check/model.js';
import type { IrItem, JsonValue } from '../ir/types.js';
import { irDecl } from './decl.js';
import { lowerCondition } from './lower.js';
import { EmitError } from './internal-error.js';

export function irItem(item: Item, model: CheckedChecklist): IrItem {
  const ir: Record<string, unknown> = { id: model.itemId(item), type: item.type };
  if (item.type === 'instructions') {
    ir['text'] = item.label?.value ?? '';
    ir['required'] = false;
  } else {
    const required = findOption(item, 'required');
    ir['label'] = item.label?.value ?? '';
    ir['required'] = required === undefined ? false : optionValue('required', required, model);
  }
  for (const { name, irKey, fallback } of optionsOf(item.type)) {
    const written = findOption(item, name);
    // A default list is copied, so no IR shares (and could alter) the content-type table's array.
    const value = written !== undefined ? optionValue(name, written, model) : Array.isArray(fallback) ? [...fallback] : fallback;
    if (value !== undefined) ir[irKey] = value;
  }
  if (item.type === 'data_compare') {
    ir['sections'] = (item.sections ?? []).map((section) => ({
      title: section.title.value,
      fields: section.fields.map((field) => field.text),
    }));
  }
  if (item.when !== undefined) Object.assign(ir, lowerCondition(item.when, model));
  return ir as unknown as IrItem;
}

interface TypeOption {
  readonly name: OptionName;
  readonly irKey: string;
  /** The table's default; undefined: omitted when not written. */
  readonly fallback: unknown;
}

/** Each type's options but `required` (written first), in table order: looked up once per type, not per item. */
const optionsByType = new Map<ItemType, readonly TypeOption[]>();

function optionsOf(type: ItemType): readonly TypeOption[] {
  let options = optionsByType.get(type);
  if (options === undefined) {
    const defaults = CONTENT_TYPES[type].options;
    options = (Object.keys(defaults) as OptionName[])
      .filter((name) => name !== 'required')
      .map((name) => ({ name, irKey: OPTIONS[name].irKey, fallback: defaults[name] }));
    optionsByType.set(type, options);
  }
  return options;
}

function findOption(item: Item, name: OptionName): ItemOption | undefined {
  return item.options.find((option) => option.name.text === name);
}

function optionValue(name: OptionName, option: ItemOption, model: CheckedChecklist): JsonValue {
  if (name === 'field') return udfField(option.value, model);
  return convert(OPTIONS[name].value, option.value, name);
}

/** A `udf` item carries the whole declaration it names, so the IR is self-contained. */
function udfField(value: OptionValue | undefined, model: CheckedChecklist): JsonValue {
  const path = value?.kind === 'path' ? value.path.text : value?.kind === 'string' ? value.value : undefined;
  const decl = path === undefined ? undefined : model.udf(path);
  if (decl === undefined) throw new EmitError(`the udf field \`${path ?? '?'}\` reached the emitter undeclared`);
  return irDecl(decl) as unknown as JsonValue;
}

function convert(kind: OptionValueKind, value: OptionValue | undefined, name: string): JsonValue {
  switch (kind) {
    case 'flag':
      // The text form writes a bare flag; the YAML form may write `multiple: false`.
      if (value === undefined) return true;
      if (value.kind === 'boolean') return value.value;
      break;
    case 'integer':
      if (value?.kind === 'number') return value.value;
      break;
    case 'date':
    case 'string':
      if (value?.kind === 'date' || value?.kind === 'string') return value.value;
      break;
    case 'strings':
      if (value?.kind === 'list') return value.items.map((entry) => entry.value);
      break;
    case 'path':
    case 'word':
      if (value?.kind === 'path') return value.path.text;
      if (value?.kind === 'string') return value.value;
      break;
    case 'roots':
      if (value?.kind === 'paths') return value.paths.map((path) => path.text);
      if (value?.kind === 'list') return value.items.map((entry) => entry.value);
      break;
  }
  throw new EmitError(`the option \`${name}\` reached the emitter with a ${value?.kind ?? 'missing'} value`);
}
