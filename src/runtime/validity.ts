/**
 * Per-type validity of a visible item's response (SPEC §5 items 1–2), as data: one entry per
 * content type, keyed by type (STYLE.md §5). `fits` is the JSON shape a response must have to be
 * seen at all (otherwise it reads as absent and the item reports `wrong_type`); `problems` checks a
 * response that fits. Absent responses are handled once, in `checkItem`. docs/runtime.md lists the
 * decisions taken where the spec is silent.
 */
import type { IrDecl, IrItem, IrItemType } from '../ir/types.js';
import { isCalendarDate } from './dates.js';
import { hasOwn, isAbsent, isObject, ownValue, readPath, type JsonObject } from './own.js';
import type { ItemError, ItemErrorCode } from './types.js';

export interface ValidityContext {
  /** The case data after the case-schema check (offending fields removed). */
  readonly caseData: JsonObject;
  /** The `resolution` declarations a resolving item's `findings` must hold. */
  readonly resolutionFields: readonly IrDecl[];
  /** Anchored `pattern`s of `text` items, compiled once at load, by item id. */
  readonly patterns: ReadonlyMap<string, RegExp>;
}

/** One content type's validity rules, as `validityOf` gives them to a loaded item. */
export type ItemValidity = TypeValidity<IrItem>;

interface TypeValidity<I extends IrItem> {
  readonly fits: (value: unknown, item: I) => boolean;
  readonly problems: (item: I, value: unknown, context: ValidityContext) => ItemError[];
  /** Items that ask for nothing (a read-only compare) are valid without a response. */
  readonly asksNothing?: (item: I) => boolean;
}

type ValidityTable = { readonly [T in IrItemType]: TypeValidity<Extract<IrItem, { type: T }>> };

function problem(code: ItemErrorCode, message: string): ItemError {
  return { code, message };
}

/** Shared by every result that is missing its response, so frozen. */
const MISSING = Object.freeze(problem('missing', 'a response is required'));

/** The `errors` of every valid item, and of every item whose only error is `MISSING`: shared, so frozen (no result can change another). */
export const NO_ERRORS = Object.freeze([]) as unknown as ItemError[];
const ONLY_MISSING = Object.freeze([MISSING]) as unknown as ItemError[];

const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

function codePointLength(text: string): number {
  let length = 0;
  for (const _ of text) length++;
  return length;
}

