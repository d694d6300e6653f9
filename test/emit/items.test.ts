import { describe, expect, it } from 'vitest';
import { ITEM_TYPES, type ItemType } from '../../src/language/ast.js';
import { CONTENT_TYPES } from '../../src/language/content-types.js';
import { irItem } from '../../src/emit/items.js';
import { checklist, date, decl, item, list, lit, model, option, pathValue, pathsValue, section, step } from './fixtures.js';
import type { Item } from '../../src/language/ast.js';

function emitOne(it: Item, extra: Parameters<typeof checklist>[1] = {}) {
  const m = model(checklist([step('s', [it])], extra));
  return irItem(it, m) as unknown as Record<string, unknown>;
}

describe('items: defaults from the content-type table', () => {
  it.each([
    ['checkbox', { required: false }],
    ['yes_no', { required: false }],
    ['date', { required: false }],
    ['text', { required: false }],
    ['text_area', { required: false }],
    ['review_files', { required: false, source: 'files' }],
    ['related_cases', { required: false, source: 'related_cases' }],
    ['upload_files', { required: false, maxFiles: 10, downloadable: false }],
    ['response_code', { required: false, allowCaseResolution: false }],
    ['aud_correction', { required: false, allowCaseResolution: false }],
    ['brr_response', { required: false, allowCaseResolution: false }],
    ['associate_consumer', { required: false, borrowers: 1 }],
  ] as [ItemType, Record<string, unknown>][])('%s gets its defaults and omits options with none', (type, defaults) => {
    expect(emitOne(item(type, 'i', 'Label'))).toEqual({ id: 'i', type, label: 'Label', ...defaults });
  });

  it('data_compare gets mode, flags, sources and its sections', () => {
    const ir = emitOne(item('data_compare', 'cmp', 'Compare', { sections: [section('Account', 'account.balance', 'account.number')] }));
    expect(ir).toEqual({
      id: 'cmp', type: 'data_compare', label: 'Compare', required: false, mode: 'edit', quickSelection: false,
      verificationIndicators: false, sources: ['dispute', 'record'],
      sections: [{ title: 'Account', fields: ['account.balance', 'account.number'] }],
    });
  });

  it('copies a default list, so an IR never shares the content-type table’s array', () => {
    const ir = emitOne(item('data_compare', 'cmp', 'Compare', { sections: [section('S', 'x')] }));
    expect(ir['sources']).not.toBe(CONTENT_TYPES.data_compare.options.sources);
  });

  it('select gets `multiple` false', () => {
    const ir = emitOne(item('select', 'r', 'Reason', { options: [option('options', list('A', 'B'))] }));
    expect(ir).toEqual({ id: 'r', type: 'select', label: 'Reason', required: false, options: ['A', 'B'], multiple: false });
  });

  it('every item type has `required`, `false` on instructions', () => {
    for (const type of ITEM_TYPES) {
      const ir = emitOne(item(type, 'i', 'x', type === 'select' ? { options: [option('options', list('A'))] } : type === 'udf' ? { options: [option('field', pathValue('u'))] } : {}), { udf: [decl('u', 'number')] });
      expect(ir['required'], type).toBe(false);
    }
    expect(Object.keys(CONTENT_TYPES)).toEqual([...ITEM_TYPES]);
  });
});

describe('items: written options through OPTIONS[name].irKey', () => {
  it('writes flags, integers, dates, strings, words and roots under their IR keys', () => {
    expect(emitOne(item('upload_files', 'u', 'U', { options: [option('required'), option('max_files', lit(5)), option('downloadable')] })))
      .toEqual({ id: 'u', type: 'upload_files', label: 'U', required: true, maxFiles: 5, downloadable: true });
    expect(emitOne(item('date', 'd', 'D', { options: [option('min', date('2024-01-01')), option('max', date('2024-12-31'))] })))
      .toMatchObject({ min: '2024-01-01', max: '2024-12-31' });
    expect(emitOne(item('text', 't', 'T', { options: [option('pattern', lit('^[0-9]+$')), option('max_length', lit(9))] })))
      .toEqual({ id: 't', type: 'text', label: 'T', required: false, maxLength: 9, pattern: '^[0-9]+$' });
    expect(emitOne(item('data_compare', 'c', 'C', {
      options: [option('mode', pathValue('read_only')), option('sources', pathsValue('a', 'b'))],
      sections: [section('S', 'x')],
    }))).toMatchObject({ mode: 'read_only', sources: ['a', 'b'] });
    expect(emitOne(item('response_code', 'rc', 'RC', { options: [option('codes', list('01', '03')), option('allow_case_resolution')] })))
      .toMatchObject({ codes: ['01', '03'], allowCaseResolution: true });
    expect(emitOne(item('review_files', 'rf', 'RF', { options: [option('source', pathValue('case_files'))] }))).toMatchObject({ source: 'case_files' });
  });

  it('takes a YAML-style boolean flag value as written', () => {
    expect(emitOne(item('select', 's', 'S', { options: [option('options', list('A')), option('multiple', lit(false)), option('required', lit(true))] })))
      .toMatchObject({ multiple: false, required: true });
  });

  it('a udf item carries the whole udf declaration', () => {
    const ir = emitOne(item('udf', 'score', 'Score', { options: [option('field', pathValue('risk.level'))] }), {
      udf: [decl('risk.level', 'choice', { label: 'Risk', required: true, values: ['low', 'high'] })],
    });
    expect(ir['field']).toEqual({ path: 'risk.level', type: 'choice', label: 'Risk', required: true, values: ['low', 'high'] });
  });

  it('instructions carry their text and a generated id', () => {
    const m = model(checklist([step('intro', [item('checkbox', 'c', 'C'), item('instructions', undefined, '**Read**')])]));
    const instructions = m.checklist.steps[0]!.items[1]!;
    expect(irItem(instructions, m)).toEqual({ id: 'intro_instructions_2', type: 'instructions', text: '**Read**', required: false });
  });
});
