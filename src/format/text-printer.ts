/**
 * The canonical text form (SPEC §7.1), printed from the AST and its comments: two-space indent,
 * one member or item per line, members in one order (header, declarations, steps, closing,
 * lifecycle), item options in the content-type table's order, strings in one spelling, a blank
 * line between steps.
 */
import type { Checklist, Closing, DataType, Decl, FieldsBlock, Item, ItemOption, Lifecycle, OptionValue, SourceFile, Step, Str } from '../language/ast.js';
import type { Comment } from '../language/comments.js';
import type { Span } from '../language/span.js';
import type { CommentMap } from './attach.js';
import { conditionText } from './conditions.js';
import { literalText, numberText, tripleQuoted } from './literals.js';
import { optionOrder } from './option-order.js';
import { Writer, type CommentStyle } from './writer.js';

/** Line comments are written `//` (the form's first marker); block comments as they were. */
export const TEXT_COMMENTS: CommentStyle = {
  ownLines: (comment) => (comment.kind === 'block' ? `/*${comment.text}*/`.split('\n') : [lineComment(comment)]),
  inline: (comment) => (comment.kind === 'block' ? `/*${comment.text}*/` : lineComment(comment)),
};

function lineComment(comment: Comment): string {
  return `//${comment.text}`;
}

export function printText(file: SourceFile, comments: CommentMap): string {
  return new TextPrinter(new Writer(comments, TEXT_COMMENTS)).file(file);
}

class TextPrinter {
  constructor(private readonly out: Writer) {}

  file(file: SourceFile): string {
    for (const imported of file.imports) this.out.construct(imported, [`import ${JSON.stringify(imported.path.value)}`]);
    for (const block of file.fields) {
      this.out.blank();
      this.fields(block);
    }
    if (file.checklist !== undefined) {
      this.out.blank();
      this.checklist(file.checklist);
    }
    this.out.dangling(file);
    return this.out.text();
  }

  private fields(block: FieldsBlock): void {
    const head = block.name === undefined ? 'fields {' : `fields ${block.name.text} {`;
    this.block(block, head, () => block.decls.forEach((decl) => this.decl(decl)));
  }

  private checklist(checklist: Checklist): void {
    const out = this.out;
    this.block(checklist, `checklist ${checklist.id.text} ${this.str(checklist.title)} {`, () => {
      if (checklist.version) out.construct(checklist.version, [`version ${numberText(checklist.version.value)}`]);
      if (checklist.description) this.stringMember(checklist.description, 'description');
      if (checklist.ordering) out.construct(checklist.ordering, [`ordering ${checklist.ordering.value}`]);
      const assign = checklist.assign;
      if (assign) {
        const priority = assign.priority === undefined ? '' : ` priority ${numberText(assign.priority.value)}`;
        out.construct(assign, [`assign when ${conditionText(assign.when)}${priority}`]);
      }
      out.blank();
      this.declBlock('data', checklist.data);
      this.declBlock('udf', checklist.udf);
      this.declBlock('resolution', checklist.resolution);
      if (checklist.qaReview) out.construct(checklist.qaReview, [`qa_review when ${conditionText(checklist.qaReview)}`]);
      if (checklist.outcomes.length > 0) {
        out.line('outcomes {');
        out.nested(() => checklist.outcomes.forEach((o) => out.construct(o, [`${o.id.text} ${this.str(o.label)}`])));
        out.close('}');
      }
      this.steps(checklist.steps);
      checklist.closing.forEach((closing) => this.closing(closing));
      if (checklist.lifecycle) this.lifecycle(checklist.lifecycle);
    });
  }

  /**
   * `data`, `udf` and `resolution` blocks: one each, their declarations in written order. The
   * AST keeps no node for the block, so the comments before its first declaration go above it.
   */
  private declBlock(keyword: string, decls: readonly Decl[]): void {
    const first = decls[0];
    if (first === undefined) return;
    this.out.leading(first, first.span.line - 1);
    this.out.line(`${keyword} {`);
    this.out.nested(() => decls.forEach((decl) => this.decl(decl)));
    this.out.close('}');
  }

  private decl(decl: Decl): void {
    const parts = [decl.path.text, typeText(decl.type)];
    if (decl.label) parts.push(this.str(decl.label));
    if (decl.required) parts.push('required');
    this.out.construct(decl, [parts.join(' ')]);
  }

