/** The checklists the LSP tests edit: a dictionary on disk and a checklist that imports it. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startServer, type RunningServer } from './client.js';

export const DICTIONARY = `fields case_fields {
  dispute.type choice("ACDV", "AUD") "Dispute type" required
  dispute.amount number "Disputed amount"
}
`;

export const MAIN = `import "dictionary.checklist"

checklist review "Dispute review" {
  version 1
  outcomes {
    resolved "Resolved"
  }

  step intake "Intake" {
    yes_no has_report "Did the consumer send a report?" required
    select channel "Channel" options ["Mail", "Phone"] required
  }

  step followup "Follow-up" when has_report {
    date report_date "Date of the report" required when channel == "Mail"
    text notes "Notes" when dispute.type == "ACDV"
  }
}
`;

export const MAIN_YAML = `import: [dictionary.checklist]

checklist: review
title: Dispute review
version: 1
steps:
  - step: intake
    title: Intake
    items:
      - yes_no: has_report
        label: Did the consumer send a report?
        required: true
  - step: followup
    title: Follow-up
    when: { field: has_report, op: "true" }
    items:
      - text: notes
        label: Notes
`;

const made: string[] = [];
afterAll(() => {
  for (const folder of made) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder holding the files (name → text); removed after the test file. */
export function folderWith(files: Readonly<Record<string, string>>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'checkwright-lsp-'));
  made.push(root);
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(root, name), text);
  return root;
}

/** The LSP position of the first `needle` in `text` (plus `offset` characters). */
export function positionOf(text: string, needle: string, offset = 0): { line: number; character: number } {
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`not in the text: ${needle}`);
  const before = text.slice(0, index + offset);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

/** A server started before the test file's tests (stopped after them), and a folder holding DICTIONARY. */
export function serverWithDictionary(): { readonly server: RunningServer; readonly folder: string } {
  const context = {} as { server: RunningServer; folder: string };
  beforeAll(async () => {
    context.folder = folderWith({ 'dictionary.checklist': DICTIONARY });
    context.server = await startServer();
  });
  afterAll(async () => {
    await context.server.stop();
  });
  return context;
}
