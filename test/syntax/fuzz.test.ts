import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/language/ast.js';
import type { Diagnostic } from '../../src/diagnostics/diagnostic.js';
import { parseChecklistText, parseConditionText } from '../../src/syntax/index.js';
import { checklistLexer } from '../../src/syntax/tokens.js';

const fixture = readFileSync(new URL('../fixtures/spec-example.checklist', import.meta.url), 'utf8');
const RUNS = { numRuns: 300 };

function expectSoundDiagnostics(diagnostics: readonly Diagnostic[], file: string): void {
  for (const d of diagnostics) {
    expect(d.code).not.toBe('CW900');
    expect(d.file).toBe(file);
    expect(Number.isInteger(d.line) && d.line >= 1).toBe(true);
    expect(Number.isInteger(d.column) && d.column >= 1).toBe(true);
    expect(d.endLine > d.line || (d.endLine === d.line && d.endColumn >= d.column)).toBe(true);
    expect(d.message.length).toBeGreaterThan(0);
  }
}

/** Every span in the tree is a real position (walked with a stack: the tree may be deep). */
function expectSoundSpans(root: unknown): void {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (node === null || typeof node !== 'object') continue;
    if ('line' in node && 'endColumn' in node) {
      const span = node as unknown as { line: number; column: number; endLine: number };
      expect(span.line >= 1 && span.column >= 1 && span.endLine >= span.line).toBe(true);
      continue;
    }
    pending.push(...Object.values(node));
  }
}

/** What every parse must satisfy, whatever the input. */
function expectSoundParse(source: string): { file: SourceFile; diagnostics: Diagnostic[] } {
  const result = parseChecklistText(source, 'fuzz.checklist');
  expectSoundDiagnostics(result.diagnostics, 'fuzz.checklist');
  expectSoundSpans(result.file);
  expect(JSON.parse(JSON.stringify(result.file))).toBeTypeOf('object');
  // The grammar needs a checklist or a fields block: a parse without diagnostics found one.
  if (result.diagnostics.length === 0) expect(result.file.fields.length + (result.file.checklist ? 1 : 0)).toBeGreaterThan(0);
  return result;
}

/** The fixture as tokens, each with the text before it, so mutations keep the rest intact. */
const pieces: string[] = (() => {
  const tokens = checklistLexer.tokenize(fixture).tokens;
  let offset = 0;
  const result = tokens.map((token) => {
    const end = token.startOffset + token.image.length;
    const piece = fixture.slice(offset, end);
    offset = end;
    return piece;
  });
  result.push(fixture.slice(offset));
  return result;
})();

const mutation = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
);

function mutate(mutations: readonly { op: 'delete' | 'duplicate' | 'swap'; at: number; with?: number }[]): string {
  const result = [...pieces];
  for (const m of mutations) {
    const at = m.at % result.length;
    if (m.op === 'delete') result.splice(at, 1);
    else if (m.op === 'duplicate') result.splice(at, 0, result[at] as string);
    else {
      const other = (m.with ?? 0) % result.length;
      [result[at], result[other]] = [result[other] as string, result[at] as string];
    }
  }
  return result.join('');
}

const vocabulary = [
  'checklist', 'fields', 'import', 'step', 'data', 'udf', 'resolution', 'outcomes', 'closing', 'lifecycle', 'version',
  'description', 'ordering', 'assign', 'qa_review', 'priority', 'when', 'and', 'or', 'not', 'in', 'contains', 'is', 'empty',
  'true', 'false', 'text', 'yes_no', 'select', 'instructions', 'data_compare', 'section', 'required', 'options', 'mode',
  'sources', 'max_files', 'choice', 'status', 'initial', 'transition', 'active', 'final', 'x', 'a.b', 'unknown_option',
  '"s"', '"""t"""', '12', '-1.5', '2024-01-31', '==', '!=', '<', '<=', '>', '>=', '->', ':', ',', '(', ')', '[', ']', '{', '}',
  '//c\n', '/*c*/', '"', '@',
];

