/**
 * Every diagnostic message lives in src/diagnostics/messages.ts (issue 9): this scan of src/ fails
 * when a Diagnostic is built from a literal message instead — `diag('CW…', …)`, a reporter called
 * with a literal code, or a `message:` literal. src/syntax is left out until the syntax engineer
 * moves it to the table (it still uses the deprecated literal overload of `diag`); once it has,
 * drop it from EXCLUDED and delete that overload.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = path.resolve(__dirname, '../../src');
/**
 * Not Diagnostics: src/syntax (see above), the table itself, and text that is not a compiler
 * diagnostic — the runtime's and the store's error values, the language server's protocol replies
 * (rename refusals, JSON-RPC errors, "declared here" related information) and the preview server's
 * start-up errors.
 */
const EXCLUDED = ['syntax/', 'diagnostics/', 'runtime/', 'store/', 'preview/', 'lsp/rename.ts', 'lsp/transport.ts', 'lsp/diagnostics.ts'];

/** A literal code handed to something that builds a diagnostic, or a literal message field. */
const LITERAL_MESSAGE = [
  /\bdiag\(\s*['"`]CW\d{3}/,
  /\bdiag\(\s*code\s*,/,
  /\breport\w*\(\s*(?:\w+,\s*)?['"`]CW\d{3}['"`]\s*,/,
  /\bmessage:\s*['"`]/,
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'generated' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function offenders(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    const relative = path.relative(SRC, file).split(path.sep).join('/');
    if (EXCLUDED.some((prefix) => relative.startsWith(prefix))) continue;
    const lines = readFileSync(file, 'utf8').split('\n').filter((line) => LITERAL_MESSAGE.some((pattern) => pattern.test(line)));
    if (lines.length > 0) found.set(relative, lines.map((line) => line.trim()));
  }
  return found;
}

describe('diagnostic messages come from the table', () => {
  it('no file outside src/syntax builds a Diagnostic from a literal message', () => {
    expect([...offenders()]).toEqual([]);
  });

  it('catches each literal form it looks for', () => {
    const samples = [
      "diag('CW001', file, span, 'bad')",
      "report(ctx, 'CW001', span, 'bad')",
      "this.report('CW011', span, `unknown ${x}`)",
      "report('CW021', file, span, 'x')",
      'diag(code, ctx.file, span, message, hint)',
      "{ code: 'CW014', message: 'not a date' }",
    ];
    for (const sample of samples) expect(LITERAL_MESSAGE.some((pattern) => pattern.test(sample)), sample).toBe(true);
    expect(LITERAL_MESSAGE.some((pattern) => pattern.test('report(Diagnostics.UnknownOption, file, span, [name])'))).toBe(false);
  });
});
