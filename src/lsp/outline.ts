/** Document symbols: the checklist, its steps (closing steps under their outcome) and their items. */
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Item, Step } from '../language/ast.js';
import type { Symbols } from '../check/symbols.js';
import { rangeOf } from './positions.js';

export function outline(symbols: Symbols | undefined): DocumentSymbol[] {
  const checklist = symbols?.checklist;
  if (symbols === undefined || checklist === undefined) return [];
  const itemId = (item: Item): string => symbols.itemSymbols.get(item)?.id ?? item.type;
  const stepSymbol = (step: Step): DocumentSymbol => ({
    name: step.id.text,
    detail: step.title.value,
    kind: SymbolKind.Class,
    range: rangeOf(step.span),
    selectionRange: rangeOf(step.id.span),
    children: step.items.map((item) => ({
      name: itemId(item),
      detail: item.type,
      kind: SymbolKind.Field,
      range: rangeOf(item.span),
      selectionRange: rangeOf(item.id?.span ?? item.typeSpan),
    })),
  });
  const closing = checklist.closing.map((block) => ({
    name: `closing ${block.outcome.text}`,
    kind: SymbolKind.Namespace,
    range: rangeOf(block.span),
    selectionRange: rangeOf(block.outcome.span),
    children: block.steps.map(stepSymbol),
  }));
  return [
    {
      name: checklist.id.text,
      detail: checklist.title.value,
      kind: SymbolKind.Module,
      range: rangeOf(checklist.span),
      selectionRange: rangeOf(checklist.id.span),
      children: [...checklist.steps.map(stepSymbol), ...closing],
    },
  ];
}
