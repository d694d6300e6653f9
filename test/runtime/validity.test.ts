import { describe, expect, it } from 'vitest';
import type { IrItem } from '../../src/ir/types.js';
import { checkItem, validityOf, type ValidityContext } from '../../src/runtime/validity.js';
import { item } from './helpers.js';

const context: ValidityContext = {
  caseData: { files: [{ id: 'f1', name: 'a.pdf' }, { id: 'f2' }], related: [] },
  resolutionFields: [
    { path: 'finding', type: 'choice', values: ['Accurate', 'Inaccurate'], required: true },
    { path: 'note', type: 'text', required: false },
  ],
  patterns: new Map([['txt', /^(?:[0-9]+)$/]]),
};

const codes = (subject: IrItem, response: unknown) => checkItem(subject, validityOf(subject.type), response, context).map((error) => error.code);
const required = (type: IrItem['type'], extra: Record<string, unknown> = {}) => item(type, extra.pattern !== undefined ? 'txt' : 'x', { required: true, ...extra });
const optional = (type: IrItem['type'], extra: Record<string, unknown> = {}) => item(type, extra.pattern !== undefined ? 'txt' : 'x', extra);

type Case = [string, IrItem, unknown, string[]];

const cases: Case[] = [
  // Absent responses: missing only when required; a required item always needs an answer.
  ['absent, optional', optional('checkbox'), undefined, []],
  ['absent, required', required('checkbox'), undefined, ['missing']],
  ['null reads as absent', required('yes_no'), null, ['missing']],
  ['instructions never need a response', item('instructions', 'i'), undefined, []],
  // checkbox
  ['checkbox ticked', required('checkbox'), true, []],
  ['required checkbox unticked', required('checkbox'), false, ['not_ticked']],
  ['optional checkbox unticked', optional('checkbox'), false, []],
  ['checkbox wrong type', optional('checkbox'), 'yes', ['wrong_type']],
  // yes_no takes either answer
  ['yes_no no', required('yes_no'), false, []],
  ['yes_no yes', required('yes_no'), true, []],
  ['yes_no wrong type', required('yes_no'), 1, ['wrong_type']],
  // date
  ['date fine', required('date', { min: '2024-01-01', max: '2024-12-31' }), '2024-02-29', []],
  ['date not real', required('date'), '2023-02-29', ['bad_date']],
  ['date badly shaped', optional('date'), '1/2/2024', ['bad_date']],
  ['date before min', required('date', { min: '2024-01-01' }), '2023-12-31', ['out_of_range']],
  ['date after max', required('date', { max: '2024-01-01' }), '2024-01-02', ['out_of_range']],
  ['date empty, required', required('date'), '', ['missing']],
  ['date empty, optional', optional('date'), '', []],
  ['date wrong type', required('date'), 20240101, ['wrong_type']],
  // text
  ['text fine', required('text', { maxLength: 3, pattern: '[0-9]+' }), '123', []],
  ['text max_length counts code points', required('text', { maxLength: 2 }), '😀😀', []],
  ['text too long', required('text', { maxLength: 2 }), 'abc', ['too_long']],
  ['text pattern matches the whole text only', required('text', { pattern: '[0-9]+' }), '12a', ['pattern']],
  ['text too long and off pattern', required('text', { maxLength: 1, pattern: '[0-9]+' }), 'ab', ['too_long', 'pattern']],
  ['text empty, required', required('text'), '', ['missing']],
  ['text empty, optional', optional('text', { pattern: '[0-9]+' }), '', []],
  ['text wrong type', required('text'), ['a'], ['wrong_type']],
  // text_area
  ['text_area fine', required('text_area', { maxLength: 5 }), 'hello', []],
  ['text_area too long', required('text_area', { maxLength: 4 }), 'hello', ['too_long']],
  ['text_area empty, required', required('text_area'), '', ['missing']],
  ['text_area wrong type', required('text_area'), 5, ['wrong_type']],
  // select
  ['select option', required('select'), 'A', []],
  ['select not an option', required('select'), 'C', ['not_an_option']],
  ['select empty, required', required('select'), '', ['missing']],
  ['select list when single', required('select'), ['A'], ['wrong_type']],
  ['select multiple', required('select', { multiple: true }), ['A', 'B'], []],
  ['select multiple stray', required('select', { multiple: true }), ['A', 'Z'], ['not_an_option']],
  ['select multiple empty, required', required('select', { multiple: true }), [], ['missing']],
  ['select multiple empty, optional', optional('select', { multiple: true }), [], []],
  ['select multiple wrong type', required('select', { multiple: true }), 'A', ['wrong_type']],
  ['select multiple non-string element', required('select', { multiple: true }), ['A', 1], ['wrong_type']],
  // udf: per its declaration
  ['udf number', required('udf'), 3, []],
  ['udf number wrong type', required('udf'), '3', ['wrong_type']],
  ['udf choice', required('udf', { field: { path: 'u', type: 'choice', values: ['a'], required: true } }), 'b', ['not_an_option']],
  ['udf date', required('udf', { field: { path: 'u', type: 'date', required: true } }), '2024-02-30', ['bad_date']],
  ['udf text empty', required('udf', { field: { path: 'u', type: 'text', required: true } }), '', ['missing']],
  ['udf list empty', required('udf', { field: { path: 'u', type: 'list', required: true } }), [], ['missing']],
  ['udf boolean false', required('udf', { field: { path: 'u', type: 'boolean', required: true } }), false, []],
  // review_files: every file of the source marked
  ['review_files all marked', required('review_files'), { f1: 'relevant', f2: 'not_relevant' }, []],
  ['review_files unmarked', required('review_files'), { f1: 'relevant' }, ['unmarked_files']],
  ['review_files odd mark', required('review_files'), { f1: 'relevant', f2: 'maybe' }, ['unmarked_files']],
  ['review_files no files at source', required('review_files', { source: 'related' }), {}, []],
  ['review_files wrong type', required('review_files'), ['f1'], ['wrong_type']],
  // related_cases
  ['related_cases acknowledged', required('related_cases'), { acknowledged: true }, []],
  ['related_cases not acknowledged', required('related_cases'), { acknowledged: false }, ['missing']],
  ['related_cases wrong type', required('related_cases'), { acknowledged: 'yes' }, ['wrong_type']],
  // upload_files
  ['upload one', required('upload_files'), [{ id: '1', name: 'a' }], []],
  ['upload empty, required', required('upload_files'), [], ['too_few_files']],
  ['upload empty, optional', optional('upload_files'), [], []],
  ['upload too many', optional('upload_files', { maxFiles: 1 }), [{ id: '1', name: 'a' }, { id: '2', name: 'b' }], ['too_many_files']],
  ['upload a file without a name', required('upload_files'), [{ id: '1' }], []],
  ['upload a name that is not a string', required('upload_files'), [{ id: '1', name: 5 }], ['wrong_type']],
  ['upload a file without an id', required('upload_files'), [{ name: 'a' }], ['wrong_type']],
  ['upload an element that is not an object', required('upload_files'), ['a.pdf'], ['wrong_type']],
  // data_compare
  ['compare every finding', required('data_compare'), { 'consumer.name': 'Ann' }, []],
  ['compare finding may be false or 0', required('data_compare'), { 'consumer.name': false }, []],
  ['compare missing finding', required('data_compare'), {}, ['missing_findings']],
  ['compare null finding', optional('data_compare'), { 'consumer.name': null }, ['missing_findings']],
  ['compare object is not a finding', optional('data_compare'), { 'consumer.name': {} }, ['missing_findings']],
  ['compare read_only asks nothing', required('data_compare', { mode: 'read_only' }), undefined, []],
  ['compare wrong type', required('data_compare'), 'Ann', ['wrong_type']],
  // response_code
  ['response_code fine', required('response_code', { codes: ['01'] }), { code: '01', validated: true }, []],
  ['response_code any non-empty code when codes omitted', required('response_code'), { code: 'ZZ', validated: true }, []],
  ['response_code empty code when codes omitted', required('response_code'), { code: '', validated: true }, ['not_an_option']],
  ['response_code not an option', required('response_code', { codes: ['01'] }), { code: '02', validated: true }, ['not_an_option']],
  ['response_code no code', required('response_code'), { validated: true }, ['missing']],
  ['response_code not validated', required('response_code'), { code: '01' }, ['not_validated']],
  ['response_code wrong type', required('response_code'), { code: 1 }, ['wrong_type']],
  ['resolving response_code with findings', required('response_code', { allowCaseResolution: true }), { code: '01', validated: true, findings: { finding: 'Accurate' } }, []],
  ['resolving response_code without findings', required('response_code', { allowCaseResolution: true }), { code: '01', validated: true }, ['missing_findings']],
  ['resolving response_code with a finding not among the values', required('response_code', { allowCaseResolution: true }), { code: '01', validated: true, findings: { finding: 'Maybe' } }, ['missing_findings']],
  // aud_correction
  ['aud fine', required('aud_correction', { indicators: ['A'] }), { indicator: 'A', registration_id: 'r', service_id: 's', validated: true }, []],
  ['aud not an option', required('aud_correction', { indicators: ['A'] }), { indicator: 'B', validated: true }, ['not_an_option']],
  ['aud no indicator', required('aud_correction'), { validated: true }, ['missing']],
  ['aud not validated', required('aud_correction'), { indicator: 'A', validated: false }, ['not_validated']],
  ['aud wrong type', required('aud_correction'), { indicator: 'A', registration_id: 5 }, ['wrong_type']],
  ['resolving aud without findings', required('aud_correction', { allowCaseResolution: true }), { indicator: 'A', validated: true }, ['missing_findings']],
  // brr_response
  ['brr fine', required('brr_response', { evidence: ['ID'] }), { subscriber_codes: ['S1'], supporting_evidence: ['ID'], validated: true }, []],
  ['brr no subscriber code', required('brr_response'), { subscriber_codes: [], validated: true }, ['missing']],
  ['brr evidence not an option', required('brr_response', { evidence: ['ID'] }), { subscriber_codes: ['S1'], supporting_evidence: ['X'], validated: true }, ['not_an_option']],
  ['brr not validated', required('brr_response'), { subscriber_codes: ['S1'] }, ['not_validated']],
  ['brr wrong type', required('brr_response'), { subscriber_codes: 'S1' }, ['wrong_type']],
  ['resolving brr without findings', required('brr_response', { allowCaseResolution: true }), { subscriber_codes: ['S1'], validated: true, findings: {} }, ['missing_findings']],
  // associate_consumer
  ['one complete borrower', required('associate_consumer'), [{ name: 'A', ssn: '1', dob: '1990-01-31', address: 'X' }], []],
  ['incomplete borrower', required('associate_consumer'), [{ name: 'A', ssn: '1', dob: '1990-02-31', address: 'X' }], ['too_few_borrowers']],
  ['blank name', required('associate_consumer'), [{ name: ' ', ssn: '1', dob: '1990-01-31', address: 'X' }], ['too_few_borrowers']],
  ['two needed', required('associate_consumer', { borrowers: 2 }), [{ name: 'A', ssn: '1', dob: '1990-01-31', address: 'X' }], ['too_few_borrowers']],
  ['empty list, required', required('associate_consumer'), [], ['too_few_borrowers']],
  ['empty list, optional', optional('associate_consumer'), [], []],
  ['borrowers wrong type', required('associate_consumer'), ['A'], ['wrong_type']],
];

