/**
 * The formatter and converter (SPEC §7.1, §7.2) as library functions; the CLI (`fmt`, `convert`)
 * and the language server's "format document" call these. A source is printed from its AST and
 * comments, never from the IR, so imports stay imports and conditions keep their source form.
 * A source that does not compile is never printed: its diagnostics come back instead.
 */
import { compileParsed, nodeHost, type CompileHost } from '../compile.js';
import { hasErrors, internalError, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { SourceFile } from '../language/ast.js';
import type { Comment } from '../language/comments.js';
import { endOfText } from '../syntax/spans.js';
import { parseChecklistText } from '../syntax/index.js';
import { parseChecklistYaml } from '../yaml/index.js';
import { attachComments, type CommentMap } from './attach.js';
import { constructsOf } from './constructs.js';
import { printText } from './text-printer.js';
import { NEVER_STRUCTURED, structureDetector } from './yaml-conditions.js';
import { printYaml } from './yaml-printer.js';
import { yamlComments } from './yaml-comments.js';

export type SourceForm = 'dsl' | 'yaml';

export interface FormatOptions {
  readonly form: SourceForm;
  /** How diagnostics name the file; imports are read relative to it. */
  readonly fileName: string;
  /** Reads imported files (default: the file system). */
  readonly host?: CompileHost;
}

export type FormatResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly diagnostics: Diagnostic[] };

/** `text` in its own form's canonical layout (§7.1), comments kept. */
export function formatSource(text: string, options: FormatOptions): FormatResult {
  return options.form === 'yaml' ? toYaml(text, options) : toText(text, options);
}

/**
 * `text` (either form) printed in the canonical text form, its comments carried (YAML `#`
 * comments become `//`): fmt of the text form, and the YAML → text half of `convert` (§7.2).
 */
export function toText(text: string, options: FormatOptions): FormatResult {
  return printed(text, options, (parsed, comments) => printText(parsed.file, comments));
}

/**
 * `text` (either form) printed in the canonical YAML form, its comments carried (a block comment
 * becomes `#` lines): fmt of the YAML form, and the text → YAML half of `convert` (§7.2). A YAML
 * `when` keeps its style (string or structure); one from the text form is a string.
 */
export function toYaml(text: string, options: FormatOptions): FormatResult {
  return printed(text, options, (parsed, comments, source) =>
    printYaml(parsed.file, comments, options.form === 'yaml' ? structureDetector(source) : NEVER_STRUCTURED),
  );
}

type Printer = (parsed: Parsed, comments: CommentMap, source: string) => string;

/** Parses once, compiles that AST (a file that does not compile is never printed), then prints it. */
function printed(text: string, options: FormatOptions, print: Printer): FormatResult {
  const fileName = options.fileName.replace(/\\/g, '/');
  try {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const parsed = parseForm(source, options.form, fileName);
    if (hasErrors(parsed.diagnostics)) return { ok: false, diagnostics: parsed.diagnostics };
    // Only errors stop the printing: the reachability warnings' solver work is skipped.
    const compiled = compileParsed(parsed, options.host ?? nodeHost, { reachability: false });
    if (hasErrors(compiled.diagnostics)) return { ok: false, diagnostics: compiled.diagnostics };
    const comments = attachComments(constructsOf(parsed.file, endOfText(source)), parsed.comments, options.form === 'yaml');
    return { ok: true, text: print(parsed, comments, source) };
  } catch (error) {
    // Never a crash on any input: a printer bug is reported as CW900, like the compiler's.
    return { ok: false, diagnostics: [internalError(fileName, 'the formatter', error)] };
  }
}

interface Parsed {
  readonly file: SourceFile;
  readonly diagnostics: Diagnostic[];
  readonly comments: readonly Comment[];
}

function parseForm(source: string, form: SourceForm, fileName: string): Parsed {
  if (form === 'dsl') return parseChecklistText(source, fileName);
  const parsed = parseChecklistYaml(source, fileName);
  return { ...parsed, comments: yamlComments(source) };
}
