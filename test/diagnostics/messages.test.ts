import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { diag, hint, internalError, renderMessage } from '../../src/diagnostics/diagnostic.js';
import { Diagnostics, Hints } from '../../src/diagnostics/messages.js';
import { fill, holesOf, type ArgsOf, type MessageDef } from '../../src/diagnostics/template.js';
import { NO_SPAN, type Span } from '../../src/language/span.js';

const SPAN: Span = { line: 3, column: 5, endLine: 3, endColumn: 9 };

// Entries of the shape the table holds, to test the API without depending on today's texts.
const TWO_HOLES = { code: 'CW011', message: 'unknown {0} `{1}`' } as const;
const NO_HOLES = { code: 'CW004', message: 'a file holds one checklist', hint: 'move it to a file of its own' } as const;
const HINT_HOLE = { code: 'CW021', message: 'unknown option `{0}`', hint: '`{1}` items take {2}' } as const;

describe('diag', () => {
  it('fills the holes, takes severity from the code and places the span', () => {
    expect(diag(TWO_HOLES, 'a.cwl', SPAN, ['step', 'intake'])).toEqual({
      file: 'a.cwl', line: 3, column: 5, endLine: 3, endColumn: 9,
      severity: 'error', code: 'CW011', message: 'unknown step `intake`',
    });
  });

  it('uses the entry\'s hint, filled with the same arguments', () => {
    expect(diag(HINT_HOLE, 'a.cwl', SPAN, ['colour', 'text', '`required`']).hint).toBe('`text` items take `required`');
    expect(diag(NO_HOLES, 'a.cwl', SPAN).hint).toBe('move it to a file of its own');
  });

  it('lets the caller replace the hint with one built from Hints', () => {
    const d = diag(TWO_HOLES, 'a.cwl', SPAN, ['step', 'intak'], hint(Hints.DidYouMean, ['intake']));
    expect(d.hint).toBe('did you mean `intake`?');
    expect('hint' in diag(TWO_HOLES, 'a.cwl', SPAN, ['step', 'x'])).toBe(false);
  });

  it('checks the number of arguments against the template', () => {
    // @ts-expect-error two holes take two arguments
    diag(TWO_HOLES, 'a.cwl', SPAN, ['step']);
    // @ts-expect-error two holes take two arguments, not three
    diag(TWO_HOLES, 'a.cwl', SPAN, ['step', 'a', 'b']);
    // @ts-expect-error a template with two holes needs its arguments
    diag(TWO_HOLES, 'a.cwl', SPAN);
    // @ts-expect-error a hint is built from Hints, never a literal
    diag(NO_HOLES, 'a.cwl', SPAN, [], 'literal hint');
    // @ts-expect-error Hints.DidYouMean has one hole
    hint(Hints.DidYouMean);
    const counted: ArgsOf<typeof HINT_HOLE>['length'] = 3;
    expect(counted).toBe(3);
  });

  it('reads a brace that is not a hole as text', () => {
    const entry = { code: 'CW001', message: 'write `{ section "T" { {0} } }`' } as const;
    expect(diag(entry, 'a.cwl', SPAN, ['a.b']).message).toBe('write `{ section "T" { a.b } }`');
  });

  it('renderMessage gives the message without a place, for helpers that return problems', () => {
    expect(renderMessage(TWO_HOLES, ['item', 'x'], hint(Hints.OneOf, ['`a`']))).toEqual({ code: 'CW011', message: 'unknown item `x`', hint: 'expected one of `a`' });
  });
});

describe('internalError', () => {
  it('is the one CW900: one text, one hint, whatever failed', () => {
    const thrown = internalError('a.cwl', 'the checker (rule CW011)', new Error('boom'));
    const described = internalError('b.yaml', 'the emitter', 'no step `x`', SPAN);
    expect(thrown).toMatchObject({ code: 'CW900', severity: 'error', line: NO_SPAN.line, message: 'internal error in the checker (rule CW011): boom' });
    expect(described).toMatchObject({ file: 'b.yaml', line: 3, message: 'internal error in the emitter: no step `x`' });
    expect(thrown.hint).toBe(described.hint);
    expect(thrown.hint).toBe(Diagnostics.InternalError.hint);
  });

  it('never throws on a hostile thrown value', () => {
    const hostile = { toString() { throw new Error('no'); } };
    const getter = Object.defineProperty(new Error('x'), 'message', { get() { throw new Error('no'); } });
    expect(internalError('a.cwl', 'x', hostile).message).toBe('internal error in x: an unprintable error');
    expect(internalError('a.cwl', 'x', getter).message).toBe('internal error in x: an unprintable error');
    expect(internalError('a.cwl', 'x', Object.create(null)).message).toBe('internal error in x: an unprintable error');
  });
});

describe('the table', () => {
  const entries: [string, MessageDef][] = Object.entries(Diagnostics);

  it('names only known codes, and CW900 only through internalError', () => {
    for (const [name, entry] of entries) {
      expect(CODES, name).toHaveProperty(entry.code);
      if (entry.code === 'CW900') expect(name).toBe('InternalError');
    }
  });

  it('has a message for every code', () => {
    const used = new Set(entries.map(([, entry]) => entry.code));
    expect(Object.keys(CODES).filter((code) => !used.has(code as keyof typeof CODES))).toEqual([]);
  });

  it('numbers each entry\'s holes from 0 without gaps', () => {
    for (const [name, entry] of entries) {
      const holes = new Set([...holesOf(entry.message), ...holesOf(entry.hint ?? '')]);
      expect([...holes].sort((a, b) => a - b), name).toEqual([...holes.keys()].map((_, i) => i));
    }
    for (const [name, template] of Object.entries(Hints)) {
      const holes = new Set(holesOf(template));
      expect([...holes].sort((a, b) => a - b), name).toEqual([...holes.keys()].map((_, i) => i));
    }
  });

  it('has no twins: no two entries of one code read the same, hint included', () => {
    const seen = new Map<string, string>();
    for (const [name, entry] of entries) {
      const key = `${entry.code} ${entry.message} ${entry.hint ?? ''}`;
      expect(seen.get(key), `${name} repeats ${seen.get(key)}`).toBeUndefined();
      seen.set(key, name);
    }
  });

  it('writes messages as the style says: lower case start, no trailing period', () => {
    for (const [name, entry] of entries) {
      expect(entry.message, name).not.toMatch(/\.$/);
      expect(entry.message, name).toMatch(/^[^A-Z]/);
    }
  });

  it('fill leaves a hole without an argument visible rather than printing undefined', () => {
    expect(fill('a {0} b {1}', ['x'])).toBe('a x b {1}');
  });
});

describe('hole types', () => {
  it('read `{ }` and `{ a }` as text, not as holes', () => {
    const braces = { code: 'CW021', message: 'write `{ }` or `{ section {0} }`' } as const;
    const counted: ArgsOf<typeof braces>['length'] = 1;
    expect(counted).toBe(1);
    expect(diag(braces, 'a.cwl', SPAN, ['x']).message).toBe('write `{ }` or `{ section x }`');
  });
});
