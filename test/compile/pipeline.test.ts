import { describe, expect, it } from 'vitest';
import { compileFile, compileSource, printIr } from '../../src/compile.js';
import { memoryHost } from './host.js';

const DICTIONARY = `fields consumer {
  consumer.name text "Name" required
  consumer.state choice("CA", "NY")
}
`;

const MAIN = `import "dictionary.checklist"

checklist demo "Demo" {
  data {
    account.balance number "Balance"
  }
  step one "One" {
    yes_no q "Q?" required
  }
  step two "Two" when q and account.balance > 100 {
    text note "Note" when consumer.state in ["CA"]
  }
}
`;

describe('compile: the pipeline', () => {
  it('compiles a file with an import, from an in-memory host', () => {
    const host = memoryHost({ 'cases/main.checklist': MAIN, 'cases/dictionary.checklist': DICTIONARY });
    const { ir, diagnostics } = compileFile('cases/main.checklist', host);
    expect(diagnostics).toEqual([]);
    expect(ir!.checklist).toBe('demo');
    expect(Object.keys((ir!.caseSchema as { properties: object }).properties)).toEqual(['consumer', 'account']);
    expect(ir!.steps[1]!.items[0]!.deps).toEqual(['case.consumer.state']);
    expect(ir!.source['demo']).toEqual({ file: 'main.checklist', line: 3, column: 11 });
  });

  it('resolves nested imports relative to the importing file', () => {
    const host = memoryHost({
      'main.checklist': MAIN.replace('"dictionary.checklist"', '"lib/entry.checklist"'),
      'lib/entry.checklist': 'import "../shared/dictionary.checklist"\nfields entry {\n  entry.flag boolean\n}\n',
      'shared/dictionary.checklist': DICTIONARY,
    });
    const { ir, diagnostics } = compileFile('main.checklist', host);
    expect(diagnostics).toEqual([]);
    expect(ir).toBeDefined();
  });

  it('resolves a YAML file’s imports the same way', () => {
    const yaml = `import: [../shared/dictionary.checklist]
checklist: demo
title: Demo
steps:
  - step: one
    title: One
    items:
      - text: note
        label: Note
        when: consumer.state in ["CA"]
`;
    const host = memoryHost({ 'cases/demo.checklist.yaml': yaml, 'shared/dictionary.checklist': DICTIONARY });
    const { ir, diagnostics } = compileFile('cases/demo.checklist.yaml', host);
    expect(diagnostics).toEqual([]);
    expect(ir!.steps[0]!.items[0]!.deps).toEqual(['case.consumer.state']);
  });

  it('takes an absolute import path as written', () => {
    const host = memoryHost({
      'cases/main.checklist': MAIN.replace('"dictionary.checklist"', '"/shared/dictionary.checklist"'),
      '/shared/dictionary.checklist': DICTIONARY,
    });
    expect(compileFile('cases/main.checklist', host).diagnostics).toEqual([]);
  });

  it('reads each file once, even when two imports share it', () => {
    const host = memoryHost({
      'main.checklist': `import "a.checklist"\nimport "b.checklist"\n${MAIN.split('\n').slice(1).join('\n')}`,
      'a.checklist': 'import "dictionary.checklist"\nfields a {\n  a.x text\n}\n',
      'b.checklist': 'import "dictionary.checklist"\nfields b {\n  b.y text\n}\n',
      'dictionary.checklist': DICTIONARY,
    });
    const { ir, diagnostics } = compileFile('main.checklist', host);
    expect(diagnostics).toEqual([]);
    expect(ir).toBeDefined();
    expect(host.reads.filter((file) => file === 'dictionary.checklist')).toHaveLength(1);
  });

  it('reports a missing import as CW002 at the import', () => {
    const host = memoryHost({ 'main.checklist': MAIN });
    const { ir, diagnostics } = compileFile('main.checklist', host);
    expect(ir).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'CW002', file: 'main.checklist', line: 1, column: 1 }]);
    expect(diagnostics[0]!.message).toContain('dictionary.checklist');
  });

  it('reports an import cycle as CW002 at the import that closes it, without looping', () => {
    const host = memoryHost({
      'main.checklist': MAIN.replace('"dictionary.checklist"', '"a.checklist"'),
      'a.checklist': `import "b.checklist"\n${DICTIONARY}`,
      'b.checklist': 'import "a.checklist"\nfields b {\n  b.y text\n}\n',
    });
    const { ir, diagnostics } = compileFile('main.checklist', host);
    expect(ir).toBeUndefined();
    expect(diagnostics).toMatchObject([{ code: 'CW002', file: 'b.checklist', line: 1, column: 1 }]);
    expect(diagnostics[0]!.message).toMatch(/cycle/);
  });

  it('reports a file importing itself as a cycle', () => {
    const host = memoryHost({ 'main.checklist': MAIN.replace('"dictionary.checklist"', '"./main.checklist"') });
    expect(compileFile('main.checklist', host).diagnostics).toMatchObject([{ code: 'CW002', file: 'main.checklist', line: 1 }]);
  });

  it('reports an imported file’s syntax errors under its own name, and stops before checking', () => {
    const host = memoryHost({ 'main.checklist': MAIN, 'dictionary.checklist': 'fields {\n  consumer.name text "Name"\n  ???\n}\n' });
    const { ir, diagnostics } = compileFile('main.checklist', host);
    expect(ir).toBeUndefined();
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.every((d) => d.file === 'dictionary.checklist' && d.code === 'CW001')).toBe(true);
  });

  it('compiles a dictionary to no IR and no error', () => {
    expect(compileSource(DICTIONARY, 'dictionary.checklist', memoryHost({}))).toEqual({ diagnostics: [] });
  });

  it('reports a file it cannot read as CW002, never a throw', () => {
    const { diagnostics } = compileFile('nowhere.checklist', memoryHost({}));
    expect(diagnostics).toMatchObject([{ code: 'CW002', file: 'nowhere.checklist', line: 1, column: 1 }]);
    expect(diagnostics[0]!.message).toBe('cannot read `nowhere.checklist`: file not found');
  });

  it('strips a byte-order mark', () => {
    const host = memoryHost({ 'main.checklist': `\uFEFF${MAIN}`, 'dictionary.checklist': `\uFEFF${DICTIONARY}` });
    const { ir, diagnostics } = compileFile('main.checklist', host);
    expect(diagnostics).toEqual([]);
    expect(ir!.source['demo']).toMatchObject({ line: 3, column: 11 });
  });

  it('returns diagnostics sorted by file and position', () => {
    const source = 'checklist demo "Demo" {\n  step a "A" { text x "X" when nope }\n  step b "B" { text y "Y" when nada }\n}\n';
    const { diagnostics } = compileSource(source, 'demo.checklist', memoryHost({}));
    expect(diagnostics.length).toBeGreaterThanOrEqual(2);
    const lines = diagnostics.map((d) => d.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));
  });

  it('gives the same bytes for the same source compiled twice', () => {
    const files = { 'main.checklist': MAIN, 'dictionary.checklist': DICTIONARY };
    const first = printIr(compileFile('main.checklist', memoryHost(files)).ir!);
    const second = printIr(compileFile('main.checklist', memoryHost(files)).ir!);
    expect(second).toBe(first);
    expect(first.endsWith('}\n')).toBe(true);
    expect(JSON.parse(first)).toEqual(compileFile('main.checklist', memoryHost(files)).ir);
  });

  it('prints each condition and each list of scalars on one line, the rest indented', () => {
    const files = { 'main.checklist': MAIN, 'dictionary.checklist': DICTIONARY };
    const ir = compileFile('main.checklist', memoryHost(files)).ir!;
    const printed = printIr(ir);
    const whens = printed.split('\n').filter((line) => line.trimStart().startsWith('"when": '));
    expect(whens.length).toBeGreaterThan(0);
    for (const line of whens) expect(JSON.parse(line.trim().slice('"when": '.length).replace(/,$/, ''))).toBeTruthy();
    expect(printed).toMatch(/^ {2}"steps": \[$/m);
    expect(printed).toMatch(/^ +"deps": \[[^\n]*\],?$/m);
  });
});

