/** A step: a map whose first key is `step` (its id), then `title`, `description`, `when`, `items`. */
import { Diagnostics } from '../diagnostics/messages.js';
import type { Step } from '../language/ast.js';
import { conditionOf } from './conditions.js';
import { entries, entry, report, seqItems, spanOf, type YamlContext, type YamlNode } from './context.js';
import { itemOf } from './items.js';
import { booleanOf, nameOf, strOf } from './scalars.js';

export function stepsOf(ctx: YamlContext, node: YamlNode): Step[] {
  return seqItems(ctx, node).flatMap((stepNode) => stepOf(ctx, stepNode) ?? []);
}

function stepOf(ctx: YamlContext, node: YamlNode): Step | undefined {
  const keys = entries(ctx, node);
  const idEntry = entry(keys, 'step');
  const first = keys[0];
  if (first && idEntry && first !== idEntry) {
    report(ctx, Diagnostics.StepKeyFirst, spanOf(ctx, idEntry.keyNode));
  }
  const id = nameOf(ctx, idEntry?.value);
  if (!id) return undefined;
  const span = spanOf(ctx, node);
  const title = strOf(ctx, entry(keys, 'title')?.value) ?? { value: '', span };
  const description = strOf(ctx, entry(keys, 'description')?.value);
  const whenEntry = entry(keys, 'when');
  const when = whenEntry && conditionOf(ctx, whenEntry.value);
  const items = seqItems(ctx, entry(keys, 'items')?.value).flatMap((itemNode) => itemOf(ctx, itemNode) ?? []);
  const sensitive = booleanOf(ctx, entry(keys, 'sensitive')?.value) === true;
  return { id, title, ...(sensitive && { sensitive }), ...(when && { when }), ...(description && { description }), items, span };
}
