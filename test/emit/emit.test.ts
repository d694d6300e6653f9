import { describe, expect, it } from 'vitest';
import { emit } from '../../src/emit/emit.js';
import { irHash } from '../../src/emit/hash.js';
import { canonicalJson } from '../../src/emit/canonical-json.js';
import { validateIr } from '../../src/emit/validate.js';
import type { Checklist } from '../../src/language/ast.js';
import { and, at, checklist, decl, item, list, model, name, option, section, step, str, test } from './fixtures.js';

const SPAN = at(1);

function full(): Checklist {
  return checklist(
    [
      step('intro', [item('instructions', undefined, 'Read first.', { span: at(3, 5) })], { span: at(2, 8), description: 'Start here' }),
      step('evidence', [
        item('yes_no', 'has_files', 'Files?', { options: [option('required')], span: at(5, 12) }),
        item('text', 'note', 'Note', { when: test('has_files', 'truthy'), span: at(6, 10) }),
      ], { when: test('account.balance', '>', 100), span: at(4, 8) }),
      step('decide', [
        item('response_code', 'acdv', 'Code', { options: [option('allow_case_resolution')], span: at(8, 19) }),
      ], { span: at(7, 8) }),
    ],
    {
      description: str('About'),
      version: { value: 3, span: SPAN },
      ordering: { value: 'free', span: SPAN },
      data: [decl('account.balance', 'number', { label: 'Balance', required: true }), decl('qa.selected', 'boolean')],
      resolution: [decl('finding', 'choice', { values: ['Accurate', 'Inaccurate'], required: true })],
      qaReview: test('qa.selected', 'truthy'),
      assign: { when: and(test('account.balance', '>=', 0), test('qa.selected', 'truthy')), span: SPAN },
      outcomes: [{ id: name('won', at(10, 3)), label: str('Won'), span: SPAN }],
      closing: [{ outcome: name('won'), steps: [step('wrap', [item('checkbox', 'done', 'Done', { when: test('outcome', '==', 'won'), span: at(12, 14) })], { span: at(11, 8) })], span: SPAN }],
      lifecycle: {
        initial: name('open'),
        statuses: [
          { id: name('open', at(14, 10)), label: str('Open'), active: true, final: false, span: SPAN },
          { id: name('closed', at(15, 10)), label: str('Closed'), active: false, final: true, span: SPAN },
        ],
        transitions: [{ name: name('close'), from: [name('open')], to: name('closed'), when: test('acdv', 'not_empty'), span: SPAN }],
        span: SPAN,
      },
    },
  );
}

