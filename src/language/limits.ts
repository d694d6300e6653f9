/**
 * How deep a condition may nest, one number for every part of the compiler (SPEC §2.4 CW003).
 *
 * The front ends count what an author writes — each `not` and each parenthesised group in the
 * text form, each `all`/`any`/`not` in the YAML structure — and report CW003 past
 * MAX_CONDITION_DEPTH, before anything recurses. The tree they then build is deeper than that
 * count (`a and b or c` adds an `or` and an `and` level no author counted): at most an `or`, an
 * `and` and the group itself per counted level, plus the test. Walkers of the checked tree bound
 * their recursion by MAX_CONDITION_TREE_DEPTH, which no tree the front ends let through reaches:
 * a walker that stopped earlier would skip parts of a valid condition (a reference left
 * unresolved, seen by the emitter as an internal error).
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { renderMessage } from '../diagnostics/diagnostic.js';
export const MAX_CONDITION_DEPTH = 64;

export const MAX_CONDITION_TREE_DEPTH = 3 * (MAX_CONDITION_DEPTH + 1) + 1;

/**
 * CW001 for a number literal that is not a finite double (`1e999`, `-1e999`, YAML's `.inf` and
 * `.nan`): both front ends say it in these words, at the literal as written.
 */
export function nonFiniteNumber(written: string): typeof Diagnostics.NotAFiniteNumber | typeof Diagnostics.NumberTooLarge {
  return /^[-+]?\.(inf|nan)$/i.test(written) || Number.isNaN(Number(written)) ? Diagnostics.NotAFiniteNumber : Diagnostics.NumberTooLarge;
}

/** @deprecated The text of `nonFiniteNumber`, for src/syntax until it reports from the table. */
export function nonFiniteNumberMessage(written: string): string {
  return renderMessage(nonFiniteNumber(written), [written]).message;
}
