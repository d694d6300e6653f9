/**
 * The binder: one walk over the file that collects ids, declarations, value types, document
 * order and the read scope of every condition into the symbol table (symbols.ts), noting every
 * name clash on the way. It reports nothing itself; the rules do.
 */
import { renderMessage } from '../diagnostics/diagnostic.js';
import { Diagnostics } from '../diagnostics/messages.js';
import type { Checklist, FieldsBlock, Item, SourceFile, Step } from '../language/ast.js';
import { CONTENT_TYPES, type ValueType } from '../language/content-types.js';
import type { Span } from '../language/span.js';
import { bindDeclarations, type DeclSource } from './bind-declarations.js';
import type { CaseDecl, CheckedChecklist, RefTarget } from './model.js';
import { forEachTest } from './conditions.js';
import { declValueType } from './value-types.js';
import { findOption, isFlagSet, optionStrings, optionWord } from './options.js';
import {
  MAIN_GROUP,
  type ConditionSite,
  type DeclSymbol,
  type Duplicate,
  type ItemSymbol,
  type ReadScope,
  type SiteTest,
  type StepGroup,
  type StepSymbol,
  type Symbols,
} from './symbols.js';

const UNKNOWN_TYPE: ValueType = { kind: 'object' };

export function bind(main: SourceFile, imported: readonly FieldsBlock[]): Symbols {
  const duplicates: Duplicate[] = [];
  const checklist = main.checklist;
  const file = main.file;

  const fieldsBlocks = distinctBlocks([...imported, ...main.fields]);
  const caseSources: DeclSource[] = fieldsBlocks.map((block) => ({ decls: block.decls, file: block.file }));
  if (checklist !== undefined) caseSources.push({ decls: checklist.data, file });
  const caseDeclarations = bindDeclarations(caseSources, 'case data', duplicates);
  const udfDeclarations = bindDeclarations(checklist ? [{ decls: checklist.udf, file }] : [], 'udf', duplicates);
  bindDeclarations(checklist ? [{ decls: checklist.resolution, file }] : [], 'resolution', duplicates);

  const steps = checklist === undefined ? undefined : bindSteps(checklist, file, udfDeclarations.byPath, duplicates);
  const itemsById = steps?.itemsById ?? new Map<string, ItemSymbol>();
  reportAmbiguousPaths(caseDeclarations.symbols, itemsById, file, duplicates);

  const outcomeIds = checklist ? distinctIds(checklist.outcomes.map((o) => o.id), 'outcome', file, duplicates) : [];
  const statusIds = checklist?.lifecycle
    ? distinctIds(checklist.lifecycle.statuses.map((s) => s.id), 'status', file, duplicates)
    : [];
  if (checklist?.lifecycle) distinctIds(checklist.lifecycle.transitions.map((t) => t.name), 'transition', file, duplicates);
  if (checklist) distinctIds(checklist.closing.map((c) => c.outcome), 'closing block for outcome', file, duplicates);

  const caseDecls: CaseDecl[] = caseDeclarations.symbols.map((symbol) => ({ decl: symbol.decl, file: symbol.file }));
  const resolve = referenceResolver(checklist, itemsById, caseDeclarations.byPath, outcomeIds, statusIds);
  const conditions = checklist === undefined || steps === undefined ? [] : conditionSites(checklist, steps);

  return {
    file,
    ...(checklist === undefined ? {} : { checklist }),
    fieldsBlocks,
    mainSteps: steps?.mainSteps ?? [],
    steps: steps?.steps ?? [],
    items: steps?.items ?? [],
    itemsById,
    itemSymbols: steps?.itemSymbols ?? new Map(),
    caseDecls,
    casePaths: caseDeclarations.byPath,
    udfPaths: udfDeclarations.byPath,
    outcomeIds,
    statusIds,
    conditions,
    tests: conditions.flatMap((site) => testsOf(site)),
    duplicates,
    resolve,
  };
}

/** The model the emitter reads; only for a file with a checklist. */
export function checkedModel(symbols: Symbols): CheckedChecklist | undefined {
  const checklist = symbols.checklist;
  if (checklist === undefined) return undefined;
  return {
    file: symbols.file,
    checklist,
    caseDecls: symbols.caseDecls,
    itemId: (item) => symbols.itemSymbols.get(item)?.id ?? item.id?.text ?? '',
    resolve: (ref) => symbols.resolve(ref.text),
    udf: (path) => symbols.udfPaths.get(path)?.decl,
  };
}

