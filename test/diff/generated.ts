/** Generated checklists as a small model printed to the text form, and single edits of them. */
import fc from 'fast-check';

export interface ModelItem {
  id: string;
  type: 'yes_no' | 'checkbox' | 'select' | 'text';
  required: boolean;
  options?: string[];
  /** `d.n > bound`, optionally combined with `d.flag`. */
  when?: { bound: number; flag?: 'and' | 'or' };
}

export interface ModelChecklist {
  steps: { id: string; items: ModelItem[] }[];
}

const itemArbitrary = (id: string): fc.Arbitrary<ModelItem> =>
  fc.record({
    type: fc.constantFrom<ModelItem['type']>('yes_no', 'checkbox', 'select', 'text'),
    required: fc.boolean(),
    bound: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  }).map(({ type, required, bound }) => ({
    id,
    type,
    required,
    ...(type === 'select' ? { options: ['A', 'B'] } : {}),
    ...(bound === undefined ? {} : { when: { bound } }),
  }));

export const checklistArbitrary: fc.Arbitrary<ModelChecklist> = fc
  .array(fc.integer({ min: 1, max: 3 }), { minLength: 2, maxLength: 4 })
  .chain((sizes) =>
    fc.tuple(...sizes.map((size, s) => fc.tuple(...Array.from({ length: size }, (_, i) => itemArbitrary(`i${s}_${i}`))))).map((steps) => ({
      steps: steps.map((items, s) => ({ id: `s${s}`, items })),
    })),
  );

function condition(when: NonNullable<ModelItem['when']>): string {
  const test = `d.n > ${when.bound}`;
  return when.flag === undefined ? test : `${test} ${when.flag} d.flag`;
}

/** The text form; `noise` adds comments, blank lines and odd spacing that change nothing. */
export function printChecklist(model: ModelChecklist, noise = false): string {
  const lines = ['checklist gen "Generated" {', '  data {', '    d.n number', '    d.flag boolean', '  }'];
  for (const step of model.steps) {
    if (noise) lines.push('', `  // step ${step.id}`, '  /* a block comment */');
    lines.push(`  step ${step.id} "Step ${step.id}" {`);
    for (const item of step.items) {
      const options = item.options === undefined ? '' : ` options [${item.options.map((option) => JSON.stringify(option)).join(', ')}]`;
      const required = item.required ? ' required' : '';
      const when = item.when === undefined ? '' : ` when ${condition(item.when)}`;
      lines.push(`${noise ? '      ' : '    '}${item.type} ${item.id} "Label ${item.id}"${options}${required}${when}${noise ? '   # trailing' : ''}`);
    }
    lines.push('  }');
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

export interface Expected {
  readonly kind: string;
  readonly target: string;
  readonly id: string;
  readonly detail?: string;
  readonly impact: string;
}

export type Edit = (model: ModelChecklist) => Expected | undefined;

const clone = (model: ModelChecklist): ModelChecklist => JSON.parse(JSON.stringify(model)) as ModelChecklist;

/** An edit picks an item by a number; it mutates its copy and says which one change it made. */
export const editArbitrary: fc.Arbitrary<{ name: string; pick: number; apply: Edit }> = fc
  .record({ name: fc.constantFrom('add', 'remove', 'move', 'retype', 'tighten', 'loosen', 'add-option', 'require'), pick: fc.nat() })
  .map(({ name, pick }) => ({ name, pick, apply: (model: ModelChecklist) => EDITS[name]!(model, pick) }));

type PickEdit = (model: ModelChecklist, pick: number) => Expected | undefined;

function pickItem(model: ModelChecklist, pick: number, filter: (item: ModelItem) => boolean = () => true) {
  const all = model.steps.flatMap((step) => step.items.map((item) => ({ step, item }))).filter(({ item }) => filter(item));
  return all.length === 0 ? undefined : all[pick % all.length];
}

const EDITS: Record<string, PickEdit> = {
  add: (model, pick) => {
    const step = model.steps[pick % model.steps.length]!;
    const required = pick % 2 === 0;
    step.items.push({ id: 'added', type: 'yes_no', required });
    return { kind: 'added', target: 'item', id: 'added', impact: required ? 'reopens' : 'safe' };
  },
  remove: (model, pick) => {
    const found = pickItem(model, pick, () => true);
    if (found === undefined || found.step.items.length < 2) return undefined;
    found.step.items.splice(found.step.items.indexOf(found.item), 1);
    return { kind: 'removed', target: 'item', id: found.item.id, impact: 'drops' };
  },
  move: (model, pick) => {
    const found = pickItem(model, pick);
    if (found === undefined || found.step.items.length < 2) return undefined;
    const target = model.steps[(model.steps.indexOf(found.step) + 1) % model.steps.length]!;
    found.step.items.splice(found.step.items.indexOf(found.item), 1);
    target.items.push(found.item);
    return { kind: 'moved', target: 'item', id: found.item.id, impact: found.item.required ? 'reopens' : 'safe' };
  },
  retype: (model, pick) => {
    const found = pickItem(model, pick, (item) => item.type === 'yes_no' || item.type === 'checkbox');
    if (found === undefined) return undefined;
    found.item.type = found.item.type === 'yes_no' ? 'checkbox' : 'yes_no';
    return { kind: 'retyped', target: 'item', id: found.item.id, impact: 'drops' };
  },
  tighten: (model, pick) => {
    const found = pickItem(model, pick, (item) => item.when !== undefined);
    if (found === undefined) return undefined;
    found.item.when = { ...found.item.when!, flag: 'and' };
    return { kind: 'condition', target: 'item', id: found.item.id, detail: 'tightened', impact: 'drops' };
  },
  loosen: (model, pick) => {
    const found = pickItem(model, pick, (item) => item.when !== undefined);
    if (found === undefined) return undefined;
    found.item.when = { ...found.item.when!, flag: 'or' };
    return { kind: 'condition', target: 'item', id: found.item.id, detail: 'loosened', impact: found.item.required ? 'reopens' : 'safe' };
  },
  'add-option': (model, pick) => {
    const found = pickItem(model, pick, (item) => item.type === 'select');
    if (found === undefined) return undefined;
    found.item.options = [...found.item.options!, 'C'];
    return { kind: 'option', target: 'item', id: found.item.id, detail: 'options', impact: 'safe' };
  },
  require: (model, pick) => {
    const found = pickItem(model, pick, (item) => !item.required);
    if (found === undefined) return undefined;
    found.item.required = true;
    return { kind: 'required', target: 'item', id: found.item.id, impact: 'reopens' };
  },
};

export function edited(model: ModelChecklist, apply: Edit): { model: ModelChecklist; expected: Expected | undefined } {
  const copy = clone(model);
  return { model: copy, expected: apply(copy) };
}
