import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

describe('CW102 unused data declarations', () => {
  it('warns about a data path nothing reads', () => {
    const d = expectOne(checkSource(checklist('data { used number  unused text }\n step s "S" when used > 1 { checkbox c "C" }')), 'CW102', 'unused');
    expect(d.severity).toBe('warning');
  });

  it('counts data_compare fields, review_files sources and default sources as reads', () => {
    const source = checklist(`data { consumer.name text  files list  docs list  related_cases list }
      step s1 "One" { data_compare cmp "Compare" { section "C" { consumer.name } } }
      step s2 "Two" { review_files r "R"  review_files r2 "R2" source docs  related_cases rc "RC" }`);
    expectNone(checkSource(source), 'CW102');
  });

  it('never reports fields dictionary entries', () => {
    expectNone(checkSource(`fields { spare text }\n${checklist('step s "S" { checkbox c "C" }')}`, ['fields { other text }']), 'CW102');
  });
});
