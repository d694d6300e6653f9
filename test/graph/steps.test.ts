import { describe, expect, it } from 'vitest';
import { lifecycleDiagram, stepsDiagram } from '../../src/graph/index.js';
import type { Diagram } from '../../src/graph/index.js';
import { sampleIr } from '../samples/sample-files.js';
import { runCli } from '../cli/harness.js';
import { SAMPLES_DIR } from '../samples/sample-files.js';
import path from 'node:path';

function nodeLabelled(diagram: Diagram, start: string) {
  const node = diagram.nodes.find((candidate) => candidate.label.startsWith(start));
  if (node === undefined) throw new Error(`no node ${start}`);
  return node;
}

describe('the steps diagram', () => {
  const diagram = stepsDiagram(sampleIr('identity_theft.checklist'));

  it('draws every step, dashed when it has a when, and chains the main steps', () => {
    expect(nodeLabelled(diagram, 'Upload files\nupload').dashed).toBe(true);
    expect(nodeLabelled(diagram, 'Evidence\nevidence').dashed).toBe(false);
    const flows = diagram.edges.filter((edge) => edge.kind === 'flow');
    expect(flows).toHaveLength(4);
  });

  it('draws an edge from every answer and data path a condition reads, labelled with its source text', () => {
    const notes = nodeLabelled(diagram, 'Explain the modification').key;
    const reads = diagram.edges.filter((edge) => edge.kind === 'reads' && edge.to === notes);
    const text = 'reason == "Modified" or account.balance > 1000 and consumer.state in ["CA", "NY"]';
    expect(reads.map((edge) => edge.label)).toEqual([text, text, text]);
    const sources = reads.map((edge) => diagram.nodes.find((node) => node.key === edge.from)?.label.split('\n')[0]);
    expect(sources.sort()).toEqual(['Reason', 'account.balance', 'consumer.state']);
  });

  it('groups closing steps by outcome and leaves unconditional, unread items out', () => {
    const onboarding = stepsDiagram(sampleIr('customer_onboarding.checklist'));
    expect(onboarding.clusters.map((cluster) => cluster.label)).toEqual(
      (sampleIr('customer_onboarding.checklist').outcomes ?? []).map((outcome) => `Closing: ${outcome.label} (${outcome.id})`),
    );
    expect(diagram.nodes.some((node) => node.label.includes('procedure_read'))).toBe(false);
  });

  it('draws the lifecycle: the initial status, final statuses, guarded transitions', () => {
    const ir = sampleIr('customer_onboarding.checklist');
    const lifecycle = lifecycleDiagram(ir.title, ir.lifecycle!);
    expect(nodeLabelled(lifecycle, 'Onboarded').shape).toBe('final');
    expect(lifecycle.edges.map((edge) => edge.label)).toContain('approve\nwhen risk != "High" or edd_done');
    expect(lifecycle.edges.filter((edge) => edge.label === 'reject')).toHaveLength(2);
  });
});

describe('checkwright graph', () => {
  const cwd = path.dirname(SAMPLES_DIR);

  it('prints Mermaid by default, DOT with --format dot', async () => {
    expect((await runCli(cwd, ['graph', 'samples/identity_theft.checklist'])).stdout).toMatch(/^flowchart TB\n/);
    const dot = await runCli(cwd, ['graph', 'samples/identity_theft.checklist', '--format', 'dot']);
    expect({ code: dot.code, start: dot.stdout.slice(0, 19) }).toEqual({ code: 0, start: 'digraph "checklist"' });
  });

  it('exits 1 with diagnostics for a file that does not compile, 1 when there is no lifecycle, 2 on usage', async () => {
    const broken = await runCli(cwd, ['graph', 'samples/invalid/CW013.checklist']);
    expect({ code: broken.code, stdout: broken.stdout }).toEqual({ code: 1, stdout: '' });
    expect(broken.stderr).toContain('CW013');
    expect((await runCli(cwd, ['graph', 'samples/identity_theft.checklist', '--diagram', 'lifecycle'])).code).toBe(1);
    expect((await runCli(cwd, ['graph', 'samples/identity_theft.checklist', '--format', 'png'])).code).toBe(2);
    expect((await runCli(cwd, ['graph', 'samples/nope.checklist'])).code).toBe(2);
  });
});
