/**
 * Who produced a report, for the formats that say so (SARIF's `tool.driver`, `--version`).
 * The version is kept equal to package.json's by a test, so the bundles need not read it.
 */
export const TOOL_NAME = 'checkwright';
export const TOOL_VERSION = '0.1.0';
export const INFORMATION_URI = 'https://github.com/checkwright/checkwright';

/** Where a code is explained: docs/diagnostics.md's `## CW013` section, as a browsable URL. */
export function helpUri(code: string): string {
  return docsUri(`diagnostics.md#${code.toLowerCase()}`);
}

/** A path relative to docs/ (`language.md`, `../samples/invalid/`) as a browsable URL. */
export function docsUri(relative: string): string {
  return new URL(relative, `${INFORMATION_URI}/blob/main/docs/`).href;
}
