/**
 * The one adapter from chevrotain's parsing errors, and from the malformed tokens the lexer lets
 * through on purpose (so it never fails), to CW001 diagnostics, each at a line and column.
 */
import { EOF, type ILexingResult, type IRecognitionException, type IToken } from 'chevrotain';
import { diag, type Diagnostic } from '../diagnostics/diagnostic.js';
import type { Span } from '../language/span.js';
import { badEscapeIndex } from './literals.js';
import { BadString, PROBLEMS_GROUP, RCurly, UnknownCharacter, UnterminatedComment, UnterminatedTripleString } from './tokens.js';
import { tokenSpan } from './spans.js';
import { AFTER_START_RULE, expectedButFound, type StartRule } from './messages.js';

const MAX_SHOWN_CHARACTERS = 16;
/** How `messages.ts` names the end of the input, which for one condition is not a file's end. */
const END_OF_FILE = /the end of the file$/;
const END_OF: Readonly<Record<StartRule, string>> = { file: 'the end of the file', condition: 'the end of the condition' };
const LEXICAL_HINT = 'names are letters, digits and `_`; strings are in double quotes; comments start with `//`, `#` or `/*`';
const ESCAPES_HINT = 'strings take JSON escapes: `\\"`, `\\\\`, `\\/`, `\\b`, `\\f`, `\\n`, `\\r`, `\\t`, `\\uXXXX`';

/** One diagnostic per run of adjacent unknown characters. */
function unknownCharactersDiagnostics(tokens: readonly IToken[], file: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let run: IToken[] = [];
  const flush = (): void => {
    const first = run[0];
    if (first === undefined) return;
    const text = run.map((token) => token.image).join('');
    const shown = run.length > MAX_SHOWN_CHARACTERS ? `${text.slice(0, MAX_SHOWN_CHARACTERS)}…` : text;
    const last = run[run.length - 1] as IToken;
    diagnostics.push(
      diag('CW001', file, { ...tokenSpan(first), endLine: tokenSpan(last).endLine, endColumn: tokenSpan(last).endColumn },
        `unexpected ${run.length === 1 ? 'character' : 'characters'} \`${shown}\``, LEXICAL_HINT),
    );
    run = [];
  };
  for (const token of tokens) {
    const previous = run[run.length - 1];
    if (previous !== undefined && previous.startOffset + previous.image.length !== token.startOffset) flush();
    run.push(token);
  }
  flush();
  return diagnostics;
}

function malformedTokenDiagnostic(token: IToken, file: string): Diagnostic | undefined {
  const span = tokenSpan(token);
  if (token.tokenType === UnterminatedComment) {
    return diag('CW001', file, span, 'unterminated comment: `/*` has no closing `*/`');
  }
  if (token.tokenType === UnterminatedTripleString) {
    return diag('CW001', file, span, 'unterminated string: `"""` has no closing `"""`');
  }
  if (token.tokenType !== BadString) return undefined;
  const badEscape = badEscapeIndex(token.image);
  if (badEscape < 0) {
    return diag('CW001', file, span, 'unterminated string: add the closing `"` on the same line',
      'use `"""…"""` for text over several lines');
  }
  const column = span.column + badEscape;
  const escape = token.image.slice(badEscape, badEscape + 2);
  return diag('CW001', file, { line: span.line, column, endLine: span.line, endColumn: column + escape.length },
    `bad escape \`${escape}\` in a string`, ESCAPES_HINT);
}

/** Unknown characters, unterminated strings and comments, bad escapes. */
export function lexingDiagnostics(lexed: ILexingResult, file: string): Diagnostic[] {
  const problems = lexed.groups[PROBLEMS_GROUP] ?? [];
  const diagnostics = unknownCharactersDiagnostics(problems.filter((token) => token.tokenType === UnknownCharacter), file);
  for (const token of problems) {
    const found = malformedTokenDiagnostic(token, file);
    if (found !== undefined) diagnostics.push(found);
  }
  for (const token of lexed.tokens) {
    if (token.tokenType !== BadString && token.tokenType !== UnterminatedTripleString) continue;
    const found = malformedTokenDiagnostic(token, file);
    if (found !== undefined) diagnostics.push(found);
  }
  return diagnostics;
}

/**
 * Recovery can report one spot more than once (a failed rule, then its re-sync): one diagnostic
 * per position. An error at the end of the input points just after its last character.
 *
 * Re-syncing after an error inside a block often takes the block's own `}` for its parent's, which
 * leaves one `}` over at the end: after another error, that leftover is a consequence, not news.
 */
export function parsingDiagnostics(
  errors: readonly IRecognitionException[],
  file: string,
  startRule: StartRule,
  endOfInput: () => Span,
): Diagnostic[] {
  const seen = new Set<string>();
  const diagnostics: Diagnostic[] = [];
  for (const error of errors) {
    const token = error.token;
    // The start rule consumes nothing itself but the end of the input: a mismatch there is input left over.
    const leftOver = error.name === 'NotAllInputParsedException' || error.context.ruleStack.length === 1;
    if (leftOver && diagnostics.length > 0 && token.tokenType === RCurly) continue;
    const atEnd = token.tokenType === EOF || Number.isNaN(token.startOffset);
    const span = atEnd ? endOfInput() : tokenSpan(token);
    const key = `${span.line}:${span.column}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const message = error.name === 'NotAllInputParsedException' ? expectedButFound(AFTER_START_RULE[startRule], token) : error.message;
    diagnostics.push(diag('CW001', file, span, atEnd ? message.replace(END_OF_FILE, END_OF[startRule]) : message));
  }
  return diagnostics;
}