describe('compile: the YAML and text forms give the same IR', () => {
  const TEXT = `checklist y "Y" {
  version 2
  data {
    account.balance number
    dispute.type choice("ACDV", "AUD") "Dispute type"
  }
  step s1 "One" {
    instructions "Read the **dispute** first."
    yes_no q "Q" required
  }
  step s2 "Two" when q and account.balance > 100 {
    data_compare cmp "Compare" mode edit {
      section "Account" { account.balance }
    }
  }
}
`;
  const YAML = `checklist: y
title: Y
version: 2
data:
  account.balance: number
  dispute.type: { type: choice, values: [ACDV, AUD], label: Dispute type }
steps:
  - step: s1
    title: One
    items:
      - instructions: "Read the **dispute** first."
      - yes_no: q
        label: Q
        required: true
  - step: s2
    title: Two
    when: { all: [ { field: q, op: "true" }, { field: account.balance, op: gt, value: 100 } ] }
    items:
      - data_compare: cmp
        label: Compare
        mode: edit
        sections: [ { section: Account, fields: [account.balance] } ]
`;

  it('has the same hash for twins, and the same IR but for `source`', () => {
    const text = compileSource(TEXT, 'y.checklist', memoryHost({}));
    const yaml = compileSource(YAML, 'y.checklist.yaml', memoryHost({}));
    // Both warn that `dispute.type` is never read (CW102), and nothing else.
    expect(text.diagnostics.map((d) => d.code)).toEqual(['CW102']);
    expect(yaml.diagnostics.map((d) => d.code)).toEqual(['CW102']);
    expect(yaml.ir!.hash).toBe(text.ir!.hash);
    const { source: _t, ...textRest } = text.ir!;
    const { source: _y, ...yamlRest } = yaml.ir!;
    expect(yamlRest).toEqual(textRest);
  });

  it('accepts the condition-string form of the same `when`', () => {
    const yaml = compileSource(YAML.replace(/when: \{ all.*\n/, 'when: q and account.balance > 100\n'), 'y.checklist.yml', memoryHost({}));
    const text = compileSource(TEXT, 'y.checklist', memoryHost({}));
    expect(yaml.ir!.hash).toBe(text.ir!.hash);
  });
});