  private steps(steps: readonly Step[]): void {
    for (const step of steps) {
      this.out.blank();
      this.step(step);
    }
  }

  private step(step: Step): void {
    const when = step.when === undefined ? '' : ` when ${conditionText(step.when)}`;
    const sensitive = step.sensitive === true ? ' sensitive' : '';
    this.block(step, `step ${step.id.text} ${this.str(step.title)}${sensitive}${when} {`, () => {
      if (step.description) this.stringMember(step.description, 'description');
      step.items.forEach((item) => this.item(item));
    });
  }

  private closing(closing: Closing): void {
    this.out.blank();
    this.block(closing, `closing ${closing.outcome.text} {`, () => {
      closing.steps.forEach((step, index) => {
        if (index > 0) this.out.blank();
        this.step(step);
      });
    });
  }

  private lifecycle(lifecycle: Lifecycle): void {
    const out = this.out;
    out.blank();
    this.block(lifecycle, 'lifecycle {', () => {
      if (lifecycle.initial) out.construct(lifecycle.initial, [`initial ${lifecycle.initial.text}`]);
      for (const status of lifecycle.statuses) {
        const flags = `${status.active ? ' active' : ''}${status.final ? ' final' : ''}`;
        out.construct(status, [`status ${status.id.text} ${this.str(status.label)}${flags}`]);
      }
      for (const t of lifecycle.transitions) {
        const when = t.when === undefined ? '' : ` when ${conditionText(t.when)}`;
        out.construct(t, [`transition ${t.name.text}: ${t.from.map((f) => f.text).join(', ')} -> ${t.to.text}${when}`]);
      }
    });
  }

  private item(item: Item): void {
    const head = [item.type, ...(item.id ? [item.id.text] : [])].join(' ');
    const label = item.label === undefined ? [''] : this.strLines(item.label);
    const options = optionOrder(item).map(optionText).join(' ');
    const tail = `${options === '' ? '' : ` ${options}`}`;
    const when = item.when === undefined ? '' : ` when ${conditionText(item.when)}`;
    const lines = item.label === undefined ? [head] : [`${head} ${label[0] ?? ''}`, ...label.slice(1)];
    const sections = item.sections;
    if (sections === undefined) {
      this.out.construct(item, withSuffix(lines, tail + when));
      return;
    }
    this.out.construct(item, withSuffix(lines, `${tail} {`), () => {
      this.out.nested(() => {
        for (const section of sections) {
          this.out.construct(section, [`section ${this.str(section.title)} { ${section.fields.map((f) => f.text).join(' ')} }`]);
        }
        this.out.dangling(item);
      });
      this.out.close(`}${when}`);
    });
  }

  private stringMember(value: Str, keyword: string): void {
    const lines = this.strLines(value);
    this.out.construct(value, [`${keyword} ${lines[0] ?? ''}`, ...lines.slice(1)]);
  }

  /** A block: its head line (with the construct's comments), its body nested, then `}`. */
  private block(node: { readonly span: Span }, head: string, body: () => void): void {
    this.out.construct(node, [head], () => {
      this.out.nested(() => {
        body();
        this.out.dangling(node);
      });
      this.out.close('}');
    });
  }

  private str(value: Str): string {
    return JSON.stringify(value.value);
  }

  /** A string: `"…"` on one line, or a `"""` string over several when its text has line breaks. */
  private strLines(value: Str): string[] {
    const indent = '  '.repeat(this.out.depth() + 1);
    const triple = tripleQuoted(value.value, indent);
    return triple === undefined ? [JSON.stringify(value.value)] : ['"""', ...triple];
  }
}

function withSuffix(lines: readonly string[], suffix: string): string[] {
  const copy = [...lines];
  copy[copy.length - 1] = `${copy[copy.length - 1] ?? ''}${suffix}`;
  return copy;
}

function typeText(type: DataType): string {
  return type.kind === 'choice' ? `choice(${type.values.map((v) => JSON.stringify(v.value)).join(', ')})` : type.kind;
}

function optionText(option: ItemOption): string {
  return option.value === undefined ? option.name.text : `${option.name.text} ${optionValueText(option.value)}`;
}

function optionValueText(value: OptionValue): string {
  if (value.kind === 'path') return value.path.text;
  if (value.kind === 'paths') return value.paths.map((p) => p.text).join(' ');
  return literalText(value);
}
