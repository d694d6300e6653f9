import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeTree, runCli } from '../cli/harness.js';

const REACHABLE = `checklist r "R" {
  step s1 "One" {
    yes_no q "Q" required
  }
  step s2 "Two" when q {
    checkbox done "Done" required
  }
}
`;
const NEVER = `checklist n "N" {
  step s1 "One" {
    yes_no approved "Approved?" required
    text_area reason "Why not?" when not approved
    checkbox escalate "Escalate" when approved and reason is not empty
  }
}
`;

describe('checkwright explore', () => {
  it('prints every node with its answers and exits 0 when everything is reachable', async () => {
    const root = makeTree({ 'r.checklist': REACHABLE });
    const out = await runCli(root, ['explore', 'r.checklist']);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/^step\s+s2\s+yes\s+yes/m);
    expect(out.stdout).toMatch(/^completion\s+r\s+yes/m);
  });

  it('exits 1 and names the clause when something can never be visible', async () => {
    const root = makeTree({ 'n.checklist': NEVER });
    const out = await runCli(root, ['explore', 'n.checklist', '--format', 'json']);
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as { nodes: { id: string; visible: string; clause?: string }[] };
    expect(report.nodes.find((node) => node.id === 'escalate')).toMatchObject({ visible: 'no', clause: 'approved and reason is not empty' });
  });

  it('writes the witnesses as a test file naming the checklist relative to it', async () => {
    const root = makeTree({ 'r.checklist': REACHABLE });
    const out = await runCli(root, ['explore', 'r.checklist', '--witnesses', 'out/tests']);
    expect(out.code).toBe(0);
    const files = readdirSync(path.join(root, 'out/tests'));
    expect(files).toEqual(['r.explore.test.yaml']);
    const test = parse(readFileSync(path.join(root, 'out/tests', files[0]!), 'utf8')) as { checklist: string; tests: unknown[] };
    expect(test.checklist).toBe('../../r.checklist');
    expect(test.tests.length).toBeGreaterThan(0);
  });

  it('exits 2 on usage errors and 1 on a checklist that does not compile', async () => {
    const root = makeTree({ 'bad.checklist': 'checklist {' });
    expect((await runCli(root, ['explore'])).code).toBe(2);
    expect((await runCli(root, ['explore', 'missing.checklist'])).code).toBe(2);
    expect((await runCli(root, ['explore', 'bad.checklist', '--budget', 'soon'])).code).toBe(2);
    const bad = await runCli(root, ['explore', 'bad.checklist']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('CW001');
  });
});
