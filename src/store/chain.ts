/**
 * The hash chain (SPEC §9.1). Every event row carries `prev` (the hash before it) and `hash` =
 * SHA-256 of the RFC 8785 canonical JSON of `{ event, prev }`. The first event's `prev` is the
 * session's genesis: the hash of its header, so editing the case data as started or the checklist a
 * session runs on breaks the chain too. The session row keeps the head hash and the event count,
 * which is what exposes an event removed from, or added to, the end.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from '../emit/canonical-json.js';
import type { ChainBreak, ChainBreakKind, SessionInfo, VerifyReport } from './types.js';

export interface EventRow {
  readonly seq: number;
  /** The event's canonical JSON, as appended. */
  readonly event: string;
  readonly prev: string;
  readonly hash: string;
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

/** The link hash of one event; `event` is the parsed event (its canonical form is what is hashed). */
export function linkHash(event: unknown, prev: string): string {
  return sha256(canonicalJson({ event, prev }));
}

/** What the genesis covers: the header as created (not its count or head, which move). */
export function genesisOf(header: Omit<SessionInfo, 'version' | 'head'>, caseDataText: string): string {
  return sha256(
    canonicalJson({
      session: header.id,
      checklist: header.checklist,
      checklistVersion: header.checklistVersion,
      hash: header.hash,
      created: header.created,
      caseData: JSON.parse(caseDataText) as unknown,
    }),
  );
}

/** `undefined` when the stored text is not JSON (a row edited into garbage). */
function rowHash(row: EventRow): string | undefined {
  try {
    return linkHash(JSON.parse(row.event) as unknown, row.prev);
  } catch {
    return undefined;
  }
}

/**
 * Walks the rows in their stored order and names the first break. A link that does not hold is
 * told apart by where it points: at a later row (reordered), past the row before it (that row was
 * inserted), or nowhere (a row was removed, when fewer rows are left than were appended, or else
 * changed and its hash recomputed).
 */
export function verifyChain(info: SessionInfo, genesis: string, rows: readonly EventRow[]): VerifyReport {
  const found = (problem: ChainBreak): VerifyReport => ({ session: info.id, events: rows.length, intact: false, break: problem });
  const hashes = rows.map(rowHash);
  const linkBefore = (index: number): string => (index === 0 ? genesis : rows[index - 1]!.hash);
  for (const [index, row] of rows.entries()) {
    const number = index + 1;
    if (hashes[index] !== row.hash) return found(problemAt('changed', number, `event ${number} was changed: its hash does not match its content`));
    if (row.prev === linkBefore(index)) {
      if (row.seq !== number) return found(numbering(row.seq, number));
      continue;
    }
    if (rows.slice(index + 1).some((later) => later.hash === row.prev)) {
      return found(problemAt('reordered', number, `event ${number} is out of order: it follows an event stored after it`));
    }
    if (index >= 1 && row.prev === linkBefore(index - 1)) {
      return found(problemAt('inserted', number - 1, `event ${number - 1} was inserted: the event after it links past it`));
    }
    if (rows.length < info.version) return found(problemAt('removed', number, `event ${number} was removed: the event stored there links to a missing one`));
    if (index === 0) return found(problemAt('header', 0, "the session's header (checklist, case data or created) was changed"));
    return found(problemAt('changed', number - 1, `event ${number - 1} was changed: the event after it no longer links to it`));
  }
  const last = rows.length === 0 ? genesis : rows[rows.length - 1]!.hash;
  if (rows.length < info.version) {
    return found(problemAt('removed', rows.length + 1, `event ${rows.length + 1} was removed: ${info.version} were appended, ${rows.length} are left`));
  }
  if (rows.length > info.version) {
    return found(problemAt('inserted', info.version + 1, `event ${info.version + 1} was inserted: only ${info.version} were appended`));
  }
  if (last !== info.head) return found(problemAt('changed', rows.length, `event ${rows.length} was changed: the session's head hash does not match it`));
  return { session: info.id, events: rows.length, intact: true };
}

function numbering(seq: number, number: number): ChainBreak {
  return seq > number
    ? problemAt('removed', number, `event ${number} was removed: the rows jump to ${seq}`)
    : problemAt('inserted', number, `event ${number} was inserted: it repeats number ${seq}`);
}

function problemAt(kind: ChainBreakKind, event: number, message: string): ChainBreak {
  return { kind, event, message };
}
