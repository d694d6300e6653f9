/**
 * `export`'s NDJSON: per session one `{"kind":"session",…}` line (its header and case data), then
 * one `{"kind":"event","session","seq","prev","hash","event"}` line per event, exactly as stored, so
 * the chain can be checked again from the file alone. Each line is canonical JSON.
 */
import { canonicalJson } from '../emit/canonical-json.js';
import type { EventRow } from './chain.js';
import type { SessionRow } from './driver.js';

export function exportLines(session: SessionRow, events: readonly EventRow[]): string[] {
  const header = {
    kind: 'session',
    id: session.id,
    checklist: session.checklist,
    checklistVersion: Number(session.checklistVersion),
    hash: session.hash,
    created: session.created,
    version: Number(session.version),
    head: session.head,
    caseData: parsedOrText(session.caseData),
  };
  const lines = [canonicalJson(header)];
  for (const row of events) {
    lines.push(canonicalJson({ kind: 'event', session: session.id, seq: Number(row.seq), prev: row.prev, hash: row.hash, event: parsedOrText(row.event) }));
  }
  return lines;
}

/** A row edited into text that is not JSON is exported as that text, not dropped. */
function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
