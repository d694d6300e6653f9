/**
 * Generated well-formed checklists, rendered in both source forms from one model: the text form
 * (docs/language.md) and the YAML form (docs/yaml.md), so the two must compile to the same hash.
 * Conditions read earlier items and declared data, nested up to three levels of and / or / not.
 */
import type { Random } from './random.js';

type Leaf =
  | { readonly kind: 'truthy'; readonly id: string }
  | { readonly kind: 'equals'; readonly id: string; readonly value: string }
  | { readonly kind: 'gt'; readonly path: string; readonly value: number }
  | { readonly kind: 'in'; readonly path: string; readonly values: readonly string[] };
type Condition = Leaf | { readonly kind: 'and' | 'or'; readonly parts: readonly Condition[] } | { readonly kind: 'not'; readonly part: Condition };

interface GeneratedItem {
  readonly id: string;
  readonly type: 'yes_no' | 'checkbox' | 'text';
  readonly required: boolean;
  readonly when?: Condition;
}

interface GeneratedStep {
  readonly id: string;
  readonly when?: Condition;
  readonly items: readonly GeneratedItem[];
}

export interface GeneratedChecklist {
  readonly ordering: 'strict' | 'free';
  readonly steps: readonly GeneratedStep[];
  /** Conditions in the YAML form as condition strings (the text syntax) instead of structures. */
  readonly yamlStrings: boolean;
}

const CHOICES = ['Low', 'Medium', 'High'];

export function generateChecklist(random: Random): GeneratedChecklist {
  const earlier: GeneratedItem[] = [];
  const condition = (depth: number): Condition | undefined => {
    if (random.chance(0.35)) return undefined;
    return node(depth);
  };
  const node = (depth: number): Condition => {
    if (depth < 3 && random.chance(0.3)) {
      const kind = random.pick(['and', 'or', 'not'] as const);
      return kind === 'not' ? { kind, part: node(depth + 1) } : { kind, parts: [node(depth + 1), node(depth + 1)] };
    }
    return leaf();
  };
  const leaf = (): Leaf => {
    const item = earlier.length > 0 && random.chance(0.6) ? random.pick(earlier) : undefined;
    if (item !== undefined) return item.type === 'text' ? { kind: 'equals', id: item.id, value: random.pick(['x', 'a b', '']) } : { kind: 'truthy', id: item.id };
    return random.chance(0.5)
      ? { kind: 'gt', path: 'acct.balance', value: random.int(2000) - 500 }
      : { kind: 'in', path: 'acct.risk', values: CHOICES.filter(() => random.chance(0.5)).concat('Low') };
  };
  const steps: GeneratedStep[] = [];
  for (let s = 0; s < 1 + random.int(4); s++) {
    const stepWhen = s === 0 ? undefined : condition(0);
    const items: GeneratedItem[] = [];
    for (let i = 0; i < 1 + random.int(4); i++) {
      const when = condition(0);
      items.push({ id: `i${s}_${i}`, type: random.pick(['yes_no', 'checkbox', 'text'] as const), required: random.chance(0.5), ...(when === undefined ? {} : { when }) });
    }
    earlier.push(...items);
    steps.push({ id: `s${s}`, items, ...(stepWhen === undefined ? {} : { when: stepWhen }) });
  }
  return { ordering: random.pick(['strict', 'free'] as const), steps, yamlStrings: random.chance(0.3) };
}

function conditionText(condition: Condition): string {
  switch (condition.kind) {
    case 'truthy': return condition.id;
    case 'equals': return `${condition.id} == ${JSON.stringify(condition.value)}`;
    case 'gt': return `${condition.path} > ${condition.value}`;
    case 'in': return `${condition.path} in [${condition.values.map((value) => JSON.stringify(value)).join(', ')}]`;
    case 'not': return `not (${conditionText(condition.part)})`;
    default: return condition.parts.map((part) => `(${conditionText(part)})`).join(` ${condition.kind} `);
  }
}

function conditionYaml(condition: Condition): unknown {
  switch (condition.kind) {
    case 'truthy': return { field: condition.id, op: 'true' };
    case 'equals': return { field: condition.id, op: 'equals', value: condition.value };
    case 'gt': return { field: condition.path, op: 'gt', value: condition.value };
    case 'in': return { field: condition.path, op: 'in', value: condition.values };
    case 'not': return { not: conditionYaml(condition.part) };
    default: return { [condition.kind === 'and' ? 'all' : 'any']: condition.parts.map(conditionYaml) };
  }
}

const DATA_TEXT = ['  data {', '    acct.balance number "Balance" required', '    acct.risk choice("Low", "Medium", "High") "Risk"', '  }'];

export function renderText(checklist: GeneratedChecklist): string {
  const lines = ['checklist generated "Generated" {', '  version 1', `  ordering ${checklist.ordering}`, ...DATA_TEXT];
  for (const step of checklist.steps) {
    lines.push(`  step ${step.id} "Step ${step.id}"${step.when === undefined ? '' : ` when ${conditionText(step.when)}`} {`);
    for (const item of step.items) {
      lines.push(`    ${item.type} ${item.id} "Item ${item.id}"${item.required ? ' required' : ''}${item.when === undefined ? '' : ` when ${conditionText(item.when)}`}`);
    }
    lines.push('  }');
  }
  lines.push('}', '');
  return lines.join('\n');
}

/** Block style for the document, JSON flow (valid YAML) for conditions and items. */
export function renderYaml(checklist: GeneratedChecklist): string {
  const when = (condition: Condition) => JSON.stringify(checklist.yamlStrings ? conditionText(condition) : conditionYaml(condition));
  const lines = [
    'checklist: generated',
    'title: Generated',
    'version: 1',
    `ordering: ${checklist.ordering}`,
    'data:',
    '  acct.balance: { type: number, label: Balance, required: true }',
    '  acct.risk: { type: choice, values: [Low, Medium, High], label: Risk }',
    'steps:',
  ];
  for (const step of checklist.steps) {
    lines.push(`  - step: ${step.id}`, `    title: Step ${step.id}`);
    if (step.when !== undefined) lines.push(`    when: ${when(step.when)}`);
    lines.push('    items:');
    for (const item of step.items) {
      const entry: Record<string, unknown> = { [item.type]: item.id, label: `Item ${item.id}` };
      if (item.required) entry['required'] = true;
      lines.push(`      - ${JSON.stringify(entry).slice(0, -1)}${item.when === undefined ? '' : `, "when": ${when(item.when)}`}}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
