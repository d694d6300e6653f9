/**
 * Message templates with positional holes, as TypeScript's diagnosticMessages.json has them:
 * `'unknown name `{0}`'` is filled with one argument. The hole count is read from the template's
 * literal type, so a call with the wrong number of arguments does not compile.
 */
import type { Code } from './codes.js';

/** What fills a hole: printed as written (ids, paths, numbers, ready-made phrases). */
export type Arg = string | number;

/**
 * The numbers of a template's holes: `'{0} and {1}'` → `0 | 1`. A `{` not followed by digits and
 * `}` is text: `{ }` would infer the wide `number` (TypeScript reads `' '` as numeric), so a hole
 * counts only when its number is a literal.
 */
export type HoleNumbers<S extends string> = S extends `${string}{${infer After}`
  ? (After extends `${infer N extends number}}${string}` ? (number extends N ? never : N) : never) | HoleNumbers<After>
  : never;

/** A tuple long enough for every hole: holes `0 | 1` → `[Arg, Arg]`; no holes → `[]`. */
export type ArgsCovering<H extends number, T extends readonly Arg[] = []> = [H] extends [never]
  ? T
  : ArgsCovering<Exclude<H, T['length']>, [...T, Arg]>;

/** One entry of the message table: the code it reports, what is wrong, and what to do. */
export interface MessageDef {
  readonly code: Code;
  /** What is wrong, one sentence, no trailing period. */
  readonly message: string;
  /** What to do about it; shares the message's arguments. */
  readonly hint?: string;
}

type HintHoles<M> = M extends { readonly hint: infer H extends string } ? HoleNumbers<H> : never;

/** The arguments an entry takes: one per hole of its message and hint together. */
export type ArgsOf<M extends MessageDef> = ArgsCovering<HoleNumbers<M['message']> | HintHoles<M>>;

/** The arguments of a bare hint template (an entry of `Hints`). */
export type HintArgs<H extends string> = ArgsCovering<HoleNumbers<H>>;

const HOLE = /\{(\d+)\}/g;

/**
 * A template cut at its holes: text, hole number, text, … (always odd length, text first). Only the
 * table's templates are cut, so the cache holds at most one entry per message and hint.
 */
const pieces = new Map<string, readonly (string | number)[]>();

function piecesOf(template: string): readonly (string | number)[] {
  let cut = pieces.get(template);
  if (cut === undefined) {
    cut = template.split(HOLE).map((piece, i) => (i % 2 === 1 ? Number(piece) : piece));
    pieces.set(template, cut);
  }
  return cut;
}

/** Fills `{n}` with `args[n]`. Only the table's templates come here, checked by their types. */
export function fill(template: string, args: readonly Arg[]): string {
  const cut = piecesOf(template);
  if (cut.length === 1) return template;
  let out = cut[0] as string;
  for (let i = 1; i < cut.length; i += 2) {
    const arg = args[cut[i] as number];
    out += (arg === undefined ? `{${cut[i]}}` : String(arg)) + (cut[i + 1] as string);
  }
  return out;
}

/** The hole numbers a template has at run time, for the table's own tests. */
export function holesOf(template: string): number[] {
  return [...template.matchAll(HOLE)].map((m) => Number(m[1]));
}