describe('fuzzing: every input returns, with sound diagnostics', () => {
  it('random strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (source) => void expectSoundParse(source)), RUNS);
  });

  it('random bytes, read as UTF-8 and as Latin-1', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectSoundParse(Buffer.from(bytes).toString('utf8'));
        expectSoundParse(Buffer.from(bytes).toString('latin1'));
      }),
      RUNS,
    );
  });

  it('random sequences of the language’s own tokens', () => {
    const soup = fc.array(fc.constantFrom(...vocabulary), { maxLength: 120 }).map((words) => `checklist c "C" { ${words.join(' ')} }`);
    fc.assert(fc.property(soup, (source) => void expectSoundParse(source)), RUNS);
  });

  it('the SPEC example with tokens deleted, duplicated or swapped', () => {
    expect(mutate([])).toBe(fixture);
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 5 }), (mutations) => {
        const source = mutate(mutations);
        const { diagnostics } = expectSoundParse(source);
        if (source === fixture) expect(diagnostics).toEqual([]);
      }),
      RUNS,
    );
  });

  it('conditions given as text, at any origin', () => {
    const words = fc.array(fc.constantFrom('a', 'b.c', 'not', 'and', 'or', '(', ')', '==', 'in', '["x"]', '1', 'is', 'empty', '"s'), {
      maxLength: 40,
    });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 200 }), (parts, line, column) => {
        const { condition, diagnostics } = parseConditionText(parts.join(' '), 'f.yaml', { line, column });
        expectSoundDiagnostics(diagnostics, 'f.yaml');
        expect(diagnostics.every((d) => d.line >= line)).toBe(true);
        expectSoundSpans(condition);
        if (diagnostics.length === 0) expect(condition).toBeDefined();
      }),
      RUNS,
    );
  });

  it('reports CW003 exactly when a random mix of parentheses and `not` goes deeper than 64', () => {
    const levels = fc.array(fc.boolean(), { maxLength: 150 });
    fc.assert(
      fc.property(levels, (isParen) => {
        const open = isParen.map((paren) => (paren ? '(' : 'not ')).join('');
        const close = isParen.filter(Boolean).map(() => ')').join('');
        const { diagnostics } = parseConditionText(`${open}a${close}`, 'f', { line: 1, column: 1 });
        expect(diagnostics.map((d) => d.code)).toEqual(isParen.length > 64 ? ['CW003'] : []);
      }),
      { numRuns: 200 },
    );
  });
});

describe('big inputs', () => {
  it('parses a 10 MB file', () => {
    const step = (n: number): string => `  step s${n} "Step ${n}" when s${n > 0 ? n - 1 : 0}_q or account.balance > ${n} {
    instructions """
      ${'Read every attached document and compare it with the case record before answering. '.repeat(20)}
    """
    yes_no s${n}_q "Does the consumer have additional files to add for step ${n}?" required
  }
`;
    const parts = ['checklist big "Big" {\n  data { account.balance number }\n'];
    let size = parts[0]?.length ?? 0;
    for (let n = 0; size < 10_000_000; n += 1) {
      const text = step(n);
      parts.push(text);
      size += text.length;
    }
    parts.push('}\n');
    const { file, diagnostics } = parseChecklistText(parts.join(''), 'big.checklist');
    expect(diagnostics).toEqual([]);
    expect(file.checklist?.steps.length).toBe(parts.length - 2);
  });

  it('survives 10,000-deep nesting in a file', () => {
    const deep = `checklist c "C" { step s "S" when ${'('.repeat(10_000)}a${')'.repeat(10_000)} and ${'not '.repeat(10_000)}b { } }`;
    const { diagnostics } = expectSoundParse(deep);
    expect(diagnostics.map((d) => d.code)).toEqual(['CW003']);
  });
});
