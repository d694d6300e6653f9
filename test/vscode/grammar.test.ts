import { readdirSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { scopeOf, tokenize } from './tokenize.js';

const samples = new URL('../../samples/', import.meta.url);
const sampleFiles = readdirSync(samples).filter((file) => file.endsWith('.checklist'));
const read = (file: string) => readFileSync(new URL(file, samples), 'utf8');

describe('the TextMate grammar', () => {
  it('is generated from the language tables and up to date', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'editors/vscode/scripts/gen-grammar.ts', '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });

  it.each(sampleFiles)('tokenizes %s with no invalid token and every step id a step', async (file) => {
    const source = read(file);
    const lines = await tokenize(source);
    const scopes = lines.flat().flatMap((token) => token.scopes);
    expect(scopes.filter((scope) => scope.startsWith('invalid'))).toEqual([]);
    for (const match of source.matchAll(/^[ \t]*step (\w+)/gm)) {
      expect(scopeOf(lines, `step ${match[1]!}`, match[1]!, source)).toBe('entity.name.function.step.checklist');
    }
  });

  it('scopes keywords, ids, strings, comments and operators on chosen lines of identity_theft', async () => {
    const source = read('identity_theft.checklist');
    const lines = await tokenize(source);
    const at = (line: string, word: string) => scopeOf(lines, line, word, source);
    expect(at('// ACDV identity-theft', '// ACDV identity-theft investigation (e-OSCAR dispute codes 103 and 104).')).toBe('comment.line.double-slash.checklist');
    expect(at('import "dictionary', 'import')).toBe('keyword.control.import.checklist');
    expect(at('import "dictionary', 'dictionary.checklist')).toBe('string.quoted.double.checklist');
    expect(at('checklist identity_theft', 'checklist')).toBe('keyword.other.checklist');
    expect(at('checklist identity_theft', 'identity_theft')).toBe('entity.name.type.checklist.checklist');
    expect(at('version 3', '3')).toBe('constant.numeric.checklist');
    expect(at('ordering strict', 'strict')).toBe('constant.language.checklist');
    const assign = 'assign when dispute.type';
    expect(at(assign, 'when')).toBe('keyword.control.conditional.checklist');
    expect(at(assign, 'dispute.type')).toBe('variable.other.path.checklist');
    expect(at(assign, '==')).toBe('keyword.operator.comparison.checklist');
    expect(at(assign, 'and')).toBe('keyword.operator.word.checklist');
    expect(at(assign, 'in')).toBe('keyword.operator.word.checklist');
    expect(at(assign, 'priority')).toBe('keyword.other.checklist');
    expect(at('qa.selected boolean', 'qa.selected')).toBe('entity.name.variable.field.checklist');
    expect(at('qa.selected boolean', 'boolean')).toBe('support.type.primitive.checklist');
    expect(at('finding choice(', 'choice')).toBe('support.type.primitive.checklist');
    expect(at('finding choice(', 'required')).toBe('storage.modifier.checklist');
    expect(at('checkbox procedure_read', 'checkbox')).toBe('storage.type.content.checklist');
    expect(at('checkbox procedure_read', 'procedure_read')).toBe('entity.name.variable.item.checklist');
    expect(at('checkbox procedure_read', 'required')).toBe('storage.modifier.checklist');
    expect(at('date report_date', 'has_report')).toBe('variable.other.reference.checklist');
    expect(at('upload_files docs', 'max_files')).toBe('entity.other.attribute-name.option.checklist');
    expect(at('data_compare cmp', 'edit')).toBe('constant.language.option-value.checklist');
    expect(at('section "Account"', 'section')).toBe('keyword.other.checklist');
    expect(at('section "Account"', 'account.number')).toBe('variable.other.path.checklist');
    expect(at('Review the consumer', 'Review the consumer\'s **dispute** and every attached file before you answer.')).toBe('string.quoted.triple.checklist');
    const notes = 'text_area notes';
    expect(at(notes, '>')).toBe('keyword.operator.comparison.checklist');
    expect(at(notes, '1000')).toBe('constant.numeric.checklist');
    expect(at(notes, 'or')).toBe('keyword.operator.word.checklist');
  });

  it('reads a keyword where the grammar expects an id as the id, and the other comment forms', async () => {
    const source = [
      '# number sign',
      'checklist c "C" { /* block',
      '   still the block */ step step "S" {',
      '    text text "Text" required',
      '    yes_no ok "OK" when text is not empty and status.code != "x\\q"',
      '  }',
      '}',
    ].join('\n');
    const lines = await tokenize(source);
    const at = (line: string, word: string) => scopeOf(lines, line, word, source);
    expect(at('# number', '# number sign')).toBe('comment.line.number-sign.checklist');
    expect(at('still the block', 'still the block')).toBe('comment.block.checklist');
    expect(lines[2]!.filter((t) => t.text === 'step').map((t) => t.scopes.at(-1))).toEqual(['keyword.other.checklist', 'entity.name.function.step.checklist']);
    expect(lines[3]!.filter((t) => t.text === 'text').map((t) => t.scopes.at(-1))).toEqual(['storage.type.content.checklist', 'entity.name.variable.item.checklist']);
    expect(at('yes_no ok', 'text')).toBe('variable.other.reference.checklist');
    expect(at('yes_no ok', 'is')).toBe('keyword.operator.word.checklist');
    expect(at('yes_no ok', 'status.code')).toBe('variable.other.path.checklist');
    expect(at('yes_no ok', '\\q')).toBe('invalid.illegal.escape.checklist');
  });
});
