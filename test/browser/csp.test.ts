/**
 * The browser runtime under the equivalent of a strict Content-Security-Policy: the bundle runs in
 * a V8 context where code generation from strings is disabled (what `script-src` without
 * 'unsafe-eval' does in a browser), with no Node globals at all. It must load a compiled sample and
 * evaluate a case there exactly as it does in Node.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { compileFile } from '../../src/compile.js';
import { evaluate, loadChecklist } from '../../src/runtime/index.js';

const root = path.resolve(import.meta.dirname, '../..');

async function runtimeInStrictContext(): Promise<{ context: vm.Context; api: Record<string, (...args: unknown[]) => unknown> }> {
  const bundle = await build({
    entryPoints: [path.join(root, 'src/runtime/index.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    globalName: 'checkwright',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
  vm.runInContext(bundle.outputFiles[0]!.text, context);
  return { context, api: vm.runInContext('checkwright', context) };
}

describe('the browser runtime under a strict CSP (no eval, no new Function, no Node)', () => {
  it('refuses string evaluation in the test context itself', async () => {
    const { context } = await runtimeInStrictContext();
    expect(() => vm.runInContext('new Function("return 1")()', context)).toThrow(/Code generation from strings disallowed/);
  });

  it('loads a compiled sample and evaluates a case as Node does', async () => {
    const { context, api } = await runtimeInStrictContext();
    const { ir } = compileFile(path.join(root, 'samples/identity_theft.checklist'));
    const caseData = JSON.parse(readFileSync(path.join(root, 'samples/cases/identity_theft.fresh.case.json'), 'utf8'));
    const state = JSON.parse(readFileSync(path.join(root, 'samples/cases/identity_theft.half.state.json'), 'utf8'));

    // Inputs cross into the context as JSON, as an application's fetch() would give them.
    const inContext = (value: unknown) => vm.runInContext(`(${JSON.stringify(value)})`, context);
    const loaded = api.loadChecklist!(inContext(ir)) as { ok: boolean; checklist: unknown };
    expect(loaded.ok).toBe(true);
    const inBrowser = api.evaluate!(loaded.checklist, inContext(caseData), inContext(state));

    const inNode = loadChecklist(ir);
    if (!inNode.ok) throw new Error(inNode.errors.join('; '));
    expect(JSON.parse(JSON.stringify(inBrowser))).toEqual(evaluate(inNode.checklist, caseData, state));
  });
});
