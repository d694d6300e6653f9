import { CODES, type Code } from '../codes.js';
import type { Diagnostic } from '../diagnostic.js';
import { HELP } from '../generated/help.js';
import { INFORMATION_URI, TOOL_NAME, TOOL_VERSION, docsUri, helpUri } from './tool.js';

/** The final OASIS schema (errata 01), the URI SARIF validators expect. */
const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/**
 * One SARIF 2.1.0 log with one run, as GitHub code scanning reads it: a rule per code that
 * occurs (sorted), a result per diagnostic pointing at its rule by id and index. Always a
 * document, also for a clean run (an empty `results` tells code scanning the alerts are fixed).
 */
export function formatSarif(diagnostics: readonly Diagnostic[]): string {
  const usedCodes = [...new Set(diagnostics.map((d) => d.code))].sort();
  const ruleIndex = new Map(usedCodes.map((code, index) => [code, index]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: TOOL_NAME,
            version: TOOL_VERSION,
            informationUri: INFORMATION_URI,
            rules: usedCodes.map(toRule),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: diagnostics.map((d) => toResult(d, ruleIndex.get(d.code) ?? 0)),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/**
 * A rule as GitHub code scanning requires it (its ingestion checks, the Multitool's `Gh` rules):
 * besides the title, a full description and help, both taken from the code's section of
 * docs/diagnostics.md at build time.
 */
function toRule(code: Code) {
  const info = CODES[code];
  const help = HELP[code];
  return {
    id: code,
    name: ruleName(info.title),
    shortDescription: { text: info.title },
    fullDescription: { text: help?.full || info.title },
    help: { text: help?.text || info.title, markdown: absoluteLinks(help?.markdown || info.title) },
    helpUri: helpUri(code),
    defaultConfiguration: { level: info.severity },
  };
}

function toResult(d: Diagnostic, ruleIndex: number) {
  return {
    ruleId: d.code,
    ruleIndex,
    level: d.severity,
    message: { text: d.hint === undefined ? d.message : `${d.message}\nhint: ${d.hint}` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: artifactUri(d.file) },
          region: {
            startLine: atLeastOne(d.line),
            startColumn: atLeastOne(d.column),
            endLine: atLeastOne(d.endLine),
            endColumn: atLeastOne(d.endColumn),
          },
        },
      },
    ],
  };
}

/** The docs page links its neighbours relatively (`language.md`); in an alert they must be absolute. */
function absoluteLinks(markdown: string): string {
  return markdown.replace(/\]\((?![a-z]+:|#)([^)\s]+)\)/g, (_, target: string) => `](${docsUri(target)})`);
}

/** SARIF's `name` is an identifier-like PascalCase string ("Forward or self reference" → ForwardOrSelfReference). */
function ruleName(title: string): string {
  return title
    .replace(/`/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join('');
}

/**
 * Relative paths stay relative (code scanning resolves them against the repository root);
 * absolute ones become `file:` URIs. Each segment is percent-encoded, so spaces and `#` survive.
 */
function artifactUri(file: string): string {
  const posix = file.replace(/\\/g, '/');
  const drive = /^[A-Za-z]:\//.test(posix);
  const encoded = posix
    .split('/')
    .map((segment, index) => (drive && index === 0 ? segment : encodeURIComponent(segment)))
    .join('/');
  if (drive) return `file:///${encoded}`;
  return posix.startsWith('/') ? `file://${encoded}` : encoded;
}

/** SARIF regions are 1-based; a position a front end could not place still gets a valid region. */
function atLeastOne(n: number): number {
  return Number.isInteger(n) && n >= 1 ? n : 1;
}
