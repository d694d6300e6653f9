import type { TestCondition } from '../../language/ast.js';
import { reservedSegmentProblem } from '../reserved.js';
import { didYouMean } from '../suggest.js';
import { MAIN_GROUP, type ConditionSite, type ItemSymbol } from '../symbols.js';
import type { Rule, RuleContext } from './rule.js';
import { renderMessage, type Rendered } from '../../diagnostics/diagnostic.js';
import { Diagnostics } from '../../diagnostics/messages.js';

/**
 * CW011 (a reference that names nothing, in a condition or a `data_compare` section) and CW013
 * (a reference to something the condition may not read: later items, itself, `outcome` in a
 * main step, anything but case data in `assign`).
 */
export const references: Rule = {
  codes: ['CW011', 'CW013'],
  check(context) {
    const { symbols } = context;
    const names: KnownNames = {
      candidates: lazy(() => [
        ...symbols.itemsById.keys(),
        ...symbols.casePaths.keys(),
        ...(symbols.outcomeIds.length > 0 ? ['outcome'] : []),
        ...(symbols.checklist?.lifecycle ? ['status'] : []),
      ]),
      stepIds: lazy(() => new Set(symbols.steps.map((step) => step.id))),
    };
    for (const { test, site } of symbols.tests) checkReference(context, site, test, names);
    checkComparedFields(context);
  },
};

/** Built only when a reference is unknown: a valid file pays nothing for its suggestions. */
interface KnownNames {
  readonly candidates: () => readonly string[];
  readonly stepIds: () => ReadonlySet<string>;
}

function lazy<T>(build: () => T): () => T {
  let value: { readonly built: T } | undefined;
  return () => (value ??= { built: build() }).built;
}

function checkReference(
  { symbols, reportRendered }: RuleContext,
  site: ConditionSite,
  test: TestCondition,
  names: KnownNames,
): void {
  const ref = test.ref;
  if (reservedSegmentProblem(ref.text) !== undefined) return; // CW012 says it
  const target = symbols.resolve(ref.text);
  if (target === undefined) {
    reportRendered(unknownReference(ref.text, site.scope.owner, names), symbols.file, ref.span);
    return;
  }
  const problem = target.kind === 'response' ? itemReadProblem(site, symbols.itemsById.get(target.itemId)) : specialReadProblem(site, target.kind);
  if (problem !== undefined) reportRendered(problem, symbols.file, ref.span);
}

function unknownReference(text: string, owner: string, names: KnownNames): Rendered {
  if (text === 'outcome') return renderMessage(Diagnostics.UnknownOutcomeReference, [owner]);
  if (text === 'status') return renderMessage(Diagnostics.UnknownStatusReference, [owner]);
  const suggestion = didYouMean(text, names.candidates());
  if (suggestion === undefined && names.stepIds().has(text)) return renderMessage(Diagnostics.StepReference, [text, owner]);
  return renderMessage(Diagnostics.UnknownReference, [text, owner], suggestion);
}

type ReadProblem = Rendered;

function specialReadProblem(site: ConditionSite, kind: 'case' | 'outcome' | 'status'): ReadProblem | undefined {
  const owner = site.scope.owner;
  if (kind === 'outcome' && !site.scope.outcome) {
    return renderMessage(Diagnostics.OutcomeTooEarly, [owner]);
  }
  if (kind === 'status' && !site.scope.status) {
    return renderMessage(Diagnostics.StatusInAssign, [owner]);
  }
  return undefined;
}

function itemReadProblem(site: ConditionSite, item: ItemSymbol | undefined): ReadProblem | undefined {
  if (item === undefined) return undefined;
  const { owner, items: readable } = site.scope;
  if (readable === undefined) {
    return renderMessage(Diagnostics.ItemInAssign, [owner, item.id]);
  }
  if (item.step.group === MAIN_GROUP && readable.allMain) return undefined;
  if (item.step.group === readable.group && item.order < readable.before) return undefined;
  if (site.item === item) {
    return renderMessage(Diagnostics.SelfReference, [item.id]);
  }
  if (site.item === undefined && site.step === item.step) {
    return renderMessage(Diagnostics.StepReadsOwnItem, [item.step.id, item.id]);
  }
  if (item.step.group !== MAIN_GROUP && item.step.group !== readable.group) {
    return renderMessage(Diagnostics.ClosingItemOutOfSight, [owner, item.id, item.step.outcome ?? '']);
  }
  return renderMessage(Diagnostics.ForwardReference, [owner, item.id]);
}

/** A `data_compare` section field must be a declared data path (it is read from both sources). */
function checkComparedFields({ symbols, report }: RuleContext): void {
  let paths: readonly string[] | undefined;
  for (const { item } of symbols.items) {
    if (item.type !== 'data_compare') continue;
    for (const section of item.sections ?? []) {
      for (const field of section.fields) {
        if (symbols.casePaths.has(field.text) || reservedSegmentProblem(field.text) !== undefined) continue;
        paths ??= [...symbols.casePaths.keys()];
        report(Diagnostics.UnknownComparedPath, symbols.file, field.span, [field.text, JSON.stringify(section.title.value), item.id?.text ?? item.type], didYouMean(field.text, paths));
      }
    }
  }
}
