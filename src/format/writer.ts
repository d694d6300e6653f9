/**
 * The output both printers build: lines at an indent, with the comments attached to each
 * construct written around it. A comment's text is never changed; only its marker may be (`#`
 * becomes `//` in the text form, a block comment becomes `#` lines in YAML).
 */
import type { Comment } from '../language/comments.js';
import type { Span } from '../language/span.js';
import type { Attached, CommentMap } from './attach.js';

const NONE: Attached = { leading: [], trailing: [], dangling: [] };

export interface CommentStyle {
  /** The lines a comment on its own line is written as (the first is indented, the others kept as they are). */
  ownLines(comment: Comment): string[];
  /** A comment written after code on the same line. */
  inline(comment: Comment): string;
  /** Every line of `ownLines` is indented (YAML's `#` lines), not only the first. */
  readonly indentsEveryLine?: boolean;
  /** A construct's trailing comments go on its first line, not its last (YAML). */
  readonly trailsOnFirstLine?: boolean;
}

export class Writer {
  private readonly lines: string[] = [];
  private indent = 0;
  /** A blank line goes out before the next line, unless that line closes a block or starts the file. */
  private pendingBlank = false;
  /** No blank line opens a block. */
  private atBlockStart = false;

  constructor(
    private readonly comments: CommentMap,
    private readonly style: CommentStyle,
  ) {}

  attached(node: object): Attached {
    return this.comments.get(node) ?? NONE;
  }

  /** How many blocks deep the next line is. */
  depth(): number {
    return this.indent;
  }

  blank(): void {
    if (this.lines.length > 0 && !this.atBlockStart) this.pendingBlank = true;
  }

  line(text: string): void {
    if (this.pendingBlank) this.lines.push('');
    this.pendingBlank = false;
    this.atBlockStart = false;
    this.lines.push(text === '' ? '' : '  '.repeat(this.indent) + text);
  }

  /** A closing line: never after a blank. */
  close(text: string): void {
    this.pendingBlank = false;
    this.line(text);
  }

  nested(body: () => void): void {
    this.indent += 1;
    this.atBlockStart = true;
    try {
      body();
    } finally {
      this.indent -= 1;
    }
  }

  /**
   * A construct: its leading comments, its lines with its trailing comments, then the rest. A blank line the source had after a leading comment is kept (one, at most).
   */
  construct(node: { readonly span: Span }, lines: readonly string[], rest?: () => void): void {
    const comments = this.attached(node).trailing.map((c) => ` ${this.style.inline(c)}`).join('');
    this.leading(node);
    const [first = '', ...others] = lines;
    // The text form's multi-line strings end on the construct's last line, where a comment can
    // follow; YAML's block scalars run to the end, so there a comment goes on the first line.
    const onLast = this.style.trailsOnFirstLine !== true && others.length > 0;
    this.line(onLast ? first : first + comments);
    others.forEach((other, index) => this.rawLine(onLast && index === others.length - 1 ? other + comments : other));
    rest?.();
  }

  /**
   * A construct's leading comments, once: a printer may write them early, above a line it
   * adds (the text form's `data {`, which has no node of its own in the AST).
   */
  leading(node: { readonly span: Span }, nextLine = node.span.line): void {
    if (this.leadingDone.has(node)) return;
    this.leadingDone.add(node);
    this.ownComments(this.attached(node).leading, nextLine);
  }

  private readonly leadingDone = new Set<object>();

  /** The comments of a block after its last part, before its closing line. */
  dangling(node: object): void {
    this.ownComments(this.attached(node).dangling);
  }

  private ownComments(comments: readonly Comment[], nextLine = Infinity): void {
    comments.forEach((comment, index) => {
      // A block comment's later lines are its text: written as they are, never re-indented.
      const [first = '', ...rest] = this.style.ownLines(comment);
      this.line(first);
      for (const text of rest) {
        if (this.style.indentsEveryLine === true) this.line(text);
        else this.rawLine(text);
      }
      const next = comments[index + 1]?.span.line ?? nextLine;
      if (next > comment.span.endLine + 1 && next !== Infinity) this.blank();
    });
  }

  /** A line of a multi-line string: written as it is, no indent added (the printer indented it). */
  rawLine(text: string): void {
    this.lines.push(text);
  }

  text(): string {
    return this.lines.length === 0 ? '' : `${this.lines.join('\n')}\n`;
  }
}