/** A diamond import hands the checker the same block twice; it declares its fields once. */
function distinctBlocks(blocks: readonly FieldsBlock[]): FieldsBlock[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    const key = `${block.file}\0${block.span.line}\0${block.span.column}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

interface BoundSteps {
  readonly mainSteps: StepSymbol[];
  readonly steps: StepSymbol[];
  readonly items: ItemSymbol[];
  readonly itemsById: Map<string, ItemSymbol>;
  readonly itemSymbols: Map<Item, ItemSymbol>;
}

function bindSteps(
  checklist: Checklist,
  file: string,
  udfPaths: ReadonlyMap<string, DeclSymbol>,
  duplicates: Duplicate[],
): BoundSteps {
  const bound: BoundSteps = { mainSteps: [], steps: [], items: [], itemsById: new Map(), itemSymbols: new Map() };
  /** Every id the user wrote (steps and items share one namespace), first occurrence. */
  const written = new Map<string, { readonly what: string; readonly span: Span }>();
  const generated: { readonly id: string; readonly where: string }[] = [];

  const claim = (id: string, span: Span, what: string): void => {
    const first = written.get(id);
    if (first === undefined) {
      written.set(id, { what, span });
      return;
    }
    duplicates.push({
      file,
      span,
      problem: renderMessage(Diagnostics.DuplicateId, [id, first.what, first.span.line]),
    });
  };

  const bindStep = (step: Step, group: StepGroup, outcome: string | undefined): void => {
    claim(step.id.text, step.id.span, 'step');
    const stepSymbol: StepSymbol = {
      id: step.id.text,
      step,
      group,
      firstOrder: bound.items.length,
      ...(outcome === undefined ? {} : { outcome }),
    };
    bound.steps.push(stepSymbol);
    if (group === MAIN_GROUP) bound.mainSteps.push(stepSymbol);
    step.items.forEach((item, index) => {
      let id: string;
      if (item.id !== undefined) {
        id = item.id.text;
        claim(id, item.id.span, 'item');
      } else {
        id = `${step.id.text}_${item.type}_${index + 1}`;
        // Only instructions may omit their id (CW021 otherwise), so only theirs can clash.
        if (item.type === 'instructions') generated.push({ id, where: `item ${index + 1} of step \`${step.id.text}\`` });
      }
      const symbol: ItemSymbol = {
        id,
        item,
        step: stepSymbol,
        order: bound.items.length,
        valueType: responseType(item, udfPaths),
      };
      bound.items.push(symbol);
      bound.itemSymbols.set(item, symbol);
      if (!bound.itemsById.has(id)) bound.itemsById.set(id, symbol);
    });
  };

  for (const step of checklist.steps) bindStep(step, MAIN_GROUP, undefined);
  checklist.closing.forEach((closing, index) => {
    for (const step of closing.steps) bindStep(step, `closing:${index}`, closing.outcome.text);
  });

  for (const { id, where } of generated) {
    const user = written.get(id);
    if (user === undefined) continue;
    duplicates.push({
      file,
      span: user.span,
      problem: renderMessage(Diagnostics.DuplicateGeneratedId, [id, where, user.what]),
    });
  }
  return bound;
}

/** The response type conditions see; `select` and `udf` depend on the item's options. */
function responseType(item: Item, udfPaths: ReadonlyMap<string, DeclSymbol>): ValueType | undefined {
  if (item.type === 'select') {
    const options = optionStrings(findOption(item, 'options')?.value);
    if (options === undefined || options.length === 0) return undefined;
    const choice: ValueType = { kind: 'choice', values: options };
    return isFlagSet(findOption(item, 'multiple')) ? { kind: 'list', of: choice } : choice;
  }
  if (item.type === 'udf') {
    const path = optionWord(findOption(item, 'field')?.value)?.text;
    const decl = path === undefined ? undefined : udfPaths.get(path)?.decl;
    return decl === undefined ? undefined : declValueType(decl.type);
  }
  return CONTENT_TYPES[item.type].response;
}

