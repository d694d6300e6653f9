// The reference docs keep up with the contract: every diagnostic code has its section (the CLI's
// SARIF and GitHub output link to `docs/diagnostics.md#cwNNN`), every content type its entry.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/diagnostics/codes.js';
import { ITEM_TYPES } from '../../src/language/ast.js';
import { REPO_ROOT, readRepoFile } from './golden-lines.js';

function headings(markdown: string, level: string): string[] {
  return markdown
    .split('\n')
    .filter((line) => line.startsWith(`${level} `))
    .map((line) => line.slice(level.length + 1).trim());
}

describe('docs/diagnostics.md', () => {
  const markdown = readRepoFile('docs/diagnostics.md');

  it('has a `## CWnnn` section for every code, in code order', () => {
    expect(headings(markdown, '##')).toEqual(Object.keys(CODES).sort());
  });

  it('gives each section its code’s title and severity', () => {
    const missing = Object.entries(CODES).filter(
      ([code, info]) => !markdown.includes(`## ${code}\n\n**${info.title}** · ${info.severity}`),
    );
    expect(missing.map(([code]) => code)).toEqual([]);
  });

  it('shows a bad and a fixed example in every section but the internal error', () => {
    const sections = markdown.split(/\n## /).slice(1);
    const withoutExamples = sections
      .filter((section) => !section.startsWith('CW900'))
      .filter((section) => !(section.includes('Bad') && section.includes('Fixed')))
      .map((section) => section.slice(0, 5));
    expect(withoutExamples).toEqual([]);
  });
});

describe('docs/language.md', () => {
  it('has an entry for every content type', () => {
    const entries = new Set(headings(readRepoFile('docs/language.md'), '###'));
    expect(ITEM_TYPES.filter((type) => !entries.has(type))).toEqual([]);
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading.toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
}

/** Links that do not resolve: `[text](relative/file#anchor)`; anchors are checked in the docs written here. */
function brokenLinks(file: string): string[] {
  const markdown = readRepoFile(file);
  const broken: string[] = [];
  for (const [, target = ''] of markdown.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/.test(target)) continue;
    const [linked = '', anchor] = target.split('#');
    const linkedFile = linked === '' ? file : path.posix.join(path.posix.dirname(file), linked);
    if (!existsSync(path.join(REPO_ROOT, linkedFile))) {
      broken.push(target);
    } else if (anchor !== undefined && DOCS_WITH_CHECKED_ANCHORS.includes(linkedFile)) {
      const anchors = readRepoFile(linkedFile).split('\n').filter((l) => /^#{1,6} /.test(l)).map((l) => anchorOf(l.replace(/^#+ /, '')));
      if (!anchors.includes(anchor)) broken.push(target);
    }
  }
  return broken;
}

const DOCS_WITH_CHECKED_ANCHORS = ['docs/language.md', 'docs/diagnostics.md'];

describe.each(['README.md', 'samples/cases/README.md', ...DOCS_WITH_CHECKED_ANCHORS])('links in %s', (file) => {
  it('resolve', () => {
    expect(brokenLinks(file)).toEqual([]);
  });
});
