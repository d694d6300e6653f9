/**
 * The IR (`.checklist.json`, SPEC §4): what the compiler emits and applications load.
 * schemas/checklist-ir.schema.json is its JSON Schema; docs/ir.md documents it, including the
 * exact JsonLogic lowering of conditions. This file has types only, so the browser runtime can
 * import it without pulling in compiler code.
 *
 * Key order in emitted JSON is the order of the properties below (deterministic bytes).
 */

/** A JsonLogic rule: a literal, an array of rules, or a one-key object `{ op: args }`. */
export type JsonLogic = null | boolean | number | string | JsonLogic[] | { [op: string]: JsonLogic };

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Present on every conditional node, all three together. */
export interface Conditional {
  /** JsonLogic over `{ case, responses, outcome, status }`, lowered null-safely (docs/ir.md). */
  readonly when?: JsonLogic;
  /** `basic`: one test; `advanced`: anything combined with and/or/not. */
  readonly whenMode?: 'basic' | 'advanced';
  /** Sorted, distinct `var` paths the condition reads (`case.account.balance`, `responses.q`). */
  readonly deps?: readonly string[];
}

export type DeclType = 'text' | 'number' | 'boolean' | 'date' | 'list' | 'choice';

/** A `data`/`fields`/`udf`/`resolution` declaration. */
export interface IrDecl {
  readonly path: string;
  readonly type: DeclType;
  readonly label?: string;
  readonly required: boolean;
  /** Only for `choice`. */
  readonly values?: readonly string[];
}

interface ItemBase extends Conditional {
  readonly id: string;
  /** Every item has it; `false` on `instructions`. */
  readonly required: boolean;
}

export interface InstructionsItem extends ItemBase {
  readonly type: 'instructions';
  /** Markdown. */
  readonly text: string;
}

interface LabelledBase extends ItemBase {
  readonly label: string;
  /** `text`, `text_area`, `review_files`, `upload_files`: the response needs a read permission (SPEC §9.2). */
  readonly sensitive?: boolean;
}

export interface CheckboxItem extends LabelledBase { readonly type: 'checkbox' }
export interface YesNoItem extends LabelledBase { readonly type: 'yes_no' }
export interface DateItem extends LabelledBase {
  readonly type: 'date';
  readonly min?: string;
  readonly max?: string;
}
export interface TextItem extends LabelledBase {
  readonly type: 'text';
  readonly maxLength?: number;
  /** Must match the whole text (the runtime anchors it). */
  readonly pattern?: string;
}
export interface TextAreaItem extends LabelledBase {
  readonly type: 'text_area';
  readonly maxLength?: number;
}
export interface SelectItem extends LabelledBase {
  readonly type: 'select';
  readonly options: readonly string[];
  readonly multiple: boolean;
}
export interface UdfItem extends LabelledBase {
  readonly type: 'udf';
  /** The `udf` declaration it names, copied in full (self-contained). */
  readonly field: IrDecl;
}
export interface ReviewFilesItem extends LabelledBase {
  readonly type: 'review_files';
  /** A case path holding a list of `{ id, name? }`. */
  readonly source: string;
}
export interface RelatedCasesItem extends LabelledBase {
  readonly type: 'related_cases';
  readonly source: string;
}
export interface UploadFilesItem extends LabelledBase {
  readonly type: 'upload_files';
  readonly maxFiles: number;
  readonly downloadable: boolean;
}
export interface DataCompareSection {
  readonly title: string;
  /** Declared data paths; each is shown from `case.<sources[0]>.<path>` beside `case.<sources[1]>.<path>`. */
  readonly fields: readonly string[];
}
export interface DataCompareItem extends LabelledBase {
  readonly type: 'data_compare';
  readonly mode: 'edit' | 'read_only';
  readonly quickSelection: boolean;
  readonly verificationIndicators: boolean;
  readonly sources: readonly [string, string];
  readonly sections: readonly DataCompareSection[];
}
export interface ResponseCodeItem extends LabelledBase {
  readonly type: 'response_code';
  /** Absent: any non-empty string. */
  readonly codes?: readonly string[];
  readonly allowCaseResolution: boolean;
}
export interface AudCorrectionItem extends LabelledBase {
  readonly type: 'aud_correction';
  readonly indicators?: readonly string[];
  readonly allowCaseResolution: boolean;
}
export interface BrrResponseItem extends LabelledBase {
  readonly type: 'brr_response';
  readonly evidence?: readonly string[];
  readonly allowCaseResolution: boolean;
}
export interface AssociateConsumerItem extends LabelledBase {
  readonly type: 'associate_consumer';
  readonly borrowers: 1 | 2;
}

export type IrItem =
  | InstructionsItem
  | CheckboxItem
  | YesNoItem
  | DateItem
  | TextItem
  | TextAreaItem
  | SelectItem
  | UdfItem
  | ReviewFilesItem
  | RelatedCasesItem
  | UploadFilesItem
  | DataCompareItem
  | ResponseCodeItem
  | AudCorrectionItem
  | BrrResponseItem
  | AssociateConsumerItem;

export type IrItemType = IrItem['type'];

export interface IrStep extends Conditional {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  /** Every response of the step needs a read permission (SPEC §9.2). */
  readonly sensitive?: boolean;
  readonly items: readonly IrItem[];
}

export interface IrOutcome {
  readonly id: string;
  readonly label: string;
}

export interface IrStatus {
  readonly id: string;
  readonly label: string;
  readonly active: boolean;
  readonly final: boolean;
}

export interface IrTransition extends Conditional {
  readonly name: string;
  readonly from: readonly string[];
  readonly to: string;
}

export interface IrLifecycle {
  /** Absent only when the source omitted it (CW061, a later check). */
  readonly initial?: string;
  readonly statuses: readonly IrStatus[];
  readonly transitions: readonly IrTransition[];
}

export interface IrAssign {
  readonly when: JsonLogic;
  readonly whenMode: 'basic' | 'advanced';
  readonly deps: readonly string[];
  /** Default 0. */
  readonly priority: number;
}

export interface IrQaReview {
  readonly when: JsonLogic;
  readonly whenMode: 'basic' | 'advanced';
  readonly deps: readonly string[];
}

export interface IrResolution {
  /** The `resolution` declarations: what `findings` of a resolving item must hold. */
  readonly fields: readonly IrDecl[];
}

export interface SourceLocation {
  /** Relative to the compiled file's folder, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface ChecklistIR {
  readonly irVersion: 1;
  readonly checklist: string;
  readonly title: string;
  readonly description?: string;
  /** Default 1. */
  readonly version: number;
  /** `sha256:` + hex SHA-256 of the RFC 8785 canonical JSON of the IR without `hash` and `source`. */
  readonly hash: string;
  readonly ordering: 'strict' | 'free';
  /** JSON Schema (draft-07) of the case data, from the `data` and `fields` declarations (docs/ir.md). */
  readonly caseSchema: JsonValue;
  readonly steps: readonly IrStep[];
  readonly outcomes?: readonly IrOutcome[];
  /** Keyed by outcome id, in declaration order. */
  readonly closing?: Readonly<Record<string, readonly IrStep[]>>;
  readonly resolution?: IrResolution;
  readonly qaReview?: IrQaReview;
  readonly assign?: IrAssign;
  readonly lifecycle?: IrLifecycle;
  /**
   * Where each id was written: the checklist id, step ids, item ids (generated ids point at
   * the item), outcome and status ids.
   */
  readonly source: Readonly<Record<string, SourceLocation>>;
}
