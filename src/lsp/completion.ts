/**
 * Completion from the cursor's context, read off the text (the line being typed need not parse):
 * in a condition, only what a condition there may read (earlier items, declared case data,
 * `outcome`/`status` where declared); after `==`, `!=` or `in [`, the values of that select or
 * choice; at the start of a line, the keywords and content types of the enclosing block; after an
 * item's label, the option names of its type.
 */
import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver';
import { ITEM_TYPES, type ItemType } from '../language/ast.js';
import { CONTENT_TYPES } from '../language/content-types.js';
import type { Analysis } from './workspace.js';
import type { Definition } from './names.js';
import { spanBefore, spanHolds } from './positions.js';
import { linePrefix, openBlocks } from './text.js';

const TOP_LEVEL = ['import', 'fields', 'checklist'];
const MEMBERS = ['version', 'description', 'ordering', 'assign', 'data', 'udf', 'outcomes', 'closing', 'resolution', 'qa_review', 'lifecycle', 'step'];
const DECL_TYPES = ['text', 'number', 'boolean', 'date', 'list', 'choice'];
const LIFECYCLE = ['initial', 'status', 'transition'];
const ITEM_TYPE_SET: ReadonlySet<string> = new Set(ITEM_TYPES);

export function complete(analysis: Analysis, position: Position): CompletionItem[] {
  const prefix = linePrefix(analysis.text, position);
  const yaml = /\.ya?ml$/i.test(analysis.file);

  const valueOf = /([A-Za-z_][\w.]*)\s*(?:==|!=|(?:not\s+)?in\s*\[[^\]]*)\s*"?[^"\]]*$/.exec(prefix);
  if (valueOf && isCondition(prefix, yaml)) return valuesOf(analysis, valueOf[1] ?? '');
  if (isCondition(prefix, yaml)) return readable(analysis, position);
  if (yaml) return [];

  const blocks = openBlocks(analysis.text, position);
  const block = blocks[blocks.length - 1];
  const item = /^\s*([a-z_]+)\s+[A-Za-z_]\w*\s+"(?:[^"\\]|\\.)*"\s.*$/.exec(prefix);
  if (item && ITEM_TYPE_SET.has(item[1] ?? '')) return optionsOf(item[1] as ItemType);
  if (!/^\s*[a-z_]*$/.test(prefix)) {
    return block === 'data' || block === 'fields' || block === 'udf' || block === 'resolution' ? keywords(DECL_TYPES, CompletionItemKind.TypeParameter) : [];
  }
  if (block === undefined) return keywords(TOP_LEVEL, CompletionItemKind.Keyword);
  if (block === 'checklist') return keywords(MEMBERS, CompletionItemKind.Keyword);
  if (block === 'step') return [...keywords(['description'], CompletionItemKind.Keyword), ...keywords(ITEM_TYPES, CompletionItemKind.Class)];
  if (block === 'closing') return keywords(['step'], CompletionItemKind.Keyword);
  if (block === 'lifecycle') return keywords(LIFECYCLE, CompletionItemKind.Keyword);
  return [];
}

/** After `when` (or `when:` in YAML, `qa_review`, `assign when`), inside the condition being typed. */
function isCondition(prefix: string, yaml: boolean): boolean {
  if (yaml) return /\b(?:when|qa_review)\s*:/.test(prefix);
  return /\bwhen\b/.test(prefix) || /^\s*qa_review\b/.test(prefix) || /^\s*(?:and|or|not)\b/.test(prefix);
}

function readable(analysis: Analysis, position: Position): CompletionItem[] {
  const definitions = analysis.names.definitions;
  // Items written before the cursor, but not the one the cursor is in (a condition cannot read its own item).
  const within = analysis.symbols?.items.find((i) => spanHolds(i.item.span, position))?.id;
  const here = definitions.filter((d) => d.kind === 'item' && d.file === analysis.file && d.id !== within && spanBefore(d.span, position));
  const inClosing = here.length > 0 && here[here.length - 1]?.closing === true;
  const items = here.filter((d) => !d.closing || inClosing);
  const cases = definitions.filter((d) => d.kind === 'case');
  const special = [
    ...(definitions.some((d) => d.kind === 'outcome') ? ['outcome'] : []),
    ...(definitions.some((d) => d.kind === 'status') ? ['status'] : []),
  ];
  return [
    ...items.map((d) => entry(d, CompletionItemKind.Field)),
    ...cases.map((d) => entry(d, CompletionItemKind.Property)),
    ...keywords(special, CompletionItemKind.Variable),
  ];
}

function valuesOf(analysis: Analysis, ref: string): CompletionItem[] {
  const definition = analysis.names.definitions.find((d) => d.id === ref && (d.kind === 'item' || d.kind === 'case'));
  return (definition?.values ?? []).map((value) => ({ label: JSON.stringify(value), kind: CompletionItemKind.EnumMember, detail: `a value of \`${ref}\`` }));
}

function optionsOf(type: ItemType): CompletionItem[] {
  return [...keywords(Object.keys(CONTENT_TYPES[type].options), CompletionItemKind.Property), ...keywords(['when'], CompletionItemKind.Keyword)];
}

/**
 * No documentation yet: `completionItem/resolve` adds it (resolveEntry) for the item the editor
 * shows, so a condition late in a big file, that may read thousands of names, answers quickly.
 */
function entry(definition: Definition, kind: CompletionItemKind): CompletionItem {
  return { label: definition.id, kind };
}

/** Adds the hover text of the name to a completion item of the last completion (`completionItem/resolve`). */
export function resolveEntry(analysis: Analysis, item: CompletionItem): CompletionItem {
  const definition = analysis.names.definitions.find((d) => (d.kind === 'item' || d.kind === 'case') && d.id === item.label);
  return definition === undefined ? item : { ...item, documentation: { kind: 'markdown', value: definition.summary } };
}

function keywords(words: readonly string[], kind: CompletionItemKind): CompletionItem[] {
  return words.map((label) => ({ label, kind }));
}
