/**
 * The compile side's table of content types (SPEC §2.3): which options each item type takes,
 * what kind of value each option has, its IR key and its default. The parser reads it for option
 * arity, the YAML front end for option value kinds, the checker for CW020/CW021/CW030, and the
 * emitter for IR keys and defaults. (The runtime has its own half in src/runtime: validity.)
 */
import type { ItemType } from './ast.js';

/** How an option's value is written. */
export type OptionValueKind =
  | 'flag' // no value: `required`, `multiple`
  | 'date' // `min 2024-01-01` (YAML: a "YYYY-MM-DD" string)
  | 'integer' // `max_files 5`
  | 'string' // `pattern "^[0-9]+$"`
  | 'strings' // `options ["A", "B"]`
  | 'path' // `field udf.score`, `source files`
  | 'word' // `mode edit` — one of `words`
  | 'roots'; // `sources dispute record` — exactly two identifiers

export interface OptionSpec {
  readonly value: OptionValueKind;
  /** The camelCase key in the IR. */
  readonly irKey: string;
  /** For `word` options, the accepted words. */
  readonly words?: readonly string[];
}

export const OPTIONS = {
  required: { value: 'flag', irKey: 'required' },
  sensitive: { value: 'flag', irKey: 'sensitive' },
  min: { value: 'date', irKey: 'min' },
  max: { value: 'date', irKey: 'max' },
  max_length: { value: 'integer', irKey: 'maxLength' },
  pattern: { value: 'string', irKey: 'pattern' },
  options: { value: 'strings', irKey: 'options' },
  multiple: { value: 'flag', irKey: 'multiple' },
  field: { value: 'path', irKey: 'field' },
  source: { value: 'path', irKey: 'source' },
  max_files: { value: 'integer', irKey: 'maxFiles' },
  downloadable: { value: 'flag', irKey: 'downloadable' },
  mode: { value: 'word', irKey: 'mode', words: ['edit', 'read_only'] },
  quick_selection: { value: 'flag', irKey: 'quickSelection' },
  verification_indicators: { value: 'flag', irKey: 'verificationIndicators' },
  sources: { value: 'roots', irKey: 'sources' },
  codes: { value: 'strings', irKey: 'codes' },
  indicators: { value: 'strings', irKey: 'indicators' },
  evidence: { value: 'strings', irKey: 'evidence' },
  allow_case_resolution: { value: 'flag', irKey: 'allowCaseResolution' },
  borrowers: { value: 'integer', irKey: 'borrowers' },
} as const satisfies Record<string, OptionSpec>;

export type OptionName = keyof typeof OPTIONS;

export function isOptionName(name: string): name is OptionName {
  return Object.prototype.hasOwnProperty.call(OPTIONS, name);
}

/** The type of a value a condition can read (a response, a case field, `outcome`, `status`). */
export type ValueType =
  | { readonly kind: 'text' | 'number' | 'boolean' | 'date' | 'object' }
  /** `of` absent: elements of any JSON type (a declared `list`). */
  | { readonly kind: 'list'; readonly of?: ValueType }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  /** `instructions`: nothing to read. */
  | { readonly kind: 'none' };

export interface ContentTypeSpec {
  /**
   * The options this type accepts, each with its default (emitted into the IR when not written).
   * `undefined` means "no default: omitted from the IR when not written". `required` is listed
   * for every type but `instructions`; `allow_case_resolution` only for the three resolution types
   * (elsewhere it is CW030, not CW021).
   */
  readonly options: Readonly<Partial<Record<OptionName, unknown>>>;
  readonly labelRequired: boolean;
  /**
   * The type of its response as conditions see it. `select` and `udf` depend on the item's
   * options (`options`/`multiple`, the UDF's declaration): the checker refines those.
   */
  readonly response: ValueType;
}

const OBJECT: ValueType = { kind: 'object' };

export const CONTENT_TYPES: Readonly<Record<ItemType, ContentTypeSpec>> = {
  instructions: { options: {}, labelRequired: false, response: { kind: 'none' } },
  checkbox: { options: { required: false }, labelRequired: true, response: { kind: 'boolean' } },
  yes_no: { options: { required: false }, labelRequired: true, response: { kind: 'boolean' } },
  date: { options: { required: false, min: undefined, max: undefined }, labelRequired: true, response: { kind: 'date' } },
  text: {
    options: { required: false, sensitive: undefined, max_length: undefined, pattern: undefined },
    labelRequired: true,
    response: { kind: 'text' },
  },
  text_area: { options: { required: false, sensitive: undefined, max_length: undefined }, labelRequired: true, response: { kind: 'text' } },
  select: {
    options: { required: false, options: undefined, multiple: false },
    labelRequired: true,
    response: { kind: 'choice', values: [] },
  },
  udf: { options: { required: false, field: undefined }, labelRequired: true, response: { kind: 'none' } },
  review_files: { options: { required: false, sensitive: undefined, source: 'files' }, labelRequired: true, response: OBJECT },
  related_cases: { options: { required: false, source: 'related_cases' }, labelRequired: true, response: OBJECT },
  upload_files: {
    options: { required: false, sensitive: undefined, max_files: 10, downloadable: false },
    labelRequired: true,
    response: { kind: 'list', of: OBJECT },
  },
  data_compare: {
    options: {
      required: false,
      mode: 'edit',
      quick_selection: false,
      verification_indicators: false,
      sources: ['dispute', 'record'],
    },
    labelRequired: true,
    response: OBJECT,
  },
  response_code: {
    options: { required: false, codes: undefined, allow_case_resolution: false },
    labelRequired: true,
    response: OBJECT,
  },
  aud_correction: {
    options: { required: false, indicators: undefined, allow_case_resolution: false },
    labelRequired: true,
    response: OBJECT,
  },
  brr_response: {
    options: { required: false, evidence: undefined, allow_case_resolution: false },
    labelRequired: true,
    response: OBJECT,
  },
  associate_consumer: {
    options: { required: false, borrowers: 1 },
    labelRequired: true,
    response: { kind: 'list', of: OBJECT },
  },
};

/** Item types that may carry `allow_case_resolution` (SPEC §2.4 CW030). */
export const RESOLUTION_TYPES: readonly ItemType[] = ['response_code', 'aud_correction', 'brr_response'];

/**
 * Words that can never be an id or a path segment (SPEC §2.1): the condition words.
 * Every other keyword is reserved only where the grammar expects it.
 */
export const CONDITION_WORDS = ['and', 'or', 'not', 'in', 'contains', 'is', 'empty', 'when', 'true', 'false'] as const;

/**
 * Names ordinary JS objects inherit: never an id or a path segment (CW012). Defined once, in the
 * runtime (which may import nothing from the compiler), and shared with the checker from there.
 */
export { RESERVED_NAMES } from '../runtime/conditions/reserved-names.js';
