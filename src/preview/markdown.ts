/**
 * A tiny, safe Markdown reader for `instructions` items: paragraphs, `-`/`*`/`1.` lists, `#`
 * headings, **bold**, *italic* or _italic_, `code` and [links](https://…). It returns a tree, never
 * HTML: the page builds DOM nodes from it with `textContent`, so any `<`, `&` or quote in the
 * source stays text (raw HTML is not supported). Only http(s) and mailto links become links.
 */
export type MdInline = string | { readonly tag: 'strong' | 'em' | 'code'; readonly children: readonly MdInline[] } | MdLink;
export interface MdLink {
  readonly tag: 'a';
  readonly href: string;
  readonly children: readonly MdInline[];
}
export type MdBlock =
  | { readonly tag: 'p' | 'h3' | 'h4'; readonly children: readonly MdInline[] }
  | { readonly tag: 'ul' | 'ol'; readonly items: readonly (readonly MdInline[])[] };

const BULLET = /^\s*[-*]\s+(.*)$/;
const NUMBERED = /^\s*\d+[.)]\s+(.*)$/;
const HEADING = /^(#{1,6})\s+(.*)$/;
const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

export function renderMarkdown(source: string): MdBlock[] {
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  let list: { tag: 'ul' | 'ol'; items: MdInline[][] } | undefined;
  const flushParagraph = (): void => {
    if (paragraph.length > 0) blocks.push({ tag: 'p', children: inline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = (): void => {
    if (list !== undefined) blocks.push(list);
    list = undefined;
  };
  for (const raw of String(source).split(/\r?\n/)) {
    const line = raw.trim();
    const bullet = BULLET.exec(raw) ?? undefined;
    const numbered = bullet === undefined ? (NUMBERED.exec(raw) ?? undefined) : undefined;
    const heading = HEADING.exec(line);
    if (line === '') {
      flushParagraph();
      flushList();
    } else if (bullet !== undefined || numbered !== undefined) {
      flushParagraph();
      const tag = bullet !== undefined ? 'ul' : 'ol';
      if (list?.tag !== tag) flushList();
      list ??= { tag, items: [] };
      list.items.push(inline((bullet ?? numbered)![1]!));
    } else if (heading !== null) {
      flushParagraph();
      flushList();
      blocks.push({ tag: heading[1]!.length <= 2 ? 'h3' : 'h4', children: inline(heading[2]!) });
    } else if (list !== undefined && /^\s/.test(raw)) {
      // An indented line continues the list item above it.
      const items = list.items;
      items[items.length - 1] = [...items[items.length - 1]!, ' ', ...inline(line)];
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** Delimiters in order of precedence; the first that opens at a position and closes later wins. */
const SPANS: readonly { open: string; close: string; tag: 'strong' | 'em' | 'code' }[] = [
  { open: '`', close: '`', tag: 'code' },
  { open: '**', close: '**', tag: 'strong' },
  { open: '__', close: '__', tag: 'strong' },
  { open: '*', close: '*', tag: 'em' },
  { open: '_', close: '_', tag: 'em' },
];
const LINK = /^\[([^\]]+)\]\(([^)\s]+)\)/;

function inline(text: string): MdInline[] {
  const out: MdInline[] = [];
  let plain = '';
  const push = (node: MdInline): void => {
    if (plain !== '') out.push(plain);
    plain = '';
    out.push(node);
  };
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const link = LINK.exec(rest);
    if (link !== null) {
      const [whole, label, href] = link as unknown as [string, string, string];
      if (SAFE_HREF.test(href)) push({ tag: 'a', href, children: inline(label) });
      else plain += whole;
      i += whole.length;
      continue;
    }
    const span = SPANS.find((s) => rest.startsWith(s.open) && rest.indexOf(s.close, s.open.length) > s.open.length);
    if (span !== undefined) {
      const end = rest.indexOf(span.close, span.open.length);
      const body = rest.slice(span.open.length, end);
      push({ tag: span.tag, children: span.tag === 'code' ? [body] : inline(body) });
      i += end + span.close.length;
      continue;
    }
    plain += text[i];
    i += 1;
  }
  if (plain !== '') out.push(plain);
  return out;
}
