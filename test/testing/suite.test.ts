import { describe, expect, it } from 'vitest';
import type { CompileHost } from '../../src/compile.js';
import { runSuite, type SuiteResult } from '../../src/testing/index.js';
import { DEMO, RC_VALID, testFile } from './fixtures.js';

function hostOf(files: Readonly<Record<string, string>>): CompileHost {
  return {
    readFile: (name) => {
      const text = files[name];
      if (text === undefined) throw Object.assign(new Error('missing'), { code: 'ENOENT' });
      return text;
    },
  };
}

function run(tests: string, extra: Record<string, string> = {}): SuiteResult {
  return runSuite(['t.test.yaml'], hostOf({ 'demo.checklist': DEMO, 't.test.yaml': testFile(tests), ...extra }));
}

const diagnosticsOf = (result: SuiteResult) => result.files.flatMap((f) => f.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`));
const failuresOf = (result: SuiteResult) => result.files.flatMap((f) => f.tests.flatMap((t) => t.failures.map((x) => `${x.span.line}:${x.span.column} expected ${x.expected}; seen ${x.seen}`)));

describe('checking a test file against its checklist', () => {
  it('reports unknown ids with a suggestion, and values outside the runtime closed sets', () => {
    const result = run(`  - name: x
    case: {}
    steps:
      - complete: onee
      - expect: { status: { one: done }, invalid: { big: [absent] }, refused: nope, checklist: finished, hidden: [tow] }
`);
    expect(diagnosticsOf(result)).toEqual([
      't.test.yaml:6:19 CW011 unknown step `onee` in checklist `demo` (did you mean `one`?)',
      "t.test.yaml:7:29 CW014 `done` is not a step status (expected one of `hidden`, `locked`, `completed`, `open`, `ready`)",
      't.test.yaml:7:53 CW014 `absent` is not an item error code (expected one of `missing`, `wrong_type`, `not_ticked`, `bad_date`, `out_of_range`, `not_an_option`, `too_long`, `pattern`, `too_few_files`, `too_many_files`, `unmarked_files`, `missing_findings`, `not_validated`, `too_few_borrowers`)',
      't.test.yaml:7:70 CW014 `nope` is not a session error code (expected one of `bad_meta`, `bad_value`, `bad_event`, `unknown_item`, `not_answerable`, `item_hidden`, `unknown_step`, `not_ready`, `not_completed`, `unknown_outcome`, `no_lifecycle`, `unknown_transition`, `wrong_status`, `condition_false`, `forbidden`, `other_checklist`, `unknown_version`)',
      't.test.yaml:7:85 CW014 `finished` is not a checklist status (expected one of `in_progress`, `complete`)',
      't.test.yaml:7:115 CW011 unknown step or item `tow` in checklist `demo`',
    ]);
    expect(result.broken).toBe(1);
  });

  it('reports a checklist that does not compile with its own diagnostics, and a missing case file', () => {
    const broken = runSuite(['t.test.yaml'], hostOf({ 'demo.checklist': 'checklist demo {', 't.test.yaml': testFile('  - { name: x, case: {}, steps: [] }\n') }));
    expect(diagnosticsOf(broken)[0]).toBe('demo.checklist:1:16 CW001 expected a string but found `{`');
    expect(diagnosticsOf(broken)).toContain('t.test.yaml:1:12 CW002 the checklist `demo.checklist` cannot be tested: it does not compile');
    const missing = run('  - { name: x, case_file: cases/none.json, steps: [] }\n');
    expect(diagnosticsOf(missing)).toEqual([
      "t.test.yaml:3:27 CW002 cannot use case file `cases/none.json`: file not found (looked for `cases/none.json`: a case file is relative to the test file's folder)",
    ]);
    const notJson = run('  - { name: x, case_file: c.json, steps: [] }\n', { 'c.json': '{ nope' });
    expect(diagnosticsOf(notJson)[0]).toMatch(/CW002 cannot use case file `c.json`: not valid JSON/);
  });
});

describe('hostile input', () => {
  it('keeps `__proto__` an ordinary key, and a host that throws anything is a diagnostic', () => {
    const result = run(`  - name: proto
    case: { __proto__: { amount: 500 }, amount: 5 }
    steps:
      - answer: { __proto__: true }
`);
    expect(diagnosticsOf(result)).toEqual(['t.test.yaml:6:19 CW011 unknown item `__proto__` in checklist `demo`']);
    expect(({} as Record<string, unknown>)['amount']).toBeUndefined();
    const throwing = runSuite(['t.test.yaml'], { readFile: () => { throw 42; } });
    expect(diagnosticsOf(throwing)).toEqual(['t.test.yaml:1:1 CW002 cannot read `t.test.yaml`: 42']);
  });

  it('stops an alias bomb and deep nesting with a diagnostic', () => {
    // Each level holds four aliases of the one before: 4^8 copies if expanded.
    const levels = Array.from({ length: 8 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}, *l${i}, *l${i}, *l${i}]`);
    const bomb = `checklist: demo.checklist\ntests:\n  - name: b\n    steps: []\n    case:\n      l0: &l0 [x]\n${levels.map((l) => `      ${l}\n`).join('')}`;
    const aliases = runSuite(['t.test.yaml'], hostOf({ 'demo.checklist': DEMO, 't.test.yaml': bomb }));
    expect(diagnosticsOf(aliases).join('\n')).toMatch(/CW001 too many aliases/);
    const nested = `checklist: demo.checklist\ntests:\n  - { name: d, case: { x: ${'['.repeat(300)}${']'.repeat(300)} }, steps: [] }\n`;
    const deep = runSuite(['t.test.yaml'], hostOf({ 'demo.checklist': DEMO, 't.test.yaml': nested }));
    expect(diagnosticsOf(deep).join('\n')).toMatch(/CW003/);
    // The same bomb through the file's structure: tests that alias tests that alias steps.
    const steps = `s0: &s0 { expect: { hidden: [two] } }\n${Array.from({ length: 8 }, (_, i) => `s${i + 1}: &s${i + 1} [*s${i}, *s${i}, *s${i}, *s${i}]`).join('\n')}`;
    const structural = runSuite(['t.test.yaml'], hostOf({ 'demo.checklist': DEMO, 't.test.yaml': `${steps}\nchecklist: demo.checklist\ntests: [{ name: s, case: {}, steps: *s8 }]\n` }));
    expect(diagnosticsOf(structural).join('\n')).toMatch(/CW001 too many aliases/);
  });
});

