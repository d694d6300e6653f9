/**
 * Every diagnostic message, defined once (issue 9). A call site names an entry and fills its holes:
 * `diag(Diagnostics.UnknownItemKey, file, span, [key])`. One mistake therefore reads the same
 * wherever it is found (text or YAML front end, checker, tests, linter), and docs/diagnostics.md
 * lists each code's messages from here. Entries are grouped by code, in code order; the
 * severity and title of each code stay in codes.ts.
 *
 * Holes are `{0}`, `{1}`, …; an entry's `hint` shares its message's arguments. A hint that depends
 * on the case (a suggestion, or a list of what is allowed) is built from `Hints` and passed to
 * `diag` instead. A new message: add an entry here, then use it; never write text at the call site.
 */
import type { MessageDef } from './template.js';

export const Diagnostics = {
  // CW900 — see internalError() in diagnostic.ts, the one way to build it.
  InternalError: {
    code: 'CW900',
    message: 'internal error in {0}: {1}',
    hint: 'this is a bug in Checkwright, not in your file; please report it with the file that caused it',
  },
} as const satisfies Record<string, MessageDef>;

export type DiagnosticName = keyof typeof Diagnostics;

/** Hints that a call site picks from, when the right hint depends on the case. */
export const Hints = {
  DidYouMean: 'did you mean `{0}`?',
  KeysHere: 'the keys here are {0}',
  OneOf: 'expected one of {0}',
} as const satisfies Record<string, string>;
