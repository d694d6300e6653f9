import { expect } from 'vitest';
import { check, type CheckResult } from '../../src/check/index.js';
import type { Code } from '../../src/diagnostics/codes.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import type { FieldsBlock, SourceFile } from '../../src/language/ast.js';
import { parseChecklistText } from '../../src/syntax/index.js';

export const FILE = 'test.checklist';

function parse(source: string, file: string): SourceFile {
  const parsed = parseChecklistText(source, file);
  const syntaxErrors = parsed.diagnostics.filter((d) => d.severity === 'error');
  expect(syntaxErrors, `the test source should parse:\n${source}`).toEqual([]);
  return parsed.file;
}

export interface Checked extends CheckResult {
  readonly source: string;
  readonly codes: Code[];
  /** Diagnostics with one code. */
  with(code: Code): Diagnostic[];
}

/**
 * Parses DSL text (and dictionaries it "imports") and checks it. `edit` changes the parsed file
 * first, to reach shapes only the YAML form can write (an item without a label, …).
 */
export function checkSource(source: string, imports: readonly string[] = [], edit = (file: SourceFile): SourceFile => file): Checked {
  const imported: FieldsBlock[] = imports.flatMap((text, index) => parse(text, `dictionary${index + 1}.checklist`).fields);
  const result = check(edit(parse(source, FILE)), imported);
  return {
    ...result,
    source,
    codes: result.diagnostics.map((d) => d.code),
    with: (code) => result.diagnostics.filter((d) => d.code === code),
  };
}

/** A checklist with the given members. */
export function checklist(members: string): string {
  return `checklist c "C" {\n${members}\n}\n`;
}

/** Where the `occurrence`-th (1-based) `needle` is in `source`, as a diagnostic span. */
export function spanOf(source: string, needle: string, occurrence = 1): { line: number; column: number; endLine: number; endColumn: number } {
  let index = -1;
  for (let n = 0; n < occurrence; n++) {
    index = source.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`\`${needle}\` (#${occurrence}) is not in the source`);
  }
  const before = source.slice(0, index).split('\n');
  const line = before.length;
  const column = (before[before.length - 1]?.length ?? 0) + 1;
  return { line, column, endLine: line, endColumn: column + needle.length };
}

/** Exactly one diagnostic with `code`, at `needle`; returns it for further checks. */
export function expectOne(result: Checked, code: Code, needle: string, occurrence = 1): Diagnostic {
  const found = result.with(code);
  expect(found, `expected one ${code}, got ${JSON.stringify(result.diagnostics, null, 1)}`).toHaveLength(1);
  const diagnostic = found[0] as Diagnostic;
  const { line, column, endLine, endColumn } = diagnostic;
  expect({ line, column, endLine, endColumn }).toEqual(spanOf(result.source, needle, occurrence));
  return diagnostic;
}

export function expectNone(result: Checked, code: Code): void {
  expect(result.with(code), JSON.stringify(result.diagnostics, null, 1)).toEqual([]);
}

/** The diagnostics with `code` are exactly at these needles (`[needle, occurrence]` past the first), in order. */
export function expectAt(result: Checked, code: Code, needles: readonly (string | readonly [string, number])[]): void {
  const spans = result.with(code).map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
  const expected = needles.map((needle) => (typeof needle === 'string' ? spanOf(result.source, needle) : spanOf(result.source, ...needle)));
  expect(spans, JSON.stringify(result.diagnostics, null, 1)).toEqual(expected);
}
