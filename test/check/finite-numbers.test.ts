/** A number literal must be a finite double: `1e999` is the author's mistake (CW001 at it), never CW900, in both forms. */
import { describe, expect, it } from 'vitest';
import { compileSource } from '../../src/compile.js';

const text = (option: string, condition: string): string =>
  `checklist c "C" {\n  version 1\n  data { account.balance number "Balance" }\n  step s "S" {\n    text t "T" ${option} when ${condition}\n  }\n}\n`;

const yaml = (option: string, when: string): string =>
  `checklist: c\ntitle: C\nversion: 1\ndata:\n  account.balance: number\nsteps:\n  - step: s\n    title: S\n    items:\n      - text: t\n        label: T\n        ${option}\n        when: ${when}\n`;

const errors = (source: string, file: string) =>
  compileSource(source, file).diagnostics.map(({ code, line, column, message }) => ({ code, line, column, message }));

describe('number literals that are not finite', () => {
  it('text form: CW001 at each literal, in a condition and in an option', () => {
    expect(errors(text('max_length 1e999', 'account.balance > -1e999 or account.balance < 1e999'), 'c.checklist')).toEqual([
      { code: 'CW001', line: 5, column: 27, message: 'the number `1e999` is too large: a number must be finite (at most about 1.8e308 either way)' },
      { code: 'CW001', line: 5, column: 56, message: 'the number `-1e999` is too large: a number must be finite (at most about 1.8e308 either way)' },
      { code: 'CW001', line: 5, column: 84, message: 'the number `1e999` is too large: a number must be finite (at most about 1.8e308 either way)' },
    ]);
  });

  it('YAML form: CW001 at the value, for 1e999, -1e999 and .inf, in a structured test, a condition string and an option', () => {
    const found = errors(yaml('max_length: 1e999', '{ any: [{ field: account.balance, op: gt, value: -1e999 }, { field: account.balance, op: lt, value: .inf }, "account.balance > 1e999"] }'), 'c.checklist.yaml');
    expect(found.map((d) => [d.code, d.message])).toEqual([
      ['CW001', 'the number `1e999` is too large: a number must be finite (at most about 1.8e308 either way)'],
      ['CW001', 'the number `-1e999` is too large: a number must be finite (at most about 1.8e308 either way)'],
      ['CW001', '`.inf` is not a number a checklist can hold: a number must be finite'],
      ['CW001', 'the number `1e999` is too large: a number must be finite (at most about 1.8e308 either way)'],
    ]);
  });

  it('keeps the largest finite numbers', () => {
    expect(errors(text('max_length 5', 'account.balance > 1.7e308'), 'c.checklist')).toEqual([]);
  });
});
