/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/** The Markdown tree of ../markdown.ts as DOM nodes; text only ever through text nodes. */
import { renderMarkdown, type MdBlock, type MdInline } from '../markdown.js';

export function renderMarkdownInto(target: HTMLElement, source: string): void {
  target.replaceChildren(...renderMarkdown(source).map(block));
}

function block(node: MdBlock): HTMLElement {
  if ('items' in node) {
    const list = document.createElement(node.tag);
    for (const item of node.items) list.append(inlineInto(document.createElement('li'), item));
    return list;
  }
  return inlineInto(document.createElement(node.tag), node.children);
}

function inlineInto(element: HTMLElement, children: readonly MdInline[]): HTMLElement {
  for (const child of children) {
    if (typeof child === 'string') {
      element.append(document.createTextNode(child));
      continue;
    }
    const inner = document.createElement(child.tag);
    if (child.tag === 'a') {
      inner.setAttribute('href', child.href);
      inner.setAttribute('rel', 'noopener noreferrer');
      inner.setAttribute('target', '_blank');
    }
    element.append(inlineInto(inner, child.children));
  }
  return element;
}
