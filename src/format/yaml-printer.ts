/**
 * The canonical YAML form (SPEC §3, §7.1), printed from the AST and its comments: keys in §3's
 * order (a checklist's `checklist`, `title`, `version`, `description`, `ordering`, `assign`,
 * `data`, `udf`, `resolution`, `qa_review`, `outcomes`, `closing`, `lifecycle`, `steps`; a step's
 * `step`, `title`, `description`, `sensitive`, `when`, `items`; an item's type, `label`, `when`, its options in
 * the text form's order, `sections`), two-space indent, lists of steps and items in block style,
 * short lists and declarations in flow style, a blank line between groups and between steps.
 * Both forms give the same AST, so this prints `convert --to yaml` as well as `fmt` of YAML.
 */
import type { Checklist, Closing, Decl, FieldsBlock, Item, ItemOption, Lifecycle, LifecycleTransition, OptionValue, SourceFile, Step, Str } from '../language/ast.js';
import type { Comment } from '../language/comments.js';
import type { Span } from '../language/span.js';
import type { CommentMap } from './attach.js';
import { numberText } from './literals.js';
import { optionOrder } from './option-order.js';
import { whenLines, type IsStructured } from './yaml-conditions.js';
import { blockLines, yamlLiteral, yamlString } from './yaml-scalars.js';
import { Writer, type CommentStyle } from './writer.js';

/** YAML has line comments only: a block comment from the text form becomes one `#` line per line. */
export const YAML_COMMENTS: CommentStyle = {
  ownLines: (comment) => comment.text.split('\n').map((line) => `#${comment.kind === 'block' ? line.trimEnd() : line}`),
  inline: (comment) => `#${comment.text.replace(/\s*\n\s*/g, ' ')}`,
  indentsEveryLine: true,
  trailsOnFirstLine: true,
};

export function printYaml(file: SourceFile, comments: CommentMap, isStructured: IsStructured): string {
  return new YamlPrinter(new Writer(comments, YAML_COMMENTS), isStructured).file(file);
}

class YamlPrinter {
  constructor(
    private readonly out: Writer,
    private readonly isStructured: IsStructured,
  ) {}

  file(file: SourceFile): string {
    if (file.imports.length > 0) {
      for (const imported of file.imports) this.out.leading(imported);
      const paths = file.imports.map((i) => yamlString(i.path.value, true)).join(', ');
      this.out.line(`import: [${paths}]${this.trailing(file.imports)}`);
    }
    if (file.fields.length > 0) {
      this.out.blank();
      this.fields(file.fields);
    }
    if (file.checklist !== undefined) {
      this.out.blank();
      this.checklist(file.checklist);
    }
    this.out.dangling(file);
    return this.out.text();
  }

  /** The form has one `fields` dictionary per file: the text form's blocks are merged (their names dropped). */
  private fields(blocks: readonly FieldsBlock[]): void {
    for (const block of blocks) this.out.leading(block);
    this.out.line(`fields:${this.trailing(blocks)}`);
    this.out.nested(() => {
      for (const block of blocks) {
        block.decls.forEach((decl) => this.decl(decl));
        this.out.dangling(block);
      }
    });
  }

  private checklist(checklist: Checklist): void {
    const out = this.out;
    this.put(checklist, [`checklist: ${yamlString(checklist.id.text)}`]);
    this.lines(this.scalarLines('title', checklist.title));
    if (checklist.version) this.put(checklist.version, [`version: ${numberText(checklist.version.value)}`]);
    if (checklist.description) this.put(checklist.description, this.scalarLines('description', checklist.description));
    if (checklist.ordering) this.put(checklist.ordering, [`ordering: ${checklist.ordering.value}`]);
    const assign = checklist.assign;
    if (assign) {
      const priority = assign.priority === undefined ? [] : [`  priority: ${numberText(assign.priority.value)}`];
      this.put(assign, ['assign:', ...this.when(assign.when).map((line) => `  ${line}`), ...priority]);
    }
    out.blank();
    this.declBlock('data', checklist.data);
    this.declBlock('udf', checklist.udf);
    this.declBlock('resolution', checklist.resolution);
    if (checklist.qaReview) this.put(checklist.qaReview, whenLines('qa_review', checklist.qaReview, this.isStructured));
    if (checklist.outcomes.length > 0) {
      out.blank();
      out.line('outcomes:');
      out.nested(() => checklist.outcomes.forEach((o) => this.put(o, [`${o.id.text}: ${yamlString(o.label.value)}`])));
    }
    if (checklist.closing.length > 0) {
      out.blank();
      out.line('closing:');
      out.nested(() => checklist.closing.forEach((closing) => this.closing(closing)));
    }
    if (checklist.lifecycle) this.lifecycle(checklist.lifecycle);
    out.blank();
    out.line(checklist.steps.length === 0 ? 'steps: []' : 'steps:');
    out.nested(() => {
      this.steps(checklist.steps);
      // Indented, or they would read back as the file's (see attach.ts).
      out.dangling(checklist);
    });
  }

  /** The AST keeps no node for a `data:` map, so the comments before its first declaration go above it. */
  private declBlock(keyword: string, decls: readonly Decl[]): void {
    const first = decls[0];
    if (first === undefined) return;
    this.out.leading(first, first.span.line - 1);
    this.out.line(`${keyword}:`);
    this.out.nested(() => decls.forEach((decl) => this.decl(decl)));
  }

