/**
 * What the page is told about the checklist file: its IR, or the diagnostics that stopped it, or
 * that it is gone. Computed on the server (the compiler runs in Node); the page only evaluates.
 */
import { existsSync } from 'node:fs';
import type { ChecklistIR } from '../ir/types.js';
import { hasErrors, type Diagnostic } from '../diagnostics/diagnostic.js';
import { formatText } from '../diagnostics/format/text.js';
import { compileInFolder } from '../cli/compile-checklist.js';
import { IR_SUFFIX } from '../cli/load-checklist.js';
import { describeFsError } from '../cli/paths.js';
import { readTextFile } from '../cli/text-file.js';

export type ChecklistPayload =
  | { readonly kind: 'ok'; readonly file: string; readonly ir: ChecklistIR | unknown; readonly warnings: string }
  | { readonly kind: 'failed'; readonly file: string; readonly text: string; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'no-checklist'; readonly file: string }
  | { readonly kind: 'deleted'; readonly file: string };

export interface ChecklistFile {
  /** Where relative imports resolve from. */
  readonly cwd: string;
  readonly absolute: string;
  /** As the user named it, relative to `cwd`: diagnostics show it. */
  readonly display: string;
}

/** A compiled `.checklist.json` is sent as it is: the page's `loadChecklist` reports what is wrong with it. */
export function readChecklist(file: ChecklistFile): ChecklistPayload {
  const { display } = file;
  if (!existsSync(file.absolute)) return { kind: 'deleted', file: display };
  if (display.endsWith(IR_SUFFIX)) return readIr(file);
  const compiled = compileInFolder(file.cwd, display);
  if (hasErrors(compiled.diagnostics)) return { kind: 'failed', file: display, text: formatText(compiled.diagnostics), diagnostics: compiled.diagnostics };
  if (compiled.ir === undefined) return { kind: 'no-checklist', file: display };
  return { kind: 'ok', file: display, ir: compiled.ir, warnings: formatText(compiled.diagnostics) };
}

function readIr(file: ChecklistFile): ChecklistPayload {
  try {
    return { kind: 'ok', file: file.display, ir: JSON.parse(readTextFile(file.absolute)), warnings: '' };
  } catch (error) {
    const reason = error instanceof SyntaxError ? `not valid JSON (${error.message})` : describeFsError(error);
    return { kind: 'failed', file: file.display, text: `${file.display}: ${reason}\n`, diagnostics: [] };
  }
}

export type CasePayload =
  | { readonly kind: 'none' }
  | { readonly kind: 'ok'; readonly file: string; readonly data: unknown; readonly text: string }
  /** Unreadable or not JSON: the page shows why and the text, to be fixed in the panel. */
  | { readonly kind: 'error'; readonly file: string; readonly message: string; readonly text: string };

export function readCase(absolute: string | undefined, display: string): CasePayload {
  if (absolute === undefined) return { kind: 'none' };
  let text: string;
  try {
    text = readTextFile(absolute);
  } catch (error) {
    return { kind: 'error', file: display, message: `${display}: ${describeFsError(error)}`, text: '' };
  }
  try {
    return { kind: 'ok', file: display, data: JSON.parse(text), text };
  } catch (error) {
    return { kind: 'error', file: display, message: `${display} is not JSON: ${error instanceof Error ? error.message : String(error)}`, text };
  }
}
