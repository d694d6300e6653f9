/**
 * The document as plain JSON-like data, for the schema check. Maps become objects without a
 * prototype, so keys such as `__proto__` or `constructor` are ordinary own keys and pollute
 * nothing. The walk is bounded: nesting deeper than MAX_YAML_DEPTH is CW003 and aliases may be
 * followed at most MAX_ALIASES times (each follow re-walks its target, so this caps alias bombs).
 */
import { isAlias, isMap, isScalar, isSeq, type Pair } from 'yaml';
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
      report(ctx, 'CW003', spanOf(ctx, node), `the YAML is nested deeper than ${MAX_YAML_DEPTH} levels`);
      aborted = true;
      return null;
    }
    if (isAlias(node)) {
      if (--aliasesLeft < 0) {
        report(ctx, 'CW001', spanOf(ctx, expanding ?? node), `too many aliases: at most ${MAX_ALIASES} are followed in one file`, 'write the repeated part out, or anchor less of it');
        aborted = true;
        return null;
      }
      const target = node.resolve(ctx.doc);
      if (!target) report(ctx, 'CW001', spanOf(ctx, node), `no anchor \`&${node.source}\` before this alias`);
      return walk(target, depth + 1, expanding ?? node);
    }
    if (isScalar(node)) return scalarValue(node.value);
    if (isSeq(node)) return node.items.map((item) => walk(item as YamlNode, depth + 1, expanding));
    if (isMap(node)) {
      const object: { [key: string]: Plain } = Object.create(null);
      for (const pair of node.items as Pair<YamlNode, YamlNode>[]) {
        const key = pair.key;
        if (isScalar(key) && typeof key.value === 'string') object[key.value] = walk(pair.value, depth + 1, expanding);
        else report(ctx, 'CW001', spanOf(ctx, key), 'a key must be text', 'write the key as a name, like `label`');
      }
      return object;
    }
    return null;
  };

  const value = walk(root, 0);
  return aborted ? undefined : value;
}

/** YAML scalars the core schema can produce that JSON has no word for (`.inf`, `.nan`) read as null. */
function scalarValue(value: unknown): Plain {
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return null;
}
