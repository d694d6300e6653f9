import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseChecklistYaml } from '../../src/yaml/index.js';

const FIXTURE = readFileSync(new URL('fixtures/every-construct.checklist.yaml', import.meta.url), 'utf8');

/** Never a throw, never an internal error; every diagnostic placed; a file that yields nothing says why. */
function assertWellBehaved(source: string): void {
  const { file, diagnostics } = parseChecklistYaml(source, 'fuzz.checklist.yaml');
  for (const d of diagnostics) {
    expect(d.code).not.toBe('CW900');
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.column).toBeGreaterThanOrEqual(1);
    expect(d.endLine * 1e6 + d.endColumn).toBeGreaterThanOrEqual(d.line * 1e6 + d.column);
  }
  if (file.checklist === undefined && file.fields.length === 0) expect(diagnostics.length).toBeGreaterThan(0);
}

const lines = FIXTURE.split('\n');

/** Edits a person (or a bad merge) makes: lines lost, repeated, swapped, re-indented, characters typed or dropped. */
const mutation = fc.oneof(
  fc.nat().map((i) => (ls: string[]) => ls.filter((_, j) => j !== i % ls.length)),
  fc.nat().map((i) => (ls: string[]) => ls.flatMap((l, j) => (j === i % ls.length ? [l, l] : [l]))),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => (ls: string[]) => {
    const copy = [...ls];
    const [x, y] = [a % ls.length, b % ls.length];
    [copy[x], copy[y]] = [copy[y] as string, copy[x] as string];
    return copy;
  }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 })).map(([i, shift]) => (ls: string[]) =>
    ls.map((l, j) => (j !== i % ls.length ? l : shift >= 0 ? ' '.repeat(shift) + l : l.slice(-shift))),
  ),
  fc.tuple(fc.nat(), fc.constantFrom(':', '-', '[', ']', '{', '}', '&a', '*a', '"', "'", '#', '|', '>', '\t', '!!str ', ' ', '__proto__')).map(
    ([at, text]) => (ls: string[]) => {
      const joined = ls.join('\n');
      const i = at % (joined.length + 1);
      return (joined.slice(0, i) + text + joined.slice(i)).split('\n');
    },
  ),
  fc.nat().map((at) => (ls: string[]) => {
    const joined = ls.join('\n');
    const i = at % Math.max(1, joined.length);
    return (joined.slice(0, i) + joined.slice(i + 1)).split('\n');
  }),
);

describe('fuzzing the YAML front end', () => {
  it('random text', () => {
        // Unicode graphemes and ASCII control characters (fast-check's `binary` unit is too slow to generate).
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 300, size: 'medium' }), fc.string({ unit: 'binary-ascii', maxLength: 300, size: 'medium' }));
    fc.assert(fc.property(text, assertWellBehaved), { numRuns: 200 });
  });

  it('random YAML-ish text', () => {
    const token = fc.constantFrom('checklist: x\n', 'title: T\n', 'steps:\n', '  - step: a\n', '    items:\n', '      - yes_no: q\n', '{', '}', '[', ']', ', ', ': ', '- ', '&a ', '*a', '? ', '\n  ', '"', 'when: ', 'all: ', '---\n', '__proto__', 'x');
    fc.assert(fc.property(fc.array(token, { maxLength: 60 }), (tokens) => assertWellBehaved(tokens.join(''))), { numRuns: 200 });
  });

  it('mutations of the fixture', () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (edits) => {
        assertWellBehaved(edits.reduce((ls, edit) => edit(ls), lines).join('\n'));
      }),
      { numRuns: 100 },
    );
  });

  it('alias bombs are cut off, never expanded', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 9 }), fc.integer({ min: 2, max: 12 }), (levels, width) => {
        const anchors = Array.from({ length: levels }, (_, level) => {
          const members = level === 0 ? Array(width).fill('x') : Array(width).fill(`*a${level - 1}`);
          return `a${level}: &a${level} [${members.join(', ')}]`;
        });
        const source = [...anchors, 'checklist: x', 'title: T', ''].join('\n');
        const { diagnostics } = parseChecklistYaml(source, 'bomb.checklist.yaml');
        // Anchor k (k ≥ 1) follows width + width² + … + width^k aliases when it is read.
        const followedBy = (k: number): number => Array.from({ length: k }, (_, j) => width ** (j + 1)).reduce((a, b) => a + b, 0);
        const followed = Array.from({ length: levels }, (_, k) => followedBy(k)).reduce((a, b) => a + b, 0);
        expect(diagnostics.some((d) => d.message.startsWith('too many aliases'))).toBe(followed > 100);
        assertWellBehaved(source);
      }),
      { numRuns: 60 },
    );
  });

  it('deep nesting of any kind, up to 10,000 levels', () => {
    const opener = fc.constantFrom<[string, string]>(['[', ']'], ['{a: ', '}'], ['{ all: [ ', ' ] }'], ['{ not: ', ' }']);
    fc.assert(
      fc.property(opener, fc.integer({ min: 60, max: 10_000 }), ([open, close], depth) => {
        assertWellBehaved(`checklist: x\ntitle: T\nqa_review: ${open.repeat(depth)}q${close.repeat(depth)}\n`);
      }),
      { numRuns: 8 },
    );
  });

  it('a big file (2,000 steps × 5 items) parses cleanly', () => {
    const step = (n: number): string =>
      [`  - step: s${n}`, `    title: Step ${n}`, '    items:', ...[1, 2, 3, 4, 5].map((k) => `      - yes_no: q${n}_${k}\n        label: Question ${k}\n        required: true`)].join('\n');
    const source = ['checklist: big', 'title: Big', 'steps:', ...Array.from({ length: 2000 }, (_, n) => step(n)), ''].join('\n');
    const { file, diagnostics } = parseChecklistYaml(source, 'big.checklist.yaml');
    expect(diagnostics).toEqual([]);
    expect(file.checklist?.steps).toHaveLength(2000);
  });
});
