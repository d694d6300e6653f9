import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

const RESOLUTION = 'resolution { finding choice("Accurate", "Inaccurate") "Finding" required }';

describe('CW030 allow_case_resolution on a type that cannot resolve', () => {
  it('reports it on a checkbox', () => {
    const result = checkSource(checklist(`${RESOLUTION}\n step s "S" { checkbox c "C" allow_case_resolution }`));
    expectOne(result, 'CW030', 'allow_case_resolution');
    expectNone(result, 'CW021');
  });

  it('accepts it on response_code, aud_correction and brr_response', () => {
    for (const type of ['response_code', 'aud_correction', 'brr_response']) {
      expectNone(checkSource(checklist(`${RESOLUTION}\n step s "S" { ${type} r "R" allow_case_resolution }`)), 'CW030');
    }
  });
});

describe('CW031 resolution item not on the last step', () => {
  it('reports it on an earlier step', () => {
    const result = checkSource(checklist(`${RESOLUTION}\n step s1 "One" { response_code r "R" allow_case_resolution }\n step s2 "Two" { checkbox c "C" }`));
    const d = expectOne(result, 'CW031', 'allow_case_resolution');
    expect(d.message).toContain('`s2`');
  });

  it('accepts it on the last main step, closing steps notwithstanding', () => {
    const result = checkSource(
      checklist(`${RESOLUTION}\n outcomes { ok "OK" }\n step s1 "One" { checkbox c "C" }\n step s2 "Two" { response_code r "R" allow_case_resolution }\n closing ok { step w "W" { checkbox d "D" } }`),
    );
    expectNone(result, 'CW031');
  });
});

describe('CW032 more than one resolution item', () => {
  it('reports the second one', () => {
    const result = checkSource(checklist(`${RESOLUTION}\n step s "S" { response_code r1 "R1" allow_case_resolution  brr_response r2 "R2" allow_case_resolution }`));
    expectOne(result, 'CW032', 'r2');
  });

  it('accepts one resolution item among other resolution-capable items', () => {
    expectNone(checkSource(checklist(`${RESOLUTION}\n step s "S" { response_code r1 "R1" allow_case_resolution  brr_response r2 "R2" }`)), 'CW032');
  });
});

describe('CW033 case resolution without resolution fields', () => {
  it('reports a resolution item with no resolution block', () => {
    expectOne(checkSource(checklist('step s "S" { response_code r "R" allow_case_resolution }')), 'CW033', 'allow_case_resolution');
  });

  it('reports an empty resolution block', () => {
    expectOne(checkSource(checklist('resolution { }\n step s "S" { response_code r "R" allow_case_resolution }')), 'CW033', 'allow_case_resolution');
  });

  it('accepts a resolution block with a field', () => {
    expectNone(checkSource(checklist(`${RESOLUTION}\n step s "S" { response_code r "R" allow_case_resolution }`)), 'CW033');
  });
});

describe('CW103 condition on the resolution step', () => {
  it('warns about a when on the last step when there is a resolution item', () => {
    const result = checkSource(checklist(`${RESOLUTION}\n step s1 "One" { yes_no q "Q" }\n step s2 "Two" when q { response_code r "R" allow_case_resolution }`));
    const d = expectOne(result, 'CW103', 'q', 3);
    expect(d.severity).toBe('warning');
  });

  it('is silent without a resolution item, or when only an earlier step is conditional', () => {
    expectNone(checkSource(checklist('step s1 "One" { yes_no q "Q" }\n step s2 "Two" when q { response_code r "R" }')), 'CW103');
    expectNone(checkSource(checklist(`${RESOLUTION}\n data { n number }\n step s1 "One" when n > 1 { yes_no q "Q" }\n step s2 "Two" { response_code r "R" allow_case_resolution }`)), 'CW103');
  });
});