describe('item validity', () => {
  it.each(cases)('%s', (_name, subject, response, expected) => {
    expect(codes(subject, response)).toEqual(expected);
  });

  it('covers every error code of the closed set', () => {
    const seen = new Set(cases.flatMap(([, subject, response]) => codes(subject, response)));
    expect([...seen].sort()).toEqual(
      [
        'missing', 'wrong_type', 'not_ticked', 'bad_date', 'out_of_range', 'not_an_option', 'too_long', 'pattern',
        'too_few_files', 'too_many_files', 'unmarked_files', 'missing_findings', 'not_validated', 'too_few_borrowers',
      ].sort(),
    );
  });

  it('gives every error a message', () => {
    for (const [, subject, response] of cases) {
      for (const error of checkItem(subject, validityOf(subject.type), response, context)) expect(error.message).not.toBe('');
    }
  });

  it('reads only own properties of responses', () => {
    const inherited = Object.create({ code: '01', validated: true }) as object;
    expect(codes(required('response_code'), inherited)).toEqual(['missing', 'not_validated']);
    const marks = JSON.parse('{"__proto__": {"f1": "relevant", "f2": "relevant"}}') as object;
    expect(codes(required('review_files'), marks)).toEqual(['unmarked_files']);
  });
});

describe('resolution findings', () => {
  const resolving = item('response_code', 'r', { required: true, allowCaseResolution: true });
  const withPath: ValidityContext = { ...context, resolutionFields: [{ path: 'dispute.reason', type: 'text', required: true }] };
  const check = (findings: unknown) => checkItem(resolving, validityOf(resolving.type), { code: '01', validated: true, findings }, withPath).map((error) => error.code);

  it('reads a finding keyed by its whole path, or nested', () => {
    expect(check({ 'dispute.reason': 'fraud' })).toEqual([]);
    expect(check({ dispute: { reason: 'fraud' } })).toEqual([]);
  });

  it('needs a non-empty value of the declared type', () => {
    expect(check({ 'dispute.reason': '' })).toEqual(['missing_findings']);
    expect(check({ 'dispute.reason': 5 })).toEqual(['missing_findings']);
    expect(check({})).toEqual(['missing_findings']);
  });
});
