/**
 * Value classes (docs/explore.md): for every path a condition reads, a finite list of concrete
 * candidate values such that any value the path can take behaves like one of them in every test
 * of the checklist (and, for an item's response, in its validity). Numbers and dates: each
 * literal threshold, a value each side and one between neighbours; text: each literal, "", and
 * one string per set of `contains` literals; lists: each set of `contains` literals. When the
 * list would be too long, or validity cannot be decided from the candidates (a `pattern`), the
 * domain is marked `open`: the encoding then adds a wildcard whose tests are free, so a "no" stays
 * sound and a "yes" needs a concrete candidate.
 */
import type { IrDecl, IrItem, JsonValue } from '../ir/types.js';

/** `undefined` is absent (not in the case, no answer). */
export type Value = JsonValue | undefined;

export interface Domain {
  readonly path: string;
  readonly candidates: readonly Value[];
  /** Some value may behave like none of the candidates. */
  readonly open: boolean;
}

/** What the analysis knows of a path's values. */
export type ValueKind =
  | { readonly kind: 'boolean' | 'number' | 'date' | 'text' | 'list' }
  | { readonly kind: 'choice'; readonly values: readonly string[] }
  | { readonly kind: 'select'; readonly options: readonly string[]; readonly multiple: boolean }
  | { readonly kind: 'opaque'; readonly samples: readonly JsonValue[] };

/** More `contains` literals on one path than this: the domain is open (2^n sets). */
const MAX_SET_LITERALS = 6;
const SEPARATORS = ['~', '|', '#', '\u00a7', '\u2063'];

export function domainOf(path: string, kind: ValueKind, literals: readonly JsonValue[], containsLiterals: readonly JsonValue[]): Domain {
  const candidates = new Candidates();
  candidates.add(undefined);
  let open = false;
  switch (kind.kind) {
    case 'boolean':
      candidates.add(true);
      candidates.add(false);
      break;
    case 'choice':
      for (const value of kind.values) candidates.add(value);
      break;
    case 'number':
      for (const value of numberPoints(literals)) candidates.add(value);
      break;
    case 'date':
      for (const value of datePoints(literals)) candidates.add(value);
      break;
    case 'text': {
      candidates.add('');
      for (const literal of literals) if (typeof literal === 'string') candidates.add(literal);
      const sets = stringSets(containsLiterals.filter((l): l is string => typeof l === 'string'), literals);
      if (sets === undefined) open = true;
      else for (const text of sets) candidates.add(text);
      break;
    }
    case 'select':
      if (kind.multiple) {
        const sets = listSets(containsLiterals, kind.options);
        if (sets === undefined) open = true;
        else for (const list of sets) candidates.add(list);
      } else {
        for (const option of kind.options) candidates.add(option);
        candidates.add(freshString([...kind.options, ...literals]));
      }
      break;
    case 'list': {
      const sets = listSets(containsLiterals, []);
      if (sets === undefined) open = true;
      else for (const list of sets) candidates.add(list);
      break;
    }
    case 'opaque':
      for (const sample of kind.samples) candidates.add(sample);
      break;
  }
  return { path, candidates: candidates.values, open };
}

/** The kind of a declared data path (`data`, `fields`, `udf`). */
export function declKind(decl: Pick<IrDecl, 'type' | 'values'>): ValueKind {
  return decl.type === 'choice' ? { kind: 'choice', values: decl.values ?? [] } : { kind: decl.type };
}

/** The kind of an item's response; opaque items get a valid sample (and `[]` where a list fits). */
export function itemKind(item: IrItem, resolutionFields: readonly IrDecl[]): ValueKind {
  switch (item.type) {
    case 'checkbox':
    case 'yes_no':
      return { kind: 'boolean' };
    case 'date':
      return { kind: 'date' };
    case 'text':
    case 'text_area':
      return { kind: 'text' };
    case 'select':
      return { kind: 'select', options: item.options, multiple: item.multiple };
    case 'udf':
      return declKind(item.field);
    default:
      return { kind: 'opaque', samples: opaqueSamples(item, resolutionFields) };
  }
}

function opaqueSamples(item: IrItem, resolutionFields: readonly IrDecl[]): JsonValue[] {
  const findings = Object.fromEntries(resolutionFields.map((field) => [field.path, sampleOf(field)]));
  switch (item.type) {
    case 'review_files':
      return [{}];
    case 'related_cases':
      return [{ acknowledged: true }];
    case 'upload_files':
      return [[], [{ id: 'file-1', name: 'file-1.pdf' }]];
    case 'data_compare':
      return [Object.fromEntries(item.sections.flatMap((section) => section.fields).map((field) => [field, 'confirmed']))];
    case 'response_code':
      return [{ code: item.codes?.[0] ?? '01', validated: true, findings }];
    case 'aud_correction':
      return [{ indicator: item.indicators?.[0] ?? 'A', registration_id: 'R1', service_id: 'S1', validated: true, findings }];
    case 'brr_response':
      return [{ subscriber_codes: ['S1'], supporting_evidence: item.evidence?.slice(0, 1) ?? ['E1'], validated: true, findings }];
    case 'associate_consumer': {
      const borrower = { name: 'Ada Example', ssn: '123-45-6789', dob: '1980-01-31', address: '1 Main St' };
      return [[], [borrower, { ...borrower, name: 'Bob Example' }]];
    }
    default:
      return [];
  }
}

