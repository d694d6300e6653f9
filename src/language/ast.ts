/**
 * The checklist AST: what both front ends (src/syntax for `.checklist`, src/yaml for
 * `.checklist.yaml`) produce, and what the checker and emitter read. It records what the user
 * wrote (with spans), nothing derived: defaults, generated ids and types are the checker's job.
 */
import type { Span } from './span.js';

/** An identifier or a dotted path (`dispute.code`), as written. */
export interface Name {
  readonly text: string;
  readonly span: Span;
}

/** A string literal after unescaping (and dedenting, for `"""` strings). */
export interface Str {
  readonly value: string;
  readonly span: Span;
}

export interface NumberValue {
  readonly value: number;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Literals

export type ScalarLiteral =
  | { readonly kind: 'string'; readonly value: string; readonly span: Span }
  | { readonly kind: 'number'; readonly value: number; readonly span: Span }
  | { readonly kind: 'boolean'; readonly value: boolean; readonly span: Span }
  /** `2024-01-31` in the text form. Its value is the ISO text; it is not checked here. */
  | { readonly kind: 'date'; readonly value: string; readonly span: Span };

export interface ListLiteral {
  readonly kind: 'list';
  readonly items: readonly ScalarLiteral[];
  readonly span: Span;
}

export type Literal = ScalarLiteral | ListLiteral;

// ---------------------------------------------------------------------------------------------
// Conditions (§2.2 `cond`). Parentheses and one-element `all`/`any` leave no node.

export type TestOp =
  | 'truthy' // bare `ref` (YAML op `true`)
  | '==' // YAML `equals`
  | '!=' // YAML `not_equals`
  | '<' // `lt`
  | '<=' // `lte`
  | '>' // `gt`
  | '>=' // `gte`
  | 'in'
  | 'not_in' // `ref not in [...]`
  | 'contains'
  | 'empty' // `ref is empty`
  | 'not_empty'; // `ref is not empty`

export interface TestCondition {
  readonly kind: 'test';
  readonly ref: Name;
  readonly op: TestOp;
  /** Absent for `truthy`, `empty`, `not_empty`; a list for `in`/`not_in`; a scalar otherwise. */
  readonly value?: Literal;
  readonly span: Span;
}

export interface AndCondition {
  readonly kind: 'and';
  /** Two or more. `a and b and c` is one node with three operands. */
  readonly operands: readonly Condition[];
  readonly span: Span;
}

export interface OrCondition {
  readonly kind: 'or';
  readonly operands: readonly Condition[];
  readonly span: Span;
}

export interface NotCondition {
  readonly kind: 'not';
  readonly operand: Condition;
  readonly span: Span;
}

export type Condition = TestCondition | AndCondition | OrCondition | NotCondition;

// ---------------------------------------------------------------------------------------------
// Declarations (`data`, `udf`, `resolution`, `fields`)

export type ScalarTypeName = 'text' | 'number' | 'boolean' | 'date' | 'list';

export type DataType =
  | { readonly kind: ScalarTypeName; readonly span: Span }
  | { readonly kind: 'choice'; readonly values: readonly Str[]; readonly span: Span };

export interface Decl {
  readonly path: Name;
  readonly type: DataType;
  readonly label?: Str;
  readonly required: boolean;
  readonly span: Span;
}

export interface FieldsBlock {
  readonly name?: Name;
  readonly decls: readonly Decl[];
  /** The file the block was written in (for imported blocks, the imported file). */
  readonly file: string;
  readonly span: Span;
}

export interface Import {
  /** As written, relative to the importing file's folder. */
  readonly path: Str;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Items

export const ITEM_TYPES = [
  'instructions',
  'checkbox',
  'yes_no',
  'date',
  'text',
  'text_area',
  'select',
  'udf',
  'review_files',
  'related_cases',
  'upload_files',
  'data_compare',
  'response_code',
  'aud_correction',
  'brr_response',
  'associate_consumer',
] as const;

export type ItemType = (typeof ITEM_TYPES)[number];

/**
 * An option's value as written. Flags (`required`, `multiple`, …) have none. A bare word or path
 * (`mode edit`, `field udf.x`, `source files`) is a `path`; `sources dispute record` is `paths`.
 */
export type OptionValue =
  | Literal
  | { readonly kind: 'path'; readonly path: Name; readonly span: Span }
  | { readonly kind: 'paths'; readonly paths: readonly Name[]; readonly span: Span };

export interface ItemOption {
  /** The option keyword as written (`max_files`); unknown names are kept for CW021. */
  readonly name: Name;
  readonly value?: OptionValue;
  readonly span: Span;
}

/** `section "Consumer" { consumer.name consumer.ssn }` in a `data_compare` body. */
export interface Section {
  readonly title: Str;
  readonly fields: readonly Name[];
  readonly span: Span;
}

export interface Item {
  readonly type: ItemType;
  readonly typeSpan: Span;
  /** Optional only on `instructions` (the checker generates `<stepId>_instructions_<n>`). */
  readonly id?: Name;
  /** The label; for `instructions`, the Markdown text. Mandatory except on `instructions`. */
  readonly label?: Str;
  /** In written order, `required` included. */
  readonly options: readonly ItemOption[];
  /** Present when the item had a `{ … }` body (only `data_compare` accepts one: CW021 otherwise). */
  readonly sections?: readonly Section[];
  readonly when?: Condition;
  readonly span: Span;
}

// ---------------------------------------------------------------------------------------------
// Steps, outcomes, lifecycle, checklist

export interface Step {
  readonly id: Name;
  readonly title: Str;
  /** Every response of the step needs a read permission (SPEC §9.2). */
  readonly sensitive?: boolean;
  readonly when?: Condition;
  readonly description?: Str;
  readonly items: readonly Item[];
  readonly span: Span;
}

export interface Outcome {
  readonly id: Name;
  readonly label: Str;
  readonly span: Span;
}

export interface Closing {
  /** The outcome whose closing steps these are. */
  readonly outcome: Name;
  readonly steps: readonly Step[];
  readonly span: Span;
}

export interface LifecycleStatus {
  readonly id: Name;
  readonly label: Str;
  readonly active: boolean;
  readonly final: boolean;
  readonly span: Span;
}

export interface LifecycleTransition {
  readonly name: Name;
  readonly from: readonly Name[];
  readonly to: Name;
  readonly when?: Condition;
  readonly span: Span;
}

export interface Lifecycle {
  readonly initial?: Name;
  readonly statuses: readonly LifecycleStatus[];
  readonly transitions: readonly LifecycleTransition[];
  readonly span: Span;
}

export interface Assign {
  readonly when: Condition;
  readonly priority?: NumberValue;
  readonly span: Span;
}

export interface Checklist {
  readonly id: Name;
  readonly title: Str;
  readonly version?: NumberValue;
  readonly description?: Str;
  readonly ordering?: { readonly value: 'strict' | 'free'; readonly span: Span };
  readonly assign?: Assign;
  /** All `data { }` blocks, concatenated in order. */
  readonly data: readonly Decl[];
  readonly udf: readonly Decl[];
  readonly resolution: readonly Decl[];
  /** The span of the first `resolution { }` block, when there is one (CW033 points at it). */
  readonly resolutionSpan?: Span;
  readonly qaReview?: Condition;
  readonly outcomes: readonly Outcome[];
  readonly closing: readonly Closing[];
  readonly lifecycle?: Lifecycle;
  readonly steps: readonly Step[];
  readonly span: Span;
}

/** One parsed source file, before imports are resolved. */
export interface SourceFile {
  /** As the user named it, `/`-separated. */
  readonly file: string;
  readonly imports: readonly Import[];
  readonly fields: readonly FieldsBlock[];
  /** Zero or one (a second is CW004, reported by the front end, which keeps only the first). */
  readonly checklist?: Checklist;
}