describe('emit', () => {
  it('writes top-level keys in the order src/ir/types.ts declares them', () => {
    const { ir, diagnostics } = emit(model(full()));
    expect(diagnostics).toEqual([]);
    expect(Object.keys(ir!)).toEqual([
      'irVersion', 'checklist', 'title', 'description', 'version', 'hash', 'ordering', 'caseSchema', 'steps',
      'outcomes', 'closing', 'resolution', 'qaReview', 'assign', 'lifecycle', 'source',
    ]);
    expect(Object.keys(ir!.steps[1]!)).toEqual(['id', 'title', 'when', 'whenMode', 'deps', 'items']);
    expect(Object.keys(ir!.steps[0]!)).toEqual(['id', 'title', 'description', 'items']);
    expect(Object.keys(ir!.steps[1]!.items[1]!)).toEqual(['id', 'type', 'label', 'required', 'when', 'whenMode', 'deps']);
    expect(Object.keys(ir!.assign!)).toEqual(['when', 'whenMode', 'deps', 'priority']);
    expect(Object.keys(ir!.lifecycle!.transitions[0]!)).toEqual(['name', 'from', 'to', 'when', 'whenMode', 'deps']);
  });

  it('fills the checklist defaults and omits what was not declared', () => {
    const { ir } = emit(model(checklist([step('s', [item('checkbox', 'c', 'C')])])));
    expect(ir).toMatchObject({ irVersion: 1, checklist: 'demo', title: 'Demo', version: 1, ordering: 'strict' });
    for (const key of ['description', 'outcomes', 'closing', 'resolution', 'qaReview', 'assign', 'lifecycle']) {
      expect(ir, key).not.toHaveProperty(key);
    }
    expect(Object.keys(ir!.steps[0]!)).toEqual(['id', 'title', 'items']);
  });

  it('emits conditions, outcomes, closing, resolution, qaReview, assign and lifecycle', () => {
    const { ir } = emit(model(full()));
    expect(ir!.steps[1]).toMatchObject({ whenMode: 'basic', deps: ['case.account.balance'] });
    expect(ir!.steps[1]!.items[1]).toMatchObject({ when: { '!!': [{ var: 'responses.has_files' }] }, deps: ['responses.has_files'] });
    expect(ir!.outcomes).toEqual([{ id: 'won', label: 'Won' }]);
    expect(Object.keys(ir!.closing!)).toEqual(['won']);
    expect(ir!.closing!['won']![0]!.items[0]).toMatchObject({ id: 'done', deps: ['outcome'] });
    expect(ir!.resolution).toEqual({ fields: [{ path: 'finding', type: 'choice', required: true, values: ['Accurate', 'Inaccurate'] }] });
    expect(ir!.qaReview).toEqual({ when: { '!!': [{ var: 'case.qa.selected' }] }, whenMode: 'basic', deps: ['case.qa.selected'] });
    expect(ir!.assign).toMatchObject({ whenMode: 'advanced', deps: ['case.account.balance', 'case.qa.selected'], priority: 0 });
    expect(ir!.lifecycle).toMatchObject({
      initial: 'open',
      statuses: [{ id: 'open', label: 'Open', active: true, final: false }, { id: 'closed', label: 'Closed', active: false, final: true }],
      transitions: [{ name: 'close', from: ['open'], to: 'closed', whenMode: 'basic', deps: ['responses.acdv'] }],
    });
  });

  it('keeps two closing blocks of one outcome, in order', () => {
    const base = full();
    const { ir } = emit(model({
      ...base,
      closing: [...base.closing, { outcome: name('won'), steps: [step('after', [])], span: SPAN }],
    }));
    expect(ir!.closing!['won']!.map((s) => s.id)).toEqual(['wrap', 'after']);
  });

  it('maps ids to where they were written, relative to the compiled file’s folder', () => {
    const { ir } = emit(model(full(), 'samples\\nested/identity.checklist'));
    expect(ir!.source).toEqual({
      demo: { file: 'identity.checklist', line: 1, column: 11 },
      intro: { file: 'identity.checklist', line: 2, column: 8 },
      intro_instructions_1: { file: 'identity.checklist', line: 3, column: 5 },
      evidence: { file: 'identity.checklist', line: 4, column: 8 },
      has_files: { file: 'identity.checklist', line: 5, column: 12 },
      note: { file: 'identity.checklist', line: 6, column: 10 },
      decide: { file: 'identity.checklist', line: 7, column: 8 },
      acdv: { file: 'identity.checklist', line: 8, column: 19 },
      won: { file: 'identity.checklist', line: 10, column: 3 },
      wrap: { file: 'identity.checklist', line: 11, column: 8 },
      done: { file: 'identity.checklist', line: 12, column: 14 },
      open: { file: 'identity.checklist', line: 14, column: 10 },
      closed: { file: 'identity.checklist', line: 15, column: 10 },
    });
  });
});

describe('hash', () => {
  it('is sha256 over the canonical JSON of the IR without hash and source', async () => {
    const { ir } = emit(model(full()));
    const { hash: _hash, source: _source, ...rest } = ir!;
    const { createHash } = await import('node:crypto');
    expect(ir!.hash).toBe(`sha256:${createHash('sha256').update(canonicalJson(rest)).digest('hex')}`);
    expect(irHash(ir!)).toBe(ir!.hash);
  });

  it('is deterministic: the same model twice gives byte-identical IR', () => {
    const first = JSON.stringify(emit(model(full())).ir);
    const second = JSON.stringify(emit(model(full())).ir);
    expect(second).toBe(first);
  });

  it('changes with the content but not with where ids were written', () => {
    const base = emit(model(full())).ir!;
    const moved = emit(model(full(), 'elsewhere/other.checklist')).ir!;
    expect(moved.hash).toBe(base.hash);
    const retitled = emit(model({ ...full(), title: str('Other') })).ir!;
    expect(retitled.hash).not.toBe(base.hash);
  });
});