/** A valid value of a declaration's type (a resolution finding). */
export function sampleOf(decl: Pick<IrDecl, 'type' | 'values'>): JsonValue {
  switch (decl.type) {
    case 'choice':
      return decl.values?.[0] ?? '';
    case 'text':
      return 'x';
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'date':
      return '2024-01-01';
    case 'list':
      return ['x'];
  }
}

/** Distinct by JSON text, in insertion order. */
class Candidates {
  private readonly seen = new Set<string>();
  readonly values: Value[] = [];
  add(value: Value): void {
    const key = value === undefined ? 'absent' : JSON.stringify(value);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.values.push(value);
  }
}

function numberPoints(literals: readonly JsonValue[]): number[] {
  const points = [...new Set([0, ...literals.filter((l): l is number => typeof l === 'number' && Number.isFinite(l))])].sort((a, b) => a - b);
  const out: number[] = [];
  points.forEach((point, index) => {
    const below = step(point, -1);
    if (below !== undefined) out.push(below);
    out.push(point);
    const next = points[index + 1];
    // Halved first: the sum of two large numbers overflows to Infinity.
    if (next !== undefined) out.push(point / 2 + next / 2);
  });
  const above = step(points[points.length - 1]!, 1);
  if (above !== undefined) out.push(above);
  return out;
}

/**
 * A number just past `point` in `direction`: `point ± 1` where that is a different number (a
 * readable witness), else the adjacent double (past ±2^53 adding 1 changes nothing, and a class
 * "above 1.7e308" still holds 1.75e308); undefined past the largest finite number.
 */
function step(point: number, direction: 1 | -1): number | undefined {
  const plain = point + direction;
  if (plain !== point) return Number.isFinite(plain) ? plain : undefined;
  const bits = new DataView(new ArrayBuffer(8));
  bits.setFloat64(0, point);
  const raw = bits.getBigUint64(0);
  // For a positive double the next one up has the next bit pattern; for a negative, the previous.
  const away = (direction === 1) === point > 0;
  bits.setBigUint64(0, away ? raw + 1n : raw - 1n);
  const adjacent = bits.getFloat64(0);
  return Number.isFinite(adjacent) ? adjacent : undefined;
}

const DAY = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

function datePoints(literals: readonly JsonValue[]): string[] {
  const days = [...new Set(literals.filter((l): l is string => typeof l === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(l)).map((l) => Date.parse(`${l}T00:00:00Z`)))]
    .filter((ms) => Number.isFinite(ms))
    .sort((a, b) => a - b);
  if (days.length === 0) return ['2024-01-01'];
  const out: string[] = [];
  days.forEach((day, index) => {
    out.push(isoDay(day - DAY), isoDay(day));
    const next = days[index + 1];
    if (next !== undefined && next - day > DAY) out.push(isoDay(day + DAY));
  });
  out.push(isoDay(days[days.length - 1]! + DAY));
  return out;
}

/** Every subset of `items` (up to MAX_SET_LITERALS of them), or undefined when there are too many. */
function subsets<T>(items: readonly T[]): T[][] | undefined {
  if (items.length > MAX_SET_LITERALS) return undefined;
  const out: T[][] = [];
  for (let mask = 0; mask < 1 << items.length; mask++) out.push(items.filter((_, index) => (mask & (1 << index)) !== 0));
  return out;
}

/**
 * One string per set of `contains` literals: the set joined by a separator that no literal
 * holds, so the string contains exactly the literals its members contain, and equals no literal.
 */
function stringSets(contained: readonly string[], literals: readonly JsonValue[]): string[] | undefined {
  const all = [...new Set(contained)];
  const separator = SEPARATORS.find((s) => all.every((l) => !l.includes(s)) && literals.every((l) => typeof l !== 'string' || !l.includes(s)));
  const sets = subsets(all);
  if (separator === undefined || sets === undefined) return undefined;
  return sets.map((set) => separator + set.join(separator));
}

/** Every list made of a set of `contains` literals, plus one with an element no test names. */
function listSets(contained: readonly JsonValue[], options: readonly string[]): JsonValue[][] | undefined {
  const named = [...new Set(contained.map((l) => JSON.stringify(l)))].map((text) => JSON.parse(text) as JsonValue);
  const sets = subsets(named);
  if (sets === undefined) return undefined;
  const other = options.find((option) => !named.includes(option)) ?? freshString([...named, ...options]);
  return [...sets, ...sets.map((set) => [...set, other])];
}

function freshString(taken: readonly JsonValue[]): string {
  let text = 'other';
  while (taken.includes(text)) text += '_';
  return text;
}
