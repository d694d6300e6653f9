/**
 * `lifecycle`, mirroring the text form's `initial`, `status` and `transition` lines:
 * `{ initial: ID, statuses: { ID: label | { label, active, final } }, transitions: [ { name, from, to, when } ] }`.
 */
import { isSeq } from 'yaml';
import type { Lifecycle, LifecycleStatus, LifecycleTransition } from '../language/ast.js';
import { conditionOf } from './conditions.js';
import { asMap, deref, entries, entry, seqItems, spanOf, type Entry, type YamlContext, type YamlNode } from './context.js';
import { booleanOf, keyName, nameOf, strOf } from './scalars.js';

export function lifecycleOf(ctx: YamlContext, node: YamlNode): Lifecycle {
  const keys = entries(ctx, node);
  const initial = nameOf(ctx, entry(keys, 'initial')?.value);
  const statuses = entries(ctx, entry(keys, 'statuses')?.value).flatMap((status) => statusOf(ctx, status) ?? []);
  const transitions = seqItems(ctx, entry(keys, 'transitions')?.value).flatMap((t) => transitionOf(ctx, t) ?? []);
  return { ...(initial && { initial }), statuses, transitions, span: spanOf(ctx, node) };
}

function statusOf(ctx: YamlContext, status: Entry): LifecycleStatus | undefined {
  const id = keyName(ctx, status);
  const details = asMap(ctx, status.value) && entries(ctx, status.value);
  const label = strOf(ctx, details ? entry(details, 'label')?.value : status.value);
  if (!label) return undefined;
  const flag = (name: string): boolean => (details && booleanOf(ctx, entry(details, name)?.value)) ?? false;
  return { id, label, active: flag('active'), final: flag('final'), span: status.span };
}

function transitionOf(ctx: YamlContext, node: YamlNode): LifecycleTransition | undefined {
  const keys = entries(ctx, node);
  const name = nameOf(ctx, entry(keys, 'name')?.value);
  const to = nameOf(ctx, entry(keys, 'to')?.value);
  const fromNode = entry(keys, 'from')?.value;
  const from = isSeq(deref(ctx, fromNode))
    ? seqItems(ctx, fromNode).flatMap((status) => nameOf(ctx, status) ?? [])
    : [nameOf(ctx, fromNode)].flatMap((status) => status ?? []);
  if (!name || !to || from.length === 0) return undefined;
  const whenEntry = entry(keys, 'when');
  const when = whenEntry && conditionOf(ctx, whenEntry.value);
  return { name, from, to, ...(when && { when }), span: spanOf(ctx, node) };
}
