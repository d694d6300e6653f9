/**
 * A comment as a front end found it: trivia the compiler ignores, kept (with its span) for the
 * formatter and the converter, which attach it to a construct (src/format/attach.ts).
 */
import type { Span } from './span.js';

export interface Comment {
  /** `line`: `// …` or `# …` (YAML: `# …`) to the end of the line; `block`: `/* … *\/`. */
  readonly kind: 'line' | 'block';
  /**
   * What the comment says, markers removed: for a line comment the text after `//` or `#`
   * (leading space included, trailing blanks dropped); for a block comment the text between
   * `/*` and `*\/`, line breaks as `\n`.
   */
  readonly text: string;
  readonly span: Span;
}
