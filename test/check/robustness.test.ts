import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check/index.js';
import { parseChecklistText } from '../../src/syntax/index.js';

/** Freezes the whole AST, so any write by the checker throws (and would surface as CW900). */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const names = fc.constantFrom('a', 'b', 'q', 'n', 'd', 'sel', 'toString', 'outcome', 'status', 'x.y', 'a.b', 'zz', 's1_instructions_1');
const literal = fc.constantFrom('"A"', '"Modified"', '1', '-2.5', 'true', '2024-02-30', '2024-01-31', '"2024-01-31"', '[]', '["A", 1]');
const operator = fc.constantFrom('==', '!=', '<', '>=', 'in', 'not in', 'contains');
const test = fc.oneof(
  fc.tuple(names, operator, literal).map(([ref, op, value]) => `${ref} ${op} ${value}`),
  names,
  names.map((ref) => `${ref} is not empty`),
);
const condition = fc.array(fc.tuple(test, fc.constantFrom(' and ', ' or ', ' and not ')), { minLength: 1, maxLength: 4 }).map((parts) =>
  parts.map(([t, join], index) => (index === 0 ? t : `${join}${t}`)).join(''),
);
const option = fc.constantFrom('required', 'multiple', 'options ["A", "A"]', 'options []', 'max_files 0', 'mode read_only', 'quick_selection', 'pattern "("', 'min 2024-05-01 max 2024-01-01', 'allow_case_resolution', 'field a', 'borrowers 3', 'sources dispute', 'bogus 1');
const item = fc.tuple(
  fc.constantFrom('instructions', 'checkbox', 'yes_no', 'date', 'text', 'select', 'udf', 'review_files', 'upload_files', 'data_compare', 'response_code', 'associate_consumer'),
  names.filter((name) => !name.includes('.')),
  fc.array(option, { maxLength: 3 }),
  fc.option(condition, { nil: undefined }),
  fc.boolean(),
).map(([type, id, options, when, body]) => `${type} ${id} "L" ${options.join(' ')}${body ? ' { section "S" { a.b x.y } }' : ''}${when ? ` when ${when}` : ''}`);
const step = fc.tuple(names.filter((name) => !name.includes('.')), fc.option(condition, { nil: undefined }), fc.array(item, { maxLength: 4 })).map(
  ([id, when, items]) => `step ${id} "S"${when ? ` when ${when}` : ''} {\n${items.join('\n')}\n}`,
);
const file = fc.tuple(fc.array(step, { minLength: 1, maxLength: 4 }), fc.option(condition, { nil: undefined })).map(
  ([steps, assign]) => `checklist c "C" {
  data { a.b text  n number  d date  toString text  a text }
  udf { a number }
  outcomes { ok "OK" ok "Again" }
  lifecycle { initial open status open "Open" }
  resolution { }
  ${assign ? `assign when ${assign}` : ''}
  ${steps.join('\n')}
  closing ok { step w "W" when outcome == "ok" { checkbox q "Q" } }
}`,
);

describe('the checker on arbitrary checklists', () => {
  it('turns a front end bug (an item type it does not know) into CW900, not an exception', () => {
    const parsed = parseChecklistText('checklist c "C" { step s "S" { checkbox c1 "C" } }', 'bad.checklist');
    const checklist = parsed.file.checklist;
    const step = checklist?.steps[0];
    const item = step?.items[0];
    if (checklist === undefined || step === undefined || item === undefined) throw new Error('the source should parse');
    const broken = { ...item, type: 'toString' } as unknown as typeof item;
    const result = check({ ...parsed.file, checklist: { ...checklist, steps: [{ ...step, items: [broken] }] } }, []);
    expect(result.diagnostics.map((d) => d.code)).toContain('CW900');
  });

  it('never throws, never reports an internal error, never writes to the AST', () => {
    fc.assert(
      fc.property(file, (source) => {
        const parsed = parseChecklistText(source, 'fuzz.checklist');
        const result = check(deepFreeze(parsed.file), []);
        expect(result.diagnostics.filter((d) => d.code === 'CW900')).toEqual([]);
        for (const d of result.diagnostics) {
          expect(d.message.length).toBeGreaterThan(0);
          expect(d.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 300 },
    );
  });
});
