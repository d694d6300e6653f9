import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderMarkdown, type MdBlock, type MdInline } from '../../src/preview/markdown.js';

function text(nodes: readonly MdInline[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : text(n.children))).join('');
}
function links(nodes: readonly MdInline[]): string[] {
  return nodes.flatMap((n) => (typeof n === 'string' ? [] : [...(n.tag === 'a' ? [n.href] : []), ...links(n.children)]));
}
const inlinesOf = (blocks: readonly MdBlock[]): MdInline[] => blocks.flatMap((b) => ('items' in b ? b.items.flat() : [...b.children]));

describe('the instructions Markdown renderer', () => {
  it('reads paragraphs, lists, headings, bold, italic, code and links', () => {
    expect(renderMarkdown('# Title\n\nRead **all** of *it*, `x`.\n\n- one\n- two [docs](https://example.com/a)\n\n1. first')).toEqual([
      { tag: 'h3', children: ['Title'] },
      { tag: 'p', children: ['Read ', { tag: 'strong', children: ['all'] }, ' of ', { tag: 'em', children: ['it'] }, ', ', { tag: 'code', children: ['x'] }, '.'] },
      { tag: 'ul', items: [['one'], ['two ', { tag: 'a', href: 'https://example.com/a', children: ['docs'] }]] },
      { tag: 'ol', items: [['first']] },
    ]);
  });

  it('keeps raw HTML as text and turns no unsafe URL into a link', () => {
    const blocks = renderMarkdown('<script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>');
    expect(links(inlinesOf(blocks))).toEqual([]);
    expect(text(inlinesOf(blocks))).toContain('<script>alert(1)</script>');
  });

  it('never loses or invents text, and links only http(s)/mailto (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '*', '_', '`', '[', ']', '(', ')', '<', '>', '&', '"', '-', '#', '\n', 'h', ':', '/') }), (source) => {
        const blocks = renderMarkdown(source);
        for (const href of links(inlinesOf(blocks))) expect(href).toMatch(/^(https?:\/\/|mailto:)/i);
        // Every character of the output's text comes from the source, in order (markup only removed).
        const out = text(inlinesOf(blocks)).replace(/\s+/g, '');
        let at = 0;
        for (const ch of out) {
          at = source.indexOf(ch, at) + 1;
          expect(at).toBeGreaterThan(0);
        }
      }),
    );
  });
});