  /** `PATH: TYPE`, or `PATH: { type, label, required, values }` (§3's order) when there is more to say. */
  private decl(decl: Decl): void {
    const type = decl.type;
    if (type.kind !== 'choice' && decl.label === undefined && !decl.required) {
      this.put(decl, [`${decl.path.text}: ${type.kind}`]);
      return;
    }
    const parts = [`type: ${type.kind}`];
    if (decl.label) parts.push(`label: ${yamlString(decl.label.value, true)}`);
    if (decl.required) parts.push('required: true');
    if (type.kind === 'choice') parts.push(`values: [${type.values.map((v) => yamlString(v.value, true)).join(', ')}]`);
    this.put(decl, [`${decl.path.text}: { ${parts.join(', ')} }`]);
  }

  private steps(steps: readonly Step[]): void {
    for (const step of steps) {
      this.out.blank();
      this.step(step);
    }
  }

  private step(step: Step): void {
    this.put(step, [`- step: ${yamlString(step.id.text)}`], () =>
      this.out.nested(() => {
        this.lines(this.scalarLines('title', step.title));
        if (step.description) this.put(step.description, this.scalarLines('description', step.description));
        if (step.sensitive === true) this.out.line('sensitive: true');
        if (step.when) this.lines(this.when(step.when));
        this.out.line(step.items.length === 0 ? 'items: []' : 'items:');
        this.out.nested(() => step.items.forEach((item) => this.item(item)));
        this.out.dangling(step);
      }),
    );
  }

  private closing(closing: Closing): void {
    this.put(closing, [`${closing.outcome.text}:${closing.steps.length === 0 ? ' []' : ''}`], () =>
      this.out.nested(() => {
        this.steps(closing.steps);
        this.out.dangling(closing);
      }),
    );
  }

  private lifecycle(lifecycle: Lifecycle): void {
    const out = this.out;
    out.blank();
    this.put(lifecycle, ['lifecycle:'], () =>
      out.nested(() => {
        if (lifecycle.initial) this.put(lifecycle.initial, [`initial: ${lifecycle.initial.text}`]);
        if (lifecycle.statuses.length > 0) {
          out.line('statuses:');
          out.nested(() => {
            for (const status of lifecycle.statuses) {
              const flags = `${status.active ? ', active: true' : ''}${status.final ? ', final: true' : ''}`;
              const value = flags === '' ? yamlString(status.label.value) : `{ label: ${yamlString(status.label.value, true)}${flags} }`;
              this.put(status, [`${status.id.text}: ${value}`]);
            }
          });
        }
        if (lifecycle.transitions.length > 0) {
          out.line('transitions:');
          out.nested(() => lifecycle.transitions.forEach((t) => this.transition(t)));
        }
        out.dangling(lifecycle);
      }),
    );
  }

  private transition(t: LifecycleTransition): void {
    const from = t.from.length === 1 ? (t.from[0]?.text ?? '') : `[${t.from.map((f) => f.text).join(', ')}]`;
    const when = t.when === undefined ? [] : this.when(t.when).map((line) => `  ${line}`);
    this.put(t, [`- name: ${t.name.text}`, `  from: ${from}`, `  to: ${t.to.text}`, ...when]);
  }

  private item(item: Item): void {
    const head =
      item.type === 'instructions'
        ? this.scalarLines('- instructions', item.label ?? { value: '', span: item.span }, '    ')
        : [`- ${item.type}: ${yamlString(item.id?.text ?? '')}`];
    const body: string[] = [];
    if (item.type === 'instructions' && item.id) body.push(`id: ${item.id.text}`);
    if (item.type !== 'instructions' && item.label) body.push(...this.scalarLines('label', item.label));
    if (item.when) body.push(...this.when(item.when));
    for (const option of optionOrder(item)) body.push(optionText(option));
    const sections = item.sections;
    this.put(item, head, () =>
      this.out.nested(() => {
        this.lines(body);
        if (sections !== undefined) {
          this.out.line(sections.length === 0 ? 'sections: []' : 'sections:');
          this.out.nested(() => {
            for (const section of sections) {
              const fields = section.fields.map((f) => yamlString(f.text, true)).join(', ');
              this.put(section, [`- { section: ${yamlString(section.title.value, true)}, fields: [${fields}] }`]);
            }
          });
        }
        this.out.dangling(item);
      }),
    );
  }

  private when(condition: NonNullable<Step['when']>): string[] {
    return whenLines('when', condition, this.isStructured);
  }

  /** `key: value`, or `key: |-` and the text's lines `indent` deeper (relative lines). */
  private scalarLines(key: string, value: Str, indent = '  '): string[] {
    const block = blockLines(value.value, indent);
    return block === undefined ? [`${key}: ${yamlString(value.value)}`] : [`${key}: |-`, ...block];
  }

  /** A construct whose lines are relative to the current indent (the writer indents only the first). */
  private put(node: { readonly span: Span }, lines: readonly string[], rest?: () => void): void {
    const pad = '  '.repeat(this.out.depth());
    const [first = '', ...others] = lines;
    this.out.construct(node, [first, ...others.map((line) => (line === '' ? '' : pad + line))], rest);
  }

  private lines(lines: readonly string[]): void {
    for (const line of lines) this.out.line(line);
  }

  /** The trailing comments of constructs printed together on one line (`import: [a, b]`). */
  private trailing(nodes: readonly object[]): string {
    return nodes.flatMap((node) => this.out.attached(node).trailing.map((c: Comment) => ` ${YAML_COMMENTS.inline(c)}`)).join('');
  }
}

function optionText(option: ItemOption): string {
  return `${option.name.text}: ${option.value === undefined ? 'true' : optionValueText(option.value)}`;
}

function optionValueText(value: OptionValue): string {
  if (value.kind === 'path') return yamlString(value.path.text);
  if (value.kind === 'paths') return `[${value.paths.map((p) => yamlString(p.text, true)).join(', ')}]`;
  return yamlLiteral(value);
}
