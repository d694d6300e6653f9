import type { StoreErrorCode } from './types.js';

export function failure(code: StoreErrorCode, message: string): { ok: false; error: { code: StoreErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
