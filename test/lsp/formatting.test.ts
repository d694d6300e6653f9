import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentFormattingRequest, type TextEdit } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { BIN, uriOf } from './client.js';
import { MAIN, MAIN_YAML, serverWithDictionary } from './fixtures.js';

/** MAIN laid out badly, with a comment: what a hurried edit leaves. */
const MESSY = MAIN.replace('  version 1', '     version   1 // bumped on every change')
  .replace('    yes_no has_report', '\t\tyes_no    has_report')
  .replace('options ["Mail", "Phone"]', 'options [ "Mail" ,"Phone" ]');
const MESSY_YAML = MAIN_YAML.replace('title: Intake', 'title:    Intake   # the first step').replace('version: 1', 'version:    1');

const context = serverWithDictionary();

const format = (file: string) =>
  context.server.connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uriOf(file) }, options: { tabSize: 2, insertSpaces: true } }) as Promise<TextEdit[] | null>;

/** What `checkwright fmt FILE` prints for the file as it is on disk. */
function fmtOutput(file: string): string {
  const run = spawnSync(process.execPath, [BIN, 'fmt', file], { cwd: context.folder, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  return run.stdout;
}

/** The open document's text after the edits, applied as an editor applies them. */
function applied(text: string, edits: readonly TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create('file:///x', 'checklist', 1, text), [...edits]);
}

describe('formatting through the protocol', () => {
  it.each([
    ['main.checklist', MESSY],
    ['main.checklist.yaml', MESSY_YAML],
  ])('formats %s to the same bytes as `checkwright fmt`, comments kept, and then has nothing to change', async (name, messy) => {
    const file = path.join(context.folder, name);
    writeFileSync(file, messy);
    await context.server.open(file, messy);
    const edits = await format(file);
    expect(edits).toHaveLength(1);
    const formatted = applied(messy, edits ?? []);
    expect(formatted).toBe(fmtOutput(file));
    expect(formatted).not.toBe(messy);
    expect(formatted).toMatch(/# the first step|\/\/ bumped on every change/);
    await context.server.change(file, [{ text: formatted }]);
    expect(await format(file)).toEqual([]);
  });

  it('leaves a file that does not compile alone (no edit, no error), as fmt refuses it', async () => {
    const file = path.join(context.folder, 'broken.checklist');
    const broken = MESSY.replace('when has_report', 'when has_reprt');
    expect((await context.server.open(file, broken)).map((d) => d.code)).toEqual(['CW011']);
    expect(await format(file)).toEqual([]);
    const unparsable = `${MESSY}\n  step {\n`;
    await context.server.change(file, [{ text: unparsable }]);
    expect(await format(file)).toEqual([]);
  });

  it('answers a document it does not know with no edit', async () => {
    expect(await format(path.join(context.folder, 'never-opened.checklist'))).toEqual([]);
  });
});
