import type { TestCondition } from '../../language/ast.js';
import { reservedSegmentProblem } from '../reserved.js';
import { didYouMean } from '../suggest.js';
import { MAIN_GROUP, type ConditionSite, type ItemSymbol } from '../symbols.js';
import type { Rule, RuleContext } from './rule.js';

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
  { symbols, report }: RuleContext,
  site: ConditionSite,
  test: TestCondition,
  names: KnownNames,
): void {
  const ref = test.ref;
  if (reservedSegmentProblem(ref.text) !== undefined) return; // CW012 says it
  const target = symbols.resolve(ref.text);
  if (target === undefined) {
    report(
      'CW011',
      symbols.file,
      ref.span,
      `unknown reference \`${ref.text}\` in the condition of ${site.scope.owner}: it names no item and no declared data path`,
      unknownReferenceHint(ref.text, names),
    );
    return;
  }
  const problem = target.kind === 'response' ? itemReadProblem(site, symbols.itemsById.get(target.itemId)) : specialReadProblem(site, target.kind);
  if (problem !== undefined) report('CW013', symbols.file, ref.span, problem.message, problem.hint);
}

function unknownReferenceHint(text: string, names: KnownNames): string {
  if (text === 'outcome') return 'declare the outcomes in `outcomes { … }` to read `outcome`';
  if (text === 'status') return 'declare a `lifecycle { … }` to read `status`';
  const suggestion = didYouMean(text, names.candidates());
  if (suggestion !== undefined) return suggestion;
  if (names.stepIds().has(text)) return `\`${text}\` is a step: a condition reads items and case data, so name one of the step's items`;
  return 'declare it in `data { }` or a `fields` block, or use the id of an earlier item';
}

interface ReadProblem {
  readonly message: string;
  readonly hint: string;
}

function specialReadProblem(site: ConditionSite, kind: 'case' | 'outcome' | 'status'): ReadProblem | undefined {
  const owner = site.scope.owner;
  if (kind === 'outcome' && !site.scope.outcome) {
    return {
      message: `${owner} cannot read \`outcome\`: it is set only once the main steps are done`,
      hint: 'read `outcome` in a closing step',
    };
  }
  if (kind === 'status' && !site.scope.status) {
    return { message: `${owner} cannot read \`status\``, hint: 'the `assign` rule picks the checklist before the case has a status; read case data' };
  }
  return undefined;
}

function itemReadProblem(site: ConditionSite, item: ItemSymbol | undefined): ReadProblem | undefined {
  if (item === undefined) return undefined;
  const { owner, items: readable } = site.scope;
  if (readable === undefined) {
    return { message: `${owner} reads only case data, not item \`${item.id}\``, hint: 'the checklist is chosen before any item is answered; read case data' };
  }
  if (item.step.group === MAIN_GROUP && readable.allMain) return undefined;
  if (item.step.group === readable.group && item.order < readable.before) return undefined;
  if (site.item === item) {
    return { message: `item \`${item.id}\` reads itself in its own condition`, hint: 'a condition decides whether its item is shown, so it cannot depend on its answer' };
  }
  if (site.item === undefined && site.step === item.step) {
    return {
      message: `step \`${item.step.id}\` reads its own item \`${item.id}\` in its condition, which decides whether that item is shown`,
      hint: `move \`${item.id}\` to an earlier step, or put the condition on the items that depend on it`,
    };
  }
  if (item.step.group !== MAIN_GROUP && item.step.group !== readable.group) {
    return {
      message: `${owner} reads item \`${item.id}\` of the closing steps of outcome \`${item.step.outcome ?? ''}\`, which it can never see`,
      hint: 'closing steps are shown after the main steps, and only those of the chosen outcome',
    };
  }
  return {
    message: `${owner} reads item \`${item.id}\`, which comes after it`,
    hint: `a condition reads only case data and earlier items: move \`${item.id}\` before it, or the condition after it`,
  };
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
        report(
          'CW011',
          symbols.file,
          field.span,
          `unknown data path \`${field.text}\` in section ${JSON.stringify(section.title.value)} of \`${item.id?.text ?? item.type}\``,
          didYouMean(field.text, paths) ?? 'declare it in `data { }` or a `fields` block',
        );
      }
    }
  }
}
