/**
 * The pipeline (STYLE.md §1): parse (the file and, recursively, its imports) → check → emit,
 * stopping after a phase that reported errors. Nothing escapes as an exception: a thrown error
 * in any phase is a compiler bug and becomes CW900.
 */
import { Diagnostics } from './diagnostics/messages.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FieldsBlock, Import, SourceFile } from './language/ast.js';
import { NO_SPAN } from './language/span.js';
import type { ChecklistIR } from './ir/types.js';
import { diag, internalError, hasErrors, sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.js';
import { parseChecklistText } from './syntax/index.js';
import { parseChecklistYaml } from './yaml/index.js';
import { check } from './check/index.js';
import { emit } from './emit/index.js';
import { reachabilityDiagnostics } from './explore/lint.js';

export { printIr } from './emit/print.js';

export interface CompileHost {
  /** The file's text; throws when it cannot be read. */
  readFile(path: string): string;
  /**
   * An imported file already parsed from this exact text (the language server's cache), so an
   * edit re-parses the edited file only. Absent: every import is parsed.
   */
  parsed?(path: string, text: string): ParsedSource | undefined;
}

/** One front end's result for one file. */
export interface ParsedSource {
  readonly file: SourceFile;
  readonly diagnostics: readonly Diagnostic[];
}

export interface CompileResult {
  readonly ir?: ChecklistIR;
  readonly diagnostics: Diagnostic[];
}

export const nodeHost: CompileHost = {
  readFile: (file) => readFileSync(file, 'utf8'),
};

export function compileFile(file: string, host: CompileHost = nodeHost): CompileResult {
  const name = slashed(file);
  const source = readSource(name, host);
  if (typeof source !== 'string') return { diagnostics: [diag(Diagnostics.CannotRead, name, NO_SPAN, [name, source.reason])] };
  return compileSource(source, name, host);
}

export function compileSource(source: string, file: string, host: CompileHost = nodeHost): CompileResult {
  const name = slashed(file);
  return compileGuarded(name, (diagnostics) => runPhases(parse(stripBom(source), name, diagnostics), name, host, diagnostics));
}

/**
 * The same, from a file its caller parsed already (`parsed` as a front end returned it, under
 * the same `file` name): the formatter prints from that AST, so it parses once.
 */
export function compileParsed(parsed: ParsedSource, host: CompileHost = nodeHost, phases: PhaseOptions = {}): CompileResult {
  const name = slashed(parsed.file.file);
  return compileGuarded(name, (diagnostics) => {
    diagnostics.push(...parsed.diagnostics);
    return runPhases(parsed.file, name, host, diagnostics, phases);
  });
}

export interface PhaseOptions {
  /**
   * Run the reachability analysis (CW101, CW104, CW105: warnings only, and a SAT solver's work).
   * Default true; the formatter, which needs only "does it compile", turns it off.
   */
  readonly reachability?: boolean;
}

function compileGuarded(name: string, phases: (diagnostics: Diagnostic[]) => ChecklistIR | undefined): CompileResult {
  const diagnostics: Diagnostic[] = [];
  try {
    const ir = phases(diagnostics);
    return ir === undefined ? { diagnostics: sortDiagnostics(diagnostics) } : { ir, diagnostics: sortDiagnostics(diagnostics) };
  } catch (error) {
    diagnostics.push(internalError(name, 'the compiler', error));
    return { diagnostics: sortDiagnostics(diagnostics) };
  }
}

/** A parsed file with the `fields` blocks of its imports: what the checker reads. */
export interface ParsedWithImports {
  readonly main: SourceFile;
  readonly imported: FieldsBlock[];
}

/**
 * The front half of the pipeline: parse the file and, recursively, its imports. The language
 * server calls it to bind a file that may not compile; `host.parsed` lets it keep imported files
 * parsed across edits. Never throws on bad input (a host that throws is a CW002 at the import).
 */
export function parseWithImports(source: string, file: string, host: CompileHost, diagnostics: Diagnostic[]): ParsedWithImports {
  const main = parse(stripBom(source), slashed(file), diagnostics);
  return { main, imported: new ImportResolver(host, diagnostics).fieldsOf(main) };
}

function runPhases(main: SourceFile, file: string, host: CompileHost, diagnostics: Diagnostic[], phases: PhaseOptions = {}): ChecklistIR | undefined {
  const imported = new ImportResolver(host, diagnostics).fieldsOf(main);
  if (hasErrors(diagnostics)) return undefined;

  const checked = check(main, imported);
  diagnostics.push(...checked.diagnostics);
  // A dictionary (no checklist) compiles to no IR and no error.
  if (checked.model === undefined || hasErrors(diagnostics)) return undefined;

  const emitted = emit(checked.model);
  diagnostics.push(...emitted.diagnostics);
  if (emitted.ir !== undefined && !hasErrors(diagnostics) && phases.reachability !== false) diagnostics.push(...reachabilityDiagnostics(emitted.ir, file, diagnostics));
  return emitted.ir;
}

/**
 * Resolves imports relative to the importing file, depth first, each file parsed once per
 * compile. A file still being visited that is imported again closes a cycle: CW002 at that
 * import, and the walk goes no further.
 */
class ImportResolver {
  private readonly parsed = new Map<string, SourceFile | Unreadable>();
  private readonly visiting = new Set<string>();
  private readonly included = new Set<string>();
  private readonly blocks: FieldsBlock[] = [];

  constructor(
    private readonly host: CompileHost,
    private readonly diagnostics: Diagnostic[],
  ) {}

  fieldsOf(main: SourceFile): FieldsBlock[] {
    this.visiting.add(path.posix.normalize(main.file));
    this.included.add(path.posix.normalize(main.file));
    this.walkImports(main);
    return this.blocks;
  }

  private walkImports(file: SourceFile): void {
    for (const imported of file.imports) this.visit(imported, file.file);
  }

  private visit(imported: Import, importer: string): void {
    const target = resolveImport(importer, imported.path.value);
    if (this.visiting.has(target)) {
      const stack = [...this.visiting];
      const chain = [...stack.slice(stack.indexOf(target)), target].map((f) => `\`${f}\``).join(' → ');
      this.diagnostics.push(diag(Diagnostics.ImportCycle, importer, imported.span, [chain]));
      return;
    }
    if (this.included.has(target)) return;
    const file = this.parsedFile(target, imported, importer);
    if (file === undefined) return;
    this.visiting.add(target);
    this.walkImports(file);
    this.visiting.delete(target);
    this.included.add(target);
    this.blocks.push(...file.fields);
  }

  /** Parsed once; a file that cannot be read is reported at every import of it, as written there. */
  private parsedFile(target: string, imported: Import, importer: string): SourceFile | undefined {
    let parsed = this.parsed.get(target);
    if (parsed === undefined) {
      const source = readSource(target, this.host);
      parsed = typeof source === 'string' ? this.parseImported(target, stripBom(source)) : source;
      this.parsed.set(target, parsed);
    }
    if ('reason' in parsed) {
      this.diagnostics.push(diag(Diagnostics.CannotImport, importer, imported.span, [imported.path.value, parsed.reason, target]));
      return undefined;
    }
    return parsed;
  }

  private parseImported(target: string, source: string): SourceFile {
    const cached = this.host.parsed?.(target, source);
    if (cached === undefined) return parse(source, target, this.diagnostics);
    this.diagnostics.push(...cached.diagnostics);
    return cached.file;
  }

}

/** The imported file's name: relative to the importing file's folder, unless written absolute. */
function resolveImport(importer: string, written: string): string {
  const target = slashed(written);
  if (path.posix.isAbsolute(target) || path.win32.isAbsolute(written)) return path.posix.normalize(target);
  return path.posix.normalize(path.posix.join(path.posix.dirname(importer), target));
}

function parse(source: string, file: string, diagnostics: Diagnostic[]): SourceFile {
  const parsed = parseSource(source, file);
  diagnostics.push(...parsed.diagnostics);
  return parsed.file;
}

/** The front end a file's name picks (`.yaml`/`.yml`: the YAML form), without its imports. */
export function parseSource(source: string, file: string): ParsedSource {
  return isYamlFile(file) ? parseChecklistYaml(stripBom(source), file) : parseChecklistText(stripBom(source), file);
}

function isYamlFile(file: string): boolean {
  return /\.ya?ml$/i.test(file);
}

/** Why a file could not be read, in words for a diagnostic (CW002). */
export interface Unreadable {
  readonly reason: string;
}

/** A file's text through the host, or why there is none; never throws. */
export function readSource(file: string, host: CompileHost): string | Unreadable {
  try {
    const text = host.readFile(file);
    return typeof text === 'string' ? text : { reason: 'the host returned no text' };
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === 'ENOENT') return { reason: 'file not found' };
    if (code === 'EISDIR') return { reason: 'it is a folder' };
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

function stripBom(source: string): string {
  return source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
}

function slashed(file: string): string {
  return file.replace(/\\/g, '/');
}
