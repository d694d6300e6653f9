/**
 * The text front end: `.checklist` source → AST (SPEC §2.1–§2.2). Lex, bound condition depth
 * (CW003), parse with recovery (CW001), build the AST. Never throws: an unexpected exception is a
 * compiler bug, reported as CW900.
 */
import type { CstNode, IToken } from 'chevrotain';
import type { Condition, SourceFile } from '../language/ast.js';
import type { Comment } from '../language/comments.js';
import { NO_SPAN, type Span } from '../language/span.js';
import { diag, sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import { limitConditionDepth } from './depth.js';
import { lexingDiagnostics, parsingDiagnostics } from './errors.js';
import type { StartRule } from './messages.js';
import { checklistParser } from './parser.js';
import { endOfText } from './spans.js';
import { AstBuilder } from './to-ast.js';
import { commentsOf } from './comments.js';
import { checklistLexer, COMMENTS_GROUP, PROBLEMS_GROUP } from './tokens.js';

export interface ParsedText {
  readonly file: SourceFile;
  readonly diagnostics: Diagnostic[];
  /** Every comment, in source order (the compiler ignores them; the formatter keeps them). */
  readonly comments: readonly Comment[];
}

export interface ParsedCondition {
  readonly condition?: Condition;
  readonly diagnostics: Diagnostic[];
}

/** Where the first character of a text stands in its file, 1-based. */
export interface Origin {
  readonly line: number;
  readonly column: number;
}

function internalError(file: string, error: unknown): Diagnostic {
  const reason = error instanceof Error ? error.message : String(error);
  return diag('CW900', file, NO_SPAN, `internal error while parsing: ${reason}; please report this`,
    'this is a bug in the Checkwright compiler, not in your checklist');
}

/**
 * Moves tokens lexed from a text that starts at `origin` to their place in the enclosing file
 * (their ends follow from their starts: see `tokenSpan`).
 */
function shiftTokens(tokens: readonly IToken[], origin: Origin): void {
  for (const token of tokens) {
    if (token.startLine === 1) token.startColumn = (token.startColumn ?? 1) + origin.column - 1;
    token.startLine = (token.startLine ?? 1) + origin.line - 1;
  }
}

function shiftSpan(span: Span, origin: Origin): Span {
  return {
    line: span.line + origin.line - 1,
    column: span.line === 1 ? span.column + origin.column - 1 : span.column,
    endLine: span.endLine + origin.line - 1,
    endColumn: span.endLine === 1 ? span.endColumn + origin.column - 1 : span.endColumn,
  };
}

/**
 * Lexes, bounds and parses `source` from `rule`: the start rule's node, every rule under it
 * already built by `builder`, for `builder` to finish.
 */
function parseTokens(
  source: string,
  file: string,
  rule: StartRule,
  origin: Origin,
  builder: AstBuilder,
  diagnostics: Diagnostic[],
  comments?: Comment[],
): CstNode | undefined {
  const lexed = checklistLexer.tokenize(source);
  comments?.push(...commentsOf(lexed.groups[COMMENTS_GROUP] ?? []));
  const atOrigin = origin.line !== 1 || origin.column !== 1;
  if (atOrigin) {
    shiftTokens(lexed.tokens, origin);
    shiftTokens(lexed.groups[PROBLEMS_GROUP] ?? [], origin);
  }
  diagnostics.push(...lexingDiagnostics(lexed, file));
  const bounded = limitConditionDepth(lexed.tokens, file);
  diagnostics.push(...bounded.diagnostics);

  let end: Span | undefined;
  const endOfInput = (): Span => (end ??= atOrigin ? shiftSpan(endOfText(source), origin) : endOfText(source));
  const parsed = checklistParser.parseWith(rule, bounded.tokens, builder);
  diagnostics.push(...parsingDiagnostics(parsed.errors, file, rule, endOfInput));
  return parsed.node;
}

/**
 * The diagnostics of building the AST come after the syntax errors, as they would if the AST
 * were built after parsing (diagnostics at one position keep their order).
 */
function withBuilder<T>(file: string, diagnostics: Diagnostic[], run: (builder: AstBuilder) => T): T {
  const buildDiagnostics: Diagnostic[] = [];
  try {
    return run(new AstBuilder(file, buildDiagnostics));
  } finally {
    diagnostics.push(...buildDiagnostics);
  }
}

export function parseChecklistText(source: string, file: string): ParsedText {
  const diagnostics: Diagnostic[] = [];
  const comments: Comment[] = [];
  try {
    const sourceFile = withBuilder(file, diagnostics, (builder) =>
      builder.sourceFile(parseTokens(source, file, 'file', { line: 1, column: 1 }, builder, diagnostics, comments)));
    return { file: sourceFile, diagnostics: sortDiagnostics(diagnostics), comments };
  } catch (error) {
    return { file: { file, imports: [], fields: [] }, diagnostics: [...sortDiagnostics(diagnostics), internalError(file, error)], comments };
  }
}

/**
 * One condition (§2.2 `cond`), as the YAML front end finds it in `when: "a and b > 1"`; `origin`
 * is where the text's first character stands in its file, so spans and diagnostics point there.
 */
export function parseConditionText(text: string, file: string, origin: Origin): ParsedCondition {
  const diagnostics: Diagnostic[] = [];
  try {
    const condition = withBuilder(file, diagnostics, (builder) =>
      builder.condition(parseTokens(text, file, 'condition', origin, builder, diagnostics)));
    const sorted = sortDiagnostics(diagnostics);
    return condition === undefined ? { diagnostics: sorted } : { condition, diagnostics: sorted };
  } catch (error) {
    return { diagnostics: [...sortDiagnostics(diagnostics), internalError(file, error)] };
  }
}