function quoteList(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** A choice among `allowed`; `undefined` allowed means any non-empty string. */
function isAllowed(value: string, allowed: readonly string[] | undefined): boolean {
  return allowed === undefined ? value !== '' : allowed.includes(value);
}

function notAnOption(value: string, allowed: readonly string[] | undefined): ItemError {
  const expected = allowed === undefined ? 'a non-empty value' : `one of ${quoteList(allowed)}`;
  return problem('not_an_option', `${JSON.stringify(value)} is not ${expected}`);
}

function datePresent(value: string, min?: string, max?: string): ItemError[] {
  if (!isCalendarDate(value)) return [problem('bad_date', `${JSON.stringify(value)} is not a real calendar date (YYYY-MM-DD)`)];
  if (min !== undefined && value < min) return [problem('out_of_range', `${value} is before ${min}`)];
  if (max !== undefined && value > max) return [problem('out_of_range', `${value} is after ${max}`)];
  return NO_ERRORS;
}

/** Whether a value fits a declaration's type (a `udf` response, a resolution finding). */
function fitsDecl(decl: IrDecl, value: unknown): boolean {
  switch (decl.type) {
    case 'text':
    case 'date':
    case 'choice':
      return isString(value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return isBoolean(value);
    case 'list':
      return Array.isArray(value);
  }
}

/** Problems of a value that fits a declaration; `required` makes an empty text or list missing. */
function declProblems(decl: IrDecl, value: unknown, required: boolean): ItemError[] {
  if (required && (value === '' || (Array.isArray(value) && value.length === 0))) return ONLY_MISSING;
  if (value === '') return NO_ERRORS;
  if (decl.type === 'date' && isString(value)) return datePresent(value);
  if (decl.type === 'choice' && isString(value) && !(decl.values ?? []).includes(value)) {
    return [notAnOption(value, decl.values ?? [])];
  }
  return NO_ERRORS;
}

/** `response_code` / `aud_correction`: one code chosen among the allowed, then validated (and findings). */
function chosenCodeProblems(
  item: { readonly allowCaseResolution: boolean },
  response: JsonObject,
  context: ValidityContext,
  key: string,
  allowed: readonly string[] | undefined,
  missingMessage: string,
): ItemError[] {
  const chosen = ownValue(response, key);
  const errors: ItemError[] = [];
  if (!isString(chosen)) errors.push(problem('missing', missingMessage));
  else if (!isAllowed(chosen, allowed)) errors.push(notAnOption(chosen, allowed));
  return [...errors, ...resolutionProblems(item, response, context)];
}

/** `validated` and, for a resolving item, every required resolution field among `findings`. */
function resolutionProblems(
  item: { readonly allowCaseResolution: boolean },
  value: JsonObject,
  context: ValidityContext,
): ItemError[] {
  const errors: ItemError[] = [];
  if (ownValue(value, 'validated') !== true) errors.push(problem('not_validated', 'the response has not been validated'));
  if (item.allowCaseResolution) {
    const findings = ownValue(value, 'findings');
    const lacking = context.resolutionFields.filter((field) => {
      if (!field.required) return false;
      const finding = findingAt(findings, field.path);
      return isAbsent(finding) || !fitsDecl(field, finding) || declProblems(field, finding, true).length > 0;
    });
    if (lacking.length > 0) {
      const paths = lacking.map((field) => field.path).join(', ');
      errors.push(problem('missing_findings', `findings lack a valid value for ${paths}`));
    }
  }
  return errors;
}

/** A finding keyed by the field's whole path (`"dispute.reason"`), as `data_compare` keys them, or nested. */
function findingAt(findings: unknown, path: string): unknown {
  const flat = ownValue(findings, path);
  return flat !== undefined ? flat : readPath(findings, path);
}

/** An object whose listed keys, when present, hold the given kinds of value. */
function objectWith(shape: Record<string, (value: unknown) => boolean>) {
  return (value: unknown): boolean =>
    isObject(value) &&
    Object.keys(shape).every((key) => !hasOwn(value, key) || isAbsent(value[key]) || shape[key]!(value[key]));
}

function isCompleteBorrower(borrower: unknown): boolean {
  const filled = (key: string) => {
    const field = ownValue(borrower, key);
    return isString(field) && field.trim() !== '';
  };
  return filled('name') && filled('ssn') && filled('address') && isCalendarDate(ownValue(borrower, 'dob'));
}

function fileIds(files: unknown): string[] {
  if (!Array.isArray(files)) return [];
  return files.map((file) => ownValue(file, 'id')).filter(isString);
}

const nothingToCheck = (): ItemError[] => NO_ERRORS;

export const VALIDITY: ValidityTable = {
  instructions: { fits: () => true, problems: nothingToCheck, asksNothing: () => true },
  checkbox: {
    fits: isBoolean,
    problems: (item, value) => (item.required && value !== true ? [problem('not_ticked', 'the box must be ticked')] : NO_ERRORS),
  },
  yes_no: { fits: isBoolean, problems: nothingToCheck },
  date: {
    fits: isString,
    problems: (item, value) => {
      if (value === '') return item.required ? ONLY_MISSING : NO_ERRORS;
      return datePresent(value as string, item.min, item.max);
    },
  },
  text: {
    fits: isString,
    problems: (item, value, context) => {
      const text = value as string;
      if (text === '') return item.required ? ONLY_MISSING : NO_ERRORS;
      const errors: ItemError[] = [];
      if (item.maxLength !== undefined && codePointLength(text) > item.maxLength) {
        errors.push(problem('too_long', `longer than ${item.maxLength} characters`));
      }
      const pattern = context.patterns.get(item.id);
      if (pattern !== undefined && !pattern.test(text)) {
        errors.push(problem('pattern', `does not match the pattern ${item.pattern}`));
      }
      return errors;
    },
  },
  text_area: {
    fits: isString,
    problems: (item, value) => {
      const text = value as string;
      if (text === '') return item.required ? ONLY_MISSING : NO_ERRORS;
      if (item.maxLength !== undefined && codePointLength(text) > item.maxLength) {
        return [problem('too_long', `longer than ${item.maxLength} characters`)];
      }
      return NO_ERRORS;
    },
  },
  select: {
    fits: (value, item) => (item.multiple ? isStringList(value) : isString(value)),
    problems: (item, value) => {
      const chosen = item.multiple ? (value as string[]) : value === '' ? [] : [value as string];
      if (chosen.length === 0) return item.required ? ONLY_MISSING : NO_ERRORS;
      const stray = chosen.find((choice) => !item.options.includes(choice));
      return stray === undefined ? [] : [notAnOption(stray, item.options)];
    },
  },
  udf: {
    fits: (value, item) => fitsDecl(item.field, value),
    problems: (item, value) => declProblems(item.field, value, item.required),
  },
  review_files: {
    fits: objectWith({}),
    problems: (item, value, context) => {
      const marks = value as JsonObject;
      const isMarked = (id: string) => {
        const mark = ownValue(marks, id);
        return mark === 'relevant' || mark === 'not_relevant';
      };
      const unmarked = fileIds(readPath(context.caseData, item.source)).filter((id) => !isMarked(id));
      if (unmarked.length === 0) return NO_ERRORS;
      return [problem('unmarked_files', `files not marked relevant or not relevant: ${unmarked.join(', ')}`)];
    },
  },
  related_cases: {
    fits: objectWith({ acknowledged: isBoolean }),
    problems: (item, value) =>
      item.required && ownValue(value, 'acknowledged') !== true
        ? [problem('missing', 'the related cases must be acknowledged')]
        : NO_ERRORS,
  },
  upload_files: {
    fits: (value) =>
      Array.isArray(value) && value.every(isUploadedFile),
    problems: (item, value) => {
      const count = (value as unknown[]).length;
      if (item.required && count === 0) return [problem('too_few_files', 'at least one file is required')];
      if (count > item.maxFiles) return [problem('too_many_files', `${count} files; at most ${item.maxFiles} allowed`)];
      return NO_ERRORS;
    },
  },
  data_compare: {
    fits: objectWith({}),
    problems: (item, value) => {
      if (item.mode === 'read_only') return NO_ERRORS;
      const findings = value as JsonObject;
      const lacking = item.sections
        .flatMap((section) => section.fields)
        .filter((field) => {
          const finding = ownValue(findings, field);
          return isAbsent(finding) || typeof finding === 'object';
        });
      if (lacking.length === 0) return NO_ERRORS;
      return [problem('missing_findings', `no finding for ${lacking.join(', ')}`)];
    },
    asksNothing: (item) => item.mode === 'read_only',
  },
  response_code: {
    fits: objectWith({ code: isString, validated: isBoolean, findings: isObject }),
    problems: (item, value, context) =>
      chosenCodeProblems(item, value as JsonObject, context, 'code', item.codes, 'no response code chosen'),
  },
  aud_correction: {
    fits: objectWith({
      indicator: isString,
      registration_id: isString,
      service_id: isString,
      validated: isBoolean,
      findings: isObject,
    }),
    problems: (item, value, context) =>
      chosenCodeProblems(item, value as JsonObject, context, 'indicator', item.indicators, 'no correction indicator chosen'),
  },
  brr_response: {
    fits: objectWith({
      subscriber_codes: isStringList,
      supporting_evidence: isStringList,
      validated: isBoolean,
      findings: isObject,
    }),
    problems: (item, value, context) => {
      const response = value as JsonObject;
      const codes = ownValue(response, 'subscriber_codes');
      const evidence = ownValue(response, 'supporting_evidence');
      const errors: ItemError[] = [];
      if (!isStringList(codes) || !codes.some((code) => code !== '')) {
        errors.push(problem('missing', 'at least one subscriber code is required'));
      }
      const stray = isStringList(evidence) ? evidence.find((entry) => !isAllowed(entry, item.evidence)) : undefined;
      if (stray !== undefined) errors.push(notAnOption(stray, item.evidence));
      return [...errors, ...resolutionProblems(item, response, context)];
    },
  },
  associate_consumer: {
    fits: (value) => Array.isArray(value) && value.every(isObject),
    problems: (item, value) => {
      const complete = (value as unknown[]).filter(isCompleteBorrower).length;
      const needed = item.required ? item.borrowers : 0;
      if (complete >= needed) return NO_ERRORS;
      return [problem('too_few_borrowers', `${complete} complete borrower(s); ${needed} required`)];
    },
  },
};

/** The validity rules of a known item type (`isKnownItemType`), looked up once per item at load. */
export function validityOf(type: IrItemType): ItemValidity {
  return (hasOwn(VALIDITY, type) ? VALIDITY[type] : VALIDITY.instructions) as ItemValidity;
}

/**
 * The errors of a visible item given its raw response (`undefined` when none); `rule` is
 * `validityOf(item.type)`, `fits` whether the response fits (`responseFits`, computed once by callers that need both).
 */
export function checkItem(item: IrItem, rule: ItemValidity, response: unknown, context: ValidityContext, fits = responseFits(item, rule, response)): ItemError[] {
  if (isAbsent(response)) {
    return item.required && !(rule.asksNothing?.(item) ?? false) ? ONLY_MISSING : NO_ERRORS;
  }
  if (!fits) return [problem('wrong_type', `the response has the wrong type for a ${item.type} item`)];
  return rule.problems(item, response, context);
}

/** Whether a response is seen at all (a condition reads a response that does not fit as absent). */
export function responseFits(item: IrItem, rule: ItemValidity, response: unknown): boolean {
  if (isAbsent(response) || item.type === 'instructions') return false;
  return rule.fits(response, item);
}

export function isKnownItemType(type: unknown): type is IrItemType {
  return typeof type === 'string' && hasOwn(VALIDITY, type);
}

/** An `upload_files` entry (SPEC §5.1): `{ id, name? }`, a string `id` and a string `name` when given. */
function isUploadedFile(file: unknown): boolean {
  if (!isString(ownValue(file, 'id'))) return false;
  const name = ownValue(file, 'name');
  return name === undefined || isString(name);
}
