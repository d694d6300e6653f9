import { describe, expect, it } from 'vitest';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/diagnostics/format/github.js';
import { forwardReference, unusedData } from './diagnostics.js';

describe('github format', () => {
  it('prints one ::error workflow command per error, with the position and the code as title', () => {
    expect(formatGithub([forwardReference])).toBe(
      '::error file=samples/identity_theft.checklist,line=12,col=5,endLine=12,endColumn=14,title=CW013::' +
        'condition reads `notes`, which comes after it%0Ahint: move the condition below `notes`\n',
    );
  });

  it('prints warnings as ::warning', () => {
    expect(formatGithub([unusedData])).toMatch(/^::warning file=samples\/onboarding\.checklist,line=3,/);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub([])).toBe('');
  });

  it('escapes % first, then CR and LF, in the message', () => {
    expect(escapeData('100% done\r\nnext %0A')).toBe('100%25 done%0D%0Anext %250A');
  });

  it('also escapes , and : in properties, which would otherwise end the property', () => {
    expect(escapeProperty('C:\\a,b%:c\n')).toBe('C%3A\\a%2Cb%25%3Ac%0A');
  });

  it('escapes a file name with commas and colons so the command still parses', () => {
    const odd = diag('CW001', 'odd,name:1.checklist', { line: 1, column: 2, endLine: 1, endColumn: 3 }, 'bad: 50%');
    expect(formatGithub([odd])).toBe(
      '::error file=odd%2Cname%3A1.checklist,line=1,col=2,endLine=1,endColumn=3,title=CW001::bad: 50%25\n',
    );
  });
});
