import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/language/ast.js';
import { parseChecklistYaml } from '../../src/yaml/index.js';
import { diagnosticsOf, withoutSpans, yaml } from './helpers.js';

/** A checklist whose one step has the given `when` (written after `    when: `, on line 6). */
function withWhen(...when: string[]): string {
  const [first = '', ...rest] = when;
  return yaml('checklist: x', 'title: T', 'steps:', '  - step: a', '    title: A', `    when: ${first}`, ...rest);
}

function whenOf(source: string): { when?: Condition; diagnostics: string[] } {
  const parsed = parseChecklistYaml(source, 'f');
  const when = parsed.file.checklist?.steps[0]?.when;
  return { ...(when && { when }), diagnostics: parsed.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`) };
}

const leaf = (field: string, op: string, value?: string): string =>
  `{ field: ${field}, op: ${op}${value === undefined ? '' : `, value: ${value}`} }`;

describe('structured conditions', () => {
  it.each([
    ['equals', '==', '"A"'],
    ['not_equals', '!=', '"A"'],
    ['lt', '<', '1'],
    ['lte', '<=', '1'],
    ['gt', '>', '1'],
    ['gte', '>=', '1'],
    ['in', 'in', '[A, B]'],
    ['not_in', 'not_in', '[A, B]'],
    ['contains', 'contains', 'A'],
    ['empty', 'empty', undefined],
    ['not_empty', 'not_empty', undefined],
    ['"true"', 'truthy', undefined],
    ['true', 'truthy', undefined],
  ])('op %s is the test %s', (op, testOp, value) => {
    const { when, diagnostics } = whenOf(withWhen(leaf('dispute.code', op, value)));
    expect(diagnostics).toEqual([]);
    expect(when).toMatchObject({ kind: 'test', ref: { text: 'dispute.code' }, op: testOp });
    expect(when && 'value' in when).toBe(value !== undefined);
  });

  it('maps YAML scalars to literals: text, numbers, booleans, and an unquoted date to a date', () => {
    const values = ['ACDV', '"ACDV"', '12.5', 'false', '2024-01-31', '"2024-01-31"'].map((value) => {
      const { when } = whenOf(withWhen(leaf('x', 'equals', value)));
      return when?.kind === 'test' ? withoutSpans(when.value) : undefined;
    });
    expect(values).toEqual([
      { kind: 'string', value: 'ACDV' },
      { kind: 'string', value: 'ACDV' },
      { kind: 'number', value: 12.5 },
      { kind: 'boolean', value: false },
      { kind: 'date', value: '2024-01-31' },
      { kind: 'string', value: '2024-01-31' },
    ]);
  });

  it('nests `all`, `any` and `not`, and a one-element `all`/`any` leaves no node', () => {
    const { when, diagnostics } = whenOf(
      withWhen(`{ any: [ { all: [ ${leaf('a', 'true')} ] }, { not: ${leaf('b', 'empty')} }, { all: [ ${leaf('c', 'true')}, ${leaf('d', 'true')} ] } ] }`),
    );
    expect(diagnostics).toEqual([]);
    expect(withoutSpans(when)).toEqual({
      kind: 'or',
      operands: [
        { kind: 'test', ref: { text: 'a' }, op: 'truthy' },
        { kind: 'not', operand: { kind: 'test', ref: { text: 'b' }, op: 'empty' } },
        {
          kind: 'and',
          operands: [
            { kind: 'test', ref: { text: 'c' }, op: 'truthy' },
            { kind: 'test', ref: { text: 'd' }, op: 'truthy' },
          ],
        },
      ],
    });
  });

  it('accepts a condition string among the members of `all`/`any`', () => {
    const { when, diagnostics } = whenOf(withWhen(`{ all: [ "a > 1", ${leaf('b', 'true')} ] }`));
    expect(diagnostics).toEqual([]);
    expect(when).toMatchObject({ kind: 'and', operands: [{ op: '>', ref: { text: 'a' } }, { op: 'truthy', ref: { text: 'b' } }] });
  });

  it('reports each wrong shape of a test at its node', () => {
    expect(whenOf(withWhen(leaf('x', 'in', '3'))).diagnostics).toEqual(['6:38 CW001 op `in` needs a list `value`']);
    expect(whenOf(withWhen(leaf('x', 'equals', '[a]'))).diagnostics).toEqual(['6:42 CW001 op `equals` compares with one value, not a list']);
    expect(whenOf(withWhen(leaf('x', 'gt'))).diagnostics).toEqual(['6:11 CW001 op `gt` needs a `value`']);
    expect(whenOf(withWhen(leaf('x', 'empty', '3'))).diagnostics).toEqual(['6:34 CW001 op `empty` takes no `value`']);
    expect(whenOf(withWhen('{ field: x }')).diagnostics).toEqual(['6:11 CW001 a test needs `op`']);
    expect(whenOf(withWhen('{ op: equals, value: 1 }')).diagnostics).toEqual(['6:11 CW001 a test needs `field`']);
    expect(whenOf(withWhen('{}')).diagnostics).toEqual([
      '6:11 CW001 a condition is one of `all: [...]`, `any: [...]`, `not: ...` or a test `{ field, op, value }`',
    ]);
    expect(whenOf(withWhen('{ field: x, op: bigger }')).diagnostics).toEqual([
      '6:27 CW001 `op` must be one of `equals`, `not_equals`, `lt`, `lte`, `gt`, `gte`, `in`, `not_in`, `contains`, `empty`, `not_empty`, `true`',
    ]);
    expect(whenOf(withWhen(`{ all: [], field: x }`)).diagnostics).toEqual([
      '6:11 CW001 a condition is one of `all: [...]`, `any: [...]`, `not: ...` or a test `{ field, op, value }`',
    ]);
    expect(whenOf(withWhen('{ all: [] }')).diagnostics).toEqual(['6:18 CW001 `all` needs at least one condition']);
    expect(whenOf(withWhen('5')).diagnostics).toEqual(['6:11 CW001 `when` must be text or a map']);
    expect(whenOf(withWhen('{ any: [ a ], not: b }')).diagnostics).toEqual([
      '6:11 CW001 a condition is one of `all: [...]`, `any: [...]`, `not: ...` or a test `{ field, op, value }`',
    ]);
    expect(whenOf(withWhen(leaf('x', 'in', '[a, [b]]'))).diagnostics).toEqual(['6:42 CW001 a list here holds only text, numbers, dates and true/false']);
  });
});

describe('condition strings', () => {
  it('are parsed by the text form\'s condition parser', () => {
    const { when, diagnostics } = whenOf(withWhen('reason == "Modified" or (balance > 1000 and state in ["CA", "NY"])'));
    expect(diagnostics).toEqual([]);
    expect(when).toMatchObject({ kind: 'or', operands: [{ op: '==' }, { kind: 'and' }] });
  });

  it('are positioned at the first character of their text: plain, quoted, and block scalars', () => {
    const refColumn = (source: string): unknown => {
      const { when } = whenOf(source);
      return when?.kind === 'test' ? { line: when.ref.span.line, column: when.ref.span.column } : undefined;
    };
    expect(refColumn(withWhen('account.balance > 1'))).toEqual({ line: 6, column: 11 });
    expect(refColumn(withWhen('"account.balance > 1"'))).toEqual({ line: 6, column: 12 });
    expect(refColumn(withWhen("'account.balance > 1'"))).toEqual({ line: 6, column: 12 });
    expect(refColumn(withWhen('>-', '      account.balance > 1'))).toEqual({ line: 7, column: 7 });
  });

  it('report their syntax errors inside the YAML file', () => {
    expect(whenOf(withWhen('"q and"')).diagnostics).toEqual([expect.stringMatching(/^6:17 CW001 /)]);
  });
});

describe('nesting depth (CW003)', () => {
  const nested = (levels: number): string => '{ all: [ '.repeat(levels) + leaf('q', 'true') + ' ] }'.repeat(levels);

  it('64 levels of `all` are fine', () => {
    const { when, diagnostics } = whenOf(withWhen(nested(64)));
    expect(diagnostics).toEqual([]);
    expect(when).toMatchObject({ kind: 'test', op: 'truthy' });
  });

  it('65 levels are CW003, at the 65th', () => {
    expect(whenOf(withWhen(nested(65))).diagnostics).toEqual([`6:${11 + 64 * 9} CW003 condition nested deeper than 64 levels`]);
  });

  it('65 levels of `not` are CW003 too', () => {
    const nots = '{ not: '.repeat(65) + leaf('q', 'true') + ' }'.repeat(65);
    expect(whenOf(withWhen(nots)).diagnostics).toEqual([`6:${11 + 64 * 7} CW003 condition nested deeper than 64 levels`]);
  });

  it.each([
    ['a flow sequence', '['.repeat(10_000) + ']'.repeat(10_000)],
    ['a flow map', '{a: '.repeat(10_000) + '}'.repeat(10_000)],
    ['a block sequence', '\n      ' + '- '.repeat(10_000) + 'x'],
    ['`all` conditions', nested(10_000)],
  ])('10,000-deep %s is CW003, never a crash', (_, deep) => {
    const diagnostics = diagnosticsOf(withWhen(deep));
    expect(diagnostics.some((d) => / CW003 /.test(d))).toBe(true);
  });
});
