// DOT through Graphviz itself (`dot -Tsvg`): every sample, and hostile generated labels.
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphChecklist, renderDiagram } from '../../src/graph/index.js';
import { sampleFiles, sampleIr } from '../samples/sample-files.js';
import { hostileDiagram } from './diagrams.js';

/** Graphviz's verdict on DOT text: undefined when it renders an SVG. */
function dotProblem(text: string): string | undefined {
  const result = spawnSync('dot', ['-Tsvg'], { input: text, encoding: 'utf8' });
  if (result.status === 0 && result.stdout.includes('<svg') && result.stderr.trim() === '') return undefined;
  return `exit ${result.status}: ${result.stderr}`;
}

const checklists = sampleFiles.filter((name) => name !== 'dictionary.checklist');

describe('graph --format dot is accepted by Graphviz', () => {
  it.each(checklists)('%s: the steps and lifecycle diagrams render', (name) => {
    const ir = sampleIr(name);
    expect(dotProblem(graphChecklist(ir, 'dot', 'steps')!)).toBeUndefined();
    const lifecycle = graphChecklist(ir, 'dot', 'lifecycle');
    if (lifecycle !== undefined) expect(dotProblem(lifecycle)).toBeUndefined();
  });

  it('renders labels holding quotes, backslashes, brackets, #, ;, newlines, Unicode and keywords', () => {
    fc.assert(
      fc.property(hostileDiagram, (diagram) => {
        expect(dotProblem(renderDiagram(diagram, 'dot'))).toBeUndefined();
      }),
      { numRuns: 60 },
    );
  });

  it('keeps a label readable: quotes and backslashes escaped, newlines as \\n', () => {
    const text = renderDiagram({ title: 'a "b" \\ c\nd', nodes: [], clusters: [], edges: [] }, 'dot');
    expect(text).toContain('label="a \\"b\\" \\\\ c\\nd"');
  });
});
