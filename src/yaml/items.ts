/**
 * An item: a map whose first key is its type holding its id (`yes_no: q`; `instructions` holds
 * its text and may give `id:`), then `label`, `when`, `sections` and its options. The schema lets
 * items carry any key, so their keys are checked here.
 */
import { Diagnostics, Hints } from '../diagnostics/messages.js';
import { hint } from '../diagnostics/diagnostic.js';
import type { Condition, Item, ItemOption, ItemType, Section } from '../language/ast.js';
import { ITEM_TYPES } from '../language/ast.js';
import { isOptionName, OPTIONS } from '../language/content-types.js';
import { didYouMean, suggest } from '../check/suggest.js';
import { conditionOf } from './conditions.js';
import { entries, entry, quoted, report, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';
import { knownOptionOf, looksLikeOption, unknownOptionOf } from './options.js';
import { nameOf, strOf } from './scalars.js';

/** Keys an item has besides its type and options; a near miss of one of these is a typo, not an option. */
const ITEM_KEYS = ['label', 'when', 'id', 'sections'] as const;
const ALL_ITEM_KEYS: readonly string[] = [...ITEM_KEYS, ...Object.keys(OPTIONS)];

export function itemOf(ctx: YamlContext, node: YamlNode): Item | undefined {
  const keys = entries(ctx, node);
  const typeEntry = typeEntryOf(ctx, node, keys);
  if (!typeEntry) return undefined;
  const type = typeEntry.key as ItemType;
  const isInstructions = type === 'instructions';
  let id = isInstructions ? undefined : nameOf(ctx, typeEntry.value);
  let label = isInstructions ? strOf(ctx, typeEntry.value) : undefined;
  let when: Condition | undefined;
  let sections: Section[] | undefined;
  const options: ItemOption[] = [];
  for (const key of keys) {
    if (key === typeEntry) continue;
    if (isItemType(key.key)) {
      report(ctx, Diagnostics.SecondItemType, spanOf(ctx, key.keyNode), [quoted(key.key), type]);
    } else if (key.key === 'label' && !isInstructions) {
      label = strOf(ctx, key.value);
    } else if (key.key === 'id' && isInstructions) {
      id = nameOf(ctx, key.value);
    } else if (key.key === 'when') {
      when = conditionOf(ctx, key.value);
    } else if (key.key === 'sections') {
      sections = sectionsOf(ctx, key.value);
    } else if (key.key === 'label' || key.key === 'id') {
      report(ctx, key.key === 'label' ? Diagnostics.LabelOnInstructions : Diagnostics.IdOnItem, spanOf(ctx, key.keyNode), [type]);
    } else if (isOptionName(key.key)) {
      const option = knownOptionOf(ctx, key, key.key);
      if (option) options.push(option);
    } else {
      const option = unknownKey(ctx, key);
      if (option) options.push(option);
    }
  }
  return {
    type,
    typeSpan: spanOf(ctx, typeEntry.keyNode),
    ...(id && { id }),
    ...(label && { label }),
    options,
    ...(sections && { sections }),
    ...(when && { when }),
    span: spanOf(ctx, node),
  };
}

/** The item's type: its first key. A type written later is reported, and still used. */
function typeEntryOf(ctx: YamlContext, node: YamlNode, keys: readonly Entry[]): Entry | undefined {
  const first = keys[0];
  const typed = keys.find((key) => isItemType(key.key));
  if (first && typed && first !== typed) {
    report(ctx, Diagnostics.ItemTypeFirst, spanOf(ctx, typed.keyNode), [typed.key]);
  } else if (!typed) {
    if (first) report(ctx, Diagnostics.ItemStartsWithUnknownKey, spanOf(ctx, first.keyNode), [quoted(first.key)], didYouMean(first.key, ITEM_TYPES));
    else report(ctx, Diagnostics.ItemWithoutType, spanOf(ctx, node));
  }
  return typed;
}

function isItemType(key: string): key is ItemType {
  return (ITEM_TYPES as readonly string[]).includes(key);
}

/** A near miss of `label`, `when`, … is CW001; anything else shaped like an option goes to the checker. */
function unknownKey(ctx: YamlContext, key: Entry): ItemOption | undefined {
  const best = suggest(key.key, ALL_ITEM_KEYS);
  const isTypo = best !== undefined && (ITEM_KEYS as readonly string[]).includes(best);
  if (!isTypo && looksLikeOption(ctx, key)) return unknownOptionOf(ctx, key);
  report(ctx, Diagnostics.UnknownItemKey, spanOf(ctx, key.keyNode), [quoted(key.key)], isTypo ? hint(Hints.DidYouMean, [best]) : undefined);
  return undefined;
}

function sectionsOf(ctx: YamlContext, node: YamlNode): Section[] {
  return seqItems(ctx, node).flatMap((sectionNode) => {
    const keys = entries(ctx, sectionNode);
    const title = strOf(ctx, entry(keys, 'section')?.value);
    if (!title) return [];
    const fields = seqItems(ctx, entry(keys, 'fields')?.value).flatMap((field) => nameOf(ctx, field) ?? []);
    return [{ title, fields, span: spanOf(ctx, sectionNode) }];
  });
}
