import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { diag } from '../../src/diagnostics/diagnostic.js';
import { formatSarif } from '../../src/diagnostics/format/sarif.js';
import { TOOL_VERSION } from '../../src/diagnostics/format/tool.js';
import { forwardReference, syntaxError, unusedData } from './diagnostics.js';
import { sarifValidator } from './sarif-schema.js';

const validate = sarifValidator();
const sarifOf = (...diagnostics: Parameters<typeof formatSarif>[0]) => JSON.parse(formatSarif(diagnostics));

describe('sarif format', () => {
  it('is valid SARIF 2.1.0 for diagnostics of every kind', () => {
    const log = sarifOf(forwardReference, unusedData, syntaxError);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is a valid document with no results for a clean run', () => {
    const log = sarifOf();
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it('names the tool, its version and where to read about it', () => {
    const { driver } = sarifOf().runs[0].tool;
    expect(driver.name).toBe('checkwright');
    expect(driver.version).toBe(TOOL_VERSION);
    expect(driver.informationUri).toMatch(/^https:\/\//);
    expect(sarifOf().version).toBe('2.1.0');
    expect(sarifOf().$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
  });

  it('has one rule per code used, sorted, with title, help link and default level', () => {
    const log = sarifOf(unusedData, forwardReference, forwardReference);
    const rules = log.runs[0].tool.driver.rules;
    expect(rules.map((r: { id: string }) => r.id)).toEqual(['CW013', 'CW102']);
    expect(rules[0]).toEqual({
      id: 'CW013',
      name: 'ForwardOrSelfReference',
      shortDescription: { text: CODES.CW013.title },
      fullDescription: { text: expect.stringMatching(/^A condition .+/) },
      help: { text: expect.any(String), markdown: expect.stringContaining('```') },
      helpUri: expect.stringMatching(/docs\/diagnostics\.md#cw013$/),
      defaultConfiguration: { level: 'error' },
    });
    expect(rules[1].defaultConfiguration.level).toBe('warning');
  });

  it('gives each result its rule, level, message with hint and region', () => {
    const [result] = sarifOf(unusedData, forwardReference).runs[0].results.slice(1);
    expect(result).toEqual({
      ruleId: 'CW013',
      ruleIndex: 0,
      level: 'error',
      message: { text: 'condition reads `notes`, which comes after it\nhint: move the condition below `notes`' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'samples/identity_theft.checklist' },
            region: { startLine: 12, startColumn: 5, endLine: 12, endColumn: 14 },
          },
        },
      ],
    });
  });

  it('percent-encodes relative paths and turns absolute ones into file URIs', () => {
    const absolute = diag('CW001', '/tmp/x y/a.checklist', { line: 1, column: 1, endLine: 1, endColumn: 2 }, 'm');
    const uris = sarifOf(syntaxError, absolute).runs[0].results.map(
      (r: { locations: [{ physicalLocation: { artifactLocation: { uri: string } } }] }) => r.locations[0].physicalLocation.artifactLocation.uri,
    );
    expect(uris).toEqual(['checklists/a%20b%231.checklist', 'file:///tmp/x%20y/a.checklist']);
  });

  it('keeps regions valid for a diagnostic without a real position', () => {
    const unplaced = diag('CW900', 'a.checklist', { line: 0, column: 0, endLine: 0, endColumn: 0 }, 'internal');
    const log = sarifOf(unplaced);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 });
  });
});

describe('tool version', () => {
  it('is package.json version, so SARIF and --version tell the truth', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(TOOL_VERSION).toBe(pkg.version);
  });
});

describe('the SARIF schema fixture', () => {
  it('really checks: it rejects a result with an unknown level and a region starting at line 0', () => {
    const log = sarifOf(forwardReference);
    log.runs[0].results[0].level = 'fatal';
    log.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0;
    expect(validate(log)).toBe(false);
  });
});
