import { describe, it } from 'vitest';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

const compare = (options: string, body = '{ section "Account" { account.number } }'): string =>
  checklist(`data { account.number text }\n step s "S" { data_compare cmp "Compare" ${options} ${body} }`);

describe('CW040 editing options on a read-only compare', () => {
  it('reports quick_selection and verification_indicators with mode read_only', () => {
    expectAt(checkSource(compare('mode read_only quick_selection verification_indicators')), 'CW040', ['quick_selection', 'verification_indicators']);
  });

  it('accepts them with mode edit', () => {
    expectNone(checkSource(compare('mode edit quick_selection verification_indicators')), 'CW040');
  });
});

describe('CW041 data_compare with no fields', () => {
  it('reports a compare without sections', () => {
    expectOne(checkSource(compare('', '')), 'CW041', 'cmp');
  });

  it('reports an empty section', () => {
    expectOne(checkSource(compare('', '{ section "Account" { account.number } section "Empty" { } }')), 'CW041', '"Empty"');
  });

  it('accepts sections with fields', () => {
    expectNone(checkSource(compare('')), 'CW041');
  });
});

describe('CW042 data_compare sharing its step', () => {
  it('warns when the step has other items', () => {
    const source = checklist('data { a text }\n step s "S" { checkbox c "C"  data_compare cmp "Compare" { section "X" { a } } }');
    expectOne(checkSource(source), 'CW042', 'cmp');
  });

  it('is silent when the compare is alone', () => {
    expectNone(checkSource(compare('')), 'CW042');
  });
});
