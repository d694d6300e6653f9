/**
 * An item's options, compared one by one, each with what its change does to a given answer:
 * fewer allowed values drop answers that chose a removed one (and the step must be done again);
 * a stricter bound or a new obligation reopens the step; a display option is safe.
 */
import type { IrItem, JsonValue } from '../ir/types.js';
import { sameJson } from './same.js';

/** Not options: compared on their own (label, required, condition) or the item's identity. */
const NOT_OPTIONS = new Set(['id', 'type', 'label', 'text', 'required', 'when', 'whenMode', 'deps']);
const VALUE_SETS = new Set(['options', 'codes', 'indicators', 'evidence']);
const DISPLAY = new Set(['downloadable', 'quickSelection', 'verificationIndicators']);

export type OptionEffect = 'safe' | 'reopens' | 'drops';

export interface OptionChange {
  readonly option: string;
  readonly before?: JsonValue;
  readonly after?: JsonValue;
  readonly effect: OptionEffect;
}

export function optionChanges(before: IrItem, after: IrItem): OptionChange[] {
  const old = before as unknown as Record<string, JsonValue | undefined>;
  const next = after as unknown as Record<string, JsonValue | undefined>;
  const names = [...new Set([...Object.keys(old), ...Object.keys(next)])].filter((name) => !NOT_OPTIONS.has(name));
  const changes: OptionChange[] = [];
  for (const option of names) {
    const was = old[option];
    const is = next[option];
    if (sameJson(was, is)) continue;
    changes.push({ option, ...(was === undefined ? {} : { before: was }), ...(is === undefined ? {} : { after: is }), effect: effectOf(option, was, is) });
  }
  return changes;
}

function effectOf(option: string, was: JsonValue | undefined, is: JsonValue | undefined): OptionEffect {
  if (DISPLAY.has(option)) return 'safe';
  if (VALUE_SETS.has(option)) {
    // Absent `codes`/`indicators`/`evidence` accept any value.
    if (is === undefined) return 'safe';
    if (!Array.isArray(was)) return 'drops';
    return Array.isArray(is) && was.every((value) => is.includes(value)) ? 'safe' : 'drops';
  }
  switch (option) {
    case 'multiple':
    case 'field':
      return 'drops';
    case 'maxLength':
    case 'max':
    case 'maxFiles':
      return is !== undefined && (was === undefined || (is as number | string) < (was as number | string)) ? 'reopens' : 'safe';
    case 'min':
    case 'borrowers':
      return is !== undefined && (was === undefined || (is as number | string) > (was as number | string)) ? 'reopens' : 'safe';
    case 'pattern':
      return is === undefined ? 'safe' : 'reopens';
    case 'mode':
      return is === 'edit' ? 'reopens' : 'safe';
    case 'allowCaseResolution':
      return is === true ? 'reopens' : 'safe';
    case 'sections':
      return sectionFields(is).some((field) => !sectionFields(was).includes(field)) ? 'reopens' : 'safe';
    default:
      // `source`, `sources` and anything new: another thing to check, so the step may not be ready.
      return 'reopens';
  }
}

function sectionFields(sections: JsonValue | undefined): string[] {
  if (!Array.isArray(sections)) return [];
  return sections.flatMap((section) => {
    const fields = section !== null && typeof section === 'object' && !Array.isArray(section) ? section['fields'] : undefined;
    return Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : [];
  });
}