describe('the case schema', () => {
  it('nests dotted paths, marks required leaves and their enclosing objects, titles labels', () => {
    const data = [
      decl('account.balance', 'number', { label: 'Balance', required: true }),
      decl('account.opened', 'date'),
      decl('consumer.state', 'choice', { values: ['CA', 'NY'] }),
      decl('consumer.name.first', 'text', { required: true }),
      decl('files', 'list'),
      decl('flag', 'boolean'),
    ];
    const { ir } = emit(model(checklist([step('s', [])], { data })));
    expect(ir!.caseSchema).toEqual({
      $schema: 'http://json-schema.org/draft-07/schema#',
      type: 'object',
      properties: {
        account: {
          type: 'object',
          properties: { balance: { type: 'number', title: 'Balance' }, opened: { type: 'string', format: 'date' } },
          required: ['balance'],
        },
        consumer: {
          type: 'object',
          properties: {
            state: { type: 'string', enum: ['CA', 'NY'] },
            name: { type: 'object', properties: { first: { type: 'string' } }, required: ['first'] },
          },
          required: ['name'],
        },
        files: { type: 'array' },
        flag: { type: 'boolean' },
      },
      required: ['account', 'consumer'],
    });
  });

  it('includes imported `fields` declarations first, in order', () => {
    const { ir } = emit(model(checklist([step('s', [])], { data: [decl('b', 'text')] }), 'x.checklist', [decl('a', 'number')]));
    expect(Object.keys((ir!.caseSchema as { properties: object }).properties)).toEqual(['a', 'b']);
  });

  it('is an empty object schema when nothing is declared', () => {
    const { ir } = emit(model(checklist([step('s', [])])));
    expect(ir!.caseSchema).toEqual({ $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', properties: {} });
  });
});

describe('CW900: a compiler bug is a diagnostic, never a throw', () => {
  it('reports an IR that fails its schema, with the failing path', () => {
    const { ir } = emit(model(full()));
    const broken = { ...ir!, steps: [{ ...ir!.steps[0]!, items: [{ id: 'x', type: 'checkbox', required: false }] }] };
    const [diagnostic, ...rest] = validateIr(broken, 'a.checklist');
    expect(rest).toEqual([]);
    expect(diagnostic).toMatchObject({ code: 'CW900', severity: 'error', file: 'a.checklist' });
    expect(diagnostic!.message).toMatch(/^internal error in the emitter: the emitted IR fails its schema at \/steps\/0\/items\/0/);
  });

  it.each([
    ['an unknown operator', { when: { method: ['x'] }, whenMode: 'basic', deps: [] }],
    ['a reserved var segment', { when: { '!!': [{ var: 'case.__proto__.x' }] }, whenMode: 'basic', deps: ['case.__proto__.x'] }],
    ['a two-key operator object', { when: { '!!': [1], and: [] }, whenMode: 'basic', deps: [] }],
    ['a when without deps', { when: true }],
  ])('the schema rejects %s', (_what, conditional) => {
    const { ir } = emit(model(full()));
    const broken = { ...ir!, steps: [{ ...ir!.steps[0]!, ...conditional }] };
    expect(validateIr(broken, 'a.checklist')).toMatchObject([{ code: 'CW900' }]);
  });

  it('the schema rejects reserved ids and unknown keys', () => {
    const { ir } = emit(model(full()));
    expect(validateIr({ ...ir!, checklist: 'constructor' }, 'a')).toHaveLength(1);
    expect(validateIr({ ...ir!, extra: 1 }, 'a')).toHaveLength(1);
    expect(validateIr({ ...ir!, irVersion: 2 }, 'a')).toHaveLength(1);
    expect(validateIr(ir, 'a')).toEqual([]);
  });

  it('emits no IR, only CW900, when what it built fails the schema (a reserved id the checker let through)', () => {
    const result = emit(model(checklist([step('constructor', [item('checkbox', 'c', 'C')])])));
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'CW900', file: 'samples/demo.checklist', line: 1, column: 11 }]);
    expect(result.diagnostics[0]!.message).toContain('/steps/0/id');
  });

  it('turns a reference the checker let through into CW900 instead of throwing', () => {
    const list = checklist([step('s', [item('checkbox', 'c', 'C', { when: test('nowhere', 'truthy') })])]);
    const result = emit(model(list));
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics).toMatchObject([{ code: 'CW900', line: 1, column: 11 }]);
    expect(result.diagnostics[0]!.message).toContain('`nowhere`');
  });

  it('every IR the emitter builds from the fixtures passes the schema', () => {
    const withAll = checklist([step('s', [
      item('select', 'sel', 'S', { options: [option('options', list('A', 'B'))] }),
      item('data_compare', 'cmp', 'C', { sections: [section('S', 'x')] }),
      item('associate_consumer', 'ac', 'A'),
    ])]);
    expect(emit(model(withAll)).diagnostics).toEqual([]);
  });
});

describe('emit leaves its input alone', () => {
  const deepFreeze = <T>(value: T): T => {
    if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
      Object.freeze(value);
      for (const member of Object.values(value)) deepFreeze(member);
    }
    return value;
  };

  it('emits from a deeply frozen AST (any write would throw in strict mode)', () => {
    const frozen = deepFreeze(full());
    const { ir, diagnostics } = emit(model(frozen));
    expect(diagnostics).toEqual([]);
    expect(ir!.steps).toHaveLength(3);
  });
});
