import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

describe('CW050 unknown udf field', () => {
  it('reports a field no udf declaration names, with a suggestion', () => {
    const d = expectOne(checkSource(checklist('udf { risk.score number }\n step s "S" { udf u "U" field risk.scor }')), 'CW050', 'risk.scor', 2);
    expect(d.hint).toBe('did you mean `risk.score`?');
  });

  it('reports a udf item without a field', () => {
    expectOne(checkSource(checklist('step s "S" { udf u "U" }')), 'CW050', 'u', 2);
  });

  it('does not take data declarations for udf ones', () => {
    expectOne(checkSource(checklist('data { risk.score number }\n step s "S" { udf u "U" field risk.score }')), 'CW050', 'risk.score', 2);
  });

  it('accepts a declared udf field', () => {
    expectNone(checkSource(checklist('udf { risk.score number }\n step s "S" { udf u "U" field risk.score }')), 'CW050');
  });
});
