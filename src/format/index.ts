/**
 * The formatter and converter (SPEC §7.1, §7.2) as library functions; the CLI (`fmt`, `convert`)
 * and the language server's "format document" call these. A source is printed from its AST and
 * comments, never from the IR, so imports stay imports and conditions keep their source form.
 * A source that does not compile is never printed: its diagnostics come back instead.
 */
import { compileSource, nodeHost, type CompileHost } from '../compile.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { internalError } from '../emit/internal-error.js';
import { NO_SPAN } from '../language/span.js';
import type { SourceFile } from '../language/ast.js';
import type { Comment } from '../language/comments.js';
import { endOfText } from '../syntax/spans.js';
import { parseChecklistText } from '../syntax/index.js';
import { parseChecklistYaml } from '../yaml/index.js';
import { attachComments } from './attach.js';
import { constructsOf } from './constructs.js';
import { printText } from './text-printer.js';
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

/**
 * `text` in its form's canonical layout (§7.1), comments kept. The YAML printer is not written
 * yet: a YAML source gives `{ ok: false }` with no diagnostics (the CLI says so).
 */
export function formatSource(text: string, options: FormatOptions): FormatResult {
  if (options.form === 'yaml') return { ok: false, diagnostics: [] };
  return toText(text, options);
}

/**
 * `text` (either form) printed in the canonical text form, its comments carried (YAML `#`
 * comments become `//`): fmt of the text form, and the YAML → text half of `convert` (§7.2).
 */
export function toText(text: string, options: FormatOptions): FormatResult {
  try {
    const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    const parsed = parseForm(source, options);
    if (hasErrors(parsed.diagnostics)) return { ok: false, diagnostics: parsed.diagnostics };
    const compiled = compileSource(source, options.fileName, options.host ?? nodeHost);
    if (hasErrors(compiled.diagnostics)) return { ok: false, diagnostics: compiled.diagnostics };
    const comments = attachComments(constructsOf(parsed.file, endOfText(source)), parsed.comments);
    return { ok: true, text: printText(parsed.file, comments) };
  } catch (error) {
    // Never a crash on any input: a printer bug is reported as CW900, like the compiler's.
    return { ok: false, diagnostics: [internalError(options.fileName, NO_SPAN, error)] };
  }
}

interface Parsed {
  readonly file: SourceFile;
  readonly diagnostics: Diagnostic[];
  readonly comments: readonly Comment[];
}

function parseForm(source: string, options: FormatOptions): Parsed {
  if (options.form === 'dsl') return parseChecklistText(source, options.fileName);
  const parsed = parseChecklistYaml(source, options.fileName);
  return { ...parsed, comments: yamlComments(source) };
}
