import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/diagnostics/format/json.js';
import { formatText } from '../../src/diagnostics/format/text.js';
import { forwardReference, unusedData } from './diagnostics.js';

describe('text format', () => {
  it('prints nothing when there is nothing to report', () => {
    expect(formatText([])).toBe('');
  });

  it('prints path:line:col: severity code: message, with the hint indented below', () => {
    expect(formatText([forwardReference, unusedData])).toBe(
      'samples/identity_theft.checklist:12:5: error CW013: condition reads `notes`, which comes after it\n' +
        '  hint: move the condition below `notes`\n' +
        'samples/onboarding.checklist:3:3: warning CW102: `qa.selected` is declared but never read\n',
    );
  });
});

describe('json format', () => {
  it('prints a document with zero counts for a clean run', () => {
    expect(JSON.parse(formatJson([]))).toEqual({ formatVersion: 1, errorCount: 0, warningCount: 0, diagnostics: [] });
  });

  it('counts by severity and keeps every field in a fixed order, the hint only when there is one', () => {
    const document = JSON.parse(formatJson([forwardReference, unusedData]));
    expect(Object.keys(document)).toEqual(['formatVersion', 'errorCount', 'warningCount', 'diagnostics']);
    expect(document.errorCount).toBe(1);
    expect(document.warningCount).toBe(1);
    expect(Object.keys(document.diagnostics[0])).toEqual([
      'file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'code', 'message', 'hint',
    ]);
    expect(document.diagnostics[0]).toMatchObject({ file: 'samples/identity_theft.checklist', line: 12, endColumn: 14, code: 'CW013' });
    expect(document.diagnostics[1]).not.toHaveProperty('hint');
  });

  it('ends with a newline so shells and diffs are happy', () => {
    expect(formatJson([]).endsWith('}\n')).toBe(true);
  });
});
