import { CODES, type Code, type Severity } from './codes.js';
import { NO_SPAN, type Span } from '../language/span.js';
import { Diagnostics } from './messages.js';
import { fill, type Arg, type ArgsOf, type HintArgs, type MessageDef } from './template.js';

/** The one shape every phase reports and every formatter prints. */
export interface Diagnostic {
  /** The file as the user named it (relative paths stay relative), `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly severity: Severity;
  readonly code: Code;
  /** What is wrong, one sentence, no trailing period needed. */
  readonly message: string;
  /** What to do about it ("did you mean `Modified`?"), when there is something useful to say. */
  readonly hint?: string;
}

/**
 * A hint chosen at the call site, built from `Hints` by `hint()`; the brand keeps literal text out
 * of `diag`, so every hint a user reads is in the table too.
 */
export type HintText = string & { readonly __hintFromTable: true };

export function hint<H extends string>(template: H, ...args: HintArgs<H> extends readonly [] ? [] : [HintArgs<H>]): HintText {
  return fill(template, args[0] ?? []) as HintText;
}

/** A message with its holes filled and no place yet: what a helper returns for its caller to place. */
export interface Rendered {
  readonly code: Code;
  readonly message: string;
  readonly hint?: string;
}

/** Arguments after the entry: its holes (omitted when it has none), then an optional hint of the caller's. */
export type MessageArgs<M extends MessageDef> = ArgsOf<M> extends readonly []
  ? [args?: readonly [], hint?: HintText]
  : [args: ArgsOf<M>, hint?: HintText];

/** Fills an entry of `Diagnostics`. A hint given here replaces the entry's own. */
export function renderMessage<M extends MessageDef>(entry: M, ...[args, given]: NoInfer<MessageArgs<M>>): Rendered {
  const filled: readonly Arg[] = args ?? [];
  const hintText = given ?? (entry.hint === undefined ? undefined : fill(entry.hint, filled));
  const message = fill(entry.message, filled);
  return hintText === undefined ? { code: entry.code, message } : { code: entry.code, message, hint: hintText };
}

/** A rendered message placed at `span` of `file`. */
export function diagnosticAt(rendered: Rendered, file: string, span: Span): Diagnostic {
  const d: Diagnostic = {
    file,
    line: span.line,
    column: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
    severity: CODES[rendered.code].severity,
    code: rendered.code,
    message: rendered.message,
  };
  return rendered.hint === undefined ? d : { ...d, hint: rendered.hint };
}

/** The diagnostic for an entry of `Diagnostics`: `diag(Diagnostics.UnknownType, file, span, [name], hint)`. */
export function diag<M extends MessageDef>(entry: M, file: string, span: Span, ...rest: NoInfer<MessageArgs<M>>): Diagnostic;
/**
 * @deprecated A literal message: left only for src/syntax until it moves to the table
 * (test/diagnostics/no-literal-messages.test.ts keeps everything else off it).
 */
export function diag(code: Code, file: string, span: Span, message: string, hint?: string): Diagnostic;
export function diag(entry: MessageDef | Code, file: string, span: Span, ...rest: unknown[]): Diagnostic {
  if (typeof entry === 'string') {
    const [message, hintText] = rest as [string, string | undefined];
    return diagnosticAt(hintText === undefined ? { code: entry, message } : { code: entry, message, hint: hintText }, file, span);
  }
  const [args, given] = rest as [readonly Arg[] | undefined, HintText | undefined];
  return diagnosticAt(renderMessage(entry as { code: Code; message: string }, args as [], given), file, span);
}

/** What a thrown value says, without trusting it (a getter may throw, `message` may be anything). */
function reasonOf(failure: unknown): string {
  try {
    if (failure instanceof Error && typeof failure.message === 'string') return failure.message;
    return String(failure);
  } catch {
    return 'an unprintable error';
  }
}

/**
 * CW900, the one way to build it: a bug in Checkwright (a phase threw, or produced what a later
 * phase refuses) becomes this diagnostic, never a crash. `where` names the phase, e.g.
 * `the checker (rule CW011/CW013)`; `failure` is what was thrown or a description.
 */
export function internalError(file: string, where: string, failure: unknown, span: Span = NO_SPAN): Diagnostic {
  return diag(Diagnostics.InternalError, file, span, [where, reasonOf(failure)]);
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorted by file, position, then code; exact duplicates removed. Stable output for goldens and CI. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  const unique: Diagnostic[] = [];
  for (const d of diagnostics) {
    const key = `${d.file}\0${d.line}\0${d.column}\0${d.code}\0${d.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(d);
    }
  }
  return unique.sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
