/**
 * The values of string tokens. The lexer has already checked the escapes of a well-formed
 * string; a malformed one (reported by `errors.ts`) is decoded as far as it makes sense, so
 * parsing goes on and never throws.
 */

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

const HEX4 = /^[0-9a-fA-F]{4}$/;

/** The value of a `"…"` string token: JSON escapes decoded; a bad escape is kept as written. */
export function decodeString(image: string): string {
  if (!image.includes('\\')) return image.endsWith('"') && image.length > 1 ? image.slice(1, -1) : image.slice(1);
  let value = '';
  let i = 1;
  while (i < image.length) {
    const ch = image.charAt(i);
    if (ch === '"') break;
    if (ch !== '\\') {
      value += ch;
      i += 1;
      continue;
    }
    const escaped = image.charAt(i + 1);
    const simple = Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, escaped) ? SIMPLE_ESCAPES[escaped] : undefined;
    const hex = image.slice(i + 2, i + 6);
    if (simple !== undefined) {
      value += simple;
      i += 2;
    } else if (escaped === 'u' && HEX4.test(hex)) {
      value += String.fromCharCode(parseInt(hex, 16));
      i += 6;
    } else {
      value += ch + escaped;
      i += 2;
    }
  }
  return value;
}

/** Where a string token's first bad escape starts (an index into its image), or -1. */
export function badEscapeIndex(image: string): number {
  for (let i = 1; i < image.length; i += 1) {
    if (image.charAt(i) !== '\\') continue;
    const escaped = image.charAt(i + 1);
    const valid =
      Object.prototype.hasOwnProperty.call(SIMPLE_ESCAPES, escaped) || (escaped === 'u' && HEX4.test(image.slice(i + 2, i + 6)));
    if (!valid) return i;
    i += 1;
  }
  return -1;
}

const LEADING_BLANKS = /^[ \t]*/;

/**
 * The value of a `"""…"""` token: line breaks made `\n`, a blank first and last line dropped,
 * and the indentation common to the non-blank lines removed (Kotlin's `trimIndent`), so the
 * Markdown inside can be indented with the code around it. No escapes.
 */
export function dedentTripleString(image: string): string {
  const body = image.length >= 6 && image.endsWith('"""') ? image.slice(3, -3) : image.slice(3);
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
  if (lines.length > 0 && (lines[lines.length - 1] ?? '').trim() === '') lines.pop();
  let indent = Infinity;
  for (const line of lines) {
    if (line.trim() === '') continue;
    indent = Math.min(indent, (LEADING_BLANKS.exec(line)?.[0] ?? '').length);
  }
  if (indent === Infinity) indent = 0;
  return lines.map((line) => (line.trim() === '' ? '' : line.slice(indent))).join('\n');
}
