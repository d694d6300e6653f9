/**
 * The symbol table the binder builds in one walk and every rule reads: ids, declarations,
 * value types, document order and the read scope of every condition. Rules look things up here
 * instead of walking the AST again.
 */
import type { Checklist, Condition, Decl, FieldsBlock, Item, Step, TestCondition } from '../language/ast.js';
import type { ValueType } from '../language/content-types.js';
import type { Span } from '../language/span.js';
import type { CaseDecl, RefTarget } from './model.js';
import { type Rendered } from '../diagnostics/diagnostic.js';

/** `main`, or `closing:<n>` for the n-th closing block. */
export type StepGroup = string;
export const MAIN_GROUP: StepGroup = 'main';

export interface StepSymbol {
  readonly id: string;
  readonly step: Step;
  readonly group: StepGroup;
  /** The document order of the step's first item (its items come at and after it). */
  readonly firstOrder: number;
  /** The outcome whose closing steps hold this step. */
  readonly outcome?: string;
}

export interface ItemSymbol {
  /** As written, or generated (`<stepId>_instructions_<n>`; `<stepId>_<type>_<n>` for an item missing its id, CW021). */
  readonly id: string;
  readonly item: Item;
  readonly step: StepSymbol;
  /** Position among every item of the checklist, main steps first, then closing steps. */
  readonly order: number;
  /** What a condition reading it sees; `undefined` when an error elsewhere leaves it unknown. */
  readonly valueType: ValueType | undefined;
}

export interface DeclSymbol {
  readonly decl: Decl;
  readonly file: string;
  /** Declaration order within its namespace. */
  readonly index: number;
}

/** What a condition may read, by where it is written (SPEC §2.4 CW013). */
export interface ReadScope {
  /** For messages: "step `decide`", "item `notes`", "the `assign` rule". */
  readonly owner: string;
  /** `undefined`: no items at all (the `assign` rule reads only case data). */
  readonly items?: {
    readonly group: StepGroup;
    /** Items of `group` strictly before this order are readable. */
    readonly before: number;
    /** Every main-step item is readable (closing steps, `qa_review`, transitions). */
    readonly allMain: boolean;
  };
  readonly outcome: boolean;
  readonly status: boolean;
}

export interface ConditionSite {
  readonly condition: Condition;
  readonly scope: ReadScope;
  /** The step the condition hides (its own `when`, or one of its items'), if any. */
  readonly step?: StepSymbol;
  readonly item?: ItemSymbol;
}

export interface SiteTest {
  readonly test: TestCondition;
  readonly site: ConditionSite;
}

/** A clash the binder found while collecting names; reported as CW010 by rules/duplicate-ids. */
export interface Duplicate {
  readonly file: string;
  readonly span: Span;
  readonly problem: Rendered;
}

export interface Symbols {
  /** The checked file, as the user named it. */
  readonly file: string;
  readonly checklist?: Checklist;
  /** Imported `fields` blocks, then the file's own (every block whose declarations are checked). */
  readonly fieldsBlocks: readonly FieldsBlock[];
  readonly mainSteps: readonly StepSymbol[];
  /** Main steps, then closing steps, in document order. */
  readonly steps: readonly StepSymbol[];
  readonly items: readonly ItemSymbol[];
  readonly itemsById: ReadonlyMap<string, ItemSymbol>;
  readonly itemSymbols: ReadonlyMap<Item, ItemSymbol>;
  readonly caseDecls: readonly CaseDecl[];
  readonly casePaths: ReadonlyMap<string, DeclSymbol>;
  readonly udfPaths: ReadonlyMap<string, DeclSymbol>;
  readonly outcomeIds: readonly string[];
  readonly statusIds: readonly string[];
  /** Every condition of the checklist with what it may read, in document order. */
  readonly conditions: readonly ConditionSite[];
  /** Every test of every condition, with its condition's site, in document order. */
  readonly tests: readonly SiteTest[];
  readonly duplicates: readonly Duplicate[];
  /** What a reference's text names (docs/ir.md "References"), wherever it is written. */
  readonly resolve: (text: string) => RefTarget | undefined;
}
