/**
 * Store URLs: `sqlite:PATH` (relative to the working folder, or absolute; `sqlite:///abs/path` is
 * the same file as `sqlite:/abs/path`) and `postgres://…` / `postgresql://…` (libpq's URL form,
 * plus an optional `schema` parameter).
 */
import path from 'node:path';
import type { StoreResult } from './types.js';
import { failure } from './errors.js';

export type StoreLocation = { readonly kind: 'sqlite'; readonly file: string } | { readonly kind: 'postgres'; readonly url: URL };

export function parseStoreUrl(url: unknown, cwd = process.cwd()): StoreResult<StoreLocation> {
  if (typeof url !== 'string' || url.trim() === '') return failure('bad_url', 'a store URL is a non-empty string: sqlite:PATH or postgres://…');
  if (url.startsWith('sqlite:')) {
    const rest = url.slice('sqlite:'.length);
    const file = rest.startsWith('//') ? rest.slice(2) : rest;
    if (file === '' || file.includes('\0')) return failure('bad_url', `${JSON.stringify(url)} names no file (sqlite:PATH)`);
    return { ok: true, value: { kind: 'sqlite', file: path.resolve(cwd, file) } };
  }
  if (/^postgres(?:ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return failure('bad_url', `${JSON.stringify(hidePassword(url))} is not a well-formed URL`);
    }
    if (parsed.hostname === '' && !parsed.searchParams.has('host')) return failure('bad_url', `${JSON.stringify(hidePassword(url))} names no host`);
    return { ok: true, value: { kind: 'postgres', url: parsed } };
  }
  return failure('bad_url', `${JSON.stringify(hidePassword(url))} is not a store URL (sqlite:PATH or postgres://…)`);
}

function hidePassword(url: string): string {
  return url.replace(/^(\w+:\/\/[^:/@]*:)[^@/]*@/, '$1***@');
}
