import type { Diagnostic } from '../diagnostic.js';
import { NO_SPAN } from '../../language/span.js';

export interface TextOptions {
  /** The text of a file a diagnostic names (as it names it), to show the line it points at. */
  readonly source?: (file: string) => string | undefined;
  /** ANSI colours; the CLI turns them on for a terminal only (see `wantsColor`). */
  readonly color?: boolean;
}

/**
 * `path:line:col: error CW013: message`, then (when the source is known) the line with the span
 * underlined, rustc/actionlint style, then `  hint: …`. Nothing at all for no diagnostics, so a
 * clean run stays quiet.
 */
export function formatText(diagnostics: readonly Diagnostic[], options: TextOptions = {}): string {
  const paint = options.color === true ? ansi : plain;
  const lines = new Map<string, readonly string[] | undefined>();
  const linesOf = (file: string) => {
    if (!lines.has(file)) lines.set(file, options.source?.(file)?.split(/\r\n|\r|\n/));
    return lines.get(file);
  };
  return diagnostics.map((d) => formatOne(d, linesOf(d.file), paint)).join('');
}

function formatOne(d: Diagnostic, lines: readonly string[] | undefined, paint: Paint): string {
  const level = paint(d.severity === 'error' ? 'red' : 'yellow', d.severity);
  const head = `${d.file}:${d.line}:${d.column}: ${level} ${paint('bold', d.code)}: ${d.message}\n`;
  const hint = d.hint === undefined ? '' : `  ${paint('cyan', 'hint')}: ${d.hint}\n`;
  return head + snippet(d, lines, paint) + hint;
}

/**
 * ` 12 | the line` and `    | ^~~~` under the span's start. A span over several lines is
 * underlined to the end of its first line. Nothing when the line is unknown, or for a
 * whole-file diagnostic (NO_SPAN), whose caret would point at nothing in particular.
 */
function snippet(d: Diagnostic, lines: readonly string[] | undefined, paint: Paint): string {
  const line = lines?.[d.line - 1];
  if (line === undefined || isNoSpan(d) || d.column < 1 || d.column > line.length + 1) return '';
  const start = d.column - 1;
  const end = d.endLine === d.line && d.endColumn > d.column ? Math.min(d.endColumn - 1, line.length) : line.length;
  const lead = displayWidth(line.slice(0, start));
  const width = Math.max(1, displayWidth(line.slice(start, end)));
  const number = String(d.line);
  const gutter = ' '.repeat(number.length);
  const marks = paint(d.severity === 'error' ? 'red' : 'yellow', `^${'~'.repeat(width - 1)}`);
  return `  ${paint('blue', `${number} |`)} ${expandTabs(line)}\n  ${paint('blue', `${gutter} |`)} ${' '.repeat(lead)}${marks}\n`;
}

function isNoSpan(d: Diagnostic): boolean {
  return d.line === NO_SPAN.line && d.column === NO_SPAN.column && d.endLine === NO_SPAN.endLine && d.endColumn === NO_SPAN.endColumn;
}

/** A tab shows as this many spaces (rustc's choice), so the caret lines up in any terminal. */
const TAB = '    ';

function expandTabs(text: string): string {
  return text.replace(/\t/g, TAB);
}

/** Terminal columns: East Asian wide characters and emoji take two, combining marks none. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\t') width += TAB.length;
    else if (isZeroWidth(cp)) continue;
    else width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isZeroWidth(cp: number): boolean {
  return (cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f) || cp === 0x20e3;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

type Style = 'red' | 'yellow' | 'blue' | 'cyan' | 'bold';
type Paint = (style: Style, text: string) => string;

const SGR: Record<Style, string> = { red: '1;31', yellow: '1;33', blue: '1;34', cyan: '1;36', bold: '1' };
const ansi: Paint = (style, text) => `\u001b[${SGR[style]}m${text}\u001b[0m`;
const plain: Paint = (_, text) => text;

/**
 * Colour for a stream: never with `NO_COLOR` set (no-color.org), always with `FORCE_COLOR` set
 * to anything but `0`, else only when the stream is a terminal.
 */
export function wantsColor(stream: { readonly isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined && force !== '') return force !== '0';
  return stream.isTTY === true;
}
