/**
 * What the golden test and `npm run golden:update` (scripts/update-golden.mjs) share: which files
 * are invalid samples, where each one's expected diagnostics live, and how diagnostics print.
 * The update script and the test must agree byte for byte, so both go through here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compileFile } from '../../src/compile.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const INVALID_DIR = 'samples/invalid';

export interface InvalidSample {
  /** Relative to the repository root, `/`-separated: the name diagnostics print. */
  readonly file: string;
  /** `CW013.checklist` → `CW013.expected`; `CW001.checklist.yaml` → `CW001.yaml.expected`. */
  readonly expectedFile: string;
  /** The code the file exists to trigger: its name up to the first dot. */
  readonly code: string;
}

const CHECKLIST_FILE = /^(CW\d{3})\.checklist(\.yaml)?$/;

export function invalidSamples(): InvalidSample[] {
  return readdirSync(path.join(REPO_ROOT, INVALID_DIR))
    .sort()
    .flatMap((name) => {
      const match = CHECKLIST_FILE.exec(name);
      if (match === null) return [];
      const [, code = '', yamlSuffix = ''] = match;
      return [
        {
          file: `${INVALID_DIR}/${name}`,
          expectedFile: `${INVALID_DIR}/${code}${yamlSuffix}.expected`,
          code,
        },
      ];
    });
}

/** Reads files relative to the repository root, so goldens do not depend on the working directory. */
const repoHost = {
  readFile: (file: string): string => readFileSync(path.resolve(REPO_ROOT, file), 'utf8'),
};

export function compileSample(file: string): Diagnostic[] {
  return compileFile(file, repoHost).diagnostics;
}

/** The text format of the CLI, without hint lines: `file:line:col: severity CODE: message`. */
export function goldenLine(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}: ${d.severity} ${d.code}: ${d.message}`;
}

export function goldenText(diagnostics: readonly Diagnostic[]): string {
  return diagnostics.map((d) => `${goldenLine(d)}\n`).join('');
}

export function readRepoFile(file: string): string {
  return readFileSync(path.resolve(REPO_ROOT, file), 'utf8');
}
