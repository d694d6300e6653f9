/**
 * The checked model: what the checker hands the emitter. The emitter looks things up here and
 * decides nothing; every rule lives in the checker. Built by the binder (src/check/binder.ts),
 * which collects ids, declarations, types and document order in one walk.
 */
import type { Checklist, Decl, Item, Name } from '../language/ast.js';
import type { ValueType } from '../language/content-types.js';

/** What a condition's `ref` reads, and how the IR names it (docs/ir.md, "References"). */
export type RefTarget =
  | { readonly kind: 'response'; readonly itemId: string; readonly varPath: string; readonly type: ValueType }
  | { readonly kind: 'case'; readonly path: string; readonly varPath: string; readonly type: ValueType; readonly decl: Decl }
  | { readonly kind: 'outcome'; readonly varPath: 'outcome'; readonly type: ValueType }
  | { readonly kind: 'status'; readonly varPath: 'status'; readonly type: ValueType };

/** A data declaration the case schema is built from, with the file it was written in. */
export interface CaseDecl {
  readonly decl: Decl;
  readonly file: string;
}

export interface CheckedChecklist {
  /** The compiled file, as the user named it. */
  readonly file: string;
  readonly checklist: Checklist;
  /**
   * Every declaration of case data the checklist sees, in this order: imported `fields` blocks
   * (imports in written order, depth first), the file's own `fields` blocks, the checklist's `data`.
   * Identical re-declarations appear once.
   */
  readonly caseDecls: readonly CaseDecl[];
  /** The item's id: as written, or generated (`<stepId>_instructions_<n>`). */
  itemId(item: Item): string;
  /** What a reference resolves to; `undefined` only for references the checker reported. */
  resolve(ref: Name): RefTarget | undefined;
  /** The `udf` declaration at a path. */
  udf(path: string): Decl | undefined;
}
