import { describe, expect, it } from 'vitest';
import { checkSource, checklist, expectNone, expectOne } from './helpers.js';

const when = (condition: string): string =>
  checklist(`data { x text  n number  d date  b boolean }\n step s1 "One" { yes_no q "Q"  checkbox other "Other" }\n step s2 "Two" { checkbox c "C" when ${condition}  checkbox e "E" }`);

describe('CW100 conditions proven always true or false', () => {
  it.each([
    ['x == "a" and x == "b"'],
    ['n > 5 and n < 3'],
    ['n >= 5 and n < 5'],
    ['x in ["a"] and x not in ["a"]'],
    ['x in ["a", "b"] and x in ["c"]'],
    ['x == "a" and not x == "a"'],
    ['n == 7 and n > 10'],
    ['d > 2024-06-01 and d < 2024-01-01'],
    ['b == true and b == false'],
  ])('proves `%s` always false', (condition) => {
    const d = expectOne(checkSource(when(condition)), 'CW100', condition);
    expect(d.message).toContain('always false');
    expect(d.severity).toBe('warning');
  });

  it.each([['x == "a" or x != "a"'], ['x != "a" or x != "b"'], ['x not in ["a", "b"] or x in ["a", "b"]'], ['n != 3 or n > 1']])(
    'proves `%s` always true',
    (condition) => {
      const d = expectOne(checkSource(when(condition)), 'CW100', condition);
      expect(d.message).toContain('always true');
    },
  );

  it.each([
    ['x == "a" and x == "a"'],
    ['x == "a" or x == "b"'],
    ['n > 5 or n <= 5'], // false when n is absent
    ['n >= 5 and n <= 5'],
    ['x != "a" and x != "b"'], // true when x is absent
    ['x == "a" and q'],
    ['x == "a" and n == 1'],
    ['x in ["a", "b"] and x not in ["a"]'],
    ['not (x == "a" and x == "a")'],
    ['n > 1 and n < 2'],
  ])('proves nothing about `%s`', (condition) => {
    expectNone(checkSource(when(condition)), 'CW100');
  });

  it('reports only the innermost proof, not the conditions that contain it', () => {
    const result = checkSource(when('q and (x == "a" and x == "b")'));
    expectOne(result, 'CW100', 'x == "a" and x == "b"');
  });

  it('proves an empty in list', () => {
    expectOne(checkSource(when('x in []')), 'CW100', 'x in []');
  });
});

describe('CW101 steps hidden under every case', () => {
  it('warns when every item is always hidden', () => {
    const source = checklist('data { x text }\n step s1 "One" { checkbox c "C" when x == "a" and x == "b"  checkbox e "E" when x in [] }');
    expectOne(checkSource(source), 'CW101', 's1');
  });

  it('warns when the step condition is always false', () => {
    const source = checklist('data { x text }\n step s1 "One" when x == "a" and x == "b" { checkbox c "C" }');
    expectOne(checkSource(source), 'CW101', 's1');
  });

  it('propagates through not: not (a or not a) is always false', () => {
    const source = checklist('data { x text }\n step s1 "One" when not (x == "a" or x != "a") { checkbox c "C" }');
    expectOne(checkSource(source), 'CW101', 's1');
  });

  it('is silent when one item can be shown', () => {
    const source = checklist('data { x text }\n step s1 "One" { checkbox c "C" when x == "a" and x == "b"  checkbox e "E" }');
    expectNone(checkSource(source), 'CW101');
  });
});
