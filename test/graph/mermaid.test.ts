// Mermaid through mermaid's own parser (its browser bundle in headless Chromium): every sample, and hostile labels.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphChecklist, renderDiagram } from '../../src/graph/index.js';
import { sampleFiles, sampleIr } from '../samples/sample-files.js';
import { hostileDiagram } from './diagrams.js';
import { openMermaidParser, type MermaidParser } from './mermaid-parser.js';

let parser: MermaidParser;
beforeAll(async () => {
  parser = await openMermaidParser();
}, 60_000);
afterAll(async () => {
  await parser?.close();
});

const checklists = sampleFiles.filter((name) => name !== 'dictionary.checklist');

describe('graph --format mermaid is accepted by mermaid.parse', () => {
  it('accepts the steps and lifecycle diagrams of every sample', async () => {
    const diagrams = checklists.flatMap((name) => {
      const ir = sampleIr(name);
      return [graphChecklist(ir, 'mermaid', 'steps'), graphChecklist(ir, 'mermaid', 'lifecycle')].filter((text): text is string => text !== undefined);
    });
    expect(diagrams.length).toBeGreaterThan(checklists.length);
    expect(await parser.parseAll(diagrams)).toEqual(diagrams.map(() => undefined));
  }, 60_000);

  it('accepts hostile labels: quotes, brackets, #, ;, %%, newlines, Unicode, keywords', async () => {
    const diagrams = fc.sample(hostileDiagram, { numRuns: 300, seed: 10 }).map((diagram) => renderDiagram(diagram, 'mermaid'));
    const problems = await parser.parseAll(diagrams);
    const failing = diagrams.flatMap((text, index) => (problems[index] === undefined ? [] : [`${problems[index]}\n${text}`])).slice(0, 3);
    expect(failing).toEqual([]);
  }, 60_000);

  it('writes syntax characters as numeric entities and newlines as <br/>', () => {
    const text = renderDiagram({ title: 't', nodes: [{ key: 'n0', label: 'a "b" #1;\nc', shape: 'item', dashed: false }], clusters: [], edges: [] }, 'mermaid');
    expect(text).toContain('n0["a #34;b#34; #35;1#59;<br/>c"]');
  });
});
