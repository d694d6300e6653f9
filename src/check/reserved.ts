import { CONDITION_WORDS, RESERVED_NAMES } from '../language/content-types.js';

const CONDITION_WORD_SET: ReadonlySet<string> = new Set(CONDITION_WORDS);
/** Any reserved word as a whole segment (they are all plain identifiers): one test per name, no split. */
const ANY_RESERVED_SEGMENT = new RegExp(`(?:^|\\.)(?:${[...RESERVED_NAMES, ...CONDITION_WORDS].join('|')})(?:\\.|$)`);

/** Why a segment of an id or a path cannot be used, or undefined when it can (SPEC §2.1). */
export function reservedSegmentProblem(text: string): string | undefined {
  if (!ANY_RESERVED_SEGMENT.test(text)) return undefined;
  for (const segment of text.split('.')) {
    if (RESERVED_NAMES.has(segment)) return `\`${segment}\` is a name every JavaScript object inherits`;
    if (CONDITION_WORD_SET.has(segment)) return `\`${segment}\` is a condition word`;
  }
  return undefined;
}
