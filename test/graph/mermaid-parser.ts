/**
 * Mermaid's own parser, from its browser bundle in headless Chromium (the Node package needs
 * Node 22). One browser per test file; `parseAll` checks many diagrams in one page call.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface MermaidParser {
  /** For each diagram: undefined when mermaid.parse accepts it, else its error message. */
  parseAll(diagrams: readonly string[]): Promise<(string | undefined)[]>;
  close(): Promise<void>;
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export async function openMermaidParser(): Promise<MermaidParser> {
  const bundle = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'checkwright-chromium-'));
  let browser: BrowserContext | undefined;
  try {
    browser = await chromium.launchPersistentContext(userDataDir, {
      executablePath: process.env['CHECKWRIGHT_CHROMIUM'] ?? '/usr/bin/chromium',
      args: ARGS,
      headless: true,
    });
    const page = await browser.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: bundle });
    await page.evaluate(() => (globalThis as unknown as { mermaid: { initialize(o: object): void } }).mermaid.initialize({ startOnLoad: false }));
    const opened = browser;
    return {
      parseAll: (diagrams) =>
        page.evaluate(async (texts) => {
          const mermaid = (globalThis as unknown as { mermaid: { parse(text: string): Promise<unknown> } }).mermaid;
          const results: (string | undefined)[] = [];
          for (const text of texts) {
            try {
              await mermaid.parse(text);
              results.push(undefined);
            } catch (error) {
              results.push(error instanceof Error ? error.message : String(error));
            }
          }
          return results;
        }, [...diagrams]),
      close: async () => {
        await opened.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await browser?.close();
    rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }
}
