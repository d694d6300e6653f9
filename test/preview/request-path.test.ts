import { describe, expect, it } from 'vitest';
import { isAllowedHostHeader, isLoopbackHost, routeOf } from '../../src/preview/request-path.js';

describe('request paths', () => {
  it('routes plain paths and drops the query', () => {
    expect(routeOf('/page.js?v=1')).toEqual({ ok: true, route: '/page.js' });
    expect(routeOf(undefined)).toEqual({ ok: true, route: '/' });
  });

  it.each(['/..%2fx', '/%2e%2e/x', '/a/%2E%2E/x', '/x%5c..', '/x%00', '/%E0%A4%A', '//x', 'x', '/./x', '/a\\b'])('refuses %s with 400', (raw) => {
    expect(routeOf(raw)).toMatchObject({ ok: false, status: 400 });
  });

  it('accepts only loopback hosts and Host headers that name this server', () => {
    expect(['127.0.0.1', '::1', 'localhost'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '10.0.0.1', ''].some(isLoopbackHost)).toBe(false);
    expect(isAllowedHostHeader('127.0.0.1:8080', 8080)).toBe(true);
    expect(isAllowedHostHeader('127.0.0.1:8081', 8080)).toBe(false);
    expect(isAllowedHostHeader('attacker.test:8080', 8080)).toBe(false);
    expect(isAllowedHostHeader(undefined, 8080)).toBe(false);
  });
});
