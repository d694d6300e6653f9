/**
 * Hostile JavaScript values for the runtime strategies: what an application could hand over by
 * mistake or on purpose. Each is built from the generator, so a finding replays from its seed.
 */
import type { Random } from './random.js';

const thrower = () => {
  throw new Error('fuzz: hostile getter');
};

export function hostileValue(random: Random, depth = 0): unknown {
  const kind = random.int(depth > 3 ? 12 : 20);
  switch (kind) {
    case 0: return null;
    case 1: return random.chance(0.5);
    case 2: return random.pick([0, -0, 1, -1, 1e308, Number.NaN, Infinity, -Infinity, 2 ** 53, 0.1]);
    case 3: return random.pick(['', 'a', 'ACDV', '103', '2024-02-30', '2024-01-01', '\u0000', '\ud800', '😀', '__proto__', 'x'.repeat(10_000)]);
    case 4: return undefined;
    case 5: return 10n ** BigInt(random.int(40));
    case 6: return Symbol('fuzz');
    case 7: return () => 1;
    case 8: return random.pick([new String('x'), new Number(1), new Boolean(false), new Date(0), /x/u]);
    case 9: return nested(random.chance(0.1) ? 100_000 : random.int(1000), random.chance(0.5));
    case 10: return cyclic();
    case 11: return sparse(random.int(5) === 0 ? 2 ** 31 : random.int(50));
    case 12: return withGetter(hostileObject(random, depth));
    case 13: return hostileProxy(random);
    case 14: return Object.assign(Object.create(null) as object, hostileObject(random, depth));
    case 15: return JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}') as unknown;
    case 16: return Array.from({ length: random.int(4) }, () => hostileValue(random, depth + 1));
    case 17: return new Array(random.chance(0.1) ? 100_000 : 1000).fill(random.pick([1, 'a', null]));
    default: return hostileObject(random, depth);
  }
}

const KEYS = ['account', 'balance', 'dispute', 'type', 'code', 'responses', 'completed', 'outcome', 'status', 'q', '__proto__', 'constructor', 'toString', ''];

export function hostileObject(random: Random, depth: number): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (let count = random.int(5); count > 0; count--) {
    Object.defineProperty(object, random.pick(KEYS), { value: hostileValue(random, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

function nested(levels: number, asList: boolean): unknown {
  let value: unknown = 1;
  for (let level = 0; level < levels; level++) value = asList ? [value] : { x: value };
  return value;
}

function cyclic(): unknown {
  const value: Record<string, unknown> = { a: 1 };
  value.self = value;
  value.list = [value, value];
  return value;
}

function sparse(length: number): unknown[] {
  const list: unknown[] = [];
  list.length = length;
  if (length > 0) list[0] = 'first';
  return list;
}

function withGetter(object: Record<string, unknown>): Record<string, unknown> {
  Object.defineProperty(object, 'balance', { enumerable: true, get: thrower });
  return object;
}

function hostileProxy(random: Random): unknown {
  if (random.chance(0.3)) {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    return proxy;
  }
  const traps = ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const;
  const handler: ProxyHandler<object> = {};
  for (const trap of traps) if (random.chance(0.5)) handler[trap] = thrower;
  return new Proxy(random.chance(0.5) ? [] : { account: { balance: 5 } }, handler);
}
