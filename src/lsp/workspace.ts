/**
 * What the server knows of the files: the open documents' texts (newer than the disk), each
 * file's last parse (reused while its text is unchanged, so an edit re-parses only the edited
 * file, not its imports), and each open document's analysis: its diagnostics and its names.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { check } from '../check/index.js';
import type { Symbols } from '../check/symbols.js';
import { parseWithImports, parseSource, type CompileHost, type ParsedSource } from '../compile.js';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../language/span.js';
import { indexNames, type NameIndex } from './names.js';

export interface Analysis {
  readonly file: string;
  readonly text: string;
  readonly diagnostics: readonly Diagnostic[];
  /** Bound names; a file that does not parse at all keeps those of its last analysis that had any. */
  readonly symbols?: Symbols;
  readonly names: NameIndex;
  /** Every file this one read (imports, transitively): an edit of one of them re-checks it. */
  readonly reads: ReadonlySet<string>;
  /** The file's own imports: where each is written and the file it names. */
  readonly imports: readonly { readonly span: Span; readonly target: string }[];
}

const NO_NAMES: NameIndex = { definitions: [], occurrences: [] };

export class Workspace {
  private readonly texts = new Map<string, string>();
  private readonly parses = new Map<string, { readonly text: string; readonly parsed: ParsedSource }>();
  private readonly analyses = new Map<string, Analysis>();

  open(file: string, text: string): void {
    this.texts.set(file, text);
  }

  close(file: string): void {
    this.texts.delete(file);
    this.analyses.delete(file);
  }

  textOf(file: string): string | undefined {
    return this.texts.get(file);
  }

  analysisOf(file: string): Analysis | undefined {
    return this.analyses.get(file);
  }

  /** The open documents that read `file` (besides itself): they are re-checked when it changes. */
  dependentsOf(file: string): string[] {
    return [...this.analyses.values()].filter((a) => a.file !== file && a.reads.has(file)).map((a) => a.file);
  }

  analyze(file: string): Analysis {
    const text = this.texts.get(file) ?? '';
    const reads = new Set<string>();
    const host = this.host(reads);
    const parseDiagnostics: Diagnostic[] = [];
    const { main, imported } = parseWithImports(text, file, host, parseDiagnostics);
    const checked = check(main, imported);
    const symbols = main.checklist === undefined && main.fields.length === 0 ? undefined : checked.symbols;
    // Parse and check, not emit: the emitter reports only its own internal errors (CW900, which
    // `checkwright lint` shows) and would double the time an edit takes (docs/lsp.md, Performance).
    const diagnostics = sortDiagnostics([...parseDiagnostics, ...checked.diagnostics]);
    const previous = this.analyses.get(file);
    const kept = symbols ?? previous?.symbols;
    // Indexed when a request (or a diagnostic's related location) first reads it, not on every keystroke.
    let names = symbols ? undefined : (previous?.names ?? NO_NAMES);
    const analysis: Analysis = {
      file,
      text,
      // Diagnostics inside an imported file belong to that file's own document (its import gets CW002 when unreadable).
      diagnostics: diagnostics.filter((d) => d.file === file),
      ...(kept ? { symbols: kept } : {}),
      get names() {
        return (names ??= symbols ? indexNames(symbols) : NO_NAMES);
      },
      reads,
      imports: main.imports.map((i) => ({ span: i.path.span, target: path.resolve(path.dirname(file), i.path.value) })),
    };
    this.analyses.set(file, analysis);
    return analysis;
  }

  /** Reads open documents from memory and the rest from disk; keeps each file's parse for its text. */
  host(reads = new Set<string>()): CompileHost {
    return {
      readFile: (file) => {
        const absolute = path.resolve(file);
        reads.add(absolute);
        return this.texts.get(absolute) ?? readFileSync(absolute, 'utf8');
      },
      parsed: (file, text) => {
        const absolute = path.resolve(file);
        const known = this.parses.get(absolute);
        if (known !== undefined && known.text === text) return known.parsed;
        const parsed = parseSource(text, file);
        this.parses.set(absolute, { text, parsed });
        return parsed;
      },
    };
  }
}
