/**
 * `convert` (SPEC §7.2): a source in either form → the canonical text form, the canonical YAML
 * form, or the IR. The text and YAML targets are the printers `fmt` uses, so converting to a
 * file's own form is formatting it, and dsl → yaml → dsl gives `fmt`'s output of the original.
 * `json` is `compile`: the IR, printed as `compile` prints it.
 */
import { compileSource, printIr } from '../compile.js';
import { hasErrors } from '../diagnostics/diagnostic.js';
import { toText, toYaml, type FormatOptions, type FormatResult } from './index.js';

export type ConvertTarget = 'dsl' | 'yaml' | 'json';

export const CONVERT_TARGETS: readonly ConvertTarget[] = ['dsl', 'yaml', 'json'];

export function convertSource(text: string, to: ConvertTarget, options: FormatOptions): FormatResult {
  if (to === 'dsl') return toText(text, options);
  if (to === 'yaml') return toYaml(text, options);
  const compiled = compileSource(text, options.fileName, options.host);
  if (compiled.ir === undefined || hasErrors(compiled.diagnostics)) return { ok: false, diagnostics: compiled.diagnostics };
  return { ok: true, text: printIr(compiled.ir) };
}
