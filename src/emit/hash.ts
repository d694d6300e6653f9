import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json.js';
import type { ChecklistIR } from '../ir/types.js';

/** The IR minus the two keys its hash does not cover. */
export type HashedPart = Omit<ChecklistIR, 'hash' | 'source'>;

/** `sha256:` + lowercase hex SHA-256 of the RFC 8785 canonical JSON of the IR without `hash` and `source`. */
export function irHash(ir: HashedPart | ChecklistIR): string {
  const { hash: _hash, source: _source, ...hashed } = ir as Partial<ChecklistIR>;
  return `sha256:${createHash('sha256').update(canonicalJson(hashed), 'utf8').digest('hex')}`;
}
