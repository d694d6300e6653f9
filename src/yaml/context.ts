/**
 * What every phase of the YAML front end shares: the document being read, positions, and the
 * diagnostics collected so far. Nodes are read through these helpers only, so aliases, spans and
 * key checks are handled in one place.
 */
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import { diag, type Diagnostic, type MessageArgs } from '../diagnostics/diagnostic.js';
import type { MessageDef } from '../diagnostics/template.js';
import type { Span } from '../language/span.js';

export interface YamlContext {
  readonly source: string;
  readonly file: string;
  readonly doc: Document;
  readonly lines: LineCounter;
  readonly diagnostics: Diagnostic[];
}

/** A YAML node as the composer leaves it: a value, possibly an alias, possibly missing. */
export type YamlNode = Node | null | undefined;

/** A map entry whose key is text: the only kind of key the form has. */
export interface Entry {
  readonly key: string;
  readonly keyNode: Scalar;
  readonly value: YamlNode;
  readonly span: Span;
}

export function spanAt(ctx: YamlContext, start: number, end: number): Span {
  const from = ctx.lines.linePos(start);
  const to = ctx.lines.linePos(Math.max(start, end));
  return { line: from.line, column: from.col, endLine: to.line, endColumn: to.col };
}

/** The node's value range (trailing comments excluded); a missing node has no span of its own. */
export function spanOf(ctx: YamlContext, node: YamlNode, fallback?: Span): Span {
  const range = node?.range;
  if (range) return spanAt(ctx, range[0], range[1]);
  return fallback ?? spanAt(ctx, 0, 0);
}

/** `report(ctx, Diagnostics.X, span, [args], hint?)`: an entry of the message table, in this file. */
export function report<M extends MessageDef>(ctx: YamlContext, entry: M, span: Span, ...rest: NoInfer<MessageArgs<M>>): void {
  ctx.diagnostics.push(diag(entry, ctx.file, span, ...rest));
}

/**
 * The node an alias stands for. The whole document was already walked once with an alias
 * budget (see to-plain.ts) before anything reads it this way, so no alias bomb reaches here.
 */
export function deref(ctx: YamlContext, node: YamlNode): YamlNode {
  return isAlias(node) ? node.resolve(ctx.doc) : node;
}

export function asMap(ctx: YamlContext, node: YamlNode): YAMLMap | undefined {
  const target = deref(ctx, node);
  return isMap(target) ? target : undefined;
}

export function asSeq(ctx: YamlContext, node: YamlNode): YAMLSeq | undefined {
  const target = deref(ctx, node);
  return isSeq(target) ? target : undefined;
}

export function asScalar(ctx: YamlContext, node: YamlNode): Scalar | undefined {
  const target = deref(ctx, node);
  return isScalar(target) ? target : undefined;
}

/** The items of a sequence, or none when the node is not one (the schema reported it). */
export function seqItems(ctx: YamlContext, node: YamlNode): readonly YamlNode[] {
  return (asSeq(ctx, node)?.items ?? []) as YamlNode[];
}

/**
 * A map's entries with text keys, in written order. Other keys were reported while the document
 * was converted for the schema check, so they are skipped silently here.
 */
export function entries(ctx: YamlContext, node: YamlNode): readonly Entry[] {
  const map = asMap(ctx, node);
  if (!map) return [];
  const result: Entry[] = [];
  for (const pair of map.items as Pair<YamlNode, YamlNode>[]) {
    const keyNode = pair.key;
    if (!isScalar(keyNode) || typeof keyNode.value !== 'string') continue;
    const keyRange = keyNode.range ?? [0, 0];
    const span = spanAt(ctx, keyRange[0], pair.value?.range?.[1] ?? keyRange[1]);
    result.push({ key: keyNode.value, keyNode, value: pair.value, span });
  }
  return result;
}

/** The entry under `key`, compared as an own string (never through inherited properties). */
export function entry(entriesOfMap: readonly Entry[], key: string): Entry | undefined {
  return entriesOfMap.find((e) => e.key === key);
}

const LONGEST_QUOTE = 60;

/** User text in a message, in backquotes; a very long name is cut, the span shows all of it. */
export function quoted(text: string): string {
  return `\`${text.length > LONGEST_QUOTE ? `${text.slice(0, LONGEST_QUOTE)}…` : text}\``;
}
