import { describe, expect, it } from 'vitest';
import { loadChecklist } from '../../src/runtime/index.js';
import { all, eq, ir, item, step, when } from './helpers.js';

const clause = eq('responses.x', true);
const withAssign = (rule: unknown) => ({ ...ir([step('a', [item('checkbox', 'x')])]), assign: { when: rule, priority: 0 } });

/** `loadChecklist` of anything refuses with JSON-pointer errors; it never throws. */
function refusal(input: unknown): string[] {
  const loaded = loadChecklist(input);
  expect(loaded.ok).toBe(false);
  return loaded.ok ? [] : loaded.errors;
}

describe('loadChecklist on any value', () => {
  it('refuses a list with a hole at the hole', () => {
    const list: unknown[] = [clause];
    list.length = 2;
    expect(refusal(withAssign({ and: list }))).toEqual(['/assign/when/and/1: is a hole in the list']);
  });

  it('refuses a getter that throws, at its pointer', () => {
    const rule = all(clause, clause) as { and: unknown[] };
    Object.defineProperty(rule.and, 1, { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(refusal(withAssign(rule))).toEqual(['/assign/when/and/1: cannot be read (boom)']);
  });

  it('refuses a proxy whose traps throw', () => {
    const trap = () => { throw new Error('trap'); };
    const hostile = new Proxy({}, { ownKeys: trap, get: trap, getPrototypeOf: trap, has: trap });
    expect(refusal(hostile)).toEqual(['/: cannot be read (trap)']);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(refusal({ ...withAssign(clause), qaReview: { when: proxy } })[0]).toMatch(/^\/qaReview\/when: cannot be read/);
  });

  it('refuses BigInts, symbols, functions, non-finite numbers, boxed primitives and cycles', () => {
    const base = ir([step('a', [item('checkbox', 'x')])]);
    expect(refusal({ ...base, version: 1n })).toEqual(['/version: the BigInt 1n is not a JSON value']);
    expect(refusal({ ...base, title: Symbol('t') })).toEqual(['/title: a symbol is not a JSON value']);
    expect(refusal({ ...base, title: () => 'x' })).toEqual(['/title: a function is not a JSON value']);
    expect(refusal({ ...base, version: Infinity })).toEqual(['/version: Infinity is not a finite number']);
    expect(refusal({ ...base, title: new String('t') })).toEqual(['/title: an object is not a plain object or list']);
    const cyclic: Record<string, unknown> = { ...base };
    cyclic.source = cyclic;
    expect(refusal(cyclic)).toEqual(['/source: is cyclic: it contains itself']);
  });

  it('refuses a huge sparse list without allocating it', () => {
    const list: unknown[] = [];
    list.length = 2 ** 31;
    expect(refusal(withAssign({ and: list }))).toEqual(['/assign/when/and: is a list of 2147483648 elements: more than 10000000 values in all']);
  });

  it('refuses values that are no IR at all', () => {
    for (const value of [undefined, null, 0, 'x', [], 1n, Symbol('s'), () => 1]) expect(refusal(value).length).toBeGreaterThan(0);
  });

  it('loads what JSON.parse gives; a __proto__ key is refused by the schema and pollutes nothing', () => {
    const text = JSON.stringify(ir([step('a', [item('checkbox', 'x', when(clause))])]));
    expect(loadChecklist(JSON.parse(text)).ok).toBe(true);
    const polluting = JSON.parse(text.replace('"source":{}', '"source":{"__proto__":{"polluted":true}}')) as unknown;
    expect(refusal(polluting)).toContain('/source: property name must be valid');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
