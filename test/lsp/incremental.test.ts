import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Workspace } from '../../src/lsp/workspace.js';
import { uriOf } from './client.js';
import { DICTIONARY, folderWith, MAIN, serverWithDictionary } from './fixtures.js';

describe('an edit re-parses the edited file, not its imports', () => {
  const folder = folderWith({ 'dictionary.checklist': DICTIONARY });
  const main = path.join(folder, 'main.checklist');
  const dictionary = path.join(folder, 'dictionary.checklist');
  const declOf = (workspace: Workspace) => workspace.analyze(main).symbols?.casePaths.get('dispute.type')?.decl;

  it('keeps the parse of an unchanged import across edits, and re-parses it when it changes', () => {
    const workspace = new Workspace();
    workspace.open(main, MAIN);
    const first = declOf(workspace);
    expect(first).toBeDefined();
    workspace.open(main, MAIN.replace('"Notes"', '"Case notes"'));
    expect(declOf(workspace)).toBe(first);
    workspace.open(dictionary, DICTIONARY.replace('"Dispute type"', '"Kind of dispute"'));
    const reparsed = declOf(workspace);
    expect(reparsed).not.toBe(first);
    expect(reparsed?.label?.value).toBe('Kind of dispute');
  });

  it('knows which open files read an import', () => {
    const workspace = new Workspace();
    workspace.open(main, MAIN);
    workspace.analyze(main);
    expect(workspace.dependentsOf(dictionary)).toEqual([main]);
    expect(workspace.dependentsOf(main)).toEqual([]);
  });
});

describe('an edit of an imported dictionary, through the protocol', () => {
  const context = serverWithDictionary();

  it('re-checks the open files that import it', async () => {
    const { server, folder } = context;
    const main = path.join(folder, 'main.checklist');
    const dictionary = path.join(folder, 'dictionary.checklist');
    expect(await server.open(main, MAIN)).toEqual([]);
    expect(await server.open(dictionary, DICTIONARY)).toEqual([]);
    const renamed = DICTIONARY.replace('dispute.type', 'dispute.kind');
    const pending = server.diagnostics(uriOf(main), (p) => p.diagnostics.length > 0);
    expect(await server.change(dictionary, [{ text: renamed }])).toEqual([]);
    expect(await pending).toEqual([expect.objectContaining({ code: 'CW011', data: { hint: 'did you mean `dispute.kind`?' } })]);
    const healed = server.diagnostics(uriOf(main), (p) => p.diagnostics.length === 0);
    await server.change(dictionary, [{ text: DICTIONARY }]);
    expect(await healed).toEqual([]);
  });
});
