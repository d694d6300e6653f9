import type { Diagnostic } from '../diagnostic.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatText, type TextOptions } from './text.js';

/** Formats that cannot use the source or colour (JSON, SARIF, GitHub) ignore the options. */
export type DiagnosticFormatter = (diagnostics: readonly Diagnostic[], options?: TextOptions) => string;

/** Every output format by its `--format` name; adding one is one entry here. */
export const FORMATTERS = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
} as const satisfies Record<string, DiagnosticFormatter>;

export type FormatName = keyof typeof FORMATTERS;

export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];

export { formatGithub, formatJson, formatSarif, formatText };