describe('running tests', () => {
  it('passes when every expectation holds, from a case file and a starting state', () => {
    const result = run(`  - name: resolvable
    case_file: case.json
    state: { responses: { big: false }, completed: [one] }
    steps:
      - expect: { status: { one: completed, two: open }, hidden: [note], why: { note: big } }
      - answer: { ok: true, rc: ${RC_VALID} }
        as: ana
      - complete: two
      - expect: { resolution: { allowed: true, blockedBy: [] }, progress: { completed: 2, total: 3, current: last, remaining: 1 } }
`, { 'case.json': '{ "amount": 500 }' });
    expect(diagnosticsOf(result)).toEqual([]);
    expect(failuresOf(result)).toEqual([]);
    expect(result.passed).toBe(1);
  });

  it('shows a failed expectation with what was seen, at its line:col, and stops the test there', () => {
    const result = run(`  - name: wrong
    case: { amount: 5 }
    steps:
      - expect: { visible: [two], invalid: { big: [missing] } }
      - expect: { visible: [note] }
`);
    expect(failuresOf(result)).toEqual(['6:29 expected `two` visible; seen hidden: amount > 100 was false (amount = 5)']);
    expect(result.failed).toBe(1);
  });

  it('fails on an unexpected refusal, naming it, and checks an expected one', () => {
    const unexpected = run('  - { name: r, case: {}, steps: [{ complete: one }] }\n');
    expect(failuresOf(unexpected)).toEqual(['3:36 expected complete done; seen refused with not_ready: step one is open, not ready (big: a response is required)']);
    const expected = run(`  - name: r
    case: {}
    steps:
      - complete: one
      - expect: { refused: not_ready, status: { one: open } }
      - answer: { big: false }
        expect: { refused: item_hidden }
`);
    expect(failuresOf(expected)).toEqual(['9:19 expected the action of this step refused with item_hidden; seen it was done']);
  });

  it('does an answer of several items all or not at all', () => {
    const result = run(`  - name: atomic
    case: {}
    steps:
      - answer: { big: false, note: hi }
        expect: { refused: item_hidden, invalid: { big: [missing] } }
`);
    expect(failuresOf(result)).toEqual([]);
  });
});

describe('coverage', () => {
  it('counts the goals the checklist alone fixes, and lists what is uncovered as file:line', () => {
    const result = run(`  - name: some
    case: { amount: 500 }
    steps:
      - answer: { big: true }
      - expect: { visible: [note] }
`);
    const [coverage] = result.coverage;
    expect(coverage?.file).toBe('demo.checklist');
    // one: completed (1); big: valid, invalid (2); note: condition ×2, visible/hidden, valid, invalid (6);
    // two: condition ×2, visible/hidden, completed (5); ok: visible/hidden, valid, invalid (4); last: completed (1);
    // rc: valid, invalid (2); the resolution (1). `one`, `big` and `last` are never hidden: no visibility goal.
    expect(coverage?.total).toBe(22);
    const uncovered = coverage?.uncovered.map((g) => `${g.where} ${g.id} ${g.kind}`) ?? [];
    expect(uncovered).toContain('demo.checklist:13 two condition false');
    expect(uncovered).toContain('demo.checklist:13 two hidden');
    expect(uncovered).not.toContain('demo.checklist:10 big invalid');
    expect(uncovered).not.toContain('demo.checklist:11 note condition true');
    expect(coverage?.percent).toBe(Math.floor(((22 - uncovered.length) / 22) * 1000) / 10);
  });
});
