import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { loadChecklist, type LoadedChecklist, type LoadResult } from '../runtime/index.js';
import { compileInFolder } from './compile-checklist.js';
import type { RunSources } from './sources.js';
import type { DiscoveredFile } from './discover.js';
import { describeFsError } from './paths.js';
import { readTextFile } from './text-file.js';

export const IR_SUFFIX = '.checklist.json';

export type LoadOutcome =
  | { readonly kind: 'loaded'; readonly checklist: LoadedChecklist }
  /** A `fields` dictionary: nothing to evaluate, nothing wrong. */
  | { readonly kind: 'no-checklist' }
  /** Compile diagnostics (errors among them) or load errors, each line naming the file. */
  | { readonly kind: 'failed'; readonly diagnostics: readonly Diagnostic[]; readonly errors: readonly string[] };

/** A source file is compiled; a compiled `.checklist.json` is read and loaded as it is. */
export function loadChecklistFile(cwd: string, file: DiscoveredFile, sources?: RunSources): LoadOutcome {
  if (file.display.endsWith(IR_SUFFIX)) return loadIrFile(file);
  const compiled = compileInFolder(cwd, file.display, sources);
  if (hasErrors(compiled.diagnostics)) return { kind: 'failed', diagnostics: compiled.diagnostics, errors: [] };
  if (compiled.ir === undefined) return { kind: 'no-checklist' };
  return fromLoad(file, loadChecklist(compiled.ir), 'the compiled IR does not load (a compiler bug; please report it)');
}

function loadIrFile(file: DiscoveredFile): LoadOutcome {
  let ir: unknown;
  try {
    ir = JSON.parse(readTextFile(file.absolute));
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFsError(error);
    return { kind: 'failed', diagnostics: [], errors: [`${file.display}: ${reason}`] };
  }
  return fromLoad(file, loadChecklist(ir), 'not a valid checklist IR');
}

function fromLoad(file: DiscoveredFile, loaded: LoadResult, what: string): LoadOutcome {
  if (loaded.ok) return { kind: 'loaded', checklist: loaded.checklist };
  return {
    kind: 'failed',
    diagnostics: [],
    errors: [`${file.display}: ${what}:`, ...loaded.errors.map((e) => `  ${e}`)],
  };
}