/** docs/ir.md "References": `case.a.b` is ambiguous with `responses.a` when `a` is an item id. */
function reportAmbiguousPaths(
  decls: readonly DeclSymbol[],
  itemsById: ReadonlyMap<string, ItemSymbol>,
  file: string,
  duplicates: Duplicate[],
): void {
  for (const { decl, file: declFile } of decls) {
    const head = decl.path.text.split('.')[0] ?? '';
    const item = itemsById.get(head);
    if (item === undefined) continue;
    // Point at whichever of the two the compiled file can change.
    const atDecl = declFile === file || item.item.id === undefined;
    duplicates.push({
      file: atDecl ? declFile : file,
      span: atDecl ? decl.path.span : (item.item.id?.span ?? item.item.typeSpan),
      problem: renderMessage(Diagnostics.AmbiguousName, [head, decl.path.text]),
    });
  }
}

function distinctIds(names: readonly { readonly text: string; readonly span: Span }[], what: string, file: string, duplicates: Duplicate[]): string[] {
  const seen = new Map<string, Span>();
  for (const name of names) {
    const first = seen.get(name.text);
    if (first === undefined) {
      seen.set(name.text, name.span);
      continue;
    }
    duplicates.push({
      file,
      span: name.span,
      problem: renderMessage(Diagnostics.DuplicateName, [what, name.text, first.line]),
    });
  }
  return [...seen.keys()];
}

function referenceResolver(
  checklist: Checklist | undefined,
  itemsById: ReadonlyMap<string, ItemSymbol>,
  casePaths: ReadonlyMap<string, DeclSymbol>,
  outcomeIds: readonly string[],
  statusIds: readonly string[],
): (text: string) => RefTarget | undefined {
  const outcomeType: ValueType = { kind: 'choice', values: outcomeIds };
  const statusType: ValueType = { kind: 'choice', values: statusIds };
  // Every rule resolves every reference: resolve each distinct text once.
  const resolved = new Map<string, RefTarget | undefined>();
  const resolve = (text: string): RefTarget | undefined => {
    const item = text.includes('.') ? undefined : itemsById.get(text);
    if (item !== undefined) {
      return { kind: 'response', itemId: item.id, varPath: `responses.${item.id}`, type: item.valueType ?? UNKNOWN_TYPE };
    }
    if (text === 'outcome' && checklist !== undefined && checklist.outcomes.length > 0) {
      return { kind: 'outcome', varPath: 'outcome', type: outcomeType };
    }
    if (text === 'status' && checklist?.lifecycle !== undefined) {
      return { kind: 'status', varPath: 'status', type: statusType };
    }
    const decl = casePaths.get(text);
    if (decl === undefined) return undefined;
    return { kind: 'case', path: text, varPath: `case.${text}`, type: declValueType(decl.decl.type), decl: decl.decl };
  };
  return (text) => {
    if (resolved.has(text)) return resolved.get(text);
    const target = resolve(text);
    resolved.set(text, target);
    return target;
  };
}

function testsOf(site: ConditionSite): SiteTest[] {
  const tests: SiteTest[] = [];
  forEachTest(site.condition, (test) => tests.push({ test, site }));
  return tests;
}

function conditionSites(checklist: Checklist, bound: BoundSteps): ConditionSite[] {
  const sites: ConditionSite[] = [];
  if (checklist.assign) {
    sites.push({ condition: checklist.assign.when, scope: { owner: 'the `assign` rule', outcome: false, status: false } });
  }
  if (checklist.qaReview) {
    const scope: ReadScope = { owner: '`qa_review`', items: { group: MAIN_GROUP, before: 0, allMain: true }, outcome: false, status: true };
    sites.push({ condition: checklist.qaReview, scope });
  }
  for (const step of bound.steps) {
    const closing = step.group !== MAIN_GROUP;
    const scopeBefore = (owner: string, before: number): ReadScope => ({
      owner,
      items: { group: step.group, before, allMain: closing },
      outcome: closing,
      status: true,
    });
    if (step.step.when) {
      sites.push({ condition: step.step.when, scope: scopeBefore(`step \`${step.id}\``, step.firstOrder), step });
    }
    for (const item of step.step.items) {
      const symbol = bound.itemSymbols.get(item);
      if (item.when === undefined || symbol === undefined) continue;
      const owner = `item \`${symbol.id}\``;
      sites.push({ condition: item.when, scope: scopeBefore(owner, symbol.order), step, item: symbol });
    }
  }
  for (const transition of checklist.lifecycle?.transitions ?? []) {
    if (transition.when === undefined) continue;
    const scope: ReadScope = {
      owner: `transition \`${transition.name.text}\``,
      items: { group: MAIN_GROUP, before: 0, allMain: true },
      outcome: true,
      status: true,
    };
    sites.push({ condition: transition.when, scope });
  }
  return sites;
}
