/**
 * Every diagnostic code of SPEC §2.4, defined once. Phases report a code and a message;
 * the severity comes from this table, so one code always has one severity.
 */
export type Severity = 'error' | 'warning';

export interface CodeInfo {
  readonly severity: Severity;
  /** A short title, used as the SARIF rule's name and the heading in docs/diagnostics.md. */
  readonly title: string;
}

export const CODES = {
  CW001: { severity: 'error', title: 'Syntax error' },
  CW002: { severity: 'error', title: 'Import problem' },
  CW003: { severity: 'error', title: 'Nesting too deep' },
  CW004: { severity: 'error', title: 'More than one checklist in a file' },
  CW010: { severity: 'error', title: 'Duplicate id' },
  CW011: { severity: 'error', title: 'Unknown reference' },
  CW012: { severity: 'error', title: 'Reserved name' },
  CW013: { severity: 'error', title: 'Forward or self reference' },
  CW014: { severity: 'error', title: 'Type mismatch' },
  CW015: { severity: 'error', title: 'Value not among the options' },
  CW020: { severity: 'error', title: '`required` on instructions' },
  CW021: { severity: 'error', title: 'Option not valid for this item type' },
  CW022: { severity: 'error', title: '`select` without options or with duplicates' },
  CW023: { severity: 'error', title: 'Bad option value' },
  CW030: { severity: 'error', title: '`allow_case_resolution` on an item type that cannot resolve' },
  CW031: { severity: 'error', title: 'Resolution item not on the last step' },
  CW032: { severity: 'error', title: 'More than one resolution item' },
  CW033: { severity: 'error', title: 'Case resolution without a resolution block' },
  CW040: { severity: 'error', title: 'Editing option on a read-only data compare' },
  CW041: { severity: 'error', title: '`data_compare` with no fields' },
  CW042: { severity: 'warning', title: '`data_compare` shares its step' },
  CW050: { severity: 'error', title: 'Unknown `udf` field' },
  CW051: { severity: 'error', title: '`max_files` below 1' },
  CW060: { severity: 'error', title: 'Closing block for an undeclared outcome' },
  CW061: { severity: 'error', title: 'Lifecycle error' },
  CW062: { severity: 'warning', title: 'Unreachable status' },
  CW100: { severity: 'warning', title: 'Condition always true or always false' },
  CW101: { severity: 'warning', title: 'Step whose items are always hidden' },
  CW102: { severity: 'warning', title: 'Unused data declaration' },
  CW103: { severity: 'warning', title: 'Condition on the resolution step' },
  CW104: { severity: 'warning', title: 'Step or item never visible' },
  CW105: { severity: 'warning', title: 'Resolution or completion never reachable' },
  CW900: { severity: 'error', title: 'Internal compiler error' },
} as const satisfies Record<string, CodeInfo>;

export type Code = keyof typeof CODES;

export function severityOf(code: Code): Severity {
  return CODES[code].severity;
}

/** Anchor of a code's section in docs/diagnostics.md, e.g. `docs/diagnostics.md#cw013`. */
export function docsAnchor(code: Code): string {
  return `docs/diagnostics.md#${code.toLowerCase()}`;
}
