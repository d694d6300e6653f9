/**
 * Reading test-file nodes by hand, with the precise messages the shape check of checklists gives:
 * each reader reports what it cannot use (CW001 at the node) and returns `undefined`, so one
 * malformed entry never hides the others.
 */
import { Diagnostics, Hints } from '../diagnostics/messages.js';
import { hint } from '../diagnostics/diagnostic.js';
import type { JsonValue } from '../ir/types.js';
import { didYouMean } from '../check/suggest.js';
import { asMap, asScalar, asSeq, entries, quoted, report, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from '../yaml/context.js';
import { toPlain } from '../yaml/to-plain.js';
import type { Located } from './model.js';

/** A map's entries by key; a node that is not a map, or a key not among `allowed`, is CW001. */
export function mapOf(ctx: YamlContext, node: YamlNode, what: string, allowed: readonly string[]): Map<string, Entry> | undefined {
  if (!asMap(ctx, node)) {
    report(ctx, Diagnostics.WrongKind, spanOf(ctx, node), [what, 'a map'], hint(Hints.KeysHere, [keyList(allowed)]));
    return undefined;
  }
  const found = new Map<string, Entry>();
  for (const e of entries(ctx, node)) {
    if (allowed.includes(e.key)) found.set(e.key, e);
    else report(ctx, Diagnostics.UnknownKey, spanOf(ctx, e.keyNode), [quoted(e.key), what], didYouMean(e.key, allowed) ?? hint(Hints.KeysHere, [keyList(allowed)]));
  }
  return found;
}

/** Text (a number is taken as written: `version: 3` as a status name would be odd but harmless). */
export function textOf(ctx: YamlContext, node: YamlNode, what: string): Located<string> | undefined {
  const scalar = asScalar(ctx, node);
  const value = scalar?.value;
  if (typeof value === 'string' && value !== '') return { value, span: spanOf(ctx, node) };
  if (typeof value === 'number') return { value: String(value), span: spanOf(ctx, node) };
  report(ctx, Diagnostics.WrongKind, spanOf(ctx, node), [what, 'non-empty text']);
  return undefined;
}

/** Text or `null` (an outcome may be cleared). */
export function nullableTextOf(ctx: YamlContext, node: YamlNode, what: string): Located<string | null> | undefined {
  if (node == null || asScalar(ctx, node)?.value === null) return { value: null, span: spanOf(ctx, node) };
  return textOf(ctx, node, what);
}

export function booleanOf(ctx: YamlContext, node: YamlNode, what: string): boolean | undefined {
  const value = asScalar(ctx, node)?.value;
  if (typeof value === 'boolean') return value;
  report(ctx, Diagnostics.WrongKind, spanOf(ctx, node), [what, 'true or false']);
  return undefined;
}

export function countOf(ctx: YamlContext, node: YamlNode, what: string): number | undefined {
  const value = asScalar(ctx, node)?.value;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
  report(ctx, Diagnostics.WrongKind, spanOf(ctx, node), [what, 'a whole number, 0 or more']);
  return undefined;
}

/** A list of texts (`visible: [a, b]`); a single text is taken as a list of one. */
export function textListOf(ctx: YamlContext, node: YamlNode, what: string): Located<string>[] {
  if (asScalar(ctx, node)) return [textOf(ctx, node, what)].filter(isDefined);
  if (!asSeq(ctx, node)) {
    report(ctx, Diagnostics.WrongKind, spanOf(ctx, node), [what, 'a list of ids']);
    return [];
  }
  return seqItems(ctx, node).flatMap((item, index) => textOf(ctx, item, `entry ${index + 1} of ${what}`) ?? []);
}

/** A map whose keys are ids: `{ ID: value }`, each entry read by `read`. */
export function idMapOf<T>(ctx: YamlContext, node: YamlNode, what: string, read: (e: Entry) => T | undefined): { id: Located<string>; value: T; span: Entry['span'] }[] {
  if (!asMap(ctx, node)) {
    report(ctx, Diagnostics.WrongKind, spanOf(ctx, node), [what, 'a map of ids']);
    return [];
  }
  return entries(ctx, node).flatMap((e) => {
    const value = read(e);
    return value === undefined ? [] : [{ id: { value: e.key, span: spanOf(ctx, e.keyNode) }, value, span: e.span }];
  });
}

/** Any JSON value (an answer, case data); YAML-only values were reported by `toPlain`. */
export function jsonOf(ctx: YamlContext, node: YamlNode): JsonValue | undefined {
  const plain = toPlain(ctx, node);
  return plain === undefined ? undefined : (plain as JsonValue);
}

function keyList(keys: readonly string[]): string {
  return keys.map((k) => `\`${k}\``).join(', ');
}

export function isDefined<T>(value: T | undefined): value is T {
  return value !== undefined;
}
