import { describe, it } from 'vitest';
import { checkSource, checklist, expectAt, expectNone, expectOne } from './helpers.js';

describe('CW012 reserved names', () => {
  it('reports an inherited name as an item id', () => {
    expectOne(checkSource(checklist('step s "S" { checkbox constructor "C" }')), 'CW012', 'constructor');
  });

  it('reports an inherited name as any segment of a data path', () => {
    expectOne(checkSource(checklist('data { account.__proto__.x text }')), 'CW012', 'account.__proto__.x');
  });

  it('reports it in a fields block and a step id', () => {
    const result = checkSource(`fields { valueOf number }\n${checklist('step toString "S" { checkbox x "X" }')}`);
    expectAt(result, 'CW012', ['valueOf', 'toString']);
  });

  it('reports it in a condition reference instead of an unknown reference', () => {
    const result = checkSource(checklist('data { a text }\n step s "S" when a.constructor { checkbox x "X" }'));
    expectOne(result, 'CW012', 'a.constructor');
    expectNone(result, 'CW011');
  });

  it('accepts names that only contain a reserved word', () => {
    expectNone(checkSource(checklist('data { my_constructor text }\n step prototype_review "S" { checkbox value_of "X" }')), 'CW012');
  });
});
