/**
 * The document as plain JSON-like data, for the schema check. Maps become objects without a
 * prototype, so keys such as `__proto__` or `constructor` are ordinary own keys and pollute
 * nothing. The walk is bounded: nesting deeper than MAX_YAML_DEPTH is CW003 and aliases may be
 * followed at most MAX_ALIASES times (each follow re-walks its target, so this caps alias bombs).
 */
import { Diagnostics } from '../diagnostics/messages.js';
import { isAlias, isMap, isScalar, isSeq, type Pair, type Scalar } from 'yaml';
import { nonFiniteNumber } from '../language/limits.js';
import { report, spanOf, type YamlContext, type YamlNode } from './context.js';

/** Room for 64 levels of `all`/`any` (a map and a list each) inside the checklist structure. */
export const MAX_YAML_DEPTH = 256;
export const MAX_ALIASES = 100;

export type Plain = null | string | number | boolean | Plain[] | { [key: string]: Plain };

/** `undefined` when the document is too deep or has too many aliases (reported): read no further. */
export function toPlain(ctx: YamlContext, root: YamlNode): Plain | undefined {
  let aliasesLeft = MAX_ALIASES;
  let aborted = false;

  // An alias met while expanding another is reported at the outermost one: the one the user wrote there.
  const walk = (node: YamlNode, depth: number, expanding?: YamlNode): Plain => {
    if (aborted || node == null) return null;
    if (depth > MAX_YAML_DEPTH) {
      report(ctx, Diagnostics.YamlTooDeep, spanOf(ctx, node), [MAX_YAML_DEPTH]);
      aborted = true;
      return null;
    }
    if (isAlias(node)) {
      if (--aliasesLeft < 0) {
        report(ctx, Diagnostics.TooManyAliases, spanOf(ctx, expanding ?? node), [MAX_ALIASES]);
        aborted = true;
        return null;
      }
      const target = node.resolve(ctx.doc);
      if (!target) report(ctx, Diagnostics.NoAnchor, spanOf(ctx, node), [node.source]);
      return walk(target, depth + 1, expanding ?? node);
    }
    if (isScalar(node)) {
      if (typeof node.value === 'number' && !Number.isFinite(node.value)) return nonFinite(ctx, node as Scalar<number>);
      return scalarValue(node.value);
    }
    if (isSeq(node)) return node.items.map((item) => walk(item as YamlNode, depth + 1, expanding));
    if (isMap(node)) {
      const object: { [key: string]: Plain } = Object.create(null);
      for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
        const key = pair.key;
        if (isScalar(key) && typeof key.value === 'string') object[key.value] = walk(pair.value, depth + 1, expanding);
        else report(ctx, Diagnostics.KeyNotText, spanOf(ctx, key));
      }
      return object;
    }
    return null;
  };

  const value = walk(root, 0);
  return aborted ? undefined : value;
}

function scalarValue(value: unknown): Plain {
  if (typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  return null;
}

/**
 * A number too large for a double (`1e999`) or YAML's `.inf` / `.nan`: the author's mistake, said
 * at the number (CW001, as in the text form). The shape check sees 0 in its place, so it does not
 * report the same value again as being of the wrong kind; the readers of the document find no
 * finite number there and take nothing, and the error stops compilation.
 */
function nonFinite(ctx: YamlContext, node: Scalar<number>): Plain {
  const text = (node.range ? ctx.source.slice(node.range[0], node.range[1]) : '') || String(node.value);
  report(ctx, nonFiniteNumber(text), spanOf(ctx, node), [text]);
  return 0;
}
