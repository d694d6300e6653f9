import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTestFile } from '../../src/testing/index.js';

const at = (source: string) => readTestFile(source, 't.test.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}${d.hint ? ` (${d.hint})` : ''}`);

describe('reading test files', () => {
  it('reads every action and expectation with its position', () => {
    const source = [
      'checklist: demo.checklist',
      'tests:',
      '  - name: one',
      '    case: { amount: 5 }',
      '    steps:',
      '      - answer: { big: true }',
      '        as: ana',
      '      - complete: one',
      '        expect:',
      '          visible: [note]',
      '          status: { one: completed }',
      '          invalid: { rc: [missing] }',
      '          progress: { completed: 1, current: last }',
      '          resolution: { allowed: false, blockedBy: [rc] }',
      '          why: { two: amount }',
    ].join('\n');
    const { testFile, diagnostics } = readTestFile(source, 't.test.yaml');
    expect(diagnostics).toEqual([]);
    const [test] = testFile?.tests ?? [];
    expect(test?.name.value).toBe('one');
    expect(test?.caseData).toEqual({ kind: 'inline', value: { amount: 5 } });
    const [first, second] = test?.steps ?? [];
    expect(first?.action?.actor).toBe('ana');
    expect(first?.action?.value.kind).toBe('answer');
    expect(second?.action?.value).toMatchObject({ kind: 'complete', step: { value: 'one' } });
    expect(second?.expect.map((e) => [e.kind, e.span.line])).toEqual([
      ['visible', 10],
      ['status', 11],
      ['invalid', 12],
      ['progress', 13],
      ['resolution', 14],
      ['why', 15],
    ]);
    expect(second?.expect[0]?.span.column).toBe(21);
  });

  it('reads a JSON test file through the same path', () => {
    const json = JSON.stringify({ checklist: 'demo.checklist', tests: [{ name: 'j', case: {}, steps: [{ expect: { hidden: ['two'] } }] }] }, null, 2);
    const { testFile, diagnostics } = readTestFile(json, 't.test.json');
    expect(diagnostics).toEqual([]);
    expect(testFile?.tests[0]?.steps[0]?.expect[0]).toMatchObject({ kind: 'hidden', id: 'two', span: { line: 11 } });
  });

  it('reports an unknown key with a suggestion, at the key', () => {
    expect(at('checklist: a.checklist\ntests:\n  - name: x\n    case: {}\n    steps:\n      - expect: { visibel: [a] }\n')).toEqual([
      '6:19 CW001 unknown key `visibel` in `expect` (did you mean `visible`?)',
    ]);
  });

  it('reports missing and conflicting keys', () => {
    expect(at('tests: []\n')).toEqual(['1:1 CW001 a test file needs `checklist`', '1:8 CW001 `tests` must be a list with at least one test']);
    expect(at('checklist: a\ntests:\n  - case: {}\n    case_file: c.json\n    steps: []\n')).toEqual([
      '3:5 CW001 a test needs `name`',
      '4:5 CW001 a test has `case` or `case_file`, not both',
    ]);
    expect(at('checklist: a\ntests:\n  - name: x\n    steps: []\n')).toEqual(['3:5 CW001 a test needs `case` (inline case data) or `case_file` (a JSON file)']);
  });

  it('allows one action per step, and `as` only with an action', () => {
    expect(at('checklist: a\ntests:\n  - name: x\n    case: {}\n    steps:\n      - { complete: one, reopen: one }\n      - { as: ana, expect: { hidden: [a] } }\n')).toEqual([
      '6:26 CW001 one action per step: this one has both `complete` and `reopen` (split it into two steps)',
      '7:11 CW001 `as` names who does an action: this step has none',
    ]);
  });

  it('reports values of the wrong kind', () => {
    const diagnostics = at('checklist: a\ntests:\n  - name: x\n    case: [1]\n    steps:\n      - expect: { progress: { total: -1 }, resolution: { allowed: yes }, visible: { a: 1 } }\n');
    expect(diagnostics).toEqual([
      '4:11 CW001 `case` must be a map of case data',
      '6:38 CW001 `total` must be a whole number, 0 or more',
      '6:67 CW001 `allowed` must be true or false',
      '6:83 CW001 `visible` must be a list of ids',
    ]);
  });

  it('reports malformed YAML, an empty file and a second document', () => {
    expect(at('checklist: [a\n')[0]).toMatch(/^\d+:\d+ CW001 malformed YAML/);
    expect(at('')).toEqual(['1:1 CW001 the test file is empty: expected `checklist:` and `tests:`']);
    expect(at('checklist: a\ntests: []\n---\nchecklist: b\n')).toContain('4:1 CW001 a test file holds one document (merge the `tests:` lists into the first document)');
  });

  it('never throws, whatever the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('checklist', 'tests', ':', '-', ' ', '\n', '[', ']', '{', '}', 'name', 'steps', 'expect', '*a', '&a', 'x', '1', '"') }), (text) => {
        const result = readTestFile(text, 'f.test.yaml');
        expect(Array.isArray(result.diagnostics)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
