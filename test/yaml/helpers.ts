import { parseChecklistYaml } from '../../src/yaml/index.js';

const SPAN_KEYS = new Set(['span', 'typeSpan', 'resolutionSpan']);

/** The value without spans, so the two front ends' ASTs can be compared. */
export function withoutSpans<T>(value: T): unknown {
  return JSON.parse(JSON.stringify(value, (key, inner: unknown) => (SPAN_KEYS.has(key) ? undefined : inner)));
}

/** Diagnostics as `line:col CODE message`, the way a person reads them. */
export function diagnosticsOf(source: string): string[] {
  return parseChecklistYaml(source, 'test.checklist.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`);
}

/** Lines joined with newlines, so a test's YAML reads as it would in a file. */
export function yaml(...lines: string[]): string {
  return lines.join('\n') + '\n';
}

/** The hints of the diagnostics, in order (absent ones as `undefined`). */
export function hintsOf(source: string): (string | undefined)[] {
  return parseChecklistYaml(source, 'test.checklist.yaml').diagnostics.map((d) => d.hint);
}
